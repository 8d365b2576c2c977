"""Email settings: checked before saving, the password only in the keeper, a test message in plain words."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from settings_support import PROFILE, TODAY, FakeMailer, MemoryKeeper, file_bytes, follow_up_on

from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.outgoing import MailSettings, Security, SendError
from debtordesk.ui import msgbox
from debtordesk.ui.mail_settings_page import MailSettingsPage
from debtordesk.ui.send_failure_text import known_failures, send_failure_text
from debtordesk.ui.settings_dialog import SettingsDialog

PASSWORD = "Zonnebloem-geheim-8472"
GOOD = MailSettings("smtp.example.com", 465, Security.SSL, "sanne@studio.example", "Studio Test",
                    "sanne@studio.example", bcc_self=True)


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    return tmp_path / "files" / "x.debtordesk"


@pytest.fixture
def follow_up(data_path: Path) -> Iterator[FollowUpService]:
    data_path.parent.mkdir()
    with follow_up_on(data_path) as service:
        yield service


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question asked, answered yes, instead of a blocking box."""
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text, *rest: asked.append(text) or True)
    return asked


@pytest.fixture
def mailer() -> FakeMailer:
    return FakeMailer()


@pytest.fixture
def keeper() -> MemoryKeeper:
    return MemoryKeeper()


@pytest.fixture
def dialog(qtbot, follow_up: FollowUpService, mailer: FakeMailer, keeper: MemoryKeeper,  # type: ignore[no-untyped-def]
           questions: list[str]) -> SettingsDialog:
    dialog = SettingsDialog(follow_up, mailer, keeper, Formatter("en"), PROFILE, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentIndex(dialog.mail_tab)
    return dialog


def fill(page: MailSettingsPage, settings: MailSettings, password: str = "") -> None:
    page.host_edit.setText(settings.host)
    page.security_combo.setCurrentIndex(page.security_combo.findData(settings.security))
    page.port_spin.setValue(settings.port)
    page.user_edit.setText(settings.user)
    page.password_edit.setText(password)
    page.sender_name_edit.setText(settings.sender_name)
    page.sender_address_edit.setText(settings.sender_address)
    page.bcc_check.setChecked(settings.bcc_self)


def _mail_records(follow_up: FollowUpService) -> list[object]:
    with follow_up.debtors.store.reading() as reader:
        return [r for r in reader.records() if r.kind == RecordKind.MAIL_SETTINGS_SAVED]


def test_a_bad_server_name_is_refused_and_nothing_is_saved(dialog: SettingsDialog, follow_up: FollowUpService,
                                                           keeper: MemoryKeeper) -> None:
    page = dialog.mail_page
    fill(page, GOOD, PASSWORD)
    page.host_edit.setText("smtp example com")
    dialog.ladder_editor.select(0)
    dialog.ladder_editor.delay_spin.setValue(4)  # a good change on another tab: not saved either
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == dialog.mail_tab
    assert page.problem_lines() == [
        "Server: Enter the server's name as your mail provider gives it, e.g. smtp.example.com."]
    assert "border" in page.host_edit.styleSheet()
    assert dialog.errors.text() == "Nothing was saved. Fix what is marked in red on: Email."
    assert follow_up.mail_settings() == MailSettings() and _mail_records(follow_up) == []
    assert follow_up.ladder_book().default == DEFAULT_LADDER
    assert keeper.passwords == {}


def test_good_settings_are_saved_and_the_password_goes_only_to_the_keeper(
        dialog: SettingsDialog, follow_up: FollowUpService, keeper: MemoryKeeper, data_path: Path) -> None:
    page = dialog.mail_page
    assert page.password_label.text() == "Will be kept in your system's keyring, never in DebtorDesk's file."
    fill(page, GOOD, PASSWORD)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert follow_up.mail_settings() == GOOD and len(_mail_records(follow_up)) == 1
    assert keeper.passwords == {("smtp.example.com", "sanne@studio.example"): PASSWORD}
    assert page.password_label.text() == "Kept in your system's keyring."
    assert page.password_edit.text() == "" and follow_up.ladder_book().default == DEFAULT_LADDER
    stored = file_bytes(data_path)
    assert b"smtp.example.com" in stored  # the scan reads what the file holds
    assert PASSWORD.encode() not in stored and PASSWORD.encode("utf-16-le") not in stored


def test_without_a_secure_keyring_the_page_says_the_password_is_kept_for_this_session(
        qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    keeper = MemoryKeeper(secure=False)
    page = MailSettingsPage(follow_up, FakeMailer(), keeper, Formatter("en"))
    qtbot.addWidget(page)
    no_keyring = ("This computer has no secure keyring, so DebtorDesk keeps the password only until you close it "
                  "and asks again next time.")
    assert page.password_label.text() == no_keyring
    fill(page, GOOD, PASSWORD)
    assert page.save() is not None
    assert page.password_label.text() == no_keyring and keeper.get(GOOD) == PASSWORD


def test_changing_the_security_proposes_the_usual_port_unless_one_was_typed(qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    page = MailSettingsPage(follow_up, FakeMailer(), MemoryKeeper(), Formatter("en"))
    qtbot.addWidget(page)
    assert page.port_spin.value() == 587
    page.security_combo.setCurrentIndex(page.security_combo.findData(Security.SSL))
    assert page.port_spin.value() == 465
    page.port_spin.setValue(2525)
    page.security_combo.setCurrentIndex(page.security_combo.findData(Security.STARTTLS))
    assert page.port_spin.value() == 2525


def test_no_encryption_to_another_computer_is_warned_about(qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    page = MailSettingsPage(follow_up, FakeMailer(), MemoryKeeper(), Formatter("en"))
    qtbot.addWidget(page)
    page.host_edit.setText("smtp.example.com")
    assert not page.warning_label.isVisibleTo(page)
    page.security_combo.setCurrentIndex(page.security_combo.findData(Security.NONE))
    assert page.warning_label.isVisibleTo(page) and page.port_spin.value() == 25
    assert page.warning_label.text().startswith("Without encryption, your password and your messages cross")
    page.host_edit.setText("localhost")
    assert not page.warning_label.isVisibleTo(page)


def test_a_test_message_goes_to_the_sender_and_saves_nothing(dialog: SettingsDialog, follow_up: FollowUpService,
                                                            mailer: FakeMailer, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = dialog.mail_page
    fill(page, GOOD, PASSWORD)
    mailer.gate = threading.Event()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.test_result.text() == "Sending…" and not page.test_button.isEnabled()
    mailer.gate.set()
    qtbot.waitUntil(lambda: not page.sending)
    assert page.test_result.text() == ("The test message was sent to sanne@studio.example. Look in that inbox "
                                       "(and the spam folder) to see that it arrived.")
    assert page.test_button.isEnabled()
    ((message, settings, password),) = mailer.sent
    assert message.to == ("sanne@studio.example",) and message.subject == "DebtorDesk test message"
    assert settings == GOOD and password == PASSWORD
    assert follow_up.mail_settings() == MailSettings() and _mail_records(follow_up) == []


def test_a_failed_test_message_says_what_to_check(dialog: SettingsDialog, mailer: FakeMailer, keeper: MemoryKeeper,
                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    keeper.set(GOOD, "kept-password")
    page = dialog.mail_page
    fill(page, GOOD)
    mailer.error = SendError("login_refused", "535 5.7.8 Authentication credentials invalid")
    assert page.send_test()
    qtbot.waitUntil(lambda: not page.sending)
    assert page.test_result.text() == send_failure_text("login_refused",
                                                        "535 5.7.8 Authentication credentials invalid")
    assert page.test_result.text().endswith("\nThe server said: 535 5.7.8 Authentication credentials invalid")
    assert mailer.sent[0][2] == "kept-password"  # nothing typed: the kept password is used


def test_a_test_message_with_a_bad_form_is_not_sent(dialog: SettingsDialog, mailer: FakeMailer) -> None:
    page = dialog.mail_page
    fill(page, GOOD)
    page.sender_address_edit.setText("not an address")
    assert not page.send_test()
    assert page.problem_lines() == ["Sender address: This is not an email address (name@example.com)."]
    assert mailer.sent == []


def test_closing_with_unsaved_changes_asks(dialog: SettingsDialog, questions: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.mail_page.host_edit.setText("smtp.example.com")
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text, *rest: questions.append(text) or False)
    dialog.reject()
    assert dialog.isVisible()
    assert questions == ["Some changes are not saved. Close the settings and lose them?"]


def test_every_send_failure_has_its_own_sentence() -> None:
    from debtordesk.mail.smtp import SendFailure

    # Every failure the mail layer can report, and the two the Mailer adds itself.
    codes = [failure.value for failure in SendFailure] + ["not_configured", "invalid_message"]
    assert known_failures() == set(codes)
    texts = {send_failure_text(code, "") for code in codes}
    assert len(texts) == len(codes) and all(text.endswith(".") for text in texts)
    assert send_failure_text("something_new", "").startswith("The message could not be sent.")
    assert send_failure_text("timeout", " 421 busy ").endswith("\nThe server said: 421 busy")
