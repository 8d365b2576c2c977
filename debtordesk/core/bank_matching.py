"""Which open invoices a payment on the bank statement pays, and how sure that is.

Sure matches are proposed for one-click confirmation; unsure ones are listed for the
user to assign or ignore. Sure means the payer quoted something only these invoices
have: the structured reference our letters ask for (a Belgian structured communication
or an RF reference, see core.payment_reference), an invoice's own payment reference
from its e-invoice, or its number in the remittance text. An amount that equals one
invoice's open amount from a payer whose name resembles the client's is only a guess.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from debtordesk.core.import_model import BankLine
from debtordesk.core.model import InvoiceRow
from debtordesk.core.money import Cents

_WORD = re.compile(r"[a-z0-9]{3,}")
_LEGAL_FORMS = frozenset({"bv", "b.v", "nv", "vof", "bvba", "srl", "sprl", "sa", "ltd", "gmbh", "the", "van", "den",
                          "der", "het", "de"})


class Certainty(enum.StrEnum):
    SURE = "sure"
    UNSURE = "unsure"


class Reason(enum.StrEnum):
    """Why a line was matched (the UI says it in words)."""

    STRUCTURED_REFERENCE = "structured_reference"  # our OGM/RF, for one invoice or a letter's group
    PAYMENT_REFERENCE = "payment_reference"  # the invoice's own reference from its e-invoice
    INVOICE_NUMBER = "invoice_number"  # the number in the remittance text
    AMOUNT_AND_NAME = "amount_and_name"  # the open amount of one invoice, from a payer named like the client
    AMOUNT_ONLY = "amount_only"  # the open amount of one invoice, nothing else
    ASSIGNED = "assigned"  # the user chose the invoice in the review


@dataclass(frozen=True)
class Allocation:
    invoice_id: int
    amount_cents: Cents


@dataclass(frozen=True)
class Match:
    """A credit and the invoices it pays.

    Attributes:
        allocations: what each invoice gets, oldest due first; their sum may be less than the
            line when it pays more than is open (the rest stays unassigned).
        left_cents: the part of the payment no open invoice takes.
    """

    line: BankLine
    certainty: Certainty
    reason: Reason
    allocations: tuple[Allocation, ...]
    left_cents: Cents = 0

    @property
    def invoice_ids(self) -> tuple[int, ...]:
        return tuple(a.invoice_id for a in self.allocations)


@dataclass(frozen=True)
class Unmatched:
    """A credit nothing points to: the user assigns it or ignores it."""

    line: BankLine


@dataclass(frozen=True)
class InvoiceKeys:
    """What a payment may quote to name one invoice (built from the data file by the service).

    Attributes:
        references: structured references in bank form (OGM as 12 digits, RF without spaces),
            plus the invoice's own payment reference as written in its e-invoice.
    """

    row: InvoiceRow
    references: frozenset[str] = frozenset()


def compact(text: str) -> str:
    """A reference as banks pass it on: no spaces, +, / or *, capitals."""
    return re.sub(r"[\s+/*.\-]", "", text).upper()


def group_reference_client(reference: str) -> int | None:
    """The client id in a letter's group reference (core.payment_reference), or None.

    Belgian: 10-digit base = client id (4 digits) + yymmdd; RF: body = client id + yymmdd.
    """
    text = compact(reference)
    body = ""
    if text.startswith("RF") and len(text) > 10:
        body = text[4:]
    elif text.isdigit() and len(text) == 12:
        body = text[:10]
    if len(body) < 10 or not body.isdigit():
        return None
    try:
        date(2000 + int(body[-6:-4]), int(body[-4:-2]), int(body[-2:]))
    except ValueError:
        return None
    return int(body[:-6])


def match_lines(lines: Sequence[BankLine], invoices: Sequence[InvoiceKeys]) -> tuple[list[Match], list[Unmatched]]:
    """Match each credit; debits are not payments to us and are left out.

    Invoices a sure match takes are not offered again to later lines of the same run,
    so two payments of the same amount do not both land on one invoice.
    """
    open_left = {k.row.invoice.id: k.row.open_cents for k in invoices if k.row.open_cents > 0 and k.row.invoice.id}
    matches: list[Match] = []
    unmatched: list[Unmatched] = []
    for line in lines:
        if not line.is_credit:
            continue
        found = _match(line, [k for k in invoices if open_left.get(k.row.invoice.id, 0) > 0], open_left)
        if found is None:
            unmatched.append(Unmatched(line))
            continue
        matches.append(found)
        if found.certainty == Certainty.SURE:
            for allocation in found.allocations:
                open_left[allocation.invoice_id] -= allocation.amount_cents
    return matches, unmatched


def _match(line: BankLine, keys: Sequence[InvoiceKeys], open_left: dict[int | None, Cents]) -> Match | None:
    reference = compact(line.structured_reference)
    if reference:
        own = [k for k in keys if reference in k.references]
        if own:
            return _allocate(line, own, open_left, Certainty.SURE, Reason.STRUCTURED_REFERENCE)
        client = group_reference_client(reference)
        group = [k for k in keys if client is not None and k.row.invoice.client_id == client]
        if group:
            return _allocate(line, group, open_left, Certainty.SURE, Reason.STRUCTURED_REFERENCE)
    text = f" {line.remittance} {line.end_to_end_id} "
    squeezed = compact(text)
    quoted = [k for k in keys if any(ref and not ref.isdigit() and len(ref) >= 4 and ref in squeezed
                                     for ref in k.references)]
    if quoted:
        return _allocate(line, quoted, open_left, Certainty.SURE, Reason.PAYMENT_REFERENCE)
    numbered = [k for k in keys if _names_number(text, k.row.invoice.number)]
    if numbered:
        return _allocate(line, numbered, open_left, Certainty.SURE, Reason.INVOICE_NUMBER)
    same_amount = [k for k in keys if open_left[k.row.invoice.id] == line.amount_cents]
    if len(same_amount) == 1:
        alike = names_alike(line.counterparty_name, same_amount[0].row.client_name)
        return _allocate(line, same_amount, open_left, Certainty.UNSURE,
                         Reason.AMOUNT_AND_NAME if alike else Reason.AMOUNT_ONLY)
    named = [k for k in same_amount if names_alike(line.counterparty_name, k.row.client_name)]
    if len(named) == 1:
        return _allocate(line, named, open_left, Certainty.UNSURE, Reason.AMOUNT_AND_NAME)
    return None


def _allocate(line: BankLine, keys: Sequence[InvoiceKeys], open_left: dict[int | None, Cents],
              certainty: Certainty, reason: Reason) -> Match:
    """Oldest due first; what is left after every invoice is paid stays unassigned."""
    left = line.amount_cents
    allocations = []
    for key in sorted(keys, key=lambda k: (k.row.invoice.due_date, k.row.invoice.number)):
        if left <= 0:
            break
        take = min(left, open_left[key.row.invoice.id])
        if take > 0:
            allocations.append(Allocation(key.row.invoice.id or 0, take))
            left -= take
    return Match(line, certainty, reason, tuple(allocations), left)


def _names_number(text: str, number: str) -> bool:
    """The invoice number stands in the text as a whole token (2026-014 is not in 2026-0145)."""
    if len(number) < 3:
        return False
    pattern = r"(?<![0-9A-Za-z])" + re.escape(number) + r"(?![0-9A-Za-z])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _words(name: str) -> set[str]:
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {w for w in _WORD.findall(flat) if w not in _LEGAL_FORMS}


def names_alike(payer: str, client: str) -> bool:
    """Whether a payer's name on the statement is plausibly the client's (word overlap)."""
    theirs, ours = _words(payer), _words(client)
    if not theirs or not ours:
        return False
    shared = len(theirs & ours)
    # Every word of the shorter name ("S. de Vries" in "Sanne de Vries"), or half of the longer one.
    return shared == min(len(theirs), len(ours)) or 2 * shared >= max(len(theirs), len(ours))
