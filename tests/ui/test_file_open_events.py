"""A file the desktop hands over (macOS: a FileOpen event) opens in the window, whenever it comes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog

from debtordesk.app import Options, _open_first
from debtordesk.ui.file_open_events import FileOpenEvents


@pytest.fixture
def file_events(qapp: QApplication) -> Iterator[FileOpenEvents]:
    events = FileOpenEvents(qapp)
    yield events
    qapp.removeEventFilter(events)
    events.setParent(None)


@pytest.fixture
def other_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "Other business.debtordesk"
    shutil.copy(demo_master, target)
    return target


def hand_over(path: Path) -> bool:
    """What macOS does when the user double-clicks ``path`` in Finder."""
    return QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_a_file_handed_over_at_launch_opens_instead_of_the_command_line_one(
        make_window, qtbot, file_events, demo_file: Path, other_file: Path) -> None:
    assert hand_over(other_file)  # the filter took it
    window = make_window()
    _open_first(window, Options(file=demo_file), file_events)
    qtbot.waitUntil(lambda: window.workspace.path == other_file.resolve(), timeout=10_000)
    assert window.windowTitle() == "Other business — DebtorDesk"
    assert file_events.pending is None


def test_a_file_handed_over_while_the_first_one_opens_wins(
        make_window, qtbot, file_events, demo_file: Path, other_file: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.data_shown):
        _open_first(window, Options(file=demo_file), file_events)
    assert window.workspace.path is None  # only the snapshot is on screen yet
    hand_over(other_file)
    assert window.workspace.path is None  # it waits for the start-up to finish, not races it
    qtbot.waitUntil(lambda: window.workspace.path == other_file.resolve(), timeout=10_000)
    qtbot.wait(100)
    assert window.workspace.path == other_file.resolve()


def test_a_file_handed_over_to_the_welcome_page_opens(make_window, qtbot, file_events, other_file: Path) -> None:
    window = make_window()
    _open_first(window, Options(), file_events)
    assert window.stack.currentWidget() is window.welcome
    hand_over(other_file)
    assert window.workspace.path == other_file.resolve()
    assert window.stack.currentWidget() is not window.welcome


def test_a_file_handed_over_while_a_dialog_is_up_waits_for_it(
        window, qtbot, file_events, demo_file: Path, other_file: Path) -> None:
    file_events.attach(window)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    hand_over(other_file)
    qtbot.wait(3 * 250)
    assert window.workspace.path == demo_file.resolve()  # the dialog still works on this one
    dialog.reject()
    qtbot.waitUntil(lambda: window.workspace.path == other_file.resolve(), timeout=5_000)


def test_a_handed_over_file_that_is_not_ours_is_refused_and_the_open_one_stays(
        window, qtbot, file_events, boxes, demo_file: Path, tmp_path: Path) -> None:
    file_events.attach(window)
    letter = tmp_path / "letter.debtordesk"
    letter.write_text("Dear client, ...", encoding="utf-8")
    hand_over(letter)
    assert boxes and boxes[-1][0] == "error"
    assert str(letter) in boxes[-1][2]
    assert window.workspace.path == demo_file.resolve()


def test_other_events_pass_through_and_an_empty_request_opens_nothing(qapp: QApplication, file_events) -> None:
    dialog = QDialog()
    assert file_events.eventFilter(dialog, QEvent(QEvent.Type.Show)) is False
    assert file_events.eventFilter(qapp, QFileOpenEvent("")) is True
    assert file_events.pending is None
