"""The schema as typed SQLAlchemy 2 models. Rows stay in storage; see repository.py."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from debtordesk.storage.plain_reads import LADDER_KINDS_SQL

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Cents(TypeDecorator[int]):
    """Money as whole cents in an INTEGER column; a float is refused, not rounded."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: object) -> int | None:
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise TypeError(f"money must be integer cents, got {type(value).__name__}")
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProfileRow(Base):
    __tablename__ = "business_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(30), default="")
    registration_number: Mapped[str] = mapped_column(String(30), default="")
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str] = mapped_column(String(11), default="")
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=30)
    language: Mapped[str] = mapped_column(String(2), default="nl")
    signature: Mapped[str] = mapped_column(Text, default="")


class ClientRowORM(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    work_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    relationship_ended: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[ContactRowORM]] = relationship(back_populates="client", order_by="ContactRowORM.id")


class ContactRowORM(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    client: Mapped[ClientRowORM] = relationship(back_populates="contacts")


class InvoiceRowORM(Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    net_cents: Mapped[int] = mapped_column(Cents)
    vat_cents: Mapped[int] = mapped_column(Cents)
    total_cents: Mapped[int] = mapped_column(Cents)
    description: Mapped[str] = mapped_column(Text, default="")
    pdf_filename: Mapped[str | None] = mapped_column(String(255))
    pdf_data: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    hold_kind: Mapped[str | None] = mapped_column(String(10))
    hold_reason: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    hold_since: Mapped[date | None] = mapped_column(Date)
    hold_until: Mapped[date | None] = mapped_column(Date)
    disputed_cents: Mapped[int | None] = mapped_column(Cents)
    written_off_on: Mapped[date | None] = mapped_column(Date)
    written_off_reason: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    handed_over_on: Mapped[date | None] = mapped_column(Date)
    handed_over_to: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    payment_reference: Mapped[str] = mapped_column(String(140), default="", server_default=text("''"))

    client: Mapped[ClientRowORM] = relationship()


class BankLineRowORM(Base):
    """A statement line booked or ignored once; its fingerprint keeps a re-import from doing it again."""

    __tablename__ = "bank_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    account: Mapped[str] = mapped_column(String(40))
    booking_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(10))
    source_sha256: Mapped[str] = mapped_column(String(64))


class PaymentRowORM(Base):
    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Cents)
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(140), default="")


class PromiseRowORM(Base):
    __tablename__ = "promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    amount_cents: Mapped[int] = mapped_column(Cents)
    promised_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    plan_id: Mapped[int | None] = mapped_column(Integer)
    target_open_cents: Mapped[int | None] = mapped_column(Cents)


class PromiseInvoiceRow(Base):
    __tablename__ = "promise_invoice"

    promise_id: Mapped[int] = mapped_column(ForeignKey("promise.id"), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), primary_key=True)


class TaskRowORM(Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    due_time: Mapped[str | None] = mapped_column(String(5))


class DossierRecordRow(Base):
    __tablename__ = "dossier_record"
    __table_args__ = (
        UniqueConstraint("chain", "seq", name="uq_dossier_record_chain_seq"),
        # Only the ladder's few records: finding them must not scan a million others.
        Index("ix_dossier_record_ladder", "invoice_id", sqlite_where=text(LADDER_KINDS_SQL)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DossierDocumentRow(Base):
    __tablename__ = "dossier_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("dossier_record.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class SettingRow(Base):
    """Business settings kept in the file (ladder, templates, mail server), as JSON text per key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    """A message that could not be sent yet; it leaves when sent or discarded, never in the dossier."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    invoice_ids: Mapped[str] = mapped_column(Text)
    step_key: Mapped[str] = mapped_column(String(40), default="", server_default=text("''"))
    message: Mapped[str] = mapped_column(Text)
    failure: Mapped[str] = mapped_column(String(40), default="", server_default=text("''"))
    detail: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
