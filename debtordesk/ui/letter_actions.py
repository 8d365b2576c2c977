"""The main window's actions for paper: write a letter, print the letters due today, the interest
and costs calculator, and the dossier export.

They act on what is chosen, like the follow-up actions: a Today item for a step
due, or the chosen invoice (or client, for the export).
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from debtordesk.core.ladder import Channel
from debtordesk.core.ports import FileProblem
from debtordesk.core.today import TodayItem, TodayKind
from debtordesk.ui import msgbox
from debtordesk.ui.follow_up_actions import show_guarded

if TYPE_CHECKING:
    from debtordesk.core.letter_service import LetterService
    from debtordesk.ui.main_window import MainWindow


class LetterActions(QObject):
    """Attributes:
        window: the main window, for what is chosen and to keep windows alive.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        act = window._action
        self.letter_action = act(self.tr("Write &Letter…"), self.write_letter, "Ctrl+Shift+G")
        self.letter_action.setToolTip(self.tr("A printed letter about the chosen invoices, for the post or "
                                              "registered mail"))
        self.batch_action = act(self.tr("Print Letters &Due Today…"), self.print_due_letters, "Ctrl+Shift+A", True)
        self.calculator_action = act(self.tr("&Interest and Costs…"), self.open_calculator, "Ctrl+Shift+Y", True)
        self.export_action = act(self.tr("&Export Dossier…"), self.choose_export_target, "Ctrl+Shift+J")
        self.export_action.setToolTip(self.tr("The chosen invoice's dossier, or the whole client's from the client "
                                              "list: one PDF and a ZIP with the original documents"))
        self.chosen_actions = [self.letter_action, self.export_action]

    def update(self) -> None:
        has_file = self.window.service is not None
        self.letter_action.setEnabled(self.window.follow_up_actions.choice() is not None if has_file else False)
        self.export_action.setEnabled(has_file and self._export_scope() is not None)

    def _letters(self) -> LetterService | None:
        if self.window.service is None:
            return None
        return self.window.workspace.letters()

    def _guarded(self, make: Callable[[], QWidget | None]) -> Any:
        return show_guarded(self.window, make)

    def _profile_missing(self, title: str) -> bool:
        service = self.window.service
        assert service is not None
        with service.store.reading() as reader:
            if reader.profile() is not None:
                return False
        msgbox.information(self.window, title, self.tr(
            "Fill in your business profile first: letters are sent in its name and name your IBAN."))
        return True

    # -- letters ----------------------------------------------------------------------
    def write_letter(self) -> Any:
        choice = self.window.follow_up_actions.choice()
        letters = self._letters()
        if choice is None or letters is None:
            self.window.statusBar().showMessage(self.tr("First choose an open invoice or a step due today."), 6000)
            return None
        if self._profile_missing(self.tr("Write letter")):
            return None
        from debtordesk.ui.letter_window import LetterWindow

        step = choice.step if choice.step is not None and choice.step.channel == Channel.LETTER else None
        return self._guarded(lambda: LetterWindow(letters, self.window.formatter, choice.client_id,
                                                  choice.invoice_ids, step, self.window))

    def due_letters(self) -> list[TodayItem]:
        """The Today list's letter steps: what the batch prints."""
        return [item for item in self.window.today_model.rows()
                if item.kind == TodayKind.STEP_DUE and item.channel == Channel.LETTER]

    def print_due_letters(self) -> Any:
        letters = self._letters()
        if letters is None:
            return None
        items = self.due_letters()
        if not items:
            msgbox.information(self.window, self.tr("Print letters"), self.tr(
                "No letters are due today. A letter is due when an invoice's next follow-up step is a printed "
                "letter."))
            return None
        if self._profile_missing(self.tr("Print letters")):
            return None
        from debtordesk.ui.batch_letters import BatchLettersDialog

        ladders = self.window.ladders
        chosen = []
        for item in items:
            ladder = ladders.ladder_for(item.client_id)
            index = ladder.index_of(item.step_key)
            chosen.append((item, ladder.steps[index] if index is not None else None))
        return self._guarded(lambda: BatchLettersDialog(letters, self.window.formatter, chosen, self.window))

    # -- tools -------------------------------------------------------------------------
    def open_calculator(self) -> Any:
        from debtordesk.ui.calculator_dialog import CalculatorDialog

        workspace = self.window.workspace
        today = self.window._today()
        return self._guarded(lambda: CalculatorDialog(workspace.load_rates, workspace.rates_dir(),
                                                      self.window.formatter, today, self.window))

    def _export_scope(self) -> tuple[str, int, str] | None:
        """("client", id, name) on the client list, else ("invoice", id, number) for the chosen invoice."""
        window = self.window
        if window.current_page() is window.clients:
            client_id = window.current_client_id()
            if client_id is None:
                return None
            row = window.clients.current()  # a ClientRow: the client list's rows
            return "client", client_id, row.client.name if row is not None else ""
        item = window._today_item() if window.current_page() is window.today else None
        if item is not None and item.invoice_ids:
            return "invoice", item.invoice_ids[0], item.invoice_numbers[0]
        row = window.current_invoice()
        if row is None or row.invoice.id is None:
            return None
        return "invoice", row.invoice.id, row.invoice.number

    def choose_export_target(self) -> QFileDialog | None:
        scope = self._export_scope()
        if scope is None or self.window.service is None:
            self.window.statusBar().showMessage(self.tr("First choose an invoice, or a client in the client list."),
                                                6000)
            return None
        kind, item_id, name = scope
        today = self.window.service.clock.today().isoformat()
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        suggested = self.tr("Dossier {name} {date}.pdf").format(name=safe, date=today)
        dialog = QFileDialog(self.window, self.tr("Export the dossier"), suggested, self.tr("PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.export(kind, item_id, Path(path)))
        self.window._keep(dialog)
        dialog.open()
        return dialog

    def export(self, kind: str, item_id: int, pdf_path: Path) -> tuple[Path, Path] | None:
        """The PDF where the user chose, and beside it a ZIP of the same name with the originals and JSON."""
        try:
            written = self.window.workspace.export_dossier(kind, item_id, pdf_path)
        except FileProblem as problem:
            self.window.lose_file(problem)
            return None
        except OSError as error:
            msgbox.warning(self.window, self.tr("Export the dossier"), self.tr(
                "The dossier could not be written there. Choose another folder, or free some disk space."),
                str(error))
            return None
        pdf, archive = written
        self.window.statusBar().showMessage(self.tr("Dossier exported: {pdf} and {zip}").format(
            pdf=pdf.name, zip=archive.name), 10000)
        return written

