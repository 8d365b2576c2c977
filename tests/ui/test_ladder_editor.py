"""The follow-up ladder edited in Settings and per client: what is saved is what was edited, or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from settings_support import PROFILE, TODAY, FakeMailer, MemoryKeeper, follow_up_on

from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import DEFAULT_LADDER, Channel, DelayFrom, Ladder, LadderStep
from debtordesk.core.model import Client
from debtordesk.ui import labels, msgbox
from debtordesk.ui.ladder_editor import LadderDialog, LadderEditor, LadderModel, ladder_problem_text
from debtordesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def follow_up(tmp_path: Path) -> Iterator[FollowUpService]:
    with follow_up_on(tmp_path / "x.debtordesk") as service:
        yield service


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question asked (answered yes), instead of a blocking box; closing at teardown asks too."""
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text, *rest: asked.append(text) or True)
    return asked


@pytest.fixture
def dialog(qtbot, follow_up: FollowUpService) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(follow_up, FakeMailer(), MemoryKeeper(), Formatter("en"), PROFILE, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _ladder_records(follow_up: FollowUpService) -> list[object]:
    with follow_up.debtors.store.reading() as reader:
        return [r for r in reader.records() if r.kind == RecordKind.LADDER_SAVED]


def _row(editor: LadderEditor, row: int) -> list[str]:
    model = editor.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_steps_show_translated_names_channels_and_delays(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    editor = LadderEditor()
    qtbot.addWidget(editor)
    assert _row(editor, 0) == ["1", "Friendly reminder", "Email", "1 day after the due date"]
    assert _row(editor, 1) == ["2", "Phone call", "Phone call", "5 working days after the previous step"]
    assert _row(editor, 2)[3] == "Right after the previous step"
    assert _row(editor, 5)[1:3] == ["Notice of default", "Printed letter"]
    assert editor.model.rowCount() == 7 and not editor.problems()
    qtmodeltester.check(editor.model)


def test_a_recommended_step_keeps_its_name_and_only_email_has_a_recipient(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = LadderEditor()
    qtbot.addWidget(editor)
    editor.select(1)
    assert editor.name_edit.isReadOnly() and editor.name_edit.text() == "Phone call"
    assert not editor.recipient_combo.isEnabled()
    assert editor.up_button.isEnabled()  # row 1 can move up
    editor.select(0)
    assert editor.recipient_combo.isEnabled() and not editor.up_button.isEnabled()
    editor.select(6)
    assert not editor.down_button.isEnabled()


def test_add_name_move_and_change_a_step_then_save(dialog: SettingsDialog, follow_up: FollowUpService,
                                                    qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.ladder_editor
    editor.select(2)  # payment reminder
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.current_row() == 3 and not editor.name_edit.isReadOnly()
    qtbot.keyClicks(editor.name_edit, "Check-in call")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData(Channel.CALL))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.current_row() == 2
    editor.delay_spin.setValue(3)
    editor.working_check.setChecked(True)
    assert _row(editor, 2) == ["3", "Check-in call", "Phone call", "3 working days after the previous step"]
    expected = editor.ladder()
    assert [s.key for s in expected.steps][:4] == ["friendly_reminder", "phone_call", "custom_1", "payment_reminder"]
    assert expected.steps[2] == LadderStep("custom_1", Channel.CALL, 3, DelayFrom.PREVIOUS_STEP, working_days=True,
                                           template="payment_reminder", name="Check-in call")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert follow_up.ladder_book().default == expected
    assert len(_ladder_records(follow_up)) == 1


def test_a_step_without_a_name_is_flagged_and_nothing_is_saved(dialog: SettingsDialog, follow_up: FollowUpService,
                                                                qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.ladder_editor
    editor.select(6)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.problem_label.isVisibleTo(editor)
    assert editor.problem_label.text() == "Step 8 has no name. Type one under Name, e.g. “Check-in call”."
    model = editor.model
    assert model.data(model.index(7, LadderModel.NAME), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(7, LadderModel.NAME)) == "(no name)"
    dialog.accept()
    assert dialog.isVisible()
    assert "Nothing was saved" in dialog.errors.text() and dialog.tabs.currentIndex() == dialog.ladder_tab
    assert follow_up.ladder_book().default == DEFAULT_LADDER
    assert _ladder_records(follow_up) == []
    qtbot.keyClicks(editor.name_edit, "Final call")
    assert not editor.problems() and not editor.problem_label.isVisibleTo(editor)


def test_remove_then_restore_the_recommended_ladder(dialog: SettingsDialog, follow_up: FollowUpService,
                                                    qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.ladder_editor
    editor.select(4)  # stop work
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "stop_work" not in [s.key for s in editor.ladder().steps] and editor.current_row() == 4
    assert dialog.save()
    assert [s.key for s in follow_up.ladder_book().default.steps] == [
        "friendly_reminder", "phone_call", "payment_reminder", "last_reminder", "notice_of_default", "hand_over"]
    assert not editor.is_modified()
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.ladder() == DEFAULT_LADDER and editor.is_modified()
    assert dialog.save()
    assert follow_up.ladder_book().default == DEFAULT_LADDER
    assert len(_ladder_records(follow_up)) == 2


def test_removing_every_step_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = LadderEditor()
    qtbot.addWidget(editor)
    for _ in range(7):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.ladder() == Ladder(())
    assert editor.problems() == ["The ladder has no steps. Add one, or restore the recommended ladder."]
    assert not editor.remove_button.isEnabled() and not editor.form_box.isEnabled()


def test_a_client_gets_its_own_ladder_and_goes_back_to_the_business_one(qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    client_id = follow_up.debtors.save_client(Client("Bakkerij Bos"))
    client = Client("Bakkerij Bos", id=client_id)
    dialog = LadderDialog(follow_up, client, Formatter("en"))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.business_radio.isChecked() and not dialog.editor.isEnabled()
    dialog.own_radio.setChecked(True)
    assert dialog.editor.isEnabled()
    dialog.editor.select(0)
    dialog.editor.delay_spin.setValue(3)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    book = follow_up.ladder_book()
    assert book.default == DEFAULT_LADDER
    assert book.ladder_for(client_id).steps[0].delay_days == 3 and len(book.ladder_for(client_id).steps) == 7

    again = LadderDialog(follow_up, client, Formatter("en"))
    qtbot.addWidget(again)
    again.open()
    assert again.own_radio.isChecked() and again.editor.ladder() == book.ladder_for(client_id)
    again.business_radio.setChecked(True)
    assert again.editor.ladder() == DEFAULT_LADDER and not again.editor.isEnabled()
    again.accept()
    assert client_id not in follow_up.ladder_book().by_client
    assert len(_ladder_records(follow_up)) == 2


def test_a_clients_ladder_with_a_problem_is_not_saved(qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    client_id = follow_up.debtors.save_client(Client("Bakkerij Bos"))
    dialog = LadderDialog(follow_up, Client("Bakkerij Bos", id=client_id), Formatter("en"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.own_radio.setChecked(True)
    dialog.editor.add_step()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and "has no name" in dialog.errors.text()
    assert client_id not in follow_up.ladder_book().by_client


@pytest.mark.parametrize("code", ["no_steps", "too_many_steps", "bad_key", "duplicate_key", "bad_delay", "no_name"])
def test_every_ladder_problem_has_a_sentence_naming_the_step(code: str) -> None:
    ladder = Ladder((LadderStep("stop_work", Channel.EMAIL, 0),))
    text = ladder_problem_text(code, 0, {"max": 20}, ladder)
    assert text and "{" not in text
    if code in ("bad_key", "duplicate_key", "bad_delay"):
        assert "Step 1 (Stop work)" in text


def test_delay_texts_cover_every_case() -> None:
    def text(days: int, working: bool, due: bool) -> str:
        return labels.delay_text(LadderStep("x", Channel.EMAIL, days, DelayFrom.DUE_DATE if due else
                                            DelayFrom.PREVIOUS_STEP, working_days=working))

    assert text(0, True, True) == "On the due date"
    assert text(1, True, False) == "1 working day after the previous step"
    assert text(14, False, True) == "14 days after the due date"
    assert labels.step_name(LadderStep("custom_1", Channel.CALL, 1, name=" Check-in ")) == "Check-in"
    assert labels.template_name("phone_call") == "Summary after a phone call"


def test_ladder_records_read_in_words(follow_up: FollowUpService) -> None:
    from debtordesk.ui import record_text

    client_id = follow_up.debtors.save_client(Client("Bakkerij Bos"))
    follow_up.save_ladder(Ladder(DEFAULT_LADDER.steps[:2]), client_id)
    follow_up.use_default_ladder(client_id)
    with follow_up.debtors.store.reading() as reader:
        own, back = reader.records(client_id=client_id)[-2:]
    assert record_text.describe(own, Formatter("en")) == "Steps: Friendly reminder, Phone call"
    assert record_text.describe(back, Formatter("en")) == "Follows the business's ladder again"


def test_the_settings_speak_dutch(qapp, qtbot, follow_up: FollowUpService) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.ui.i18n import install_translators

    translators = install_translators(qapp, "nl")
    assert translators, "the Dutch translation did not load"
    try:
        dialog = SettingsDialog(follow_up, FakeMailer(), MemoryKeeper(), Formatter("nl"), PROFILE, today=TODAY)
        qtbot.addWidget(dialog)
        assert [dialog.tabs.tabText(i) for i in range(3)] == ["Opvolg&ladder", "&Berichtteksten", "&E-mail"]
        editor = dialog.ladder_editor
        assert _row(editor, 1) == ["2", "Telefoongesprek", "Telefoongesprek", "5 werkdagen na de vorige stap"]
        assert _row(editor, 5)[1] == "Ingebrekestelling"
        editor.select(6)
        editor.add_step()
        assert editor.problems() == ["Stap 8 heeft geen naam. Typ er een bij Naam, bijvoorbeeld ‘Controlegesprek’."]
        assert dialog.mail_page.password_label.text() == (
            "Wordt bewaard in de sleutelbos van je systeem, nooit in het bestand van DebtorDesk.")
        dialog.template_editor.body_edit.setPlainText("{clinet}")
        assert dialog.template_editor.problem_label.text() == (
            "{clinet} op regel 1 is geen invulveld dat DebtorDesk kent; bedoel je {client}?")
        dialog.template_editor.body_edit.setPlainText("{open_amount}")
        assert dialog.template_editor.preview.toPlainText().endswith("€ 1.815,00")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
