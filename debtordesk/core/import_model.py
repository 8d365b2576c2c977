"""What the importers read from other software's files, as plain data, and how they refuse a file.

Parsers (``debtordesk.importers``) turn e-invoices, invoice tables and bank statements
into these; the import services decide what becomes of them in the data file. A parser
never half-reads: it returns everything or raises ``ImportRejected`` naming each place
that is wrong (line, column, value), so the user can fix the file and try again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from debtordesk.core.money import Cents


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in a file, located for the user.

    Attributes:
        code: what is wrong, e.g. "not_xml", "entities_forbidden", "amount_invalid", "date_invalid",
            "column_missing", "required"; the UI words it.
        line: 1-based line of the file (or row of a sheet); 0 when it concerns the whole file.
        column: the column, field or element, e.g. "Bedrag", "cbc:DueDate", ":61:"; "" when none.
        value: the offending text as found (shortened to 80 characters), "" when none.
    """

    code: str
    line: int = 0
    column: str = ""
    value: str = ""


class ImportRejected(ValueError):
    """A file that cannot be imported as a whole; nothing of it is used."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        if not problems:
            raise ValueError("a rejected file names at least one problem")
        super().__init__("; ".join(f"{p.code} at line {p.line} {p.column} {p.value!r}".strip() for p in problems))
        self.problems = problems


def shorten(text: str, limit: int = 80) -> str:
    """A value as a problem quotes it: one line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- e-invoices and invoice tables ------------------------------------------------------

class DocumentType(enum.StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


@dataclass(frozen=True)
class Party:
    """The buyer of an invoice as the file names it (matched to a client by VAT number, email or name)."""

    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 alpha-2 as written, e.g. "NL", "BE"; "" when absent
    vat_number: str = ""
    registration_number: str = ""  # KvK / enterprise number when given
    email: str = ""
    contact_name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AttachedPdf:
    filename: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class ImportedInvoice:
    """An invoice or credit note read from a file.

    Amounts are positive for both kinds; ``document_type`` says which it is. A credit
    note names the invoice it corrects in ``corrects`` when the file says so.

    Attributes:
        net_cents: total without VAT (for UBL: LegalMonetaryTotal/TaxExclusiveAmount).
        vat_cents: the VAT total.
        payable_cents: what is to be paid (PayableAmount): net + VAT, less prepaid, plus rounding.
        paid_cents: already paid according to the file (PrepaidAmount, or a "paid" column).
        payment_reference: the payment id the buyer is asked to quote, as written.
        source_line: where in the file it starts (line of an XML element, row of a table).
    """

    number: str
    issue_date: date
    due_date: date | None
    currency: str
    buyer: Party
    net_cents: Cents
    vat_cents: Cents
    payable_cents: Cents
    document_type: DocumentType = DocumentType.INVOICE
    paid_cents: Cents = 0
    payment_reference: str = ""
    description: str = ""
    corrects: str = ""
    pdf: AttachedPdf | None = None
    source_line: int = 0


# -- bank statements ----------------------------------------------------------------------

@dataclass(frozen=True)
class BankLine:
    """One booked movement on a statement.

    Attributes:
        amount_cents: positive for money in (a credit), negative for money out.
        structured_reference: a creditor reference as the bank gives it: Belgian structured
            communication (12 digits, no +++ or slashes), an RF reference, or a Dutch
            betalingskenmerk; "" when none.
        remittance: the free text (unstructured remittance, description lines) joined with spaces.
        bank_reference: the bank's own id of the movement (AcctSvcrRef, CODA sequence, :61: reference),
            or "" when the format has none; with the account and dates it keeps a re-import from
            booking the same line twice.
        position: where it is in the file, for the dossier and for problems: "statement 3, line 12".
        source_line: 1-based line of the file where the movement starts.
    """

    booking_date: date
    amount_cents: Cents
    currency: str = "EUR"
    value_date: date | None = None
    counterparty_name: str = ""
    counterparty_iban: str = ""
    structured_reference: str = ""
    remittance: str = ""
    end_to_end_id: str = ""
    bank_reference: str = ""
    position: str = ""
    source_line: int = 0

    @property
    def is_credit(self) -> bool:
        return self.amount_cents > 0


@dataclass(frozen=True)
class BankStatement:
    """One statement of one account (a file may hold several).

    Attributes:
        account: the account's IBAN without spaces, or its other id as given.
        statement_id: the statement's number or id as the file gives it ("" when none).
        opening_cents / closing_cents: the balances when the file gives them, else None.
    """

    account: str
    statement_id: str
    currency: str
    lines: tuple[BankLine, ...]
    statement_date: date | None = None
    opening_cents: Cents | None = None
    closing_cents: Cents | None = None
