"""The schema as it was before migrations: the tables `create_all` made.

Databases made before Alembic have some or all of these tables already (the CLI never created
`feedback`), so each table is created only where it is missing; an existing table is taken as it
is. After this revision every database has the same tables, whatever made it.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tables() -> list[tuple[sa.Table, list[tuple[str, list[str], bool]]]]:
    """Each table as `create_all` made it, with its indexes (name, columns, unique)."""
    meta = sa.MetaData()
    tz = sa.DateTime(timezone=True)
    return [
        (
            sa.Table(
                "tenants",
                meta,
                sa.Column("id", sa.String(32), primary_key=True),
                sa.Column("name", sa.String(64), nullable=False),
                sa.Column("created_at", tz, nullable=False),
                sa.Column("disabled", sa.Boolean, nullable=False),
            ),
            [("ix_tenants_name", ["name"], True)],
        ),
        (
            sa.Table(
                "api_keys",
                meta,
                sa.Column("id", sa.String(16), primary_key=True),
                sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
                sa.Column("scope", sa.String(16), nullable=False),
                sa.Column("tenant_id", sa.String(32), sa.ForeignKey("tenants.id"), nullable=True),
                sa.Column("name", sa.String(128), nullable=False),
                sa.Column("created_at", tz, nullable=False),
                sa.Column("expires_at", tz, nullable=True),
                sa.Column("revoked_at", tz, nullable=True),
            ),
            [("ix_api_keys_tenant_id", ["tenant_id"], False)],
        ),
        (
            sa.Table(
                "limits",
                meta,
                sa.Column("subject", sa.String(64), primary_key=True),
                sa.Column("requests_per_second", sa.Float, nullable=True),
                sa.Column("burst", sa.Integer, nullable=True),
                sa.Column("daily_tokens", sa.Integer, nullable=True),
                sa.Column("monthly_budget", sa.Float, nullable=True),
                sa.Column("budget_policy", sa.String(8), nullable=False),
                sa.Column("timezone", sa.String(64), nullable=False),
                sa.Column("max_tokens_per_request", sa.Integer, nullable=True),
                sa.Column("max_prompt_tokens", sa.Integer, nullable=True),
            ),
            [],
        ),
        (
            sa.Table(
                "ledger",
                meta,
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("request_id", sa.String(128), nullable=False),
                sa.Column("trace_id", sa.String(32), nullable=False),
                sa.Column("ts", tz, nullable=False),
                sa.Column("day", sa.String(10), nullable=False),
                sa.Column("month", sa.String(7), nullable=False),
                sa.Column("tenant_id", sa.String(32), nullable=False),
                sa.Column("tenant", sa.String(64), nullable=False),
                sa.Column("key_id", sa.String(16), nullable=False),
                sa.Column("route", sa.String(32), nullable=False),
                sa.Column("model", sa.String(128), nullable=False),
                sa.Column("engine", sa.String(64), nullable=False),
                sa.Column("app", sa.String(64), nullable=False),
                sa.Column("prompt_version", sa.String(128), nullable=False),
                sa.Column("experiment_arm", sa.String(160), nullable=False),
                sa.Column("routing", sa.String(255), nullable=False),
                sa.Column("input_tokens", sa.Integer, nullable=False),
                sa.Column("output_tokens", sa.Integer, nullable=False),
                sa.Column("cached_tokens", sa.Integer, nullable=False),
                sa.Column("reserved_tokens", sa.Integer, nullable=False),
                sa.Column("cost", sa.Float, nullable=False),
                sa.Column("latency_ms", sa.Float, nullable=False),
                sa.Column("ttft_ms", sa.Float, nullable=True),
                sa.Column("status", sa.String(16), nullable=False),
                sa.Column("http_status", sa.Integer, nullable=False),
                sa.Column("finish_reason", sa.String(16), nullable=False),
            ),
            [
                ("ix_ledger_request_id", ["request_id"], False),
                ("ix_ledger_ts", ["ts"], False),
                ("ix_ledger_day", ["day"], False),
                ("ix_ledger_tenant_id", ["tenant_id"], False),
            ],
        ),
        (
            sa.Table(
                "audit_log",
                meta,
                sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
                sa.Column("ts", tz, nullable=False),
                sa.Column("actor", sa.String(64), nullable=False),
                sa.Column("tenant", sa.String(64), nullable=False),
                sa.Column("action", sa.String(64), nullable=False),
                sa.Column("detail", sa.Text, nullable=False),
                sa.Column("prev_hash", sa.String(64), nullable=False),
                sa.Column("hash", sa.String(64), nullable=False, unique=True),
            ),
            [],
        ),
        (
            sa.Table(
                "trace_batches",
                meta,
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("trace_id", sa.String(32), nullable=False),
                sa.Column("started", tz, nullable=False),
                sa.Column("root_name", sa.String(128), nullable=False),
                sa.Column("root_duration_ms", sa.Float, nullable=False),
                sa.Column("spans", sa.Text, nullable=False),
            ),
            [
                ("ix_trace_batches_trace_id", ["trace_id"], False),
                ("ix_trace_batches_started", ["started"], False),
            ],
        ),
        (
            sa.Table(
                "feedback",
                meta,
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("request_id", sa.String(128), nullable=False),
                sa.Column("tenant_id", sa.String(32), nullable=False),
                sa.Column("key_id", sa.String(16), nullable=False),
                sa.Column("ts", tz, nullable=False),
                sa.Column("rating", sa.String(8), nullable=False),
                sa.Column("comment", sa.Text, nullable=False),
                sa.Column("prompt_version", sa.String(128), nullable=False),
                sa.Column("experiment_arm", sa.String(160), nullable=False),
            ),
            [
                ("ix_feedback_request_id", ["request_id"], False),
                ("ix_feedback_tenant_id", ["tenant_id"], False),
            ],
        ),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    for table, indexes in _tables():
        if table.name in existing:
            continue
        table.create(bind)
        for name, columns, unique in indexes:
            op.create_index(name, table.name, columns, unique=unique)


def downgrade() -> None:
    for table, _ in reversed(_tables()):
        op.drop_table(table.name)
