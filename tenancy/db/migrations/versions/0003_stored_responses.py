"""Stored responses of the Responses API (`store: true`), per tenant, for `previous_response_id`.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responses",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("previous_response_id", sa.String(64), nullable=True),
        sa.Column("user_ref", sa.String(64), nullable=False, server_default=""),
        sa.Column("input_items", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_responses_tenant_id", "responses", ["tenant_id"])
    op.create_index("ix_responses_created_at", "responses", ["created_at"])
    op.create_index("ix_responses_user_ref", "responses", ["user_ref"])


def downgrade() -> None:
    op.drop_table("responses")
