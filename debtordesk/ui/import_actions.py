"""File > Import: invoices (e-invoices, invoice lists) and bank statements, one file after another.

Each file is read whole first; a refused file is named with what is wrong and where.
Then the file's own step: a statement's review, an invoice list's column mapping, and
for invoices the plan of what the import does. Nothing is written before the user
confirms that last step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from debtordesk.core.import_model import ImportRejected
from debtordesk.core.ports import FileProblem
from debtordesk.ui import msgbox
from debtordesk.ui.import_problem_text import problem_lines

if TYPE_CHECKING:
    from debtordesk.ui.main_window import MainWindow

FILE_FILTER = "*.xml *.csv *.txt *.xlsx *.cod *.coda *.940 *.sta *.swi *.mt940"


class ImportActions(QObject):
    """Attributes:
        window: the main window, for the file and to keep dialogs alive.
        queue: files chosen together, imported one after another.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.queue: list[Path] = []
        self.import_action = window._action(self.tr("&Import…"), self.choose_files, "Ctrl+Alt+I", True)
        self.import_action.setToolTip(self.tr("Invoices from UBL e-invoices or a CSV/Excel export; payments from "
                                              "a camt.053, CODA or MT940 bank statement"))
        self.folder_action = window._action(self.tr("Import a &Folder…"), self.choose_folder, "Ctrl+Alt+F", True)
        self.folder_action.setToolTip(self.tr("Every file in a folder, e.g. the e-invoices your software saved"))
        self.export_action = window._action(self.tr("Export Invoice List as &CSV…"), self.choose_csv_target,
                                            "Ctrl+Alt+E", True)

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Import invoices or a bank statement"), "",
                             self.tr("Invoices and statements ({patterns});;All files (*)").format(
                                 patterns=FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda paths: self.import_paths([Path(p) for p in paths]))
        self.window._keep(dialog)
        dialog.open()
        return dialog

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Import every file in a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(lambda path: self.import_paths([Path(path)]))
        self.window._keep(dialog)
        dialog.open()
        return dialog

    def import_paths(self, paths: list[Path]) -> QDialog | None:
        """Files one after another; a folder stands for the files in it, in name order."""
        self.queue = [file for path in paths
                      for file in (sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
                                   if path.is_dir() else [path])]
        return self._next()

    # -- the invoice list as CSV -------------------------------------------------------------
    def choose_csv_target(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Export the invoice list"), self.tr("Invoices.csv"),
                             self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_csv(Path(path)))
        self.window._keep(dialog)
        dialog.open()
        return dialog

    def export_csv(self, path: Path) -> bool:
        """Every invoice as the list holds it; no cell can carry a spreadsheet formula (core.csv_safety)."""
        from debtordesk.core.csv_export import CSV_ENCODING, invoices_csv

        window = self.window
        if window.service is None:
            return False
        with window.service.store.reading() as reader:
            rows = list(reader.invoices())
        text = invoices_csv(rows, None, window.formatter.language, today=window.service.clock.today())
        try:
            temporary = path.with_name(path.name + ".part")
            temporary.write_bytes(text.encode(CSV_ENCODING))
            temporary.replace(path)
        except OSError as error:
            msgbox.warning(window, self.tr("Export"), self.tr("The list could not be saved there. Choose another "
                                                              "folder or file name."), str(error))
            return False
        window.statusBar().showMessage(self.tr("{count} invoices exported to {name}").format(
            count=len(rows), name=path.name), 8000)
        return True

    def _next(self) -> QDialog | None:
        while self.queue:
            dialog = self.import_path(self.queue.pop(0))
            if dialog is not None:
                dialog.finished.connect(lambda _result: self._next())
                return dialog
        return None

    def import_path(self, path: Path) -> QDialog | None:
        """The dialog for this file's next step, or None when it cannot be imported (the user was told why)."""
        window = self.window
        if window.service is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as error:
            msgbox.warning(window, self.tr("Import"), self.tr("{name} cannot be read. Check that it still exists "
                                                              "and that you may open it.").format(name=path.name),
                           str(error))
            return None
        try:
            read = window.workspace.read_import(path.name, data)
        except ImportRejected as rejected:
            msgbox.warning(window, self.tr("Import"), self.tr(
                "{name} cannot be imported; nothing was changed. Correct the file and import it again:\n{problems}"
            ).format(name=path.name, problems="\n".join(problem_lines(rejected.problems, limit=10))))
            return None
        try:
            return self._dialog_for(path, data, read)
        except FileProblem as problem:
            window.lose_file(problem)
            return None

    def _dialog_for(self, path: Path, data: bytes, read: Any) -> QDialog:
        from debtordesk.core.bank_import import BankImportService, SourceFile

        window = self.window
        assert window.service is not None
        source = SourceFile.of(path.name, data, read.kind)
        if read.statements:
            from debtordesk.ui.bank_review_dialog import BankReviewDialog

            bank = BankImportService(window.service)
            review = bank.review(read.statements, source)
            with window.service.store.reading() as reader:
                open_rows = [r for r in reader.invoices() if r.open_cents > 0]
            dialog: QDialog = BankReviewDialog(bank, review, window.formatter, open_rows,
                                               problem_lines(read.warnings), window)
        elif read.kind == "table":
            dialog = self._mapping_dialog(path, read, source)
        else:
            dialog = self._plan_dialog(list(read.invoices), source)
        window._keep(dialog)
        dialog.open()
        return dialog

    def _mapping_dialog(self, path: Path, read: Any, source: Any) -> QDialog:
        from debtordesk.core.column_mapping import guess_formats
        from debtordesk.core.invoice_import import InvoiceImportService
        from debtordesk.ui.table_mapping_dialog import TableMappingDialog

        window = self.window
        imports = InvoiceImportService(window.service)
        remembered = imports.remembered_mapping(read.table.headers)
        mapping = remembered[0] if remembered else read.mapping
        numbers, dates = remembered[1:] if remembered else guess_formats(read.table, mapping)
        dialog = TableMappingDialog(read.table, mapping, numbers, dates, window.workspace.invoices_from_table,
                                    window.formatter, path.name, window)
        if read.table_problems and remembered is None:
            dialog.errors.setText("\n".join(problem_lines(read.table_problems, limit=8)))
            dialog.errors.setVisible(True)

        def mapped() -> None:
            imports.remember_mapping(read.table.headers, dialog.mapping(), *dialog.chosen_formats())
            plan_dialog = self._plan_dialog(dialog.invoices, source)
            window._keep(plan_dialog)
            plan_dialog.open()

        dialog.accepted.connect(mapped)
        return dialog

    def _plan_dialog(self, invoices: list[Any], source: Any) -> QDialog:
        from debtordesk.core.invoice_import import InvoiceImportService
        from debtordesk.ui.invoice_plan_dialog import InvoicePlanDialog

        imports = InvoiceImportService(self.window.service)
        return InvoicePlanDialog(imports, imports.plan(invoices, source), self.window.formatter, self.window)
