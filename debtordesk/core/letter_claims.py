"""What a letter may claim beside the invoices, and by when it asks for payment.

The law of the debtor's country and kind decides (legal.md A.1, A.2, B.1, B.2):
a business owes interest and the € 40 per invoice from the day after the due
date; a Dutch consumer owes collection costs only once the term of a 14-day
letter has passed unpaid, and that letter must state their exact amount; a
Belgian consumer's first reminder is free, and the damage clause and interest
apply only after its waiting period. Which letters went out, and when their
terms ended, comes from the dossier (``LetterHistory``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.claim_words import costs_part, interest_part
from debtordesk.core.collection_costs import collection_costs
from debtordesk.core.interest import DebtorType, statutory_interest
from debtordesk.core.legal_terms import TermWorking, payment_term
from debtordesk.core.letters import LetterKind
from debtordesk.core.model import BUSINESS_COUNTRIES, BusinessProfile, Client, Country, InvoiceRow, Language, Payment
from debtordesk.core.rates import RateBook, RateUnknown

#: Days a reminder gives before its final date; the registered letters count from receipt instead.
REMINDER_DAYS = 7

#: Kinds that claim interest and costs unless the user says otherwise; reminders only announce.
CLAIMING_KINDS = frozenset({LetterKind.NOTICE_OF_DEFAULT, LetterKind.FOURTEEN_DAY_LETTER, LetterKind.HAND_OVER})

#: Kinds that go by registered mail unless the user says otherwise: their receipt starts a term.
REGISTERED_KINDS = frozenset({LetterKind.NOTICE_OF_DEFAULT, LetterKind.FOURTEEN_DAY_LETTER})


@dataclass(frozen=True)
class LetterHistory:
    """The letters already sent on these invoices that change what may be claimed.

    Attributes:
        fourteen_day_term_end: NL consumer: the last day of the 14-day letter's term.
        first_reminder_term_end: BE consumer: the last day of the waiting period after the free first reminder.
    """

    fourteen_day_term_end: date | None = None
    first_reminder_term_end: date | None = None
    #: the final date the latest notice of default (or 14-day letter) set; a hand-over refers to it
    notice_final_date: date | None = None


@dataclass(frozen=True)
class ClaimPlan:
    """Attributes:
        parts: interest and costs to show (announced ones have ``due=False``).
        final_date: the last day to pay that the letter names (for a hand-over notice: the one the
            notice of default set).
        term: for letters whose term runs from receipt: when it is presumed received and ends.
        withheld: why something was not claimed, as codes for the UI ("costs_need_fourteen_day_letter", ...).
    """

    parts: tuple[ClaimPart, ...]
    final_date: date | None
    term: TermWorking | None
    withheld: tuple[str, ...] = ()


def law_country(profile: BusinessProfile, client: Client) -> Country:
    """The debtor's country when we know its rules, else the business's own."""
    return client.country if client.country in BUSINESS_COUNTRIES else profile.country


def plan_claims(kind: LetterKind, *, profile: BusinessProfile, client: Client, rows: Sequence[InvoiceRow],
                payments: Mapping[int, Sequence[Payment]], letter_date: date, rates: RateBook,
                history: LetterHistory, include: bool, language: Language, wik_terms: bool = False) -> ClaimPlan:
    """The claims and final date of one letter; ``include`` is the user's "claim interest and costs".

    ``wik_terms``: the business's terms say collection costs follow the statutory scale (WIK), which
    a Dutch business debtor then owes instead of the € 40 per invoice when it is more.
    """
    country = law_country(profile, client)
    debtor = DebtorType.of_client(client.kind)
    term = None
    if kind in (LetterKind.NOTICE_OF_DEFAULT, LetterKind.FOURTEEN_DAY_LETTER, LetterKind.FIRST_REMINDER):
        term = payment_term(country, debtor, letter_date)
    # Only what is past its due date is in default: an invoice not yet due is listed, not charged for.
    open_rows = [r for r in rows if r.open_cents > 0 and r.invoice.due_date < letter_date]
    parts: list[ClaimPart] = []
    withheld: list[str] = []
    if kind == LetterKind.HAND_OVER:
        # The hand-over notice recalls the final date the notice of default set.
        final_date = history.notice_final_date
        if final_date is None:
            withheld.append("no_notice_sent")
            final_date = max((r.invoice.due_date for r in rows), default=letter_date)
    else:
        final_date = term.term_end if term else letter_date + timedelta(days=REMINDER_DAYS)
    open_total = sum(r.open_cents for r in open_rows)
    if not open_rows:
        return ClaimPlan((), final_date, term, tuple(withheld))

    # Announcements the law requires, whatever the user ticked.
    if kind in (LetterKind.FOURTEEN_DAY_LETTER, LetterKind.FIRST_REMINDER):
        costs = collection_costs(country, debtor, open_total, invoices=len(open_rows))
        parts.append(costs_part(costs, language, due=False))
    if kind == LetterKind.FIRST_REMINDER:  # free of charge: it claims nothing now
        return ClaimPlan(tuple(parts), final_date, term, tuple(withheld))
    if not include:
        return ClaimPlan(tuple(parts), final_date, term, tuple(withheld))

    interest_from: date | None = None  # None: from each invoice's first day of default
    costs_allowed = True
    if debtor == DebtorType.CONSUMER and country == Country.BE:
        waited = history.first_reminder_term_end
        if waited is None or letter_date <= waited:
            return ClaimPlan(tuple(parts), final_date, term, (*withheld, "costs_need_first_reminder"))
        interest_from = waited + timedelta(days=1)
    if debtor == DebtorType.CONSUMER and country == Country.NL and kind != LetterKind.FOURTEEN_DAY_LETTER:
        ended = history.fourteen_day_term_end
        costs_allowed = ended is not None and letter_date > ended
        if not costs_allowed:
            withheld.append("costs_need_fourteen_day_letter")

    for row in open_rows:
        part = _interest(row, payments.get(row.invoice.id or 0, ()), country, debtor, letter_date, rates,
                         interest_from, language, several=len(open_rows) > 1)
        if part is None:
            withheld.append("interest_rate_unknown")
        elif part.amount_cents > 0:
            parts.append(part)
    if costs_allowed and kind != LetterKind.FOURTEEN_DAY_LETTER:
        parts.append(costs_part(collection_costs(country, debtor, open_total, invoices=len(open_rows),
                                                 wik_terms=wik_terms), language))
    return ClaimPlan(tuple(parts), final_date, term, tuple(dict.fromkeys(withheld)))


def _interest(row: InvoiceRow, payments: Sequence[Payment], country: Country, debtor: DebtorType,
              letter_date: date, rates: RateBook, interest_from: date | None, language: Language,
              several: bool) -> ClaimPart | None:
    """Interest on one invoice up to and including the letter's date; None when no rate is known."""
    first_day = interest_from or row.invoice.due_date + timedelta(days=1)
    if letter_date < first_day:
        return ClaimPart("", 0)
    paid_before = sum(p.amount_cents for p in payments if p.paid_on < first_day)
    principal = max(0, row.invoice.total_cents - paid_before)
    later = [(p.paid_on, p.amount_cents) for p in sorted(payments, key=lambda p: p.paid_on) if p.paid_on >= first_day]
    try:
        working = statutory_interest(country, debtor, principal, first_day, letter_date, rates, payments=later)
    except RateUnknown:
        return None
    part = interest_part(working, language)
    if several:
        part = dataclasses.replace(part, label=f"{row.invoice.number}: {part.label}")
    return part
