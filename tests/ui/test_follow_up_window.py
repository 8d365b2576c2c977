"""The ladder in the main window: the next step in the invoice list, steps due on Today, and
marking a step done or skipping it from there."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from debtordesk.core.dossier import RecordKind
from debtordesk.core.ladder import Proposal
from debtordesk.core.today import TodayKind
from debtordesk.ui.table_models import InvoicesModel


def _steps_due(window):  # type: ignore[no-untyped-def]
    return [i for i in window.today_model.shown() if i.kind == TodayKind.STEP_DUE]


def test_steps_due_are_on_today_and_the_next_step_in_the_invoice_list(window) -> None:
    due = _steps_due(window)
    assert due, "the demo has overdue invoices with no reminder sent yet"
    assert all(item.day <= window._today() for item in due)
    # One item per client and step, naming every invoice that stands on it.
    assert len({(i.client_id, i.step_key) for i in due}) == len(due)
    model = window.invoices_model
    overdue = next(r for r in model.rows() if r.days_overdue(window._today()) > 0 and not r.state.on_hold
                   and not r.promise_open)
    result = model.next_step(overdue)
    assert isinstance(result, Proposal)
    position = model.shown().index(overdue)
    text = model.index(position, InvoicesModel.NEXT).data()
    assert text and "due since" in text


def test_mark_a_step_done_from_today(window, qtbot) -> None:
    item = _steps_due(window)[0]
    assert window.today.select_where(lambda i: i is item)
    assert window.follow_up_actions.done_action.isEnabled()
    window.follow_up_actions.done_action.trigger()
    dialog = window.dialogs[-1]
    note = dialog.field("note")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("Sent from my phone")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert not any(i.client_id == item.client_id and i.step_key == item.step_key for i in _steps_due(window))
    with window.service.store.reading() as reader:
        for invoice_id in item.invoice_ids:
            record = reader.records(invoice_id=invoice_id)[-1]
            assert record.kind == RecordKind.STEP_DONE and record.details["step"] == item.step_key
            assert record.details["note"] == "Sent from my phone"


def test_skipping_a_step_asks_why(window, qtbot) -> None:
    item = _steps_due(window)[0]
    assert window.today.select_where(lambda i: i is item)
    window.follow_up_actions.skip_action.trigger()
    dialog = window.dialogs[-1]
    dialog.accept()  # no reason given
    assert dialog.isVisible() and dialog.problem_lines()
    dialog.field("reason").setPlainText("Agreed by phone to wait for the credit note")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    with window.service.store.reading() as reader:
        record = reader.records(invoice_id=item.invoice_ids[0])[-1]
    assert record.kind == RecordKind.STEP_SKIPPED


def test_settings_and_the_clients_ladder_open_from_the_menus(window, qtbot) -> None:
    from debtordesk.ui.ladder_editor import LadderDialog
    from debtordesk.ui.settings_dialog import SettingsDialog

    window.follow_up_actions.settings_action.trigger()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert dialog.ladder_editor.ladder() == window.ladders.default
    dialog.close()
    item = _steps_due(window)[0]
    assert window.today.select_where(lambda i: i is item)
    assert window.follow_up_actions.client_ladder_action.isEnabled()
    window.follow_up_actions.client_ladder_action.trigger()
    ladder_dialog = window.dialogs[-1]
    assert isinstance(ladder_dialog, LadderDialog) and ladder_dialog.client.id == item.client_id


def test_on_a_large_file_the_steps_due_come_with_every_invoice(make_window, demo_file, qtbot,
                                                               as_large_file) -> None:  # type: ignore[no-untyped-def]
    as_large_file(5)
    window = make_window()
    with qtbot.waitSignal(window.invoices_complete, timeout=20_000):
        assert window.open_path(demo_file)
        assert window.invoices_loading
        assert _steps_due(window) == []  # over a few rows they would be wrong: they wait
    due = _steps_due(window)
    assert due and len({i.client_id for i in due}) > 1


def test_a_message_that_could_not_go_waits_in_the_outbox_opened_from_the_menu(window, qtbot, monkeypatch) -> None:
    from debtordesk.ui import msgbox
    from debtordesk.ui.compose_window import ComposeWindow
    from debtordesk.ui.outbox_dialog import OutboxDialog

    item = _steps_due(window)[0]
    assert window.today.select_where(lambda i: i is item)
    window.follow_up_actions.email_action.trigger()
    compose = window.dialogs[-1]
    assert isinstance(compose, ComposeWindow)
    monkeypatch.setattr(msgbox, "ask", lambda *args, **kwargs: True)  # "keep it in the Outbox?" yes
    compose.send()  # no mail server set up in the demo
    qtbot.waitUntil(lambda: not compose.sending)
    window.follow_up_actions.outbox_action.trigger()
    outbox = window.dialogs[-1]
    assert isinstance(outbox, OutboxDialog) and outbox.isVisible()
    (entry,) = outbox.model.rows()
    assert entry.client_id == item.client_id and entry.invoice_ids == item.invoice_ids
    assert outbox.model.index(0, 1).data() == item.client_name
