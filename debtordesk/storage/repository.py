"""Repositories: SQL in, core dataclasses out. One short session per use case."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import Engine, case, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, undefer

from debtordesk.core.dossier import (
    GENESIS,
    DocumentRef,
    DossierRecord,
    RecordDraft,
    StoredRecord,
    canonical_details,
    parse_timestamp,
    record_hash,
    utc_timestamp,
)
from debtordesk.core.figures import FigureSums, InvoiceFacts, PromiseFacts
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook
from debtordesk.core.outgoing import OutboxEntry, OutgoingMessage
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientKind,
    ClientRow,
    Contact,
    ContactRole,
    Country,
    HoldKind,
    Invoice,
    InvoicePdf,
    InvoiceRow,
    InvoiceState,
    Language,
    Payment,
    PaymentMethod,
    Promise,
    PromiseStatus,
    Task,
    TaskKind,
)
from debtordesk.core.ports import NotFound
from debtordesk.storage import dossier_reads, errors, plain_reads
from debtordesk.storage.engine import READ_ONLY
from debtordesk.storage.models import (
    BankLineRowORM,
    ClientRowORM,
    ContactRowORM,
    DossierDocumentRow,
    DossierRecordRow,
    InvoiceRowORM,
    PaymentRowORM,
    OutboxRow,
    ProfileRow,
    PromiseInvoiceRow,
    SettingRow,
    PromiseRowORM,
    TaskRowORM,
)

_PROFILE_FIELDS = ("name", "street", "postcode", "city", "vat_number", "registration_number", "iban", "bic",
                   "email", "phone", "payment_term_days", "signature")
_CLIENT_FIELDS = ("name", "street", "postcode", "city", "vat_number", "notes", "work_paused", "relationship_ended")


def _client(row: ClientRowORM) -> Client:
    return Client(
        id=row.id, name=row.name, kind=ClientKind(row.kind), street=row.street, postcode=row.postcode,
        city=row.city, country=Country(row.country), language=Language(row.language), vat_number=row.vat_number,
        notes=row.notes, work_paused=row.work_paused, relationship_ended=row.relationship_ended,
    )


def _contact(row: ContactRowORM) -> Contact:
    return Contact(id=row.id, client_id=row.client_id, name=row.name, role=ContactRole(row.role),
                   email=row.email, phone=row.phone, active=row.active)


def _invoice(row: InvoiceRowORM, with_pdf: bool = False) -> Invoice:
    pdf = None
    if with_pdf and row.pdf_filename is not None and row.pdf_data is not None:
        pdf = InvoicePdf(row.pdf_filename, row.pdf_data)
    return Invoice(
        id=row.id, client_id=row.client_id, number=row.number, issue_date=row.issue_date, due_date=row.due_date,
        currency=row.currency, net_cents=row.net_cents, vat_cents=row.vat_cents, description=row.description,
        pdf=pdf, payment_reference=row.payment_reference,
    )


_STATE_FIELDS = ("hold_reason", "hold_since", "hold_until", "disputed_cents", "written_off_on", "written_off_reason",
                 "handed_over_on", "handed_over_to")


def _state(row: InvoiceRowORM) -> InvoiceState:
    return InvoiceState(hold_kind=HoldKind(row.hold_kind) if row.hold_kind else None,
                        **{name: getattr(row, name) for name in _STATE_FIELDS})


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _paid_subquery():  # type: ignore[no-untyped-def]
    return (
        select(PaymentRowORM.invoice_id, func.sum(PaymentRowORM.amount_cents).label("paid"))
        .group_by(PaymentRowORM.invoice_id)
        .subquery()
    )


class SqlReader:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _get(self, model: type, row_id: int):  # type: ignore[no-untyped-def]
        row = self.session.get(model, row_id)
        if row is None:
            raise NotFound(f"{model.__tablename__} {row_id}")
        return row

    def profile(self) -> BusinessProfile | None:
        row = self.session.get(ProfileRow, 1)
        if row is None:
            return None
        values = {name: getattr(row, name) for name in _PROFILE_FIELDS}
        return BusinessProfile(country=Country(row.country), language=Language(row.language), **values)

    def client(self, client_id: int) -> Client:
        return _client(self._get(ClientRowORM, client_id))

    def clients(self, today: date) -> Sequence[ClientRow]:
        paid = _paid_subquery()
        open_expr = case((InvoiceRowORM.written_off_on.is_(None),
                          InvoiceRowORM.total_cents - func.coalesce(paid.c.paid, 0)), else_=0)
        per_client = (
            select(
                InvoiceRowORM.client_id,
                func.sum(open_expr).label("open"),
                func.sum(case((InvoiceRowORM.due_date < today, open_expr), else_=0)).label("overdue"),
            )
            .outerjoin(paid, paid.c.invoice_id == InvoiceRowORM.id)
            .group_by(InvoiceRowORM.client_id)
            .subquery()
        )
        contacts = (
            select(ContactRowORM.client_id, func.count().label("n")).group_by(ContactRowORM.client_id).subquery()
        )
        query = (
            select(ClientRowORM, func.coalesce(contacts.c.n, 0), func.coalesce(per_client.c.open, 0),
                   func.coalesce(per_client.c.overdue, 0))
            .outerjoin(contacts, contacts.c.client_id == ClientRowORM.id)
            .outerjoin(per_client, per_client.c.client_id == ClientRowORM.id)
            .order_by(ClientRowORM.name)
        )
        return [ClientRow(_client(row), n, open_, overdue) for row, n, open_, overdue in self.session.execute(query)]

    def contacts(self, client_id: int) -> Sequence[Contact]:
        rows = self.session.scalars(select(ContactRowORM).where(ContactRowORM.client_id == client_id)
                                    .order_by(ContactRowORM.id))
        return [_contact(row) for row in rows]

    def invoice(self, invoice_id: int) -> Invoice:
        row = self.session.get(InvoiceRowORM, invoice_id, options=[undefer(InvoiceRowORM.pdf_data)])
        if row is None:
            raise NotFound(f"invoice {invoice_id}")
        return _invoice(row, with_pdf=True)

    def invoices(self, client_id: int | None = None) -> Sequence[InvoiceRow]:
        return plain_reads.invoice_rows(self._raw(), client_id)

    def invoices_with_ids(self, ids: Sequence[int]) -> Sequence[InvoiceRow]:
        return plain_reads.invoice_rows_with_ids(self._raw(), ids)

    def figure_facts(self, client_id: int | None = None) -> tuple[list[InvoiceFacts], list[PromiseFacts]]:
        return plain_reads.figure_facts(self._raw(), client_id)

    def figure_sums(self, today: date) -> FigureSums:
        return plain_reads.figure_sums(self._raw(), today)

    def invoice_count(self) -> int:
        return plain_reads.invoice_count(self._raw())

    def first_invoice_ids(self, today: date, count: int) -> list[int]:
        return plain_reads.first_invoice_ids(self._raw(), today, count)

    def client_names(self) -> dict[int, str]:
        return plain_reads.client_names(self._raw())

    def follow_up(self, ids: Sequence[int] | None = None) -> dict[int, InvoiceFollowUp]:
        return plain_reads.follow_up(self._raw(), ids)

    def ladder_book(self) -> LadderBook:
        return plain_reads.ladder_book(self._raw())

    def document_bytes(self, record_id: int, position: int = 0) -> bytes:
        """The bytes of a document kept with a dossier record (an invoice PDF, a sent .eml)."""
        data = self.session.scalar(select(DossierDocumentRow.data).where(
            DossierDocumentRow.record_id == record_id, DossierDocumentRow.position == position))
        if data is None:
            raise NotFound(f"document {position} of record {record_id}")
        return bytes(data)

    def stored_records(self, chains: Sequence[str]) -> list[StoredRecord]:
        """The records of these dossiers exactly as stored (for an export that can be re-verified)."""
        return dossier_reads.stored_records(self._raw(), chains)

    def payment_references(self) -> dict[int, str]:
        """The invoices that carry their own payment reference (from an e-invoice), by id."""
        query = select(InvoiceRowORM.id, InvoiceRowORM.payment_reference).where(InvoiceRowORM.payment_reference != "")
        return {row.id: row.payment_reference for row in self.session.execute(query)}

    def bank_lines_seen(self, fingerprints: Sequence[str]) -> dict[str, str]:
        """Of these statement-line fingerprints, those already booked or ignored, with the outcome."""
        found: dict[str, str] = {}
        chunk = list(fingerprints)
        for start in range(0, len(chunk), 500):  # SQLite's limit on bound parameters
            query = select(BankLineRowORM.fingerprint, BankLineRowORM.outcome).where(
                BankLineRowORM.fingerprint.in_(chunk[start:start + 500]))
            found.update({row.fingerprint: row.outcome for row in self.session.execute(query)})
        return found

    def setting(self, key: str) -> str | None:
        row = self.session.get(SettingRow, key)
        return row.value if row else None

    def outbox(self) -> Sequence[OutboxEntry]:
        return [OutboxEntry(r.id, parse_timestamp(r.created_at), r.client_id, tuple(json.loads(r.invoice_ids)),
                            r.step_key, OutgoingMessage.from_json(r.message), r.failure, r.detail, r.attempts)
                for r in self.session.scalars(select(OutboxRow).order_by(OutboxRow.id))]

    def _raw(self) -> sqlite3.Connection:
        """The session's own DBAPI connection: plain reads share its transaction."""
        return self.session.connection().connection.driver_connection  # type: ignore[return-value]

    def invoice_state(self, invoice_id: int) -> InvoiceState:
        return _state(self._get(InvoiceRowORM, invoice_id))

    def invoice_number_taken(self, number: str, except_id: int | None) -> bool:
        query = select(InvoiceRowORM.id).where(func.lower(InvoiceRowORM.number) == number.strip().lower())
        if except_id is not None:
            query = query.where(InvoiceRowORM.id != except_id)
        return self.session.scalar(query.limit(1)) is not None

    def paid_cents(self, invoice_id: int) -> int:
        total = self.session.scalar(
            select(func.coalesce(func.sum(PaymentRowORM.amount_cents), 0)).where(PaymentRowORM.invoice_id == invoice_id)
        )
        return int(total or 0)

    def payments(self, invoice_id: int) -> Sequence[Payment]:
        rows = self.session.scalars(select(PaymentRowORM).where(PaymentRowORM.invoice_id == invoice_id)
                                    .order_by(PaymentRowORM.paid_on, PaymentRowORM.id))
        return [Payment(id=r.id, invoice_id=r.invoice_id, paid_on=r.paid_on, amount_cents=r.amount_cents,
                        method=PaymentMethod(r.method), reference=r.reference) for r in rows]

    def promises(self, client_id: int | None = None) -> Sequence[Promise]:
        query = select(PromiseRowORM).order_by(PromiseRowORM.promised_date)
        if client_id is not None:
            query = query.where(PromiseRowORM.client_id == client_id)
        rows = list(self.session.scalars(query))
        links: dict[int, list[int]] = {}
        for link in self.session.scalars(select(PromiseInvoiceRow).order_by(PromiseInvoiceRow.invoice_id)):
            links.setdefault(link.promise_id, []).append(link.invoice_id)
        return [Promise(id=r.id, client_id=r.client_id, contact_id=r.contact_id, amount_cents=r.amount_cents,
                        promised_date=r.promised_date, status=PromiseStatus(r.status),
                        invoice_ids=tuple(links.get(r.id, ())), plan_id=r.plan_id,
                        target_open_cents=r.target_open_cents) for r in rows]

    def tasks(self, include_done: bool = False) -> Sequence[Task]:
        query = select(TaskRowORM).order_by(TaskRowORM.due_date, TaskRowORM.id)
        if not include_done:
            query = query.where(TaskRowORM.done.is_(False))
        return [Task(id=r.id, client_id=r.client_id, invoice_id=r.invoice_id, due_date=r.due_date,
                     kind=TaskKind(r.kind), note=r.note, done=r.done, due_time=_time(r.due_time))
                for r in self.session.scalars(query)]

    def records(self, *, client_id: int | None = None, invoice_id: int | None = None) -> Sequence[DossierRecord]:
        query = select(DossierRecordRow).order_by(DossierRecordRow.id)
        if invoice_id is not None:
            query = query.where(DossierRecordRow.invoice_id == invoice_id)
        elif client_id is not None:
            query = query.where(DossierRecordRow.client_id == client_id)
        rows = list(self.session.scalars(query))
        documents: dict[int, list[DocumentRef]] = {}
        if rows:
            doc_query = (select(DossierDocumentRow).where(DossierDocumentRow.record_id.in_([r.id for r in rows]))
                         .order_by(DossierDocumentRow.record_id, DossierDocumentRow.position))
            for doc in self.session.scalars(doc_query):
                documents.setdefault(doc.record_id, []).append(
                    DocumentRef(doc.filename, doc.media_type, doc.sha256, doc.size))
        return [
            DossierRecord(
                id=r.id, chain=r.chain, seq=r.seq, created_at=parse_timestamp(r.created_at), kind=r.kind,
                summary=r.summary, client_id=r.client_id, invoice_id=r.invoice_id, details=json.loads(r.details),
                documents=tuple(documents.get(r.id, ())), prev_hash=r.prev_hash, hash=r.hash,
            )
            for r in rows
        ]


class SqlTransaction(SqlReader):
    def save_profile(self, profile: BusinessProfile) -> None:
        row = self.session.get(ProfileRow, 1) or ProfileRow(id=1)
        for name in _PROFILE_FIELDS:
            setattr(row, name, getattr(profile, name))
        row.country = profile.country.value
        row.language = profile.language.value
        self.session.add(row)

    def _fill_client(self, row: ClientRowORM, client: Client) -> None:
        for name in _CLIENT_FIELDS:
            setattr(row, name, getattr(client, name))
        row.kind, row.country, row.language = client.kind.value, client.country.value, client.language.value

    def add_client(self, client: Client) -> int:
        row = ClientRowORM()
        self._fill_client(row, client)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_client(self, client: Client) -> None:
        assert client.id is not None
        self._fill_client(self._get(ClientRowORM, client.id), client)

    def _fill_contact(self, row: ContactRowORM, contact: Contact) -> None:
        row.client_id, row.name, row.role = contact.client_id, contact.name, contact.role.value
        row.email, row.phone, row.active = contact.email, contact.phone, contact.active

    def add_contact(self, contact: Contact) -> int:
        row = ContactRowORM()
        self._fill_contact(row, contact)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_contact(self, contact: Contact) -> None:
        assert contact.id is not None
        self._fill_contact(self._get(ContactRowORM, contact.id), contact)

    def _fill_invoice(self, row: InvoiceRowORM, invoice: Invoice) -> None:
        row.client_id, row.number = invoice.client_id, invoice.number
        row.issue_date, row.due_date, row.currency = invoice.issue_date, invoice.due_date, invoice.currency
        row.net_cents, row.vat_cents, row.total_cents = invoice.net_cents, invoice.vat_cents, invoice.total_cents
        row.description = invoice.description
        if invoice.payment_reference:  # set by an import; the invoice dialog leaves it as it is
            row.payment_reference = invoice.payment_reference
        if invoice.pdf is not None:
            row.pdf_filename, row.pdf_data = invoice.pdf.filename, invoice.pdf.data

    def add_invoice(self, invoice: Invoice) -> int:
        row = InvoiceRowORM()
        self._fill_invoice(row, invoice)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_invoice(self, invoice: Invoice) -> None:
        assert invoice.id is not None
        self._fill_invoice(self._get(InvoiceRowORM, invoice.id), invoice)

    def set_invoice_state(self, invoice_id: int, state: InvoiceState) -> None:
        row = self._get(InvoiceRowORM, invoice_id)
        row.hold_kind = state.hold_kind.value if state.hold_kind else None
        for name in _STATE_FIELDS:
            setattr(row, name, getattr(state, name))

    def add_bank_line(self, fingerprint: str, account: str, booking_date: date, amount_cents: int, outcome: str,
                      source_sha256: str) -> None:
        self.session.add(BankLineRowORM(fingerprint=fingerprint, account=account[:40], booking_date=booking_date,
                                        amount_cents=amount_cents, outcome=outcome, source_sha256=source_sha256))
        self.session.flush()

    def add_payment(self, payment: Payment) -> int:
        row = PaymentRowORM(invoice_id=payment.invoice_id, paid_on=payment.paid_on, amount_cents=payment.amount_cents,
                            method=payment.method.value, reference=payment.reference)
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_promise(self, promise: Promise) -> int:
        row = PromiseRowORM(client_id=promise.client_id, contact_id=promise.contact_id,
                            amount_cents=promise.amount_cents, promised_date=promise.promised_date,
                            status=promise.status.value, plan_id=promise.plan_id,
                            target_open_cents=promise.target_open_cents)
        self.session.add(row)
        self.session.flush()
        for invoice_id in promise.invoice_ids:
            self.session.add(PromiseInvoiceRow(promise_id=row.id, invoice_id=invoice_id))
        return row.id

    def new_plan_id(self) -> int:
        return (self.session.scalar(select(func.max(PromiseRowORM.plan_id))) or 0) + 1

    def set_promise_status(self, promise_id: int, status: PromiseStatus, resolved_on: date | None = None) -> None:
        row = self._get(PromiseRowORM, promise_id)
        row.status, row.resolved_on = status.value, resolved_on

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a setting; None removes it (back to the default)."""
        row = self.session.get(SettingRow, key)
        if value is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value

    def keep_in_outbox(self, entry: OutboxEntry) -> int:
        """Add a message to the outbox (id 0) or replace one already there."""
        row = OutboxRow() if entry.id == 0 else self._get(OutboxRow, entry.id)
        row.created_at = utc_timestamp(entry.created_at)
        row.client_id, row.invoice_ids = entry.client_id, json.dumps(list(entry.invoice_ids))
        row.step_key, row.message = entry.step_key, entry.message.to_json()
        row.failure, row.detail, row.attempts = entry.failure, entry.detail, entry.attempts
        self.session.add(row)
        self.session.flush()
        return row.id

    def remove_from_outbox(self, entry_id: int) -> None:
        row = self.session.get(OutboxRow, entry_id)
        if row is not None:
            self.session.delete(row)

    def add_task(self, task: Task) -> int:
        row = TaskRowORM(client_id=task.client_id, invoice_id=task.invoice_id, due_date=task.due_date,
                         kind=task.kind.value, note=task.note, done=task.done,
                         due_time=task.due_time.strftime("%H:%M") if task.due_time else None)
        self.session.add(row)
        self.session.flush()
        return row.id

    def set_task_done(self, task_id: int) -> None:
        self._get(TaskRowORM, task_id).done = True

    def append_record(self, draft: RecordDraft, created_at: datetime) -> DossierRecord:
        self.session.flush()
        last = self.session.execute(
            select(DossierRecordRow.seq, DossierRecordRow.hash, DossierRecordRow.created_at)
            .where(DossierRecordRow.chain == draft.chain)
            .order_by(DossierRecordRow.seq.desc())
            .limit(1)
        ).first()
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
        refs = tuple(DocumentRef(d.filename, d.media_type, d.sha256, len(d.data)) for d in draft.documents)
        # A clock set back never puts a record before its predecessor (verify checks the order).
        stamp = max(utc_timestamp(created_at), last[2]) if last else utc_timestamp(created_at)
        details_json = canonical_details(draft.details)
        digest = record_hash(chain=draft.chain, seq=seq, created_at=stamp, kind=draft.kind.value,
                             summary=draft.summary, client_id=draft.client_id, invoice_id=draft.invoice_id,
                             details_json=details_json, documents=refs, prev_hash=prev_hash)
        row = DossierRecordRow(chain=draft.chain, seq=seq, created_at=stamp, client_id=draft.client_id,
                               invoice_id=draft.invoice_id, kind=draft.kind.value, summary=draft.summary,
                               details=details_json, prev_hash=prev_hash, hash=digest)
        self.session.add(row)
        self.session.flush()
        for position, (document, ref) in enumerate(zip(draft.documents, refs, strict=True)):
            self.session.add(DossierDocumentRow(record_id=row.id, position=position, filename=ref.filename,
                                                media_type=ref.media_type, sha256=ref.sha256, size=ref.size,
                                                data=document.data))
        return DossierRecord(id=row.id, chain=draft.chain, seq=seq, created_at=parse_timestamp(stamp),
                             kind=draft.kind.value, summary=draft.summary, client_id=draft.client_id,
                             invoice_id=draft.invoice_id, details=json.loads(details_json), documents=refs,
                             prev_hash=prev_hash, hash=digest)


class SqlStore:
    """The Store port over one engine.

    Errors the user can act on (file read-only, moved away, disk full, locked)
    come out as ``FileProblem`` subclasses; anything else is a bug and passes.
    """

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path

    @contextmanager
    def _classified(self) -> Iterator[None]:
        try:
            yield
        except (SQLAlchemyError, sqlite3.Error, OSError) as error:
            known = errors.classify(self.path, error)
            if known is None:
                raise
            raise known from error

    @contextmanager
    def transaction(self) -> Iterator[SqlTransaction]:
        with self._classified(), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield SqlTransaction(session)

    @contextmanager
    def reading(self) -> Iterator[SqlReader]:
        with self._classified(), Session(self.engine.execution_options(**{READ_ONLY: True})) as session:
            try:
                yield SqlReader(session)
            finally:
                session.rollback()
