"""Payments from the bank: review a statement's credits, then book what the user confirms.

A review reads; nothing is written. Booking runs in one transaction: a payment per
invoice a confirmed line pays (partial where it pays less than is open), each with a
dossier record naming the statement line, a fingerprint per line booked or ignored so
the same statement imported again books nothing twice, and one record in the
business's dossier saying what came in from which file (its name and SHA-256).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from debtordesk.core.bank_matching import Certainty, InvoiceKeys, Match, Unmatched, compact, match_lines
from debtordesk.core.dossier import RecordDraft, RecordKind
from debtordesk.core.import_model import BankLine, BankStatement
from debtordesk.core.model import Country, Payment, PaymentMethod
from debtordesk.core.money import Cents
from debtordesk.core.payment_reference import reference_for
from debtordesk.core.services import DebtorService, Topic

BOOKED = "booked"
IGNORED = "ignored"


@dataclass(frozen=True)
class SourceFile:
    """A file as the dossier names it."""

    name: str
    sha256: str
    kind: str  # "camt053", "coda", "mt940", "ubl", "table"

    @classmethod
    def of(cls, name: str, data: bytes, kind: str) -> SourceFile:
        return cls(name, hashlib.sha256(data).hexdigest(), kind)


@dataclass(frozen=True)
class ReviewLine:
    """A credit with its fingerprint and account, as the review and the booking share it."""

    line: BankLine
    account: str
    fingerprint: str


@dataclass(frozen=True)
class BankReview:
    """What a statement file would do.

    Attributes:
        sure: matches to confirm with one click.
        unsure: guesses for the user to confirm, assign otherwise or ignore.
        unmatched: credits nothing points to.
        already: lines booked or ignored by an earlier import (shown, never booked again).
        debits: how many lines were money going out (not our business).
    """

    source: SourceFile
    sure: tuple[Match, ...]
    unsure: tuple[Match, ...]
    unmatched: tuple[Unmatched, ...]
    already: tuple[BankLine, ...]
    debits: int
    lines: dict[int, ReviewLine] = field(default_factory=dict)  # id(BankLine) -> its fingerprint

    def entry(self, line: BankLine) -> ReviewLine:
        return self.lines[id(line)]


def fingerprints(statements: Sequence[BankStatement]) -> list[ReviewLine]:
    """One fingerprint per line: the account and everything the bank says about the movement.

    Two identical lines in one file (same day, amount and text) are told apart by their
    order; the same file, or a later export of the same period, gives the same fingerprints.
    """
    seen: dict[str, int] = {}
    out = []
    for statement in statements:
        for line in statement.lines:
            key = "|".join((compact(statement.account), line.booking_date.isoformat(), str(line.amount_cents),
                            line.currency, line.bank_reference, line.end_to_end_id, compact(line.counterparty_iban),
                            compact(line.structured_reference), " ".join(line.remittance.split())))
            count = seen.get(key, 0)
            seen[key] = count + 1
            digest = hashlib.sha256(f"{key}|{count}".encode()).hexdigest()
            out.append(ReviewLine(line, statement.account, digest))
    return out


class BankImportService:
    """Attributes:
        debtors: the service whose store, clock, dossier writer and listeners this one uses.
    """

    def __init__(self, debtors: DebtorService) -> None:
        self.debtors = debtors

    def review(self, statements: Sequence[BankStatement], source: SourceFile) -> BankReview:
        entries = fingerprints(statements)
        with self.debtors.store.reading() as reader:
            profile = reader.profile()
            seen = reader.bank_lines_seen([e.fingerprint for e in entries])
            rows = [r for r in reader.invoices() if r.open_cents > 0]
            own = reader.payment_references()
        country = profile.country if profile else Country.NL
        keys = []
        for row in rows:
            references = {compact(own[row.invoice.id])} if row.invoice.id in own else set()
            ours = reference_for(country, [row.invoice], row.invoice.client_id, row.invoice.issue_date)
            if ours.structured:
                references.add(ours.structured)
            keys.append(InvoiceKeys(row, frozenset(references)))
        fresh = [e for e in entries if e.fingerprint not in seen]
        matches, unmatched = match_lines([e.line for e in fresh], keys)
        return BankReview(
            source=source,
            sure=tuple(m for m in matches if m.certainty == Certainty.SURE),
            unsure=tuple(m for m in matches if m.certainty == Certainty.UNSURE),
            unmatched=tuple(unmatched),
            already=tuple(e.line for e in entries if e.fingerprint in seen),
            debits=sum(1 for e in fresh if not e.line.is_credit),
            lines={id(e.line): e for e in entries},
        )

    def book(self, review: BankReview, confirmed: Sequence[Match], ignored: Sequence[BankLine] = ()) -> int:
        """Book the confirmed matches and set the ignored lines aside, in one transaction.

        Returns:
            how many payments were recorded.

        Raises:
            ValidationError: a payment no longer fits (paid meanwhile): nothing is written.
        """
        payments = 0
        total: Cents = 0
        with self.debtors.store.transaction() as tx:
            for match in confirmed:
                entry = review.entry(match.line)
                where = {"statement_line": match.line.position, "account": entry.account,
                         "source_file": review.source.name, "source_sha256": review.source.sha256,
                         "match": match.reason.value, "counterparty": match.line.counterparty_name}
                for allocation in match.allocations:
                    reference = match.line.structured_reference or match.line.remittance
                    self.debtors._add_payment(tx, Payment(allocation.invoice_id, match.line.booking_date,
                                                          allocation.amount_cents, PaymentMethod.BANK_TRANSFER,
                                                          reference[:200]), **where)
                    payments += 1
                    total += allocation.amount_cents
                tx.add_bank_line(entry.fingerprint, entry.account, match.line.booking_date, match.line.amount_cents,
                                 BOOKED, review.source.sha256)
            for line in ignored:
                entry = review.entry(line)
                tx.add_bank_line(entry.fingerprint, entry.account, line.booking_date, line.amount_cents, IGNORED,
                                 review.source.sha256)
            self.debtors._record(tx, RecordDraft(
                RecordKind.FILE_IMPORTED,
                f"Bank statement {review.source.name} imported: {payments} payment(s) booked, "
                f"{len(ignored)} line(s) ignored",
                details={"file": review.source.name, "sha256": review.source.sha256, "kind": review.source.kind,
                         "payments": payments, "booked_cents": total, "ignored": len(ignored),
                         "already_imported": len(review.already)}))
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)
        return payments
