"""Hold, dispute, write-off and hand-over from the invoice list, with their reasons in the dossier."""

from __future__ import annotations

from debtordesk.core.dossier import RecordKind
from debtordesk.ui.table_models import InvoicesModel


def _select_open_overdue(window, today):  # type: ignore[no-untyped-def]
    window.show_page(window.invoices)
    assert window.invoices.select_where(lambda r: r.days_overdue(today) > 0 and not r.state.on_hold
                                        and not r.promise_open)
    return window.invoices.current()


def _status(window) -> str:  # type: ignore[no-untyped-def]
    return window.invoices.table.currentIndex().siblingAtColumn(InvoicesModel.STATUS).data()


def _last_kind(window, invoice_id: int) -> str:  # type: ignore[no-untyped-def]
    with window.service.store.reading() as reader:
        return reader.records(invoice_id=invoice_id)[-1].kind


def test_dispute_then_take_off_hold(window, qtbot, today) -> None:
    row = _select_open_overdue(window, today)
    window.hold_action.trigger()
    dialog = window.dialogs[-1]
    dialog.field("reason").setPlainText("Second photo shoot not as agreed")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda r: r.invoice.id == row.invoice.id)
    assert _status(window) == "Disputed"
    assert _last_kind(window, row.invoice.id) == RecordKind.DISPUTED
    window.release_action.trigger()
    dialog = window.dialogs[-1]
    dialog.field("note").setPlainText("Agreed a 10% discount")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda r: r.invoice.id == row.invoice.id)
    assert _status(window) != "Disputed"
    assert _last_kind(window, row.invoice.id) == RecordKind.HOLD_RELEASED


def test_write_off_and_hand_over(window, qtbot, today) -> None:
    row = _select_open_overdue(window, today)
    open_before = window.figures.value("open")
    window.write_off_action.trigger()
    dialog = window.dialogs[-1]
    dialog.field("reason").setPlainText("Client went bankrupt")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda r: r.invoice.id == row.invoice.id)
    assert _status(window) == "Written off" and window.invoices.current().open_cents == 0
    assert window.figures.value("open") != open_before
    other = _select_open_overdue(window, today)
    window.hand_over_action.trigger()
    dialog = window.dialogs[-1]
    dialog.field("to").setText("Incassobureau Noord")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda r: r.invoice.id == other.invoice.id)
    assert _status(window) == "Handed over"
    assert window.figures.value("handed_over") == window.formatter.amount(other.open_cents)


def test_a_paid_invoice_cannot_be_put_on_hold(window) -> None:
    window.show_page(window.invoices)
    assert window.invoices.select_where(lambda r: r.open_cents == 0)
    assert not window.hold_action.isEnabled()  # nothing to hold: the action is off
    dialog = window._status_dialog("HoldDialog")  # and the service refuses it anyway
    dialog.field("reason").setPlainText("why")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem_lines() == ["Reason: Nothing is open on this invoice any more."]


def test_an_empty_reason_is_refused(window, today) -> None:
    _select_open_overdue(window, today)
    window.write_off_action.trigger()
    dialog = window.dialogs[-1]
    dialog.accept()
    assert dialog.isVisible() and dialog.problem_lines() == ["Reason: Fill this in."]
