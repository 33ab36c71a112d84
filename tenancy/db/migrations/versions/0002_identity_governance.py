"""Identity and data governance: admin key roles, key rotation, allow-lists, legal hold, end-user
pseudonyms in the ledger, per-subject keys and audit-chain checkpoints.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tz = sa.DateTime(timezone=True)
    # Plain ADD COLUMN on both databases: a batch (copy-and-swap) on SQLite would drop `tenants`,
    # which the api_keys foreign key forbids; a constant default lets SQLite add NOT NULL columns.
    op.add_column("tenants", sa.Column("legal_hold", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("api_keys", sa.Column("role", sa.String(32), nullable=False, server_default=""))
    op.add_column("api_keys", sa.Column("rotated_from", sa.String(16), nullable=True))
    # Admin keys made before roles could do everything: they keep doing so.
    op.execute("UPDATE api_keys SET role = 'platform-admin' WHERE scope = 'admin'")
    op.add_column("ledger", sa.Column("user_ref", sa.String(64), nullable=False, server_default=""))
    op.create_index("ix_ledger_user_ref", "ledger", ["user_ref"])
    op.create_table(
        "allow_lists",
        sa.Column("subject", sa.String(64), primary_key=True),
        sa.Column("models", sa.Text, nullable=True),
        sa.Column("apps", sa.Text, nullable=True),
        sa.Column("collections", sa.Text, nullable=True),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("through_seq", sa.Integer, nullable=False),
        sa.Column("through_hash", sa.String(64), nullable=False),
        sa.Column("ts", tz, nullable=False),
    )
    op.create_table(
        "subject_keys",
        sa.Column("lookup", sa.String(64), primary_key=True),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("created_at", tz, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("subject_keys")
    op.drop_table("audit_checkpoints")
    op.drop_table("allow_lists")
    op.drop_index("ix_ledger_user_ref", "ledger")
    with op.batch_alter_table("ledger") as batch:
        batch.drop_column("user_ref")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("rotated_from")
        batch.drop_column("role")
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("legal_hold")
