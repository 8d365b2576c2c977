"""Message texts: misspelled placeholders caught before saving, a live preview, saved and restored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from settings_support import PROFILE, TODAY, follow_up_on

from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Language
from debtordesk.core.template_texts import TemplateKind, default_template
from debtordesk.core.templates import DESCRIPTIONS, PLACEHOLDERS, MessageTemplate
from debtordesk.ui import msgbox
from debtordesk.ui.template_editor import TemplateEditor, TextChoice, placeholder_spans


@pytest.fixture
def follow_up(tmp_path: Path) -> Iterator[FollowUpService]:
    with follow_up_on(tmp_path / "x.debtordesk") as service:
        yield service


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The answers msgbox.ask gives, in turn (yes once the list is used up); asked questions are removed."""
    given: list[bool] = []
    monkeypatch.setattr(msgbox, "ask", lambda *args: given.pop(0) if given else True)
    return given


@pytest.fixture
def editor(qtbot, follow_up: FollowUpService, answers: list[bool]) -> TemplateEditor:  # type: ignore[no-untyped-def]
    widget = TemplateEditor(follow_up, Formatter("en"), PROFILE, TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _marks(editor: TemplateEditor, line: int) -> list[tuple[int, int, str]]:
    """(start, length, "bad"/"good") of the highlighter's formats on a line of the body."""
    layout = editor.body_edit.document().findBlockByLineNumber(line - 1).layout()
    marks = []
    for r in layout.formats():
        wavy = r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        marks.append((r.start, r.length, "bad" if wavy else r.format.foreground().color().name()))
    return marks


def test_a_misspelled_placeholder_is_flagged_with_a_suggestion_and_cannot_be_saved(editor: TemplateEditor) -> None:
    assert editor.choice() == (TextChoice("friendly_reminder", TemplateKind.EMAIL), Language.NL)
    editor.body_edit.setPlainText("Beste {contact},\n\nNog open:\n{clinet} moet {open_amount} betalen.")
    assert editor.problem_label.isVisibleTo(editor)
    assert editor.problem_label.text() == (
        "{clinet} on line 4 is not a placeholder DebtorDesk knows; did you mean {client}?")
    assert not editor.save_button.isEnabled()
    assert editor.preview.toPlainText() == ""
    assert _marks(editor, 4) == [(0, len("{clinet}"), "bad"), (14, len("{open_amount}"), "#0b57d0")]
    assert _marks(editor, 1) == [(6, len("{contact}"), "#0b57d0")]
    editor.subject_edit.setText("Herinnering {Open amount")
    assert editor.problem_label.text().startswith("Subject: {Open on line 1 has no closing }")
    assert "border" in editor.subject_edit.styleSheet()


def test_a_good_edit_is_saved_and_read_back(editor: TemplateEditor, follow_up: FollowUpService, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not editor.restore_button.isEnabled() and not editor.save_button.isEnabled()
    editor.subject_edit.setText("Factuur {invoice_numbers}")
    editor.body_edit.setPlainText("Beste {contact},\n\nNog open: {open_amount}.\n\n{sender}")
    assert editor.save_button.isEnabled() and not editor.problem_label.isVisibleTo(editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = MessageTemplate("Factuur {invoice_numbers}", "Beste {contact},\n\nNog open: {open_amount}.\n\n{sender}")
    assert follow_up.template("friendly_reminder", TemplateKind.EMAIL, Language.NL) == saved
    assert follow_up.template_is_edited("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    assert editor.restore_button.isEnabled() and not editor.save_button.isEnabled()
    assert editor.state_label.text() == "Your own version"
    again = TemplateEditor(follow_up, Formatter("en"), PROFILE, TODAY)
    qtbot.addWidget(again)
    assert again.template() == saved and not again.has_unsaved_changes()


def test_the_preview_follows_typing_in_the_chosen_language(editor: TemplateEditor) -> None:
    editor.body_edit.setPlainText("Open: {open_amount}, {invoice_numbers}, {contact} of {client}")
    preview = editor.preview.toPlainText()
    assert preview.startswith("Subject: Herinnering: betaling 2026-014 en 2026-021\n\n")
    assert preview.endswith("Open: € 1.815,00, 2026-014 en 2026-021, Ingrid Bos of Bakkerij Bos")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData(Language.EN))  # answered "discard"
    editor.body_edit.setPlainText("Open: {open_amount}")
    assert editor.preview.toPlainText().endswith("Open: €1,815.00")
    editor.body_edit.setPlainText("{sender}")
    assert editor.preview.toPlainText().endswith("Studio Test\nSanne de Vries")  # the real profile signs


def test_restore_default_asks_then_brings_back_the_shipped_text(editor: TemplateEditor, follow_up: FollowUpService,
                                                                 answers: list[bool], qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.body_edit.setPlainText("Kort: {open_amount}")
    assert editor.save()
    answers.append(False)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert follow_up.template_is_edited("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    answers.append(True)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    default = default_template("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    assert not follow_up.template_is_edited("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    assert editor.template() == default and not editor.restore_button.isEnabled()
    assert editor.state_label.text() == "DebtorDesk's recommended text"


def test_switching_texts_with_unsaved_changes_asks_first(editor: TemplateEditor, answers: list[bool]) -> None:
    editor.body_edit.setPlainText("Half written {contact}")
    answers.append(False)  # keep editing
    editor.text_combo.setCurrentIndex(editor.text_combo.findText("Notice of default (letter)"))
    assert answers == []
    assert editor.choice() == (TextChoice("friendly_reminder", TemplateKind.EMAIL), Language.NL)
    assert editor.body_edit.toPlainText() == "Half written {contact}" and editor.has_unsaved_changes()
    assert editor.state_label.text() == "DebtorDesk's recommended text, changed (not saved)"
    answers.append(True)  # discard
    assert editor.choose("notice_of_default", TemplateKind.LETTER, Language.FR)
    assert editor.template() == default_template("notice_of_default", TemplateKind.LETTER, Language.FR)
    assert not editor.has_unsaved_changes()


def test_switching_without_changes_asks_nothing(editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msgbox, "ask", lambda *args: pytest.fail("asked without unsaved changes"))
    for i in range(editor.text_combo.count()):
        editor.text_combo.setCurrentIndex(i)
        text, language = editor.choice()
        assert editor.template() == default_template(text.key, text.kind, language)
        assert editor.preview.toPlainText().startswith("Subject: ")


def test_a_placeholder_goes_where_the_cursor_is(editor: TemplateEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.body_edit.setPlainText("Dear ,")
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(5)
    editor.body_edit.setTextCursor(cursor)
    editor.body_edit.setFocus()
    item = editor.placeholder_list.item(list(PLACEHOLDERS).index("contact"))
    editor.placeholder_list.setCurrentItem(item)
    assert editor.description_label.text() == (
        "The contact person's name; the client's name when there is no contact.")
    editor.placeholder_list.itemActivated.emit(item)
    assert editor.body_edit.toPlainText() == "Dear {contact},"
    editor.subject_edit.setFocus()
    editor.subject_edit.setText("About ")
    editor.insert_placeholder("invoice_numbers")
    assert editor.subject_edit.text() == "About {invoice_numbers}"


def test_every_placeholder_has_a_translatable_description() -> None:
    assert set(DESCRIPTIONS) == set(PLACEHOLDERS)
    for name in PLACEHOLDERS:
        assert TemplateEditor.description(name)


@pytest.mark.parametrize(("line", "spans"), [
    ("{client}", [(0, 8, True)]),
    ("{{client}} and }}", []),
    ("Hi {clinet}, {open_amount}", [(3, 8, False), (13, 13, True)]),
    ("{client {contact}", [(0, 7, False), (8, 9, True)]),
    ("{}", [(0, 2, False)]),
    ("a } b", [(2, 1, False)]),
])
def test_placeholders_are_read_as_core_reads_them(line: str, spans: list[tuple[int, int, bool]]) -> None:
    assert placeholder_spans(line) == spans


def test_without_a_profile_the_preview_signs_for_a_sample_business(qtbot, follow_up: FollowUpService,  # type: ignore[no-untyped-def]
                                                                   answers: list[bool]) -> None:
    editor = TemplateEditor(follow_up, Formatter("en"), None, TODAY)
    qtbot.addWidget(editor)
    assert editor.choice()[1] == Language.NL
    editor.body_edit.setPlainText("{sender}")
    assert editor.preview.toPlainText().endswith("\n\nSanne de Vries\nStudio Zonnebloem")


def test_saved_and_restored_texts_read_in_words(editor: TemplateEditor, follow_up: FollowUpService) -> None:
    from debtordesk.core.dossier import RecordKind
    from debtordesk.ui import record_text

    editor.body_edit.setPlainText("Kort: {open_amount}")
    assert editor.save()
    editor.restore_default()
    with follow_up.debtors.store.reading() as reader:
        records = [r for r in reader.records() if r.kind == RecordKind.TEMPLATE_SAVED]
    assert [record_text.describe(r, Formatter("en")) for r in records] == [
        "Friendly reminder (email, nl)", "Friendly reminder (email, nl): back to the recommended text"]
