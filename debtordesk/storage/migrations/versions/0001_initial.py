"""The first schema: profile, clients, contacts, invoices, payments, promises, tasks, dossier.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = """
CREATE TRIGGER {table}_no_{action} BEFORE {action} ON {table}
BEGIN SELECT RAISE(ABORT, 'dossier records are append-only: write a correcting record instead'); END
"""


def upgrade() -> None:
    op.create_table(
        "business_profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(20), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("vat_number", sa.String(30), nullable=False),
        sa.Column("registration_number", sa.String(30), nullable=False),
        sa.Column("iban", sa.String(34), nullable=False),
        sa.Column("bic", sa.String(11), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("payment_term_days", sa.Integer, nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.CheckConstraint("id = 1", name="single_row"),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(20), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("vat_number", sa.String(30), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("work_paused", sa.Boolean, nullable=False),
        sa.Column("relationship_ended", sa.Boolean, nullable=False),
    )
    op.create_index("ix_client_name", "client", ["name"])
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_index("ix_contact_client_id", "contact", ["client_id"])
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id"), nullable=False),
        sa.Column("number", sa.String(50), nullable=False, unique=True),
        sa.Column("issue_date", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("net_cents", sa.Integer, nullable=False),
        sa.Column("vat_cents", sa.Integer, nullable=False),
        sa.Column("total_cents", sa.Integer, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
    )
    op.create_index("ix_invoice_client_id", "invoice", ["client_id"])
    op.create_index("ix_invoice_due_date", "invoice", ["due_date"])
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey("invoice.id"), nullable=False),
        sa.Column("paid_on", sa.Date, nullable=False),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(140), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name="positive"),
    )
    op.create_index("ix_payment_invoice_id", "payment", ["invoice_id"])
    op.create_table(
        "promise",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id"), nullable=False),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact.id"), nullable=True),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("promised_date", sa.Date, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
    )
    op.create_index("ix_promise_client_id", "promise", ["client_id"])
    op.create_table(
        "promise_invoice",
        sa.Column("promise_id", sa.Integer, sa.ForeignKey("promise.id"), primary_key=True),
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey("invoice.id"), primary_key=True),
    )
    op.create_table(
        "task",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id"), nullable=False),
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey("invoice.id"), nullable=True),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
    )
    op.create_index("ix_task_client_id", "task", ["client_id"])
    op.create_index("ix_task_due_date", "task", ["due_date"])
    op.create_table(
        "dossier_record",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chain", sa.String(40), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id"), nullable=True),
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey("invoice.id"), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("chain", "seq", name="uq_dossier_record_chain_seq"),
    )
    op.create_index("ix_dossier_record_client_id", "dossier_record", ["client_id"])
    op.create_index("ix_dossier_record_invoice_id", "dossier_record", ["invoice_id"])
    for action in ("UPDATE", "DELETE"):
        op.execute(APPEND_ONLY.format(table="dossier_record", action=action))


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
