"""Follow-up: settings (ladder, templates, mail server), the outbox, when a promise was resolved,
and an index of the ladder's dossier records.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("client_id", sa.Integer, nullable=False),
        sa.Column("invoice_ids", sa.Text, nullable=False),
        sa.Column("step_key", sa.String(40), nullable=False, server_default=sa.text("''")),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("failure", sa.String(40), nullable=False, server_default=sa.text("''")),
        sa.Column("detail", sa.Text, nullable=False, server_default=sa.text("''")),
        sa.Column("attempts", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name="fk_outbox_client_id_client"),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.add_column("promise", sa.Column("resolved_on", sa.Date, nullable=True))
    # The ladder's records only (a partial index): the ladder reads them without scanning the dossier.
    op.create_index("ix_dossier_record_ladder", "dossier_record", ["invoice_id"],
                    sqlite_where=sa.text("kind IN ('step_done', 'step_skipped', 'email_sent')"))


def downgrade() -> None:
    raise RuntimeError("DebtorDesk files are never downgraded; restore a backup instead")
