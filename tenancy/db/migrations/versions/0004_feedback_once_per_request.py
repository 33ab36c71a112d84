"""One rating per request: feedback is unique per (tenant, request), so thumbs count requests, not
how often someone posted. Duplicates already stored are reduced to the first rating, which is the
one that stands from now on (a second rating is refused).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "DELETE FROM feedback WHERE id NOT IN (SELECT min(id) FROM feedback GROUP BY tenant_id, request_id)"
    )
    op.create_index("ix_feedback_tenant_request", "feedback", ["tenant_id", "request_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_feedback_tenant_request", "feedback")
