"""Documents: the invoice's own PDF, and files kept with dossier records by SHA-256.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = """
CREATE TRIGGER {table}_no_{action} BEFORE {action} ON {table}
BEGIN SELECT RAISE(ABORT, 'dossier documents are append-only'); END
"""


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("pdf_filename", sa.String(255), nullable=True))
        batch.add_column(sa.Column("pdf_data", sa.LargeBinary, nullable=True))
    op.create_table(
        "dossier_document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("record_id", sa.Integer, sa.ForeignKey("dossier_record.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_dossier_document_record_id", "dossier_document", ["record_id"])
    for action in ("UPDATE", "DELETE"):
        op.execute(APPEND_ONLY.format(table="dossier_document", action=action))


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
