"""The Today list: due and overdue tasks, promises due today, promises broken, nothing else."""

from __future__ import annotations

from datetime import date

from debtordesk.core.model import Invoice, InvoiceRow, Promise, PromiseStatus, Task, TaskKind
from debtordesk.core.today import TodayKind, today_items

TODAY = date(2026, 11, 23)
ROWS = [
    InvoiceRow(Invoice(1, "2026-001", date(2026, 9, 1), date(2026, 10, 1), 1000_00, 0, id=1), "Bos", 400_00),
    InvoiceRow(Invoice(2, "2026-002", date(2026, 9, 1), date(2026, 10, 1), 500_00, 0, id=2), "Hop", 0),
    InvoiceRow(Invoice(2, "2026-003", date(2026, 10, 1), date(2026, 10, 31), 300_00, 0, id=3), "Hop", 300_00),
]
NAMES = {1: "Bos", 2: "Hop"}


def test_what_is_on_the_list_and_why() -> None:
    tasks = [Task(1, TODAY, TaskKind.CALL, "Call about 2026-001", 1),
             Task(2, date(2026, 11, 20), TaskKind.EMAIL, "Overdue reminder"),
             Task(1, date(2026, 11, 24), TaskKind.CALL, "Tomorrow: not today"),
             Task(1, date(2026, 11, 1), TaskKind.CALL, "Done already", done=True)]
    promises = [Promise(1, (1,), 600_00, TODAY),  # due today, 600.00 still open
                Promise(2, (3,), 300_00, date(2026, 11, 20)),  # date passed but invoice paid: nothing to do
                Promise(1, (1,), 100_00, date(2026, 11, 21)),  # date passed, still open: broken
                Promise(2, (2,), 500_00, date(2026, 12, 1), status=PromiseStatus.BROKEN),  # marked broken
                Promise(1, (1,), 100_00, date(2026, 11, 30))]  # later: not today
    items = today_items(tasks, promises, ROWS, NAMES, TODAY)
    assert [(i.kind, i.day, i.client_name, i.invoice_numbers, i.open_cents) for i in items] == [
        (TodayKind.PROMISE_BROKEN, date(2026, 11, 21), "Bos", ("2026-001",), 600_00),
        (TodayKind.PROMISE_BROKEN, date(2026, 12, 1), "Hop", ("2026-002",), 500_00),
        (TodayKind.TASK, date(2026, 11, 20), "Hop", (), 0),
        (TodayKind.TASK, TODAY, "Bos", ("2026-001",), 600_00),
        (TodayKind.PROMISE_DUE, TODAY, "Bos", ("2026-001",), 600_00),
    ]
    assert items[2].note == "Overdue reminder" and items[2].task is tasks[1]


def test_a_broken_promise_answered_by_a_newer_one_leaves_the_list() -> None:
    broken = Promise(1, (1,), 600_00, date(2026, 11, 20), status=PromiseStatus.BROKEN, id=4)
    assert [i.kind for i in today_items([], [broken], ROWS, NAMES, TODAY)] == [TodayKind.PROMISE_BROKEN]
    # The call about it agreed a new date: the new promise is what Today watches now.
    renewed = Promise(1, (1,), 600_00, date(2026, 11, 26), id=9)
    assert today_items([], [broken, renewed], ROWS, NAMES, TODAY) == []
    # An older promise does not hide a newer broken one.
    older = Promise(1, (1,), 100_00, date(2026, 11, 1), status=PromiseStatus.KEPT, id=2)
    assert [i.kind for i in today_items([], [older, broken], ROWS, NAMES, TODAY)] == [TodayKind.PROMISE_BROKEN]
