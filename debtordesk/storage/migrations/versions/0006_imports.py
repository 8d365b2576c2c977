"""Imports: an invoice's own payment reference (from its e-invoice), and the bank lines already dealt with.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("invoice", sa.Column("payment_reference", sa.String(140), nullable=False, server_default=""))
    # One row per statement line booked or ignored, so importing a statement again books nothing twice.
    op.create_table(
        "bank_line",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("account", sa.String(40), nullable=False),
        sa.Column("booking_date", sa.Date, nullable=False),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
