"""The letter window: choose the kind, see the pages, print or save them, then record the letter posted.

The pages shown are the PDF that will be printed and kept: each change of kind,
language, date or option drafts it again. Nothing is written until the user
records the letter as posted (``PostingDialog``), which the window offers right
after a print job.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import LadderStep
from debtordesk.core.letter_claims import CLAIMING_KINDS, REGISTERED_KINDS
from debtordesk.core.letters import LetterKind
from debtordesk.core.model import Country, Language
from debtordesk.ui import labels, msgbox
from debtordesk.ui.posting_dialog import PostingDialog
from debtordesk.ui.printing import PdfPrinter, page_images
from debtordesk.ui.widgets import choice_combo, date_edit, error_label

if TYPE_CHECKING:
    from debtordesk.core.letter_service import LetterDraft, LetterService

#: Sharp enough on screen to read the small print of the working; a page is ~600 px wide.
PREVIEW_DPI = 72


def withheld_text(code: str) -> str:
    """Why the letter does not claim something it might have."""
    texts = {
        "costs_need_fourteen_day_letter": LetterWindow.tr(
            "Collection costs can be claimed from a Dutch consumer only once the term of a 14-day letter has "
            "passed unpaid. Send the 14-day letter first."),
        "costs_need_first_reminder": LetterWindow.tr(
            "A Belgian consumer owes interest and the damage clause only after the free first reminder and its "
            "waiting period. Send the first reminder first."),
        "no_notice_sent": LetterWindow.tr(
            "No notice of default was recorded for these invoices. Send one, with a final date, before handing "
            "the claim over."),
        "interest_rate_unknown": LetterWindow.tr(
            "No interest rate is known for part of the period; update the rate tables (Tools > Interest and "
            "Costs) to claim interest."),
    }
    return texts.get(code, code)


def unusable_text(error: ValueError) -> str:
    """Why this letter cannot be made as asked, and what to do."""
    code = getattr(error, "code", "")
    if hasattr(error, "problems"):  # a TemplateError: the user's text for this kind has a slip
        return LetterWindow.tr("The text of this kind of letter has an error. Correct it in Settings > Follow-up and "
                               "Email > Message texts, or restore the recommended text.")
    texts = {
        "nothing_to_pay": LetterWindow.tr("Nothing is open on the chosen invoices: there is nothing to ask for."),
        "collection_costs_missing": LetterWindow.tr(
            "A 14-day letter is for invoices past their due date, and none of the chosen ones is."),
        "currency_not_euro": LetterWindow.tr("Letters with payment details are made for invoices in euros only."),
        "registration_missing": LetterWindow.tr(
            "A first reminder to a Belgian consumer must name your enterprise number. Fill it in under Business > "
            "Business Profile."),
        "iban_invalid": LetterWindow.tr("The IBAN in your business profile is not valid; correct it under Business > "
                                        "Business Profile."),
        "bic_invalid": LetterWindow.tr("The BIC in your business profile is not valid; correct it under Business > "
                                       "Business Profile."),
        "name_empty": LetterWindow.tr("Your business profile has no name; fill it in under Business > Business "
                                      "Profile."),
        "final_date_missing": LetterWindow.tr(
            "The text of this letter names a final date, but this kind of letter sets none. Take {final_date} out "
            "of the text in Settings > Follow-up and Email > Message texts."),
    }
    return texts.get(code, LetterWindow.tr(
        "This letter cannot be made: fill in the business profile (Business > Business Profile) and choose an open "
        "invoice."))


class LetterWindow(QDialog):
    """Attributes:
        draft: the letter as drafted now (None while it cannot be drafted).

    Signals:
        posted: the letter was recorded as sent.
    """

    posted = Signal()

    def __init__(self, letters: LetterService, formatter: Formatter, client_id: int, invoice_ids: tuple[int, ...],
                 step: LadderStep | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.letters, self.formatter = letters, formatter
        self.client_id, self.invoice_ids, self.step = client_id, invoice_ids, step
        self.draft: LetterDraft | None = None
        self.printer: PdfPrinter | None = None
        self.posting: PostingDialog | None = None
        self._viewer_files: list[Path] = []

        kinds = letters.kinds(client_id)
        self.kind = choice_combo([(k, labels.template_name(k.value)) for k in kinds],
                                 letters.kind_for_step(client_id, step))
        self.kind.setObjectName("kind")
        self.language = choice_combo(labels.languages())
        self.language.setObjectName("language")
        self._language_chosen = False
        today = letters.debtors.clock.today()
        self.letter_date = date_edit(today, formatter.language)
        self.claim = QCheckBox(self.tr("Claim statutory interest and collection costs"))
        self.claim.setObjectName("claim")
        self.registered = QCheckBox(self.tr("Send by registered mail"))
        self.registered.setObjectName("registered")
        self.wik = QCheckBox(self.tr("My terms apply the statutory scale (WIK) to businesses"))
        self.wik.setObjectName("wik")
        self.wik.setToolTip(self.tr("Then a Dutch business client owes collection costs by the scale of the Besluit "
                                    "BIK when that is more than € 40 per invoice. Saved for every letter."))
        self.wik.setChecked(letters.wik_terms())
        form = QFormLayout()
        form.addRow(self.tr("Kind of letter:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Date of the letter:"), self.letter_date)
        form.addRow(self.claim)
        form.addRow(self.registered)
        form.addRow(self.wik)
        self.summary = QLabel()
        self.summary.setObjectName("letterSummary")
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("withheld")
        self.notes.setWordWrap(True)
        self.errors = error_label("letterErrors")

        self.pages = QLabel()
        self.pages.setObjectName("pages")
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(640)

        self.preview_button = self._button(self.tr("Print Pre&view…"), self.print_preview)
        self.print_button = self._button(self.tr("&Print…"), self.print_letter, QKeySequence.StandardKey.Print)
        self.save_button = self._button(self.tr("&Save as PDF…"), self.choose_pdf_target,
                                        QKeySequence.StandardKey.Save)
        self.view_button = self._button(self.tr("Open in PDF &Viewer"), self.open_in_viewer)
        self.posted_button = self._button(self.tr("&Record as Sent…"), self.record_sent)
        self.posted_button.setToolTip(self.tr("Once the letter is in the post: keep it in the dossier with the "
                                              "sending date and, for registered mail, the tracking number"))
        close = self._button(self.tr("Close"), self.close)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.summary)
        side.addWidget(self.notes)
        side.addWidget(self.errors)
        side.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_button, self.view_button,
                       self.posted_button, close):
            side.addWidget(button)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(side)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.letter_date.dateChanged.connect(self.redraft)
        self.claim.toggled.connect(self.redraft)
        self.registered.toggled.connect(self.redraft)
        self.wik.toggled.connect(self._wik_changed)
        self._set_defaults()
        self.resize(1100, 860)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        # Take the keyboard, so Esc and the shortcuts act on the letter, not on the main window.
        self.raise_()
        self.activateWindow()
        self.kind.setFocus()

    def _button(self, text: str, slot: object, key: QKeySequence.StandardKey | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    # -- drafting ---------------------------------------------------------------------
    def chosen_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def chosen_date(self) -> date:
        return self.letter_date.date().toPython()  # type: ignore[no-any-return]

    def _set_defaults(self) -> None:
        """Per kind: whether it claims and goes registered, as the service would decide."""
        kind = self.chosen_kind()
        for box, on in ((self.claim, kind in CLAIMING_KINDS),
                        (self.registered, kind in REGISTERED_KINDS)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.redraft()

    def _kind_changed(self) -> None:
        self._set_defaults()

    def _wik_changed(self, on: bool) -> None:
        self.letters.set_wik_terms(on)
        self.redraft()

    def _language_changed(self) -> None:
        self._language_chosen = True
        self.redraft()

    def redraft(self) -> None:
        language = Language(self.language.currentData()) if self._language_chosen else None
        try:
            draft = self.letters.draft(self.client_id, self.invoice_ids, self.chosen_kind(), language=language,
                                       letter_date=self.chosen_date(), claim=self.claim.isChecked(),
                                       registered=self.registered.isChecked(), step=self.step)
        except ValueError as error:  # LetterError, EpcError, TemplateError, or no profile
            self._show_unusable(unusable_text(error), str(error))
            return
        self.draft = draft
        self.wik.setVisible(draft.country == Country.NL and draft.business)
        if not self._language_chosen:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(draft.language))
            self.language.blockSignals(False)
        self._show(draft)

    def _show_unusable(self, text: str, reason: str) -> None:
        self.draft = None
        self.pages.clear()
        self.errors.setText(text)
        self.errors.setToolTip(reason)
        self.errors.setVisible(True)
        for button in (self.preview_button, self.print_button, self.save_button, self.view_button,
                       self.posted_button):
            button.setEnabled(False)

    def _show(self, draft: LetterDraft) -> None:
        self.errors.setVisible(False)
        for button in (self.preview_button, self.print_button, self.save_button, self.view_button,
                       self.posted_button):
            button.setEnabled(True)
        images = page_images(draft.pdf, PREVIEW_DPI)
        gap = 12
        width = max(i.width() for i in images)
        sheet = QPixmap(width, sum(i.height() for i in images) + gap * (len(images) - 1))
        sheet.fill(Qt.GlobalColor.gray)
        painter = QPainter(sheet)
        y = 0
        for image in images:
            painter.drawImage(0, y, image)
            y += image.height() + gap
        painter.end()
        self.pages.setPixmap(sheet)
        self.setWindowTitle(self.tr("Letter: {kind}, {numbers}").format(
            kind=labels.template_name(draft.kind.value), numbers=", ".join(draft.invoice_numbers)))
        lines = [self.tr("{count} page(s). Open: {open}.").format(
            count=len(images), open=self.formatter.amount(draft.open_cents))]
        if draft.claimed_cents:
            lines.append(self.tr("Interest and costs claimed: {amount}.").format(
                amount=self.formatter.amount(draft.claimed_cents)))
        if draft.claims.final_date and draft.kind == LetterKind.FOURTEEN_DAY_LETTER:
            lines.append(self.tr("The letter gives fourteen days from the day after delivery: if posted today, "
                                 "until {date}.").format(date=self.formatter.date(draft.claims.final_date)))
        elif draft.claims.final_date:
            lines.append(self.tr("Final payment date: {date}.").format(
                date=self.formatter.date(draft.claims.final_date)))
        self.summary.setText("\n".join(lines))
        self.notes.setText("\n".join(withheld_text(code) for code in draft.claims.withheld))
        self.notes.setVisible(bool(draft.claims.withheld))

    # -- out of the window ----------------------------------------------------------------
    def _printer(self, draft: LetterDraft) -> PdfPrinter:
        """The draft's pages for Qt's print dialogs; once printed, the window asks how it was posted."""
        self.printer = PdfPrinter(draft.pdf, draft.filename, self)
        self.printer.printed.connect(self.record_sent)
        self.printer.failed.connect(self._print_failed)
        return self.printer

    def print_preview(self) -> None:
        if self.draft is not None:
            self._printer(self.draft).preview()

    def print_letter(self) -> None:
        if self.draft is not None:
            self._printer(self.draft).print_dialog()

    def _print_failed(self, reason: str) -> None:
        msgbox.warning(self, self.tr("Letter"), self.tr("The letter could not be printed. Check the printer and "
                                                        "try again, or save it as a PDF."), reason)

    def choose_pdf_target(self) -> QFileDialog | None:
        if self.draft is None:
            return None
        dialog = QFileDialog(self, self.tr("Save the letter as PDF"), self.draft.filename,
                             self.tr("PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        dialog.open()
        return dialog

    def save_pdf(self, path: Path) -> bool:
        if self.draft is None:
            return False
        try:
            temporary = path.with_name(path.name + ".part")
            temporary.write_bytes(self.draft.pdf)
            temporary.replace(path)
        except OSError as error:
            msgbox.warning(self, self.tr("Letter"), self.tr(
                "The letter could not be saved there. Choose another folder or file name."), str(error))
            return False
        return True

    def open_in_viewer(self) -> Path | None:
        """A copy in a temporary folder, opened by the system's PDF viewer."""
        if self.draft is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="debtordesk-letter-"))
        path = folder / self.draft.filename
        path.write_bytes(self.draft.pdf)
        self._viewer_files.append(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            msgbox.information(self, self.tr("Letter"), self.tr(
                "No PDF viewer could be started. The letter is saved here:\n{path}").format(path=str(path)))
        return path

    def record_sent(self) -> PostingDialog | None:
        if self.draft is None:
            return None
        self.posting = PostingDialog(self.letters, self.formatter, self.draft, self)
        self.posting.accepted.connect(self._posted)
        self.posting.open()
        return self.posting

    def _posted(self) -> None:
        self.posted.emit()
        self.close()
