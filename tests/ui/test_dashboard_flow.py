"""A morning's use of the dashboard, driven as a user would: from the Today list to a partial
payment, and every figure, the Today list, the table and the detail pane follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from debtordesk.core.dossier import RecordKind
from debtordesk.core.figures import compute_figures
from debtordesk.core.today import TodayKind
from debtordesk.ui.ageing_chart import AgeBucket
from debtordesk.ui.table_models import InvoicesModel


def _figure_texts(window, figures) -> dict[str, str]:  # type: ignore[no-untyped-def]
    f = window.formatter
    return {
        "open": f.amount(figures.open_cents),
        "overdue": f.amount(figures.overdue_cents),
        "overdue_count": str(figures.overdue_count),
        "days_late": f"{figures.average_days_late} d",
        "dso": str(figures.dso_days),
        "promised": f.amount(figures.promised_this_week_cents),
        "handed_over": f.amount(figures.handed_over_cents),
    }


def test_a_partial_payment_from_the_today_list_updates_everything(window, qtbot, today) -> None:
    # The most urgent item: a broken promise, with its invoice in the pane.
    assert window.current_page() is window.today
    item = next(i for i in window.today_model.shown() if i.kind == TodayKind.PROMISE_BROKEN)
    assert window.today.select_where(lambda i: i is item)
    invoice_id = item.invoice_ids[0]
    view = window.today_pane.invoice_view
    assert window.today_pane.currentWidget() is view and view.details.row.invoice.id == invoice_id
    with window.service.store.reading() as reader:
        facts_before = reader.figure_facts()
    before = compute_figures(*facts_before, today)
    assert {k: window.figures.value(k) for k in window.figures.KEYS} == _figure_texts(window, before)

    # Ctrl+Shift+P, type all but 100.00 of what is open, OK.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.dialogs[-1]
    assert dialog.row.invoice.id == invoice_id
    paid = item.open_cents - 100_00
    dialog.field("amount").setText(window.formatter.plain_amount(paid))
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()

    # Every figure as worked out again from the file, and the ones a payment moves did move.
    with window.service.store.reading() as reader:
        after = compute_figures(*reader.figure_facts(), today)
    assert {k: window.figures.value(k) for k in window.figures.KEYS} == _figure_texts(window, after)
    assert after.open_cents == before.open_cents - paid
    assert after.overdue_cents == before.overdue_cents - paid
    assert after.overdue_count == before.overdue_count  # still overdue: only part was paid
    assert after.average_days_late != before.average_days_late  # a payment today, long after the due date
    assert after.dso_days is not None and before.dso_days is not None and after.dso_days < before.dso_days
    # The Today list: the item is still there (the promise stays broken) with less open.
    again = next(i for i in window.today_model.shown() if i.kind == TodayKind.PROMISE_BROKEN
                 and i.invoice_ids == item.invoice_ids)
    assert again.open_cents == 100_00
    assert window.today.current().invoice_ids == item.invoice_ids  # still chosen
    # The pane: the payment, at the top of the dossier.
    assert view.fields["open"].text() == window.formatter.amount(100_00)
    assert view.timeline.model.shown()[0].kind == RecordKind.PAYMENT_RECORDED
    assert view.payments.model.shown()[0].paid_on == today
    # The invoice list says the same.
    assert window.invoice_row(invoice_id).open_cents == 100_00


def test_search_sort_filter_and_bar_click_together(window, qtbot, today) -> None:
    window.show_page(window.invoices)
    model = window.invoices_model
    # Sort on open amount, largest first: by cents, not by text.
    window.invoices.table.sortByColumn(InvoicesModel.OPEN, Qt.SortOrder.DescendingOrder)
    opens = [r.open_cents for r in model.shown()]
    assert opens == sorted(opens, reverse=True)
    # A bar of the ageing chart: only invoices 31 to 60 days late, still sorted.
    qtbot.mouseClick(window.ageing, Qt.MouseButton.LeftButton, pos=window.ageing.centre_of(AgeBucket.DAYS_31_60).toPoint())
    shown = model.shown()
    assert shown and all(31 <= (today - r.invoice.due_date).days <= 60 and r.open_cents > 0 for r in shown)
    assert [r.open_cents for r in shown] == sorted((r.open_cents for r in shown), reverse=True)
    # Typing narrows within the bar.
    first = shown[0].client_name.split()[0]
    qtbot.keyClicks(window.invoices.search, first.lower())
    assert model.shown() and all(first.casefold() in r.client_name.casefold() or first.casefold()
                                 in r.contact_names.casefold() for r in model.shown())
    # The pane follows the selection.
    window.invoices.table.setCurrentIndex(model.index(0, 0))
    assert window.invoice_pane.invoice_view.details.row is model.shown()[0]
    # Clicking the bar again shows every invoice of every age.
    qtbot.mouseClick(window.ageing, Qt.MouseButton.LeftButton, pos=window.ageing.centre_of(AgeBucket.DAYS_31_60).toPoint())
    window.invoices.search.clear()
    assert model.rowCount() == len(model.rows())


def test_a_promise_for_today_joins_the_list_and_the_weeks_promised_amount(window, qtbot, today) -> None:
    from debtordesk.core.model import Promise

    with window.service.store.reading() as reader:
        before = compute_figures(*reader.figure_facts(), today)
    row = next(r for r in window.invoices_model.rows()
               if r.open_cents > 0 and not r.promise_open and not r.promise_broken and not r.state.on_hold)
    with qtbot.waitSignal(window.data_shown):
        window.service.add_promise(Promise(row.invoice.client_id, (row.invoice.id,), row.open_cents, today))
    due = [i for i in window.today_model.shown() if i.kind == TodayKind.PROMISE_DUE]
    assert any(i.invoice_ids == (row.invoice.id,) for i in due)
    assert window.figures.value("promised") == window.formatter.amount(
        before.promised_this_week_cents + row.open_cents)
