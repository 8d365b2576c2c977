"""What the services need from storage, as protocols, so core stays free of SQLAlchemy."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from debtordesk.core.figures import FigureSums, InvoiceFacts, PromiseFacts
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientRow,
    Contact,
    Invoice,
    InvoiceRow,
    InvoiceState,
    Payment,
    Promise,
    PromiseStatus,
    Task,
)

if TYPE_CHECKING:
    from debtordesk.core.outgoing import OutboxEntry
    from debtordesk.core.dossier import DossierRecord, RecordDraft


class Reader(Protocol):
    def profile(self) -> BusinessProfile | None: ...
    def client(self, client_id: int) -> Client: ...
    def clients(self, today: date) -> Sequence[ClientRow]: ...
    def contacts(self, client_id: int) -> Sequence[Contact]: ...
    def invoice(self, invoice_id: int) -> Invoice: ...
    def invoices(self, client_id: int | None = None) -> Sequence[InvoiceRow]: ...
    def invoices_with_ids(self, ids: Sequence[int]) -> Sequence[InvoiceRow]: ...
    def invoice_number_taken(self, number: str, except_id: int | None) -> bool: ...
    def invoice_state(self, invoice_id: int) -> InvoiceState: ...
    def figure_facts(self, client_id: int | None = None) -> tuple[list[InvoiceFacts], list[PromiseFacts]]: ...
    def figure_sums(self, today: date) -> FigureSums: ...
    def invoice_count(self) -> int: ...
    def first_invoice_ids(self, today: date, count: int) -> list[int]: ...
    def client_names(self) -> dict[int, str]: ...
    def paid_cents(self, invoice_id: int) -> int: ...
    def payments(self, invoice_id: int) -> Sequence[Payment]: ...
    def promises(self, client_id: int | None = None) -> Sequence[Promise]: ...
    def tasks(self, include_done: bool = False) -> Sequence[Task]: ...
    def records(self, *, client_id: int | None = None, invoice_id: int | None = None) -> Sequence[DossierRecord]: ...
    def follow_up(self, ids: Sequence[int] | None = None) -> dict[int, InvoiceFollowUp]: ...
    def ladder_book(self) -> LadderBook: ...
    def setting(self, key: str) -> str | None: ...
    def document_bytes(self, record_id: int, position: int = 0) -> bytes: ...
    def outbox(self) -> Sequence[OutboxEntry]: ...


class Transaction(Reader, Protocol):
    def save_profile(self, profile: BusinessProfile) -> None: ...
    def add_client(self, client: Client) -> int: ...
    def update_client(self, client: Client) -> None: ...
    def add_contact(self, contact: Contact) -> int: ...
    def update_contact(self, contact: Contact) -> None: ...
    def add_invoice(self, invoice: Invoice) -> int: ...
    def update_invoice(self, invoice: Invoice) -> None: ...
    def set_invoice_state(self, invoice_id: int, state: InvoiceState) -> None: ...
    def add_payment(self, payment: Payment) -> int: ...
    def add_promise(self, promise: Promise) -> int: ...
    def set_promise_status(self, promise_id: int, status: PromiseStatus, resolved_on: date | None = None) -> None: ...
    def set_setting(self, key: str, value: str | None) -> None: ...
    def keep_in_outbox(self, entry: OutboxEntry) -> int: ...
    def remove_from_outbox(self, entry_id: int) -> None: ...
    def add_task(self, task: Task) -> int: ...
    def set_task_done(self, task_id: int) -> None: ...
    def append_record(self, draft: RecordDraft, created_at: datetime) -> DossierRecord: ...


class Store(Protocol):
    """A data file: one transaction per use case, committed whole or not at all."""

    def transaction(self) -> AbstractContextManager[Transaction]: ...
    def reading(self) -> AbstractContextManager[Reader]: ...


class NotFound(LookupError):
    """The row asked for is not in the file (deleted elsewhere, or a stale id)."""


class FileProblem(Exception):
    """A data file cannot be used as asked; ``code`` says why, for the user's message.

    Storage raises subclasses; the UI catches this without importing storage.
    """

    code = "data_file_error"

    def __init__(self, path: object, detail: str = "") -> None:
        super().__init__(f"{path}: {detail or self.code}")
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    reason: str


@dataclass(frozen=True)
class VerifyOutcome:
    intact: bool
    records: int
    chains: int
    first_break: str = ""


@dataclass(frozen=True)
class Snapshot:
    """A data file's contents as the window shows them (see ``core.first_paint``).

    Attributes:
        invoices: every invoice; or, while ``complete`` is False, only the first
            rows of the invoice list in its default order (most overdue first).
        today_invoices: beyond ``invoices``, the rows the Today list names
            (only while ``complete`` is False).
        sums: what the figures and the ageing chart show, over every invoice.
    """

    path: Path
    profile: BusinessProfile | None
    invoices: list[InvoiceRow]
    sums: FigureSums
    promise_facts: list[PromiseFacts]
    tasks: list[Task]
    promises: list[Promise]
    client_names: dict[int, str]
    complete: bool = True
    today_invoices: list[InvoiceRow] = field(default_factory=list)
    #: ladder steps and promise dates of the invoices read (those that have any)
    follow_up: dict[int, InvoiceFollowUp] = field(default_factory=dict)
    ladders: LadderBook = field(default_factory=LadderBook)
