"""Failure paths in the UI: each gives a message in words and keeps what was stored or typed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from debtordesk.core.model import Client


def test_a_file_moved_away_while_open_says_so_and_shows_the_welcome_page(window, boxes, demo_file: Path,
                                                                         tmp_path: Path) -> None:
    demo_file.rename(tmp_path / "elsewhere.debtordesk")
    window.refresh()
    assert boxes[-1][0] == "error" and "not there any more" in boxes[-1][2]
    assert window.stack.currentWidget() is window.welcome
    assert not demo_file.exists()  # not re-created empty


def test_a_save_that_fails_on_the_file_keeps_the_dialog_and_what_was_typed(window, demo_file: Path,
                                                                             tmp_path: Path) -> None:
    dialog = window.new_client()
    dialog.field("name").setText("Typed BV")
    demo_file.rename(tmp_path / "elsewhere.debtordesk")
    dialog.accept()
    assert dialog.isVisible()
    assert "not there any more" in dialog.errors.text()
    assert dialog.field("name").text() == "Typed BV"


def test_save_a_copy_onto_an_existing_file_is_refused(window, boxes, tmp_path: Path) -> None:
    existing = tmp_path / "mine.debtordesk"
    existing.write_text("keep me")
    assert not window.save_copy(existing)
    assert "never overwrites a file" in boxes[-1][2]
    assert existing.read_text() == "keep me"


def test_due_date_follows_the_invoice_date_until_typed(window) -> None:
    dialog = window.new_invoice()
    dialog.field("issue_date").setDate(QDate(2026, 11, 1))
    assert dialog.field("due_date").date() == QDate(2026, 12, 1)
    dialog.field("due_date").setDate(QDate(2026, 11, 15))
    dialog.field("issue_date").setDate(QDate(2026, 11, 2))
    assert dialog.field("due_date").date() == QDate(2026, 11, 15)


def test_editing_an_invoice_keeps_its_due_date(window) -> None:
    row = window.invoices_model.rows()[0]
    dialog = window.edit_invoice(row)
    dialog.field("issue_date").setDate(dialog.field("issue_date").date().addDays(1))
    assert dialog.field("due_date").date().toPython() == row.invoice.due_date


@pytest.mark.parametrize("text", ["1e5", "1E+30", "9" * 40, "²,5", "1_000"])
def test_odd_amounts_are_refused_while_typing_and_on_ok(window, text: str) -> None:
    dialog = window.new_invoice()
    dialog.field("net").setText(text)  # recomputes VAT and total on every keystroke
    assert dialog.total_label.text() == "—"
    dialog.accept()
    assert dialog.isVisible() and dialog.problem_lines()


def test_the_crash_box_stays_on_screen(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from debtordesk import app

    monkeypatch.setattr(app.platformdirs, "user_log_dir", lambda *args, **kwargs: str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    QApplication.processEvents()
    (box,) = app._crash_boxes
    assert isinstance(box, QMessageBox) and box.isVisible()  # not deleted behind our back
    assert "RuntimeError: boom" in box.detailedText()
    assert "RuntimeError: boom" in (tmp_path / "crash.log").read_text()
    box.close()
    app._crash_boxes.clear()


def test_client_saved_elsewhere_refreshes_the_list(window, qtbot) -> None:
    window.show_page(window.clients)
    with qtbot.waitSignal(window.data_shown):
        window.service.save_client(Client("Elsewhere BV"))
    assert window.clients.select_where(lambda row: row.client.name == "Elsewhere BV")


def test_a_failed_backup_on_open_is_shown(make_window, qtbot, boxes, demo_file: Path) -> None:
    from debtordesk.storage.backup import backup_dir

    backup_dir(demo_file).write_text("a file where the backup folder should be")
    window = make_window()
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: any(title == "Backup failed" for _kind, title, _text in boxes), timeout=10_000)
    kind, _title, text = next(b for b in boxes if b[1] == "Backup failed")
    assert kind == "warning" and "Your data is safe" in text
    assert window.invoices.model.rowCount() > 0  # the file itself stays open and usable


def test_save_a_copy_onto_the_open_file_is_refused(window, boxes, demo_file: Path) -> None:
    before = demo_file.stat().st_size
    assert not window.save_copy(demo_file)
    assert "never overwrites a file" in boxes[-1][2]
    assert demo_file.stat().st_size == before and window.workspace.verify().intact


def test_a_symlink_to_the_open_file_is_the_open_file(window, boxes, demo_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.debtordesk"
    link.symlink_to(demo_file)
    assert window.open_path(link)  # already open here: no "open in another window" message
    assert not boxes
