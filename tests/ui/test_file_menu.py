"""Data files as documents: new, open, recent, one DebtorDesk per file, copies, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from debtordesk.app import FileWorkspace
from debtordesk.core.clock import Clock
from debtordesk.ui import msgbox


def test_a_file_open_elsewhere_gets_a_clear_message_and_the_current_file_stays(
        window, make_window, boxes, demo_file: Path, tmp_path: Path, clock: Clock) -> None:
    other = FileWorkspace(clock)
    other_file = tmp_path / "other.debtordesk"
    other.create(other_file)
    try:
        assert not window.open_path(other_file)
    finally:
        other.close()
    assert boxes[-1][0] == "error"
    assert "already open in another DebtorDesk window" in boxes[-1][2]
    assert window.workspace.path == demo_file.absolute()
    second = make_window()
    assert not second.open_path(demo_file)
    assert "already open in another DebtorDesk window" in boxes[-1][2]


@pytest.mark.parametrize(("content", "message"), [
    (b"Just some text, not a database", "This is not a DebtorDesk data file."),
    (b"SQLite format 3\x00" + b"\x00" * 200, "This file is damaged"),
])
def test_a_bad_file_is_refused_with_what_to_do(window, boxes, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.debtordesk"
    bad.write_bytes(content)
    assert not window.open_path(bad)
    assert message in boxes[-1][2]
    assert window.invoices.model.rowCount() > 0  # what was open is still shown


def test_another_programs_database_is_refused(window, boxes, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.debtordesk"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    assert not window.open_path(foreign)
    assert "This is not a DebtorDesk data file." in boxes[-1][2]


def test_new_file_opens_empty_and_asks_for_the_profile(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    path = tmp_path / "Mijn zaak.debtordesk"
    with qtbot.waitSignal(window.data_shown):
        assert window.new_file(path)
    assert window.invoices.model.rowCount() == 0
    assert window.profile_banner.isVisibleTo(window)
    dialog = window.dialogs[-1]
    assert dialog.windowTitle() == "Business profile"
    assert window.new_invoice() is None  # no clients yet: says so instead of an empty dialog


def test_new_never_overwrites(window, boxes, demo_file: Path) -> None:
    assert not window.new_file(demo_file)
    assert "never overwrites" in boxes[-1][2]


def test_recent_files_are_remembered_newest_first(make_window, demo_file: Path, tmp_path: Path, qtbot) -> None:
    window = make_window()
    second = tmp_path / "second.debtordesk"
    window.new_file(second)
    window.open_path(demo_file)
    assert window.recent_files()[:2] == [str(demo_file.absolute()), str(second.absolute())]
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()][:2] == window.recent_files()[:2]


def test_save_a_copy_writes_a_complete_file(window, tmp_path: Path, clock: Clock) -> None:
    target = tmp_path / "copy.debtordesk"
    assert window.save_copy(target)
    other = FileWorkspace(clock)
    other.open(target)
    try:
        with other.service.store.reading() as reader:
            assert len(reader.invoices()) == window.invoices_model.rowCount()
        assert other.verify().intact
    finally:
        other.close()


def test_restore_from_backup_brings_back_the_old_state_and_keeps_the_new_one(
        window, qtbot, monkeypatch: pytest.MonkeyPatch, today) -> None:
    backups = window.workspace.backups()
    assert [b.reason for b in backups] == ["open"]
    before = window.invoices_model.rowCount()
    dialog = window.new_invoice()
    dialog.field("net").setText("50.00")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices_model.rowCount() == before + 1
    monkeypatch.setattr(msgbox, "ask", lambda *args: True)
    with qtbot.waitSignal(window.data_shown):
        assert window.restore(backups[0].path)
    assert window.invoices_model.rowCount() == before
    reasons = [b.reason for b in window.workspace.backups()]
    assert "before-restore" in reasons  # the state with the new invoice is kept


def test_restore_can_be_cancelled(window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msgbox, "ask", lambda *args: False)
    assert not window.restore(window.workspace.backups()[0].path)


def test_verify_reports_an_intact_dossier(window, boxes) -> None:
    window.verify_dossier()
    kind, title, text = boxes[-1]
    assert kind == "information" and "Every dossier is intact" in text
