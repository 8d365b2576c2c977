"""The Today tab: what is due or overdue today, each row with an action that works."""

from __future__ import annotations

from PySide6.QtCore import Qt

from debtordesk.core.dossier import RecordKind
from debtordesk.core.today import TodayKind


def _items(window):  # type: ignore[no-untyped-def]
    return window.today_model.shown()


def test_today_comes_first_with_broken_promises_on_top(window) -> None:
    assert window.current_page() is window.today
    items = _items(window)
    kinds = [item.kind for item in items]
    assert TodayKind.PROMISE_BROKEN in kinds and TodayKind.TASK in kinds
    assert kinds == sorted(kinds)  # most urgent first
    assert window.today.table.model().index(0, 1).data().startswith("Promise broken")
    assert window.today.table.currentIndex().row() == 0  # the most urgent item is chosen, its pane shown
    assert window.today_pane.invoice_view.details.row.invoice.id == items[0].invoice_ids[0]


def test_record_payment_from_a_broken_promise(window, qtbot) -> None:
    item = next(i for i in _items(window) if i.kind == TodayKind.PROMISE_BROKEN)
    assert window.today.select_where(lambda i: i is item)
    window.payment_action.trigger()
    dialog = window.dialogs[-1]
    assert dialog.row.invoice.id == item.invoice_ids[0]
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()  # the whole open amount, as proposed
    assert all(i.invoice_ids != item.invoice_ids or i.kind == TodayKind.TASK for i in _items(window))


def test_mark_a_follow_up_done(window, qtbot) -> None:
    item = next(i for i in _items(window) if i.kind == TodayKind.TASK)
    assert window.today.select_where(lambda i: i is item)
    with qtbot.waitSignal(window.data_shown):
        window.today_task_done()
    assert all(i.task is None or i.task.id != item.task.id for i in _items(window))
    with window.service.store.reading() as reader:
        last = reader.records(client_id=item.client_id)[-1] if not item.invoice_ids else \
            reader.records(invoice_id=item.invoice_ids[0])[-1]
    assert last.kind == RecordKind.TASK_DONE


def test_open_client_and_invoice_from_today(window, qtbot) -> None:
    item = next(i for i in _items(window) if i.invoice_ids)
    assert window.today.select_where(lambda i: i is item)
    window.show_client_action.trigger()
    assert window.current_page() is window.clients
    assert window.clients.current().client.id == item.client_id
    assert window.client_pane.client_view.title.text() == item.client_name
    window.show_page(window.today)
    window.today.table.setFocus()
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)  # Enter: the item's invoice
    assert window.current_page() is window.invoices
    assert window.invoices.current().invoice.number == item.invoice_numbers[0]
    assert item.invoice_numbers[0] in window.invoice_pane.invoice_view.title.text()
