"""Where an invoice stands, in one word, and the badges that warn beside it.

The stage comes from the invoice's own state, its payments and promises; where
it stands on the follow-up ladder (its next step) is ``core.follow_up``'s answer. The order below is the order of precedence: an
invoice that is disputed *and* overdue shows as disputed, since that is what
decides the next step.
"""

from __future__ import annotations

import enum
from datetime import date

from debtordesk.core.model import HoldKind, InvoiceRow


class Stage(enum.IntEnum):
    """Values sort from "needs attention most" to "nothing to do"."""

    PROMISE_BROKEN = 0
    OVERDUE = 1
    DISPUTED = 2
    ON_HOLD = 3
    PROMISED = 4
    NOT_DUE = 5
    HANDED_OVER = 6
    PAID = 7
    WRITTEN_OFF = 8


class Badge(enum.StrEnum):
    WORK_PAUSED = "work_paused"
    PROMISE_BROKEN = "promise_broken"


def stage_of(row: InvoiceRow, today: date) -> Stage:
    state = row.state
    if state.written_off:
        return Stage.WRITTEN_OFF
    if state.handed_over:
        return Stage.HANDED_OVER
    if row.open_cents <= 0:
        return Stage.PAID
    if state.hold_kind == HoldKind.DISPUTE:
        return Stage.DISPUTED
    if state.hold_kind == HoldKind.HOLD:
        return Stage.ON_HOLD
    if row.promise_open:
        return Stage.PROMISED
    if row.promise_broken:
        return Stage.PROMISE_BROKEN
    if row.days_overdue(today) > 0:
        return Stage.OVERDUE
    return Stage.NOT_DUE


def badges_of(row: InvoiceRow, stage: Stage) -> list[Badge]:
    """Warnings the stage does not already say: a broken promise behind a new one, work paused."""
    badges = []
    if row.promise_broken and stage not in (Stage.PROMISE_BROKEN, Stage.PAID, Stage.WRITTEN_OFF):
        badges.append(Badge.PROMISE_BROKEN)
    if row.work_paused and stage not in (Stage.PAID, Stage.WRITTEN_OFF):
        badges.append(Badge.WORK_PAUSED)
    return badges
