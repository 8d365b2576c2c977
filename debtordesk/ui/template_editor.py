"""Editing the texts of the follow-up's emails and letters, with a live preview.

Each step's text exists per kind (email, letter) and per message language; the
user picks one, edits its subject and body, and sees it filled in for a sample
client as they type. Placeholders the app does not know are marked in the text
and listed with a suggestion before Save is possible, because a message with a
hole where the amount should be must never reach a client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    Contact,
    Country,
    Invoice,
    InvoiceRow,
    Language,
)
from debtordesk.core.ports import FileProblem
from debtordesk.core.template_texts import TEMPLATE_KEYS, TEMPLATES, TemplateKind
from debtordesk.core.template_values import template_values
from debtordesk.core.templates import PLACEHOLDERS, MessageTemplate, TemplateError, render_message
from debtordesk.core.templates import problems as template_problems
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.ui import labels, msgbox
from debtordesk.ui.form_dialog import ERROR_STYLE
from debtordesk.ui.problem_text import file_problem_text, problem_text

#: Message languages by their own names, as language pickers show them.
LANGUAGE_NAMES = ((Language.NL, "Nederlands"), (Language.EN, "English"), (Language.FR, "Français"))

#: core.templates.DESCRIPTIONS for translation: lupdate reads only literals.
_DESCRIPTIONS = {
    "client": QT_TRANSLATE_NOOP("TemplateEditor", "The client's (company) name."),
    "contact": QT_TRANSLATE_NOOP("TemplateEditor",
                                 "The contact person's name; the client's name when there is no contact."),
    "invoice_numbers": QT_TRANSLATE_NOOP("TemplateEditor",
                                         "The invoice numbers in running text: “2026-014 and 2026-015”."),
    "invoice_list": QT_TRANSLATE_NOOP("TemplateEditor",
                                      "One line per invoice with its date, due date and open amount."),
    "due_dates": QT_TRANSLATE_NOOP("TemplateEditor", "The invoices' due dates in running text."),
    "open_amount": QT_TRANSLATE_NOOP("TemplateEditor",
                                     "The total still to be paid on these invoices, e.g. “€ 1.234,56”."),
    "days_overdue": QT_TRANSLATE_NOOP("TemplateEditor", "Days past the due date of the oldest invoice, as a number."),
    "promised_date": QT_TRANSLATE_NOOP("TemplateEditor",
                                       "The date the client promised to pay (empty when there is no promise)."),
    "final_date": QT_TRANSLATE_NOOP("TemplateEditor",
                                    "The final payment date this message sets (empty when it sets none)."),
    "agreement": QT_TRANSLATE_NOOP("TemplateEditor",
                                   "What was agreed on the phone, who does what and when (empty without a call)."),
    "payment_details": QT_TRANSLATE_NOOP("TemplateEditor",
                                         "Several lines: IBAN, BIC, account holder and the payment reference."),
    "sender": QT_TRANSLATE_NOOP("TemplateEditor", "The signature block: your business name and signature lines."),
}

#: Who the preview writes for when the file has no business profile yet.
SAMPLE_PROFILE = BusinessProfile(
    name="Studio Zonnebloem", street="Oudegracht 12", postcode="3511 AW", city="Utrecht", country=Country.NL,
    vat_number="NL000099998B57", registration_number="30123456", iban="NL91ABNA0417164300", bic="ABNANL2A",
    email="info@studiozonnebloem.example", phone="+31 30 123 45 67", signature="Sanne de Vries\nStudio Zonnebloem")


def sample_values(profile: BusinessProfile | None, language: Language, today: date) -> dict[str, str]:
    """Every placeholder filled in for a sample client with two open invoices (together 1,815.00)."""
    client = Client("Bakkerij Bos", street="Langestraat 8", postcode="3811 AB", city="Amersfoort",
                    language=language, id=0)
    contact = Contact(0, "Ingrid Bos", email="ingrid@bakkerijbos.example")
    invoices = [
        InvoiceRow(Invoice(0, "2026-014", today - timedelta(days=44), today - timedelta(days=14), 100000, 21000,
                           id=1), client.name, 0),
        InvoiceRow(Invoice(0, "2026-021", today - timedelta(days=37), today - timedelta(days=7), 50000, 10500,
                           id=2), client.name, 0),
    ]
    return template_values(profile=profile or SAMPLE_PROFILE, client=client, contact=contact, invoices=invoices,
                           today=today, language=language, promised_date=today + timedelta(days=7),
                           final_date=today + timedelta(days=14))


def placeholder_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, length, known) of each placeholder on one line, in characters, read as core reads it.

    ``{{`` and ``}}`` are literal braces; an unclosed ``{`` is bad on its own and the
    text after it is read again, as core.templates does.
    """
    spans: list[tuple[int, int, bool]] = []
    bad = {(p.column - 1, len(p.text)) for p in template_problems(text)}
    i = 0
    while i < len(text):
        if text.startswith(("{{", "}}"), i):
            i += 2
            continue
        if text[i] == "{":
            close = next((j for j in range(i + 1, len(text)) if text[j] in "{}"), None)
            if close is not None and text[close] == "}" and text[i + 1 : close] in PLACEHOLDERS:
                spans.append((i, close - i + 1, True))
                i = close + 1
                continue
        i += 1
    spans += [(start, length, False) for start, length in bad]
    return sorted(spans)


def _utf16(text: str, index: int) -> int:
    """A character index as Qt counts it (UTF-16 units), so an emoji before a placeholder does not shift it."""
    return len(text[:index].encode("utf-16-le")) // 2


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Known placeholders in blue, unknown or broken ones in red with a wavy underline."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.good = QTextCharFormat()
        self.good.setForeground(QColor("#0b57d0"))
        self.bad = QTextCharFormat()
        self.bad.setForeground(QColor("#b3261e"))
        self.bad.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.bad.setUnderlineColor(QColor("#b3261e"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        # A placeholder never spans lines, so each line can be read on its own.
        for start, length, known in placeholder_spans(text):
            begin = _utf16(text, start)
            self.setFormat(begin, _utf16(text, start + length) - begin, self.good if known else self.bad)


@dataclass(frozen=True)
class TextChoice:
    key: str
    kind: TemplateKind


class TemplateEditor(QWidget):
    """Choose a text and language; edit subject and body; see the preview; save or restore the default.

    Signals:
        saved: a text was saved or restored.

    Attributes:
        subject_edit, body_edit: the text being edited.
        preview: the text filled in for the sample client.
        problem_label: what to fix before Save is possible.
    """

    saved = Signal()

    def __init__(self, follow_up: FollowUpService, formatter: Formatter, profile: BusinessProfile | None,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.formatter = formatter
        self.profile = profile
        self.today = today
        self._loaded = MessageTemplate("", "")
        self._choice = (TextChoice(TEMPLATE_KEYS[0], TemplateKind.EMAIL), Language.NL)
        self._loading = False
        self._edited = False  # the text shown is the user's own version, stored in the file

        self.text_combo = QComboBox()
        self.text_combo.setObjectName("templateText")
        for key in TEMPLATE_KEYS:
            for kind in TEMPLATES[key]:
                kind_name = labels.label_of(labels.template_kinds(), kind)  # type: ignore[arg-type]
                self.text_combo.addItem(self.tr("{name} ({kind})").format(name=labels.template_name(key),
                                                                          kind=kind_name), TextChoice(key, kind))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("templateLanguage")
        for language, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, language)
        start = self.language_combo.findData(profile.language if profile else Language.NL)
        self.language_combo.setCurrentIndex(max(start, 0))
        self.state_label = QLabel()
        self.state_label.setObjectName("templateState")

        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.body_edit.document())
        self._target: QWidget = self.body_edit
        self.subject_edit.installEventFilter(self)
        self.body_edit.installEventFilter(self)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("templateProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()

        self.placeholder_list = QListWidget()
        self.placeholder_list.setObjectName("placeholders")
        for name in PLACEHOLDERS:
            item = QListWidgetItem("{" + name + "}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.description(name))
            self.placeholder_list.addItem(item)
        rows = self.placeholder_list.sizeHintForRow(0) * self.placeholder_list.count()
        self.placeholder_list.setMinimumHeight(rows + 2 * self.placeholder_list.frameWidth())
        self.placeholder_list.itemActivated.connect(self._insert_item)
        self.placeholder_list.currentItemChanged.connect(self._describe_item)
        self.description_label = QLabel(self.tr("Double-click a placeholder to put it where the cursor is."))
        self.description_label.setWordWrap(True)
        self.description_label.setObjectName("placeholderDescription")

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("The preview appears once the marked problems are fixed."))

        self.save_button = QPushButton(self.tr("&Save text"))
        self.restore_button = QPushButton(self.tr("Restore &default"))
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore_default)

        self._lay_out()
        self.text_combo.currentIndexChanged.connect(self._choice_changed)
        self.language_combo.currentIndexChanged.connect(self._choice_changed)
        self.subject_edit.textChanged.connect(self._update)
        self.body_edit.textChanged.connect(self._update)
        self._load()

    def _lay_out(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Text:")))
        choose.addWidget(self.text_combo, 2)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Language:")))
        choose.addWidget(self.language_combo)
        choose.addSpacing(12)
        choose.addWidget(self.state_label, 1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Subject:")))
        left.addWidget(self.subject_edit)
        left.addWidget(QLabel(self.tr("Text:")))
        left.addWidget(self.body_edit, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview for a sample client:")))
        right.addWidget(self.preview, 3)
        right.addWidget(QLabel(self.tr("Placeholders:")))
        right.addWidget(self.placeholder_list, 2)
        right.addWidget(self.description_label)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

    @staticmethod
    def description(name: str) -> str:
        return QCoreApplication.translate("TemplateEditor", _DESCRIPTIONS[name])

    # -- which text ----------------------------------------------------------------------
    def choice(self) -> tuple[TextChoice, Language]:
        return self.text_combo.currentData(), Language(self.language_combo.currentData())

    def choose(self, key: str, kind: TemplateKind, language: Language) -> bool:
        """Show another text (as if picked in the combo boxes); False when the user kept the current one."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        for i in range(self.text_combo.count()):
            if self.text_combo.itemData(i) == TextChoice(key, kind):
                self.text_combo.setCurrentIndex(i)
        return self._choice == (TextChoice(key, kind), language)

    def _choice_changed(self) -> None:
        if self._loading:
            return
        if self.has_unsaved_changes() and not msgbox.ask(
                self, self.tr("Unsaved changes"),
                self.tr("Your changes to this text are not saved. Discard them and show the other text?"),
                self.tr("Discard changes")):
            self._show_choice(*self._choice)  # back to the text being edited, changes and all
            return
        self._load()

    def _show_choice(self, text: TextChoice, language: Language) -> None:
        self._loading = True
        try:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))
            for i in range(self.text_combo.count()):
                if self.text_combo.itemData(i) == text:
                    self.text_combo.setCurrentIndex(i)
        finally:
            self._loading = False

    def _load(self) -> None:
        text, language = self.choice()
        self._choice = (text, language)
        template = self.follow_up.template(text.key, text.kind, language)
        self._loaded = template
        self._edited = self.follow_up.template_is_edited(text.key, text.kind, language)
        self._loading = True
        try:
            self.subject_edit.setText(template.subject)
            self.body_edit.setPlainText(template.body)
        finally:
            self._loading = False
        self._update()

    # -- editing -----------------------------------------------------------------------
    def template(self) -> MessageTemplate:
        """What is typed; a pasted line break in the subject becomes a space (a subject is one line)."""
        return MessageTemplate(" ".join(self.subject_edit.text().splitlines()), self.body_edit.toPlainText())

    def has_unsaved_changes(self) -> bool:
        return self.template() != self._loaded

    def problems(self) -> list[str]:
        """What stops this text from being saved, as sentences."""
        template = self.template()
        found: list[tuple[str, Problem]] = []
        if not template.subject.strip():
            found.append(("subject", Problem("subject", "required")))
        for where, text in (("subject", template.subject), ("body", template.body)):
            found += [(where, Problem(where, "template_" + p.code,
                                      {"text": p.text, "line": p.line, "suggestion": p.suggestion}))
                      for p in template_problems(text)]
        return [self._sentence(problem) for _where, problem in found]

    def _sentence(self, problem: Problem) -> str:
        text = problem_text(problem, self.formatter)
        return self.tr("Subject: {problem}").format(problem=text) if problem.field == "subject" else text

    def _update(self) -> None:
        if self._loading:
            return
        sentences = self.problems()
        self.problem_label.setText("\n".join(sentences))
        self.problem_label.setVisible(bool(sentences))
        subject = self.template().subject
        self.subject_edit.setStyleSheet(ERROR_STYLE if not subject.strip() or template_problems(subject) else "")
        self.save_button.setEnabled(not sentences and self.has_unsaved_changes())
        self.restore_button.setEnabled(self._edited)
        state = self.tr("Your own version") if self._edited else self.tr("DebtorDesk's recommended text")
        if self.has_unsaved_changes():
            state = self.tr("{state}, changed (not saved)").format(state=state)
        self.state_label.setText(state)
        self._render_preview(self._choice[1], bool(sentences))

    def _render_preview(self, language: Language, has_problems: bool) -> None:
        if has_problems:
            self.preview.clear()
            return
        try:
            message = render_message(self.template(), sample_values(self.profile, language, self.today))
        except TemplateError:  # every placeholder has a sample value; a problem was listed above
            self.preview.clear()
            return
        self.preview.setPlainText(self.tr("Subject: {subject}").format(subject=message.subject)
                                  + "\n\n" + message.body)

    # -- placeholders ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject_edit, self.body_edit):
            self._target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def insert_placeholder(self, name: str) -> None:
        """``{name}`` where the cursor was in the subject or the text (the one used last)."""
        token = "{" + name + "}"
        if self._target is self.subject_edit:
            self.subject_edit.insert(token)
        else:
            self.body_edit.insertPlainText(token)
        self._target.setFocus()

    def _insert_item(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    def _describe_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.description_label.setText(self.description(str(item.data(Qt.ItemDataRole.UserRole))))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        text, language = self._choice
        template = self.template()
        try:
            self.follow_up.save_template(text.key, text.kind, language, template)
        except ValidationError as error:
            sentences = [self._sentence(p) for p in error.problems]
            self.problem_label.setText("\n".join(sentences))
            self.problem_label.show()
            return False
        except FileProblem as problem:
            self.problem_label.setText(file_problem_text(problem))
            self.problem_label.show()
            return False
        self._loaded = template
        self._edited = True
        self._update()
        self.saved.emit()
        return True

    def restore_default(self) -> None:
        text, language = self._choice
        if not msgbox.ask(self, self.tr("Restore default"), self.tr(
                "Replace your version of this text with DebtorDesk's recommended text? Your version is not kept."),
                self.tr("Restore default")):
            return
        try:
            self.follow_up.restore_template(text.key, text.kind, language)
        except FileProblem as problem:
            self.problem_label.setText(file_problem_text(problem))
            self.problem_label.show()
            return
        self._load()
        self.saved.emit()
