"""Whether a promise to pay (or a payment-plan instalment) was kept.

A promise is kept once its invoices' open amount has come down to what may
stay open after it (``Promise.target_open_cents``): the open amount when it was
made, less what it promised. That counts partial payments the way people mean
them: € 500 promised on an invoice with € 2,000 open is kept by € 500 paid, and
instalments of a plan are kept one by one as the total paid reaches each. A
promise still short of that on the day after its date is broken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from debtordesk.core.model import Promise, PromiseStatus
from debtordesk.core.money import Cents


@dataclass(frozen=True)
class Verdict:
    promise: Promise
    status: PromiseStatus
    open_cents: Cents  # still open on its invoices when judged
    short_cents: Cents  # how much was missing (0 when kept)


def target_of(promise: Promise) -> Cents:
    return promise.target_open_cents if promise.target_open_cents is not None else 0


def verdicts(promises: Sequence[Promise], open_by_invoice: Mapping[int, Cents], today: date) -> list[Verdict]:
    """Open promises that are now kept (paid down far enough) or broken (not, and their date has passed).

    ``open_by_invoice`` holds what is still open on each invoice in follow-up; a
    promise on an invoice missing from it (written off, handed over) is left
    alone: nothing more is expected from the client, so nothing is kept or broken.
    """
    found = []
    for promise in promises:
        if promise.status != PromiseStatus.OPEN or any(i not in open_by_invoice for i in promise.invoice_ids):
            continue
        open_cents = sum(open_by_invoice.get(i, 0) for i in promise.invoice_ids)
        target = target_of(promise)
        if open_cents <= target:
            found.append(Verdict(promise, PromiseStatus.KEPT, open_cents, 0))
        elif promise.promised_date < today:
            found.append(Verdict(promise, PromiseStatus.BROKEN, open_cents, open_cents - target))
    return found
