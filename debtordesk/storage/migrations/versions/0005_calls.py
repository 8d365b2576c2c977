"""Calls: a contested part of an invoice, payment-plan instalments, what keeps a promise, call-back times.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("invoice", sa.Column("disputed_cents", sa.Integer, nullable=True))
    op.add_column("promise", sa.Column("plan_id", sa.Integer, nullable=True))
    op.add_column("promise", sa.Column("target_open_cents", sa.Integer, nullable=True))
    op.add_column("task", sa.Column("due_time", sa.String(5), nullable=True))
    # A promise made before this revision is kept once its invoices' open amount drops by what it
    # promised, counted from what is open now (the best this file still knows).
    op.execute("""
        UPDATE promise SET target_open_cents = max(0, (
            SELECT coalesce(sum(i.total_cents), 0)
                   - coalesce((SELECT sum(p.amount_cents) FROM payment AS p
                               WHERE p.invoice_id IN (SELECT invoice_id FROM promise_invoice
                                                      WHERE promise_id = promise.id)), 0)
            FROM invoice AS i WHERE i.id IN (SELECT invoice_id FROM promise_invoice WHERE promise_id = promise.id)
        ) - amount_cents)
        WHERE status = 'open'""")


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
