"""The business's data as plain dataclasses: what the services and the UI share.

Storage turns its rows into these; nothing ORM-related leaves storage.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from debtordesk.core.money import Cents


class Country(enum.StrEnum):
    NL = "NL"
    BE = "BE"
    DE = "DE"
    FR = "FR"
    LU = "LU"
    GB = "GB"


#: Countries a business profile may have: the legal rules cover these two.
BUSINESS_COUNTRIES = (Country.NL, Country.BE)


class Language(enum.StrEnum):
    """Language of letters and emails (the UI itself ships in nl and en)."""

    NL = "nl"
    EN = "en"
    FR = "fr"


class ClientKind(enum.StrEnum):
    COMPANY = "company"
    CONSUMER = "consumer"


class ContactRole(enum.StrEnum):
    ACCOUNTS_PAYABLE = "accounts_payable"
    PURCHASING = "purchasing"
    MANAGER = "manager"
    GENERAL_INBOX = "general_inbox"
    OTHER = "other"


class PaymentMethod(enum.StrEnum):
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    CARD = "card"
    CASH = "cash"
    OTHER = "other"


class PromiseStatus(enum.StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class TaskKind(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    CHECK_PAYMENT = "check_payment"
    OTHER = "other"


@dataclass(frozen=True)
class BusinessProfile:
    name: str
    street: str
    postcode: str
    city: str
    country: Country
    vat_number: str
    registration_number: str  # KvK-nummer (NL) or ondernemingsnummer (BE)
    iban: str
    bic: str
    email: str
    phone: str
    payment_term_days: int = 30
    language: Language = Language.NL
    signature: str = ""


@dataclass(frozen=True)
class Client:
    name: str
    kind: ClientKind = ClientKind.COMPANY
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: Country = Country.NL
    language: Language = Language.NL
    vat_number: str = ""
    notes: str = ""
    work_paused: bool = False
    relationship_ended: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Contact:
    client_id: int
    name: str
    role: ContactRole = ContactRole.ACCOUNTS_PAYABLE
    email: str = ""
    phone: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class InvoicePdf:
    filename: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Invoice:
    client_id: int
    number: str
    issue_date: date
    due_date: date
    net_cents: Cents
    vat_cents: Cents
    currency: str = "EUR"
    description: str = ""
    pdf: InvoicePdf | None = None
    id: int | None = None
    #: the reference the buyer was asked to quote, as the e-invoice gave it ("" when none)
    payment_reference: str = ""

    @property
    def total_cents(self) -> Cents:
        return self.net_cents + self.vat_cents


class HoldKind(enum.StrEnum):
    HOLD = "hold"  # paused by agreement (e.g. waiting for a credit note)
    DISPUTE = "dispute"  # the client contests the work or the amount


@dataclass(frozen=True)
class InvoiceState:
    """Where an invoice stands apart from its payments; changed only by the status services."""

    hold_kind: HoldKind | None = None
    hold_reason: str = ""
    hold_since: date | None = None
    hold_until: date | None = None
    #: with hold_kind DISPUTE: the contested part; None contests the whole open amount
    disputed_cents: Cents | None = None
    written_off_on: date | None = None
    written_off_reason: str = ""
    handed_over_on: date | None = None
    handed_over_to: str = ""

    @property
    def on_hold(self) -> bool:
        return self.hold_kind is not None

    @property
    def partly_disputed(self) -> bool:
        """Only part is contested: the rest keeps being chased."""
        return self.hold_kind == HoldKind.DISPUTE and self.disputed_cents is not None

    @property
    def written_off(self) -> bool:
        return self.written_off_on is not None

    @property
    def handed_over(self) -> bool:
        return self.handed_over_on is not None


@dataclass(frozen=True)
class Payment:
    invoice_id: int
    paid_on: date
    amount_cents: Cents
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Promise:
    client_id: int
    invoice_ids: tuple[int, ...]
    amount_cents: Cents
    promised_date: date
    contact_id: int | None = None
    status: PromiseStatus = PromiseStatus.OPEN
    id: int | None = None
    #: the instalments of one payment plan share its id
    plan_id: int | None = None
    #: what may still be open on its invoices once it is kept (their open amount when made,
    #: less what it promises); None for promises from before this was kept: then all of it
    target_open_cents: Cents | None = None


@dataclass(frozen=True)
class Task:
    client_id: int
    due_date: date
    kind: TaskKind
    note: str = ""
    invoice_id: int | None = None
    done: bool = False
    id: int | None = None
    due_time: time | None = None  # a call back is planned for a slot, not only a day


@dataclass(frozen=True)
class InvoiceRow:
    """An invoice as lists show it: with its client's name and what is still open."""

    invoice: Invoice
    client_name: str
    paid_cents: Cents
    state: InvoiceState = InvoiceState()
    promise_open: bool = False  # an open promise to pay covers this invoice
    promise_broken: bool = False  # a promise covering it was broken
    work_paused: bool = False  # the client's work is paused
    contact_names: str = ""  # for search

    @property
    def open_cents(self) -> Cents:
        """Still to be paid; nothing once written off."""
        if self.state.written_off:
            return 0
        return self.invoice.total_cents - self.paid_cents

    @property
    def chased_cents(self) -> Cents:
        """What the follow-up chases: the open amount less a contested part."""
        if self.state.partly_disputed:
            return max(0, self.open_cents - (self.state.disputed_cents or 0))
        return self.open_cents

    def days_overdue(self, today: date) -> int:
        if self.open_cents <= 0:
            return 0
        return max(0, (today - self.invoice.due_date).days)


@dataclass(frozen=True)
class ClientRow:
    client: Client
    contact_count: int
    open_cents: Cents
    overdue_cents: Cents

    @classmethod
    def of(cls, client: Client, contacts: Sequence[Contact], invoices: Sequence[InvoiceRow], today: date) -> ClientRow:
        """The row for one client from its own contacts and invoices, as the client list sums them."""
        return cls(client, len(contacts), sum(r.open_cents for r in invoices),
                   sum(r.open_cents for r in invoices if r.invoice.due_date < today))
