"""Invoice state: on hold or disputed (with reason and dates), written off, handed over.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): a constant default makes NOT NULL columns addable in place.
    empty = sa.text("''")
    op.add_column("invoice", sa.Column("hold_kind", sa.String(10), nullable=True))
    op.add_column("invoice", sa.Column("hold_reason", sa.Text, nullable=False, server_default=empty))
    op.add_column("invoice", sa.Column("hold_since", sa.Date, nullable=True))
    op.add_column("invoice", sa.Column("hold_until", sa.Date, nullable=True))
    op.add_column("invoice", sa.Column("written_off_on", sa.Date, nullable=True))
    op.add_column("invoice", sa.Column("written_off_reason", sa.Text, nullable=False, server_default=empty))
    op.add_column("invoice", sa.Column("handed_over_on", sa.Date, nullable=True))
    op.add_column("invoice", sa.Column("handed_over_to", sa.String(200), nullable=False, server_default=empty))


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
