"""The detail panes: the chosen invoice or client, its history, its actions; and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from debtordesk.core.dossier import RecordKind
from debtordesk.core.model import ContactRole, HoldKind
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.ui import labels
from debtordesk.ui.detail_models import TimelineModel
from debtordesk.ui.table_models import InvoicesModel


def _choose_invoice(window, match):  # type: ignore[no-untyped-def]
    window.show_page(window.invoices)
    assert window.invoices.select_where(match)
    return window.invoices.current()


def test_choosing_an_invoice_shows_its_details_payments_and_dossier(window) -> None:
    row = _choose_invoice(window, lambda r: 0 < r.paid_cents < r.invoice.total_cents)
    view = window.invoice_pane.invoice_view
    assert window.invoice_pane.currentWidget() is view
    assert row.invoice.number in view.title.text() and row.client_name in view.title.text()
    f = window.formatter
    assert view.fields["total"].text() == f.amount(row.invoice.total_cents)
    assert view.fields["paid"].text() == f.amount(row.paid_cents)
    assert view.fields["open"].text() == f.amount(row.open_cents)
    with window.service.store.reading() as reader:
        payments = reader.payments(row.invoice.id)
        records = reader.records(invoice_id=row.invoice.id)
    assert view.payments.model.rowCount() == len(payments) >= 1
    assert sum(p.amount_cents for p in view.payments.model.shown()) == row.paid_cents
    timeline = view.timeline.model.shown()
    assert {r.id for r in timeline} == {r.id for r in records}
    assert [r.created_at for r in timeline] == sorted((r.created_at for r in records), reverse=True)  # newest first
    assert timeline[-1].kind == RecordKind.INVOICE_REGISTERED
    assert view.tabs.tabText(0) == f"Dossier ({len(records)})"


def test_the_timeline_filters_by_kind_and_opens_a_record_in_full(window, qtbot) -> None:
    _choose_invoice(window, lambda r: 0 < r.paid_cents)
    timeline = window.invoice_pane.invoice_view.timeline
    combo = timeline.kind_filter
    combo.setCurrentIndex(combo.findData(RecordKind.PAYMENT_RECORDED))
    shown = timeline.model.shown()
    assert shown and all(r.kind == RecordKind.PAYMENT_RECORDED for r in shown)
    description = timeline.model.index(0, TimelineModel.DESCRIPTION).data()
    assert description.startswith("Payment: €") and " paid on " in description  # in words, not cents
    timeline.table.setCurrentIndex(timeline.model.index(0, 0))
    dialog = timeline.open_current()
    assert dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert shown[0].hash in texts and shown[0].summary in texts  # the seal and the words as sealed
    assert '"amount_cents"' in dialog.details.toPlainText()
    dialog.reject()
    combo.setCurrentIndex(0)
    assert timeline.model.rowCount() > len(shown)


def test_choosing_a_client_shows_behaviour_contacts_invoices_and_dossier(window) -> None:
    window.show_page(window.clients)
    assert window.clients.select_where(lambda r: r.client.name == "Noordlicht Media B.V.")
    row = window.clients.current()
    view = window.client_pane.client_view
    assert window.client_pane.currentWidget() is view
    assert view.title.text() == "Noordlicht Media B.V."
    assert view.rating.text() in {label for _value, label in labels.reliability()}
    assert view.fields["open"].text() == window.formatter.amount(row.open_cents)
    contacts = view.contacts.model.shown()
    assert len(contacts) == row.contact_count == 3
    roles = {view.contacts.model.index(i, 1).data() for i in range(3)}
    assert "Accounts payable" in roles
    assert {c.role for c in contacts} >= {ContactRole.ACCOUNTS_PAYABLE}
    invoices = view.invoices.model.shown()
    assert invoices and {r.client_name for r in invoices} == {"Noordlicht Media B.V."}
    assert len(invoices) == sum(1 for r in window.invoices_model.rows() if r.client_name == "Noordlicht Media B.V.")
    kinds = {r.kind for r in view.timeline.model.shown()}
    assert RecordKind.CLIENT_CREATED in kinds and RecordKind.INVOICE_REGISTERED in kinds  # the whole story
    assert "kept" in view.fields["promises"].text()


def test_from_an_invoice_to_its_client_and_back(window, qtbot) -> None:
    row = _choose_invoice(window, lambda r: r.client_name == "Sanne de Vries" and r.open_cents > 0)
    window.invoice_pane.invoice_view.title.linkActivated.emit("client")
    assert window.current_page() is window.clients
    assert window.clients.current().client.name == "Sanne de Vries"
    window.show_page(window.invoices)
    qtbot.keyClicks(window.invoices.search, "korenbloem")  # hides Sanne's invoices
    window.show_page(window.clients)
    view = window.client_pane.client_view
    assert view.invoices.select_where(lambda r: r.invoice.id == row.invoice.id)
    view.invoices.activated.emit(view.invoices.current())
    assert window.current_page() is window.invoices
    assert window.invoices.current().invoice.id == row.invoice.id  # the search was cleared to show it
    assert window.invoices.search.text() == ""


def test_actions_follow_what_is_chosen(window, qtbot, today) -> None:
    _choose_invoice(window, lambda r: r.open_cents == 0 and not r.state.written_off)
    assert not window.payment_action.isEnabled() and not window.hold_action.isEnabled()
    assert window.edit_invoice_action.isEnabled() and not window.release_action.isEnabled()
    row = _choose_invoice(window, lambda r: r.days_overdue(today) > 0 and not r.state.on_hold)
    assert window.payment_action.isEnabled() and window.hold_action.isEnabled()
    assert not window.release_action.isEnabled()
    with qtbot.waitSignal(window.data_shown):
        InvoiceStatusService(window.service).put_on_hold(row.invoice.id, HoldKind.DISPUTE, "Wrong hours")
    assert window.invoices.current().invoice.id == row.invoice.id
    assert window.release_action.isEnabled() and not window.hold_action.isEnabled()
    status = window.invoice_pane.invoice_view.status.text()
    assert status.startswith("Disputed") and "Wrong hours" in status
    assert window.invoice_pane.invoice_view.timeline.model.shown()[0].kind == RecordKind.DISPUTED
    window.show_page(window.clients)  # there, the actions work on the invoice chosen in the client's pane
    assert window.clients.select_where(lambda r: r.client.id == row.invoice.client_id)
    invoices = window.client_pane.client_view.invoices
    assert invoices.select_where(lambda r: r.open_cents == 0)
    assert window.current_invoice() is invoices.current()
    assert not window.payment_action.isEnabled()
    assert invoices.select_where(lambda r: r.invoice.id == row.invoice.id)
    assert window.payment_action.isEnabled() and window.release_action.isEnabled()


def _all_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            continue  # Open Recent, Language: lists of choices
        if not action.isSeparator():
            found.append(action)
    return found


def test_every_action_has_its_own_shortcut(window) -> None:
    actions = [a for top in window.menuBar().actions() for a in _all_actions(top.menu())]
    assert len(actions) >= 25
    without = [a.text() for a in actions if a.shortcut().isEmpty()]
    assert without == []
    keys = [a.shortcut().toString() for a in actions]
    assert len(keys) == len(set(keys)), keys


def test_keyboard_reaches_tabs_search_table_and_pane(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.invoices
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.invoices.search.hasFocus()
    qtbot.keyClicks(window.invoices.search, "sanne")
    window.invoices.table.setFocus()
    qtbot.keyClick(window.invoices.table, Qt.Key.Key_Down)
    assert window.invoices.current().client_name == "Sanne de Vries"
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.invoice_pane.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.invoices.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_page() is window.clients and window.clients.current().client.name == "Sanne de Vries"


def test_client_and_hold_filters(window, qtbot, today) -> None:
    window.show_page(window.invoices)
    line = window.client_filter
    line.set_names(["Brouwerij 't Hoppeke BV", "Sanne de Vries"])  # as a refresh hands them in
    assert line.completer().model().stringList() == ["Brouwerij 't Hoppeke BV", "Sanne de Vries"]
    window.refresh()
    qtbot.keyClicks(line, "sanne de vries")  # the case need not match
    qtbot.keyClick(line, Qt.Key.Key_Return)
    shown = window.invoices_model.shown()
    assert shown and {r.client_name for r in shown} == {"Sanne de Vries"}
    assert len(shown) == sum(1 for r in window.invoices_model.rows() if r.client_name == "Sanne de Vries")
    line.clear()
    assert window.invoices_model.rowCount() == len(window.invoices_model.rows())
    qtbot.keyClicks(line, "no such client")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.invoices_model.rowCount() == 0  # a name typed wrong shows nothing, not everything
    line.clear()
    qtbot.keyClicks(line, "hoppe")  # part of a name: the clients whose name holds it
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert {r.client_name for r in window.invoices_model.shown()} == {"Brouwerij 't Hoppeke BV"}
    line.clear()
    window.hold_filter.setChecked(True)
    held = window.invoices_model.shown()
    assert held and all(r.state.on_hold for r in held)
    assert len(held) == sum(1 for r in window.invoices_model.rows() if r.state.on_hold)


def test_detail_models_pass_qt_model_tester(window, qtmodeltester) -> None:
    _choose_invoice(window, lambda r: 0 < r.paid_cents)
    view = window.invoice_pane.invoice_view
    for model in (view.payments.model, view.promises.model, view.timeline.model, window.today_model):
        qtmodeltester.check(model)
    window.show_page(window.clients)
    assert window.clients.select_where(lambda r: r.contact_count > 1)
    client_view = window.client_pane.client_view
    for model in (client_view.contacts.model, client_view.invoices.model, client_view.timeline.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_client_views_invoice_list_leaves_out_the_client(window) -> None:
    window.show_page(window.clients)
    assert window.clients.select_where(lambda r: True)
    table = window.client_pane.client_view.invoices.table
    assert table.isColumnHidden(InvoicesModel.CLIENT)


def test_the_pane_and_actions_follow_a_search_that_hides_the_chosen_invoice(window, qtbot) -> None:
    row = _choose_invoice(window, lambda r: r.client_name == "Sanne de Vries" and r.open_cents > 0)
    qtbot.keyClicks(window.invoices.search, "korenbloem")
    shown = window.invoices_model.shown()
    current = window.invoices.current()
    assert current in shown and current.invoice.id != row.invoice.id  # the chosen one left; one shown took its place
    pane_row = window.invoice_pane.invoice_view.details.row
    assert pane_row is current
    assert window.current_invoice() is pane_row  # the actions act on what the pane shows
    window.invoices.search.clear()
    qtbot.keyClicks(window.invoices.search, "nothing matches this")
    assert window.invoices_model.rowCount() == 0
    assert window.invoice_pane.currentWidget() is window.invoice_pane.hint
    assert not window.payment_action.isEnabled() and not window.edit_invoice_action.isEnabled()


def test_the_same_invoice_stays_chosen_through_a_search_that_keeps_it(window, qtbot) -> None:
    row = _choose_invoice(window, lambda r: r.client_name == "Sanne de Vries" and r.open_cents > 0)
    qtbot.keyClicks(window.invoices.search, "sanne")
    assert window.invoices.current() is row
    window.invoices.search.clear()
    assert window.invoices.current() is row


def test_jumping_to_an_invoice_outside_the_chosen_bar_clears_the_bar(window, qtbot, today) -> None:
    from debtordesk.ui.ageing_chart import AgeBucket

    qtbot.mouseClick(window.ageing, Qt.MouseButton.LeftButton,
                     pos=window.ageing.centre_of(AgeBucket.DAYS_31_60).toPoint())
    assert window.ageing.chosen == AgeBucket.DAYS_31_60
    paid = next(r for r in window.invoices_model.rows() if r.open_cents == 0)
    assert window.show_invoice(paid.invoice.id)
    assert window.ageing.chosen is None
    assert window.invoices.current() is paid
    assert window.invoices_model.rowCount() == len(window.invoices_model.rows())
    assert window.invoices.table.hasFocus() or not window.isActiveWindow()


def test_when_the_chosen_item_leaves_the_list_the_next_one_takes_its_place(window, qtbot) -> None:
    items = window.today_model.shown()
    position = next(p for p, i in enumerate(items) if i.task is not None and p > 0)
    window.today.table.setCurrentIndex(window.today_model.index(position, 0))
    with qtbot.waitSignal(window.data_shown):
        window.task_done_action.trigger()
    assert window.today.table.currentIndex().row() == min(position, window.today_model.rowCount() - 1)


def test_a_today_item_without_an_invoice_opens_its_client(window, qtbot, today) -> None:
    from debtordesk.core.model import Task, TaskKind

    client_id = next(r.invoice.client_id for r in window.invoices_model.rows() if r.client_name == "Pieter Claes")
    with qtbot.waitSignal(window.data_shown):
        window.service.add_task(Task(client_id, today, TaskKind.CALL, "Ask about the new project"))
    assert window.today.select_where(lambda i: i.task is not None and i.task.note == "Ask about the new project")
    assert window.today_pane.currentWidget() is window.today_pane.client_view
    assert window.current_invoice() is None and not window.payment_action.isEnabled()
    assert window.task_done_action.isEnabled()
    window.today.activated.emit(window.today.current())
    assert window.current_page() is window.clients and window.clients.current().client.name == "Pieter Claes"


def test_another_file_starts_at_its_first_rows_not_at_the_same_ids(window, qtbot, tmp_path, demo_file) -> None:
    from debtordesk.core.model import Client

    other = tmp_path / "other.debtordesk"
    with qtbot.waitSignal(window.data_shown):
        assert window.new_file(other)
    for dialog in list(window.dialogs):
        dialog.reject()
    for n in range(1, 11):
        window.service.save_client(Client(f"Klant {n:02}"))
    with qtbot.waitSignal(window.data_shown):
        assert window.open_path(demo_file)
    window.show_page(window.clients)
    assert window.clients.select_where(lambda r: r.client.name == "Vermeulen Consultancy")
    vermeulen_id = window.clients.current().client.id
    with qtbot.waitSignal(window.data_shown):
        assert window.open_path(other)
    window.load_clients()
    assert window.clients.current().client.name == "Klant 01"  # not "Klant" number vermeulen_id
    assert window.clients.current().client.id != vermeulen_id


def test_a_clients_behaviour_is_the_same_from_its_own_history_as_from_everyones(window) -> None:
    """Before the client list is shown, a client's pane reads only that client's history."""
    from debtordesk.core.figures import behaviour_by_client

    assert window._behaviour is None  # nothing read of every invoice and payment yet
    with window.service.store.reading() as reader:
        everyone = behaviour_by_client(*reader.figure_facts())
        names = reader.client_names()
        assert {c: window._behaviour_of(reader, c) for c in names} == {c: everyone.get(c) for c in names}
    assert window._behaviour is None
    window.show_page(window.clients)  # the client list works out everyone's at once, and keeps it
    assert window._behaviour == everyone


def test_an_opened_file_puts_the_keyboard_in_the_list_in_view(window) -> None:
    assert window.focusWidget() is window.today.table
    assert window.ageing.chosen is None
