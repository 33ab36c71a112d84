"""Counts that outgrow 32 bits become 64-bit: the daily token quota (a large organisation sets more
than 2,147,483,647 tokens a day), the ids of the tables that gain a row per request or per trace,
the ledger's token counts, and the audit chain's sequence numbers.

PostgreSQL: the columns become BIGINT, and so do the sequences behind the autoincrement ids (a
SERIAL's sequence is `AS integer` and would stop at 2**31 - 1 whatever its column's type). Each
table is altered in one statement, because PostgreSQL rewrites the whole table for a type change:
on a large ledger this takes a while and holds the table's lock for that long (docs/deploy.md).

SQLite: nothing to do. An INTEGER column there already stores 64-bit values, and the ids must stay
`INTEGER PRIMARY KEY`, the only kind of column SQLite autoincrements (tables.BigCount).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = {
    "limits": ("daily_tokens",),
    "ledger": ("id", "input_tokens", "output_tokens", "cached_tokens", "reserved_tokens"),
    "audit_log": ("seq",),
    "audit_checkpoints": ("id", "through_seq"),
    "trace_batches": ("id",),
    "feedback": ("id",),
}
_SERIAL_IDS = ("ledger", "audit_checkpoints", "trace_batches", "feedback")


def _retype(sql_type: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, columns in _COLUMNS.items():
        changes = ", ".join(f"ALTER COLUMN {column} TYPE {sql_type}" for column in columns)
        op.execute(f"ALTER TABLE {table} {changes}")
    for table in _SERIAL_IDS:
        # Found by name through the search path, as the tables are (the schema is the site's).
        sequence = bind.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if sequence is not None:
            # Only a sequence at its type's default bounds gets the new type's (PostgreSQL's rule):
            # one a site limited by hand keeps its limits.
            op.execute(f"ALTER SEQUENCE {sequence} AS {sql_type}")


def upgrade() -> None:
    _retype("BIGINT")


def downgrade() -> None:
    # Refused by PostgreSQL once any value or sequence is past 2**31 - 1, which is the point.
    _retype("INTEGER")
