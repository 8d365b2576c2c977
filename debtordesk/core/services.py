"""The use cases that change a debtor's situation.

Each one checks its input, writes the change and its dossier record in one
transaction, and only then tells listeners that something changed. A refused
input raises ``ValidationError`` before anything is written.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from debtordesk.core import validation as v
from debtordesk.core.clock import Clock
from debtordesk.core.dossier import Document, DossierRecord, RecordDraft, RecordKind
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    Contact,
    Invoice,
    Payment,
    Promise,
    PromiseStatus,
    Task,
)
from debtordesk.core.ports import NotFound, Store, Transaction

Listener = Callable[[str], None]


class Topic(enum.StrEnum):
    """What changed, so views refresh only what they show."""

    PROFILE = "profile"
    CLIENTS = "clients"
    INVOICES = "invoices"
    DOSSIER = "dossier"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _changes(old: object, new: object, skip: tuple[str, ...] = ("id", "pdf")) -> dict[str, list[Any]]:
    changed = {}
    for f in dataclasses.fields(old):  # type: ignore[arg-type]
        if f.name in skip:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before != after:
            changed[f.name] = [_plain(before), _plain(after)]
    return changed


class DebtorService:
    """Use cases on one data file.

    Attributes:
        store: the open data file.
        clock: "now" for dossier times and "today" for date checks.
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, *topics: Topic) -> None:
        for topic in (*topics, Topic.DOSSIER):
            for listener in list(self._listeners):
                listener(topic.value)

    def _record(self, tx: Transaction, draft: RecordDraft) -> DossierRecord:
        return tx.append_record(draft, self.clock.now())

    # -- business profile ----------------------------------------------------
    def save_profile(self, profile: BusinessProfile) -> None:
        profile = dataclasses.replace(
            profile, iban=v.normalise_iban(profile.iban), bic=profile.bic.strip().upper()
        )
        v.raise_if(v.validate_profile(profile))
        with self.store.transaction() as tx:
            old = tx.profile()
            tx.save_profile(profile)
            details = {"changes": _changes(old, profile)} if old else {"created": True}
            self._record(tx, RecordDraft(RecordKind.PROFILE_SAVED, f"Business profile saved: {profile.name}", details=details))
        self._notify(Topic.PROFILE)

    # -- clients and contacts --------------------------------------------------
    def save_client(self, client: Client, contacts: Sequence[Contact] = ()) -> int:
        """Save a client and any new or changed contacts of it, all or nothing."""
        problems = v.validate_client(client)
        for contact in contacts:
            problems += v.validate_contact(dataclasses.replace(contact, client_id=client.id or 0))
        v.raise_if(problems)
        with self.store.transaction() as tx:
            client_id = self._save_client(tx, client)
            for contact in contacts:
                self._save_contact(tx, dataclasses.replace(contact, client_id=client_id))
        self._notify(Topic.CLIENTS)
        return client_id

    def save_contact(self, contact: Contact) -> int:
        v.raise_if(v.validate_contact(contact))
        with self.store.transaction() as tx:
            tx.client(contact.client_id)
            contact_id = self._save_contact(tx, contact)
        self._notify(Topic.CLIENTS)
        return contact_id

    def _save_client(self, tx: Transaction, client: Client) -> int:
        if client.id is None:
            client_id = tx.add_client(client)
            self._record(tx, RecordDraft(RecordKind.CLIENT_CREATED, f"Client created: {client.name}",
                                         client_id=client_id,
                                         details={"kind": client.kind.value, "country": client.country.value}))
            return client_id
        old = tx.client(client.id)
        changes = _changes(old, client)
        if changes:
            tx.update_client(client)
            self._record(tx, RecordDraft(RecordKind.CLIENT_CHANGED, _client_change_summary(client, changes),
                                         client_id=client.id, details={"changes": changes}))
        return client.id

    def _save_contact(self, tx: Transaction, contact: Contact) -> int:
        if contact.id is None:
            contact_id = tx.add_contact(contact)
            details: dict[str, Any] = {"contact_id": contact_id, "created": True}
        else:
            contact_id = contact.id
            old = next((c for c in tx.contacts(contact.client_id) if c.id == contact_id), None)
            if old is None:
                raise NotFound(f"contact {contact_id} of client {contact.client_id}")
            changes = _changes(old, contact)
            if not changes:
                return contact_id
            tx.update_contact(contact)
            details = {"contact_id": contact_id, "changes": changes}
        self._record(tx, RecordDraft(RecordKind.CONTACT_SAVED, f"Contact saved: {contact.name} ({contact.role.value})",
                                     client_id=contact.client_id, details=details))
        return contact_id

    # -- invoices and payments -------------------------------------------------
    def save_invoice(self, invoice: Invoice) -> int:
        with self.store.transaction() as tx:
            invoice_id = self._save_invoice(tx, invoice)
        self._notify(Topic.INVOICES)
        return invoice_id

    def _save_invoice(self, tx: Transaction, invoice: Invoice, **extra: Any) -> int:
        """Register or change an invoice inside a caller's transaction; ``extra`` joins the record's details.

        Raises:
            ValidationError: the invoice is not valid, its number is taken, or a new total is below what is paid.
        """
        invoice = dataclasses.replace(invoice, number=invoice.number.strip())
        v.raise_if(v.validate_invoice(invoice, number_taken=tx.invoice_number_taken(invoice.number, invoice.id)))
        tx.client(invoice.client_id)
        documents = ()
        if invoice.pdf is not None:
            documents = (Document(invoice.pdf.filename, "application/pdf", invoice.pdf.data),)
        if invoice.id is None:
            invoice_id = tx.add_invoice(invoice)
            self._record(tx, RecordDraft(
                RecordKind.INVOICE_REGISTERED,
                f"Invoice {invoice.number} registered: total {invoice.total_cents} cents, due {invoice.due_date.isoformat()}",
                client_id=invoice.client_id, invoice_id=invoice_id, documents=documents,
                details={"number": invoice.number, "issue_date": invoice.issue_date.isoformat(),
                         "due_date": invoice.due_date.isoformat(), "net_cents": invoice.net_cents,
                         "vat_cents": invoice.vat_cents, "total_cents": invoice.total_cents,
                         "currency": invoice.currency, **extra},
            ))
            return invoice_id
        invoice_id = invoice.id
        old = tx.invoice(invoice_id)
        if not invoice.payment_reference:  # an edit that does not name it keeps the e-invoice's reference
            invoice = dataclasses.replace(invoice, payment_reference=old.payment_reference)
        if invoice.total_cents < tx.paid_cents(invoice_id):
            raise v.ValidationError([v.Problem("net", "total_below_paid", {"paid_cents": tx.paid_cents(invoice_id)})])
        changes = _changes(old, invoice)
        pdf_changed = invoice.pdf != old.pdf and invoice.pdf is not None
        if not changes and not pdf_changed:
            return invoice_id
        if pdf_changed:
            changes["pdf"] = [old.pdf.filename if old.pdf else None, invoice.pdf.filename]
        tx.update_invoice(invoice)
        self._record(tx, RecordDraft(
            RecordKind.INVOICE_CHANGED, f"Invoice {invoice.number} changed: {', '.join(sorted(changes))}",
            client_id=invoice.client_id, invoice_id=invoice_id, details={"changes": changes, **extra},
            documents=documents if pdf_changed else (),
        ))
        return invoice_id

    def record_payment(self, payment: Payment) -> int:
        with self.store.transaction() as tx:
            payment_id = self._add_payment(tx, payment)
        self._notify(Topic.INVOICES)
        return payment_id

    def _add_payment(self, tx: Transaction, payment: Payment, **extra: Any) -> int:
        """The payment and its record, inside a caller's transaction; ``extra`` joins the record's details.

        Raises:
            ValidationError: more than is open, a date before the invoice or in the future.
        """
        invoice = tx.invoice(payment.invoice_id)
        open_cents = invoice.total_cents - tx.paid_cents(invoice.id)
        v.raise_if(v.validate_payment(payment, open_cents=open_cents, issue_date=invoice.issue_date,
                                      today=self.clock.today()))
        payment_id = tx.add_payment(payment)
        remaining = open_cents - payment.amount_cents
        kind = "full" if remaining == 0 else "partial"
        self._record(tx, RecordDraft(
            RecordKind.PAYMENT_RECORDED,
            f"{kind.capitalize()} payment of {payment.amount_cents} cents on invoice {invoice.number}; "
            f"{remaining} cents still open",
            client_id=invoice.client_id, invoice_id=invoice.id,
            details={"payment_id": payment_id, "paid_on": payment.paid_on.isoformat(),
                     "amount_cents": payment.amount_cents, "method": payment.method.value,
                     "reference": payment.reference, "open_before_cents": open_cents,
                     "open_after_cents": remaining, **extra},
        ))
        return payment_id

    # -- promises and tasks ------------------------------------------------------
    def add_promise(self, promise: Promise) -> int:
        with self.store.transaction() as tx:
            invoices = [tx.invoice(i) for i in promise.invoice_ids]
            open_cents = sum(i.total_cents - tx.paid_cents(i.id) for i in invoices)
            v.raise_if(v.validate_promise(promise, open_cents=open_cents, today=self.clock.today()))
            if promise.target_open_cents is None:
                promise = dataclasses.replace(promise, target_open_cents=open_cents - promise.amount_cents)
            promise_id = self._add_promise(tx, promise, invoices)
        self._notify(Topic.INVOICES)
        return promise_id

    def _add_promise(self, tx: Transaction, promise: Promise, invoices: Sequence[Invoice], **extra: Any) -> int:
        """The promise and its record in each invoice's dossier, inside a caller's transaction."""
        promise_id = tx.add_promise(promise)
        numbers = [i.number for i in invoices]
        for invoice in invoices:
            self._record(tx, RecordDraft(
                RecordKind.PROMISE_MADE,
                f"Promise to pay {promise.amount_cents} cents on {promise.promised_date.isoformat()} for "
                f"{', '.join(numbers)}",
                client_id=promise.client_id, invoice_id=invoice.id,
                details={"promise_id": promise_id, "amount_cents": promise.amount_cents,
                         "promised_date": promise.promised_date.isoformat(),
                         "contact_id": promise.contact_id, "invoices": numbers, **extra},
            ))
        return promise_id

    def resolve_promise(self, promise: Promise, status: PromiseStatus) -> None:
        if status == PromiseStatus.OPEN or promise.id is None:
            raise ValueError("a promise is resolved as kept or broken")
        with self.store.transaction() as tx:
            tx.set_promise_status(promise.id, status, self.clock.today())
            for invoice_id in promise.invoice_ids:
                self._record(tx, RecordDraft(
                    RecordKind.PROMISE_RESOLVED,
                    f"Promise of {promise.promised_date.isoformat()} {status.value}",
                    client_id=promise.client_id, invoice_id=invoice_id,
                    details={"promise_id": promise.id, "status": status.value, "on": self.clock.today().isoformat()},
                ))
        self._notify(Topic.INVOICES)

    def add_task(self, task: Task) -> int:
        with self.store.transaction() as tx:
            task_id = self._add_task(tx, task)
        self._notify(Topic.CLIENTS)
        return task_id

    def _add_task(self, tx: Transaction, task: Task, **extra: Any) -> int:
        """The task and its record, inside a caller's transaction; ``extra`` joins the record's details."""
        task_id = tx.add_task(task)
        at = {"due_time": task.due_time.strftime("%H:%M")} if task.due_time else {}
        self._record(tx, RecordDraft(
            RecordKind.TASK_CREATED, f"Follow-up planned for {task.due_date.isoformat()}: {task.kind.value}",
            client_id=task.client_id, invoice_id=task.invoice_id,
            details={"task_id": task_id, "due_date": task.due_date.isoformat(), "kind": task.kind.value,
                     "note": task.note, **at, **extra},
        ))
        return task_id

    def complete_task(self, task: Task) -> None:
        if task.id is None:
            raise ValueError("task has no id")
        with self.store.transaction() as tx:
            self._complete_task(tx, task)
        self._notify(Topic.CLIENTS)

    def _complete_task(self, tx: Transaction, task: Task, **extra: Any) -> None:
        tx.set_task_done(task.id or 0)
        self._record(tx, RecordDraft(
            RecordKind.TASK_DONE, f"Follow-up done: {task.kind.value}",
            client_id=task.client_id, invoice_id=task.invoice_id, details={"task_id": task.id, **extra},
        ))

    def add_note(self, text: str, *, client_id: int | None, invoice_id: int | None) -> None:
        v.raise_if(v.check_required(text, "note"))
        with self.store.transaction() as tx:
            self._record(tx, RecordDraft(RecordKind.NOTE, text.strip(), client_id=client_id, invoice_id=invoice_id))
        self._notify()


def _client_change_summary(client: Client, changes: dict[str, list[Any]]) -> str:
    if set(changes) == {"work_paused"}:
        return f"Work for {client.name} {'paused' if client.work_paused else 'resumed'}"
    if set(changes) == {"relationship_ended"}:
        return f"Relationship with {client.name} {'ended' if client.relationship_ended else 'resumed'}"
    return f"Client {client.name} changed: {', '.join(sorted(changes))}"
