"""Printing every letter due today in one go, then recording them posted together.

The letters go to the printer as one job (each starts on a new sheet). Once
they are in the post, one dialog takes the sending date and, per registered
letter, the carrier and tracking number; all are recorded in one transaction.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import LadderStep
from debtordesk.core.model import Country
from debtordesk.core.today import TodayItem
from debtordesk.core.validation import ValidationError
from debtordesk.ui import labels, msgbox
from debtordesk.ui.form_dialog import ERROR_STYLE
from debtordesk.ui.posting_dialog import CARRIERS, check_note
from debtordesk.ui.printing import PdfPrinter
from debtordesk.ui.problem_text import problem_text
from debtordesk.ui.widgets import date_edit, error_label

if TYPE_CHECKING:
    from debtordesk.core.letter_service import LetterDraft, LetterService


def describe(draft: LetterDraft, client_name: str) -> str:
    return BatchLettersDialog.tr("{client}: {kind} ({numbers})").format(
        client=client_name, kind=labels.template_name(draft.kind.value), numbers=", ".join(draft.invoice_numbers))


class BatchLettersDialog(QDialog):
    """Attributes:
        drafts: each letter due, drafted, with its client's name.

    Signals:
        posted: the chosen letters were recorded as sent.
    """

    posted = Signal()

    def __init__(self, letters: LetterService, formatter: Formatter,
                 due: list[tuple[TodayItem, LadderStep | None]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters due today"))
        self.letters, self.formatter = letters, formatter
        self.drafts: list[tuple[LetterDraft, str]] = []
        self.printer: PdfPrinter | None = None
        self.posting: BatchPostingDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These letters are due. Untick one to leave it for later.")))
        self.boxes: list[QCheckBox] = []
        for item, step in due:
            draft = letters.draft(item.client_id, item.invoice_ids,
                                  letters.kind_for_step(item.client_id, step), step=step)
            self.drafts.append((draft, item.client_name))
            text = describe(draft, item.client_name)
            if draft.registered:
                text += " — " + self.tr("registered mail")
            box = QCheckBox(text)
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.boxes.append(box)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button = QPushButton(self.tr("Print Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print All…"))
        self.posted_button = QPushButton(self.tr("&Record as Sent…"))
        for button, slot in ((self.preview_button, self.print_preview), (self.print_button, self.print_all),
                             (self.posted_button, self.record_sent)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> list[tuple[LetterDraft, str]]:
        return [pair for pair, box in zip(self.drafts, self.boxes, strict=True) if box.isChecked()]

    def _update(self) -> None:
        for button in (self.preview_button, self.print_button, self.posted_button):
            button.setEnabled(bool(self.chosen()))

    def _printer(self) -> PdfPrinter:
        pdf = self.letters.render_many([d for d, _ in self.chosen()])
        self.printer = PdfPrinter(pdf, self.tr("Letters {date}").format(
            date=self.letters.debtors.clock.today().isoformat()), self)
        self.printer.printed.connect(self.record_sent)
        self.printer.failed.connect(lambda reason: msgbox.warning(
            self, self.windowTitle(), self.tr("The letters could not be printed. Check the printer and try again."),
            reason))
        return self.printer

    def print_preview(self) -> None:
        self._printer().preview()

    def print_all(self) -> None:
        self._printer().print_dialog()

    def record_sent(self) -> BatchPostingDialog | None:
        chosen = self.chosen()
        if not chosen:
            return None
        self.posting = BatchPostingDialog(self.letters, self.formatter, chosen, self)
        self.posting.accepted.connect(self._posted)
        self.posting.open()
        return self.posting

    def _posted(self) -> None:
        self.posted.emit()
        self.accept()


class BatchPostingDialog(QDialog):
    """One sending date for the batch; carrier and tracking number per registered letter."""

    def __init__(self, letters: LetterService, formatter: Formatter, chosen: list[tuple[LetterDraft, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters sent"))
        self.letters, self.formatter, self.chosen = letters, formatter, chosen
        form = QFormLayout()
        today = letters.debtors.clock.today()
        self.sent_on = date_edit(today, formatter.language)
        form.addRow(self.tr("Sent on:"), self.sent_on)
        self.carriers: list[QComboBox | None] = []
        self.trackings: list[QLineEdit | None] = []
        for draft, client_name in chosen:
            if not draft.registered:
                form.addRow(QLabel(describe(draft, client_name) + " — " + self.tr("ordinary post")))
                self.carriers.append(None)
                self.trackings.append(None)
                continue
            carrier = QComboBox()
            carrier.setEditable(True)
            carrier.addItems(list(CARRIERS))
            carrier.setCurrentIndex(1 if draft.country == Country.BE else 0)
            tracking = QLineEdit()
            tracking.setPlaceholderText(self.tr("Tracking number"))
            form.addRow(QLabel(describe(draft, client_name)))
            form.addRow(carrier, tracking)
            self.carriers.append(carrier)
            self.trackings.append(tracking)
        self.errors = error_label("batchErrors")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def chosen_date(self) -> date:
        return self.sent_on.date().toPython()  # type: ignore[no-any-return]

    def accept(self) -> None:
        from debtordesk.core.letter_service import Posting

        sent_on = self.chosen_date()
        batch = []
        for (draft, _), carrier, tracking in zip(self.chosen, self.carriers, self.trackings, strict=True):
            batch.append((draft, Posting(sent_on, draft.registered, carrier.currentText() if carrier else "",
                                         tracking.text() if tracking else "", check_note(draft))))
        for tracking in self.trackings:
            if tracking is not None:
                tracking.setStyleSheet("")
        try:
            self.letters.record_all_posted(batch)
        except ValidationError as error:
            lines = []
            for problem in error.problems:
                position, _, field = problem.field.rpartition(".")
                index = int(position) if position else 0
                widget = self.trackings[index] if field == "tracking" else self.sent_on
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)
                lines.append(f"{describe(*self.chosen[index])}: {problem_text(problem, self.formatter)}")
            self.errors.setText("\n".join(lines))
            self.errors.setVisible(True)
            return
        super().accept()
