"""An invoice's stage follows the stated precedence; badges add only what the stage does not say."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from debtordesk.core.model import HoldKind, Invoice, InvoiceRow, InvoiceState
from debtordesk.core.stage import Badge, Stage, badges_of, stage_of

TODAY = date(2026, 11, 23)
BASE = InvoiceRow(Invoice(1, "2026-001", date(2026, 9, 1), date(2026, 10, 1), 1000_00, 210_00, id=1), "Klant", 0)


@pytest.mark.parametrize(("changes", "stage"), [
    ({}, Stage.OVERDUE),
    ({"invoice": dataclasses.replace(BASE.invoice, due_date=date(2026, 12, 1))}, Stage.NOT_DUE),
    ({"paid_cents": 1210_00}, Stage.PAID),
    ({"promise_broken": True}, Stage.PROMISE_BROKEN),
    ({"promise_broken": True, "promise_open": True}, Stage.PROMISED),  # a new promise after a broken one
    ({"promise_open": True, "state": InvoiceState(hold_kind=HoldKind.HOLD, hold_reason="r")}, Stage.ON_HOLD),
    ({"state": InvoiceState(hold_kind=HoldKind.DISPUTE, hold_reason="r")}, Stage.DISPUTED),
    ({"state": InvoiceState(handed_over_on=TODAY, handed_over_to="agency")}, Stage.HANDED_OVER),
    ({"paid_cents": 1210_00, "state": InvoiceState(handed_over_on=TODAY)}, Stage.HANDED_OVER),
    ({"state": InvoiceState(written_off_on=TODAY, written_off_reason="r")}, Stage.WRITTEN_OFF),
])
def test_stage_precedence(changes: dict[str, object], stage: Stage) -> None:
    assert stage_of(dataclasses.replace(BASE, **changes), TODAY) == stage  # type: ignore[arg-type]


def test_badges_add_what_the_stage_does_not_say() -> None:
    row = dataclasses.replace(BASE, promise_broken=True, promise_open=True, work_paused=True)
    assert badges_of(row, stage_of(row, TODAY)) == [Badge.PROMISE_BROKEN, Badge.WORK_PAUSED]
    broken = dataclasses.replace(BASE, promise_broken=True)
    assert badges_of(broken, stage_of(broken, TODAY)) == []  # the stage already says it
    paid = dataclasses.replace(BASE, paid_cents=1210_00, work_paused=True)
    assert badges_of(paid, stage_of(paid, TODAY)) == []
