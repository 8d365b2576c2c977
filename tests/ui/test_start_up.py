"""Start-up: the file is painted from a snapshot, then opened fully; a file in use is refused."""

from __future__ import annotations

from pathlib import Path

from debtordesk.app import FileWorkspace, Options, _open_first


def test_start_shows_the_snapshot_then_opens_fully(make_window, qtbot, demo_file: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.data_shown):
        _open_first(window, Options(file=demo_file))
    assert window.workspace.path is None  # painted from the snapshot; the full open follows the paint
    assert window.invoices.model.rowCount() > 50
    assert not window.new_invoice_action.isEnabled()
    qtbot.waitUntil(lambda: window.workspace.path == demo_file.resolve(), timeout=10_000)
    assert window.new_invoice_action.isEnabled()


def test_start_with_a_file_in_use_drops_the_snapshot(make_window, qtbot, boxes, demo_file: Path, clock) -> None:
    other = FileWorkspace(clock)
    other.open(demo_file)
    try:
        window = make_window()
        _open_first(window, Options(file=demo_file))
        qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
        assert "already open in another DebtorDesk window" in boxes[-1][2]
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=10_000)
    finally:
        other.close()
