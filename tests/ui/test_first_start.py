"""The first start: no file yet, three ways in."""

from __future__ import annotations

from debtordesk.app import DEFAULT_FILE, DEMO_FILE, data_dir


def test_first_start_offers_demo_and_own_business(make_window, qtbot) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert not window.new_invoice_action.isEnabled()
    with qtbot.waitSignal(window.data_shown, timeout=20000):
        window.welcome.demo_button.click()
    assert window.workspace.path == (data_dir() / DEMO_FILE).absolute()
    assert window.invoices.model.rowCount() > 50
    assert window.new_invoice_action.isEnabled()


def test_set_up_my_business_creates_the_default_file(make_window, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.data_shown):
        window.welcome.create_button.click()
    assert window.workspace.path == (data_dir() / DEFAULT_FILE).absolute()
    assert window.dialogs and window.dialogs[-1].windowTitle() == "Business profile"
