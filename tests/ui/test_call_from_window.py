"""Call Client from the main window on the demo file: the panel opens on the chosen item, a call that
reaches no one lands on Today, and a client with nothing open gets a message instead of a panel."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from debtordesk.core.calls import CallService
from debtordesk.core.model import Client, Contact, ContactRole
from debtordesk.core.today import TodayKind
from debtordesk.ui.call_panel import CallPanel


def test_call_client_opens_the_panel_on_the_chosen_today_item(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in window.today_model.shown() if i.kind == TodayKind.PROMISE_BROKEN)
    assert window.today.select_where(lambda i: i is item)
    assert window.follow_up_actions.call_action.isEnabled()
    window.follow_up_actions.call_action.trigger()
    panel = window.dialogs[-1]
    assert isinstance(panel, CallPanel) and panel.isVisible()
    assert panel.client_id == item.client_id
    assert panel.before.chosen_invoices() == list(item.invoice_ids)
    # No answer: the attempt is logged, the panel closes, and the call-back is on Today at its time.
    with qtbot.waitSignal(panel.attempt_logged) as logged:
        qtbot.mouseClick(next(iter(panel.attempt_buttons.values())), Qt.MouseButton.LeftButton)
    task = logged.args[0].task
    assert not panel.isVisible() and panel not in window.dialogs
    qtbot.waitUntil(lambda: any(i.task is not None and i.task.id == task.id for i in window.today_model.shown())
                    or task.due_date > window._today())
    # The panel's "now" is the file's clock (09:30 UTC, a Monday): the next window is the same or a later day.
    assert task.due_date >= window._today() and task.due_time in (time(9, 30), time(13, 30))
    assert "Attempt logged" in window.statusBar().currentMessage()


def test_a_client_with_nothing_open_gets_a_message_not_a_panel(window, boxes, qtbot) -> None:  # type: ignore[no-untyped-def]
    calls = CallService(window.follow_up_actions.follow_up)
    client_id = window.service.save_client(Client(name="Nieuwe Klant BV"),
                                           [Contact(0, "Els", ContactRole.ACCOUNTS_PAYABLE, phone="+31 30 111 22 33")])
    assert calls.briefing(client_id).rows == ()
    window.show_page(window.clients)
    qtbot.waitUntil(lambda: window.clients.select_where(lambda row: row.client.id == client_id))
    count = len(window.dialogs)
    window.follow_up_actions.call_action.trigger()
    assert len(window.dialogs) == count
    assert boxes and "nothing to call about" in boxes[-1][2]
