"""What a printed letter says, complete and in its language, before any layout.

core.letters builds it; documents.letter_pdf only places it on paper, so every word,
amount and date a letter prints can be tested without reading a PDF, and a second
renderer (a preview, a plain-text copy for the dossier) would print the same facts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from debtordesk.core.letter_kinds import LetterKind
from debtordesk.core.model import Country, Language
from debtordesk.core.money import Cents
from debtordesk.core.payment_reference import PaymentReference


class BlockKind(enum.StrEnum):
    TEXT = "text"  # a paragraph of the template, rendered; may hold line breaks
    STATEMENT = "statement"  # the statement of invoices, the claims, the total and the notices
    PAYMENT = "payment"  # the payment details with the QR code
    SIGNATURE = "signature"  # a paragraph that is only {sender}: room to sign goes above it


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""


@dataclass(frozen=True)
class StatementLine:
    """One invoice as the statement prints it: every field already formatted."""

    number: str
    invoice_date: str
    due_date: str
    amount: str
    paid: str
    open: str


@dataclass(frozen=True)
class ClaimLine:
    """A claim part as printed: what, how it was worked out (smaller type), how much."""

    label: str
    working: tuple[str, ...]
    amount: str


@dataclass(frozen=True)
class Statement:
    """The table of open invoices and what comes with it, always laid out by code.

    Attributes:
        columns: the six column headings.
        lines: one per invoice, oldest due date first.
        totals: the totals row (label in the number column; dates empty).
        claims: parts due now (interest, costs), added to the total.
        total_label, total: the total to pay now, bold.
        announced_heading, announced: parts due only if payment stays out (not added).
        notices: sentences the law requires of this kind of letter.
    """

    columns: tuple[str, ...]
    lines: tuple[StatementLine, ...]
    totals: StatementLine
    claims: tuple[ClaimLine, ...]
    total_label: str
    total: str
    announced_heading: str
    announced: tuple[ClaimLine, ...]
    notices: tuple[str, ...]


@dataclass(frozen=True)
class PaymentDetails:
    """How to pay: label/value rows, and the EPC QR code's payload with its caption.

    Attributes:
        rows: e.g. ("IBAN", "NL91 ABNA 0417 1643 00"), ("Betalingskenmerk", "RF42 0007 2611 24").
        reference: the payment reference in both its printed and its QR shape.
        epc_payload: the text the QR code encodes (core.epc_qr).
        qr_caption: "Scan met uw bank-app".
    """

    rows: tuple[tuple[str, str], ...]
    reference: PaymentReference
    epc_payload: str
    qr_caption: str


@dataclass(frozen=True)
class LetterContent:
    """A letter ready to lay out.

    Attributes:
        kind: which letter this is.
        language: the letter's language.
        locale: the babel locale it was written in, e.g. "nl_NL" (the PDF's language tag).
        sender_country: where the creditor is: decides the envelope window (left NL, right BE).
        author: the business name (PDF metadata).
        sender_lines: the letterhead: name first, then address, phone, email, register and VAT.
        return_line: the one-line sender address printed small above the window.
        registered_mark: "Aangetekend" when sent by registered mail, else "".
        recipient_lines: the address in the window.
        place_date: "Utrecht, 24 november 2026".
        references: label/value pairs of the reference line ("Facturen", "2026-014, 2026-015").
        subject: the subject line.
        blocks: the body in reading order; exactly one STATEMENT block, and one PAYMENT
            block unless the letter asks for no payment (a hand-over).
        statement: what the STATEMENT block prints.
        payment: what the PAYMENT block prints.
        total_cents: the total to pay now (open amount plus claims due now).
    """

    kind: LetterKind
    language: Language
    locale: str
    sender_country: Country
    author: str
    sender_lines: tuple[str, ...]
    return_line: str
    registered_mark: str
    recipient_lines: tuple[str, ...]
    place_date: str
    references: tuple[tuple[str, str], ...]
    subject: str
    blocks: tuple[Block, ...]
    statement: Statement
    payment: PaymentDetails
    total_cents: Cents
