"""The main window: the open data file's invoices and clients, and the File menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk import __version__
from debtordesk.core.figures import AgeBucket, ageing, behaviour_by_client, compute_figures
from debtordesk.core.first_paint import FIRST_ROWS, read_for_paint
from debtordesk.core.formatting import Formatter
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.core.model import ClientRow, InvoiceRow
from debtordesk.core.ports import FileProblem, NotFound, Snapshot
from debtordesk.core.services import DebtorService
from debtordesk.core.today import TodayItem, today_items
from debtordesk.ui import labels, msgbox
from debtordesk.ui.backup_dialog import BackupDialog
from debtordesk.ui.client_dialog import ClientDialog
from debtordesk.ui.events import DataEvents
from debtordesk.ui.ageing_chart import AgeingChart
from debtordesk.ui.figures_bar import FiguresBar
from debtordesk.ui.invoice_dialog import InvoiceDialog
from debtordesk.ui.list_pages import ListPage
from debtordesk.ui.payment_dialog import PaymentDialog
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.profile_dialog import ProfileDialog
from debtordesk.ui.status_dialogs import HandOverDialog, HoldDialog, ReleaseDialog, WriteOffDialog
from debtordesk.ui.table_models import ClientsModel, InvoicesModel, TodayModel
from debtordesk.ui.tasks import run_in_thread
from debtordesk.ui.welcome_page import WelcomePage
from debtordesk.ui.workspace import Workspace

FILE_FILTER = "DebtorDesk (*.debtordesk)"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """Attributes:
        workspace: opens, copies and restores data files (from app.py).
        events: change notices of the open file's services.

    Signals:
        data_shown(): the lists were filled from the open file (on a large file,
            the invoice list's first rows: see ``invoices_loading``).
        invoices_complete(): the invoice list holds every invoice again.
    """

    data_shown = Signal()
    invoices_complete = Signal()

    def __init__(self, workspace: Workspace, formatter: Formatter, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.formatter = formatter
        self.settings = settings
        self.events = DataEvents(self)
        self.dialogs: list[QWidget] = []  # keeps open dialogs alive
        self.setObjectName("mainWindow")
        self.resize(1100, 680)

        self.invoices_model = InvoicesModel(formatter, self._today, self)
        self.invoices = ListPage(self.invoices_model, self.tr("Search client, contact, invoice number or description"))
        self.invoices.add_filter_box(self.tr("Overdue only"),
                                     lambda row: isinstance(row, InvoiceRow) and row.days_overdue(self._today()) > 0)
        self.invoices.add_filter_box(self.tr("Open only"), lambda row: isinstance(row, InvoiceRow) and row.open_cents > 0)
        self.stage_filter = self.invoices.add_filter_combo(
            "stageFilter", self.tr("All stages"), labels.stages(),
            lambda row, stage: self.invoices_model.stage(row) == stage)
        self.invoices.activated.connect(self.edit_invoice)
        self.invoices.loading.setText(self.tr(
            "Loading all invoices… Search, filters and sorting apply to all of them once they are here."))
        self.clients_model = ClientsModel(formatter, self)
        self.clients = ListPage(self.clients_model, self.tr("Search client, place, VAT number or notes"))
        self.clients.activated.connect(self.edit_client)

        self.today_model = TodayModel(formatter, self)
        self.today = ListPage(self.today_model, self.tr("Search client, invoice number or note"))
        self.today.activated.connect(lambda item: self.today_open_invoice())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today, self.tr("&Today"))
        self.tabs.addTab(self.invoices, self.tr("&Invoices"))
        self.tabs.addTab(self.clients, self.tr("&Clients"))
        self._clients_stale = True
        self._facts: tuple[list[Any], list[Any]] = ([], [])
        self._snapshot_today = date.today()
        self._load_token = 0  # the background read of all invoices whose result is wanted
        self.tabs.currentChanged.connect(lambda _index: self.load_clients())
        self.profile_banner = QLabel()
        self.profile_banner.setObjectName("profileBanner")
        self.profile_banner.setStyleSheet("background: #fff4ce; padding: 8px;")
        self.profile_banner.setText(self.tr(
            "Your business profile is not filled in yet: letters and emails need it. "
            "<a href='profile'>Fill it in now</a>"))
        self.profile_banner.linkActivated.connect(lambda _link: self.edit_profile())
        self.figures = FiguresBar(formatter)
        self.figures.setObjectName("figures")
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(self.profile_banner)
        file_layout.addWidget(self.figures)
        self.ageing = AgeingChart(formatter)
        self.ageing.setObjectName("ageing")
        self.ageing.bucket_chosen.connect(self.filter_by_age)
        file_layout.addWidget(self.ageing)
        file_layout.addWidget(self.tabs, 1)

        self.welcome = WelcomePage()
        self.welcome.create_business.connect(self.create_business)
        self.welcome.explore_demo.connect(self.explore_demo)
        self.welcome.open_file.connect(self.choose_file_to_open)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(file_page)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self.events.changed.connect(lambda _topic: self.refresh())
        self.events.file_changed.connect(self.show_file)
        self.events.backup_failed.connect(self.show_backup_problem)
        workspace.on_backup_failure = self.events.backup_failed.emit
        self.show_file()

    # -- actions -----------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                needs_file: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if needs_file:
            self._file_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._file_actions: list[QAction] = []
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self._action(self.tr("&New…"), self.choose_new_file, QKeySequence.StandardKey.New))
        menu.addAction(self._action(self.tr("&Open…"), self.choose_file_to_open, QKeySequence.StandardKey.Open))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self._action(self.tr("Save a &Copy…"), self.choose_copy_target, "Ctrl+Shift+S", True))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Restore from &Backup…"), self.choose_backup, None, True))
        menu.addAction(self._action(self.tr("&Verify Dossier"), self.verify_dossier, None, True))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        menu = self.menuBar().addMenu(self.tr("&Business"))
        self.new_invoice_action = self._action(self.tr("New &Invoice…"), self.new_invoice, "Ctrl+Shift+I", True)
        self.new_client_action = self._action(self.tr("New C&lient…"), self.new_client, "Ctrl+Shift+N", True)
        self.payment_action = self._action(self.tr("Record &Payment…"), self.record_payment, "Ctrl+Shift+P", True)
        self.search_action = self._action(self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find, True)
        for action in (self.new_invoice_action, self.new_client_action, self.payment_action, self.search_action):
            menu.addAction(action)
        menu.addSeparator()
        self.hold_action = self._action(self.tr("Put on &Hold…"), lambda: self._status_dialog(HoldDialog),
                                        "Ctrl+Shift+H", True)
        self.release_action = self._action(self.tr("Take &off Hold…"), lambda: self._status_dialog(ReleaseDialog),
                                           None, True)
        self.write_off_action = self._action(self.tr("&Write Off…"), lambda: self._status_dialog(WriteOffDialog),
                                             None, True)
        self.hand_over_action = self._action(self.tr("Hand &Over…"), lambda: self._status_dialog(HandOverDialog),
                                             None, True)
        for action in (self.hold_action, self.release_action, self.write_off_action, self.hand_over_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Business &Profile…"), self.edit_profile, None, True))

        menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.value("ui/language", "system")
        for value, label in (("system", self.tr("System default")), ("en", "English"), ("nl", "Nederlands")):
            action = QAction(label, self, checkable=True)
            action.setChecked(current == value)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.set_language(v))
            group.addAction(action)
            language_menu.addAction(action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self._action(self.tr("&About DebtorDesk"), self.about))

        self.invoices.add_button(self.tr("New invoice…"), self.new_invoice)
        self.invoices.add_button(self.tr("Edit…"), lambda: self.edit_invoice(self.invoices.current()), True)
        self.invoices.add_button(self.tr("Record payment…"), self.record_payment, True)
        self.invoices.finish_buttons()
        self.today.add_button(self.tr("Record payment…"), self.today_record_payment, True)
        self.today.add_button(self.tr("Open invoice…"), self.today_open_invoice, True)
        self.today.add_button(self.tr("Open client…"), self.today_open_client, True)
        self.today.add_button(self.tr("Mark follow-up done"), self.today_task_done, True)
        self.today.finish_buttons()
        self.clients.add_button(self.tr("New client…"), self.new_client)
        self.clients.add_button(self.tr("Edit…"), lambda: self.edit_client(self.clients.current()), True)
        self.clients.add_button(self.tr("New invoice for this client…"),
                                lambda: self.new_invoice(self._current_client_id()), True)
        self.clients.finish_buttons()

    # -- the open file -------------------------------------------------------------
    @property
    def service(self) -> DebtorService | None:
        return self.workspace.service

    def _today(self) -> Any:
        service = self.workspace.service
        return service.clock.today() if service else self._snapshot_today

    def show_file(self) -> None:
        """Show the open file's data, or the welcome page when none is open."""
        self._load_token += 1  # invoices still being read are of the file shown before
        path = self.workspace.path
        has_file = path is not None and self.service is not None
        for action in self._file_actions:
            action.setEnabled(has_file)
        if not has_file:
            self.setWindowTitle("DebtorDesk")
            self.stack.setCurrentWidget(self.welcome)
            return
        assert path is not None and self.service is not None
        self.setWindowTitle(f"{path.stem} — DebtorDesk")
        self.service.subscribe(self.events.changed.emit)
        self.stack.setCurrentIndex(1)
        self.refresh(first_rows_first=True)

    def refresh(self, first_rows_first: bool = False) -> None:
        """Show the open file's data.

        Args:
            first_rows_first: on a large file, show the invoice list's first
                rows and read the rest in the background (used on opening; a
                refresh after a change reads everything, so the list never
                lags behind what was just done).
        """
        service = self.service
        if service is None:
            return
        today = service.clock.today()
        first_rows = None
        if first_rows_first and self.invoices.shows_sort(InvoicesModel.DAYS_LATE, Qt.SortOrder.DescendingOrder):
            first_rows = FIRST_ROWS
        try:
            with service.store.reading() as reader:
                data = read_for_paint(reader, self.workspace.path or Path(), today, first_rows=first_rows)
        except FileProblem as problem:
            self.lose_file(problem)
            return
        self._show(data, today)
        if not data.complete:
            self._read_all_invoices()

    def show_snapshot(self, snapshot: Snapshot, today: date) -> None:
        """Show a file's contents read ahead of its full open (see app.py); its actions wait for the open."""
        for action in self._file_actions:
            action.setEnabled(False)
        self.setWindowTitle(f"{snapshot.path.stem} — DebtorDesk")
        self.stack.setCurrentIndex(1)
        self._snapshot_today = today
        self._show(snapshot, today)

    def _show(self, data: Snapshot, today: date) -> None:
        self._load_token += 1  # a background read still running is for older data
        self._facts = (data.invoice_facts, data.promise_facts)
        self.profile_banner.setVisible(data.profile is None)
        self.today.set_rows(today_items(data.tasks, data.promises, data.invoices + data.today_invoices,
                                        data.client_names, today),
                            TodayModel.WHY, Qt.SortOrder.AscendingOrder)
        self.invoices.set_rows(data.invoices, InvoicesModel.DAYS_LATE, Qt.SortOrder.DescendingOrder, data.complete)
        # The client list loads when it is shown: on a large file it takes as long as the invoices.
        self._clients_stale = True
        if self.tabs.currentWidget() is self.clients:
            self.load_clients()
        self.figures.show_figures(compute_figures(data.invoice_facts, data.promise_facts, today))
        self.ageing.set_amounts(ageing(data.invoice_facts, today))
        self.data_shown.emit()
        if data.complete:
            self.invoices_complete.emit()

    @property
    def invoices_loading(self) -> bool:
        """Whether the invoice list holds only its first rows while the rest is read."""
        return not self.invoices_model.complete

    def _read_all_invoices(self) -> None:
        """Read every invoice in a background thread, then put them in the list (if still wanted)."""
        service = self.service
        assert service is not None
        token = self._load_token

        def read() -> list[InvoiceRow]:
            with service.store.reading() as reader:  # a session of its own, in the worker thread
                return list(reader.invoices())

        def done(rows: list[InvoiceRow]) -> None:
            if token == self._load_token:
                self.invoices.set_rows(rows, InvoicesModel.DAYS_LATE, Qt.SortOrder.DescendingOrder)
                self.invoices_complete.emit()

        def failed(error: Exception) -> None:
            if token != self._load_token:
                return
            if not isinstance(error, FileProblem):
                raise error  # a bug: the crash handler shows it
            self.lose_file(error)

        run_in_thread(read, done, failed, "debtordesk-invoices")

    def filter_by_age(self, bucket: AgeBucket | None) -> None:
        """Show only the open invoices of one age bucket (None: all of them again)."""
        keep = None
        if bucket is not None:
            def keep(row: InvoiceRow) -> bool:
                return (row.open_cents > 0 and not row.state.handed_over
                        and AgeBucket.of((self._today() - row.invoice.due_date).days) == bucket)
        self.invoices.model.set_filter("age", keep)
        self.tabs.setCurrentWidget(self.invoices)

    def load_clients(self) -> None:
        service = self.service
        if service is None or not self._clients_stale:
            return
        try:
            with service.store.reading() as reader:
                client_rows = list(reader.clients(service.clock.today()))
        except FileProblem as problem:
            self.lose_file(problem)
            return
        # The facts of the last refresh: no second read of every invoice and payment.
        self.clients_model.set_behaviour(behaviour_by_client(*self._facts))
        self._clients_stale = False
        self.clients.set_rows(client_rows, ClientsModel.NAME, Qt.SortOrder.AscendingOrder)

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; on a problem say what to do and keep what was open."""
        if self.workspace.path is not None and Path(path).resolve() == self.workspace.path:
            return True
        try:
            self.workspace.open(Path(path))
        except FileProblem as problem:
            self.show_file_problem(problem)
            return False
        self._remember(Path(path))
        self.events.file_changed.emit()
        return True

    def lose_file(self, problem: FileProblem) -> None:
        """The open file became unusable (moved, unplugged, damaged): say so, show the welcome page."""
        self.show_file_problem(problem)
        self.workspace.close()
        self.events.file_changed.emit()

    def show_backup_problem(self, problem: FileProblem) -> None:
        msgbox.warning(self, self.tr("Backup failed"), self.tr(
            "The automatic backup of this file could not be made. Your data is safe, but there is no new "
            "backup of it.\n\n{reason}").format(reason=file_problem_text(problem)), problem.detail)

    def show_file_problem(self, problem: FileProblem) -> None:
        msgbox.error(self, self.tr("Cannot use this file"), f"{problem.path}\n\n{file_problem_text(problem)}",
                     problem.detail)

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if Path(p) != path.absolute()]
        recent.insert(0, str(path.absolute()))
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not self.recent_files():
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _file_dialog(self, title: str, accept: QFileDialog.AcceptMode, on_chosen: Callable[[str], Any],
                     start: str = "") -> QFileDialog:
        dialog = QFileDialog(self, title, start, FILE_FILTER)
        dialog.setAcceptMode(accept)
        dialog.setDefaultSuffix("debtordesk")
        if accept == QFileDialog.AcceptMode.AcceptOpen:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(on_chosen)
        self._keep(dialog)
        dialog.open()
        return dialog

    def choose_file_to_open(self) -> QFileDialog:
        return self._file_dialog(self.tr("Open a data file"), QFileDialog.AcceptMode.AcceptOpen,
                                 lambda p: self.open_path(Path(p)))

    def choose_new_file(self) -> QFileDialog:
        return self._file_dialog(self.tr("New data file"), QFileDialog.AcceptMode.AcceptSave,
                                 lambda p: self.new_file(Path(p)))

    def new_file(self, path: Path) -> bool:
        if path.exists():
            msgbox.warning(self, self.tr("File exists"), self.tr(
                "{name} already exists. Choose another name; DebtorDesk never overwrites a data file.").format(
                name=path.name))
            return False
        try:
            self.workspace.create(path)
        except FileProblem as problem:
            self.show_file_problem(problem)
            return False
        self._remember(path)
        self.events.file_changed.emit()
        self.edit_profile()
        return True

    def create_business(self) -> None:
        path = self.workspace.default_path()
        if path.exists():
            self.open_path(path)
        else:
            self.new_file(path)

    def explore_demo(self) -> None:
        path = self.workspace.demo_path()
        if not path.exists():
            try:
                self.workspace.create_demo(path)
            except FileProblem as problem:
                self.show_file_problem(problem)
                return
        self.open_path(path)

    def choose_copy_target(self) -> QFileDialog:
        return self._file_dialog(self.tr("Save a copy"), QFileDialog.AcceptMode.AcceptSave,
                                 lambda p: self.save_copy(Path(p)))

    def save_copy(self, target: Path) -> bool:
        """Storage refuses any existing target, the open file included, with its own message."""
        try:
            self.workspace.save_copy(target)
        except FileProblem as problem:
            self.show_file_problem(problem)
            return False
        self.statusBar().showMessage(self.tr("Copy saved as {path}").format(path=target), 8000)
        return True

    def choose_backup(self) -> BackupDialog | None:
        backups = self.workspace.backups()
        if not backups:
            msgbox.information(self, self.tr("Restore from backup"), self.tr("There are no backups of this file yet."))
            return None
        dialog = BackupDialog(backups, self.formatter, self)
        dialog.accepted.connect(lambda: dialog.chosen and self.restore(dialog.chosen.path))
        self._keep(dialog)
        dialog.open()
        return dialog

    def restore(self, backup: Path) -> bool:
        if not msgbox.ask(self, self.tr("Restore from backup"),
                          self.tr("Put the file back as it was in this backup?"), self.tr("Restore")):
            return False
        try:
            self.workspace.restore(backup)
        except FileProblem as problem:
            self.show_file_problem(problem)
            self.events.file_changed.emit()  # show what the file holds now
            return False
        self.events.file_changed.emit()
        self.statusBar().showMessage(self.tr("The backup was restored."), 8000)
        return True

    def verify_dossier(self) -> None:
        try:
            outcome = self.workspace.verify()
        except FileProblem as problem:
            self.lose_file(problem)
            return
        if outcome.intact:
            msgbox.information(self, self.tr("Dossier intact"), self.tr(
                "Every dossier is intact: nothing was changed or removed.\n\n"
                "Dossiers checked: {chains}\nRecords checked: {records}").format(
                records=outcome.records, chains=outcome.chains))
        else:
            msgbox.error(self, self.tr("Dossier changed"), self.tr(
                "The dossier was changed outside DebtorDesk. The first changed record:\n{where}\n\n"
                "Restore a backup from before the change, or keep this file as it is for your adviser.").format(
                where=outcome.first_break))

    # -- data entry ------------------------------------------------------------------
    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog) if dialog in self.dialogs else None)  # type: ignore[attr-defined]

    def _open_dialog(self, make: Callable[[DebtorService], QWidget]) -> Any:
        if self.service is None:
            return None
        try:
            dialog = make(self.service)
        except FileProblem as problem:
            self.lose_file(problem)
            return None
        except NotFound:
            self.refresh()
            msgbox.warning(self, "DebtorDesk", self.tr("This item is no longer in the file; the list was refreshed."))
            return None
        self._keep(dialog)
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def edit_profile(self) -> ProfileDialog | None:
        return self._open_dialog(lambda s: ProfileDialog(s, self.formatter, self))

    def new_client(self) -> ClientDialog | None:
        return self._open_dialog(lambda s: ClientDialog(s, self.formatter, None, self))

    def edit_client(self, row: ClientRow | None) -> ClientDialog | None:
        if row is None:
            return None
        return self._open_dialog(lambda s: ClientDialog(s, self.formatter, row.client, self))

    def new_invoice(self, client_id: int | None = None) -> InvoiceDialog | None:
        self.load_clients()
        if self.service is not None and not self.clients_model.rows():
            msgbox.information(self, self.tr("New invoice"), self.tr("Add a client first: every invoice is for a client."))
            return None
        return self._open_dialog(lambda s: InvoiceDialog(s, self.formatter, None, client_id, self))

    def edit_invoice(self, row: InvoiceRow | None) -> InvoiceDialog | None:
        if row is None or row.invoice.id is None:
            return None
        invoice_id = row.invoice.id
        return self._open_dialog(lambda s: InvoiceDialog(s, self.formatter, _load_invoice(s, invoice_id), None, self))

    def record_payment(self) -> PaymentDialog | None:
        row = self.invoices.current()
        if row is None:
            self.tabs.setCurrentWidget(self.invoices)
            self.statusBar().showMessage(self.tr("First choose the invoice that was paid."), 6000)
            return None
        if row.open_cents <= 0:
            msgbox.information(self, self.tr("Record payment"), self.tr("Invoice {number} is paid in full.").format(
                number=row.invoice.number))
            return None
        return self._open_dialog(lambda s: PaymentDialog(s, self.formatter, row, self))

    # -- the Today list -------------------------------------------------------------
    def _today_item(self) -> TodayItem | None:
        item = self.today.current()
        return item if isinstance(item, TodayItem) else None

    def _select_invoice_of_today_item(self) -> bool:
        item = self._today_item()
        if item is None or not item.invoice_ids:
            self.statusBar().showMessage(self.tr("This item concerns no invoice."), 6000)
            return False
        if self.invoices.select_where(lambda row: row.invoice.id == item.invoice_ids[0]):
            return True
        if self.invoices_loading:
            self.statusBar().showMessage(self.tr("The invoice list is still loading; try again in a moment."), 6000)
        return False

    def today_record_payment(self) -> PaymentDialog | None:
        return self.record_payment() if self._select_invoice_of_today_item() else None

    def today_open_invoice(self) -> InvoiceDialog | None:
        return self.edit_invoice(self.invoices.current()) if self._select_invoice_of_today_item() else None

    def today_open_client(self) -> ClientDialog | None:
        item = self._today_item()
        if item is None:
            return None
        self.load_clients()
        if not self.clients.select_where(lambda row: row.client.id == item.client_id):
            return None
        return self.edit_client(self.clients.current())

    def today_task_done(self) -> None:
        item = self._today_item()
        if item is None or item.task is None or self.service is None:
            self.statusBar().showMessage(self.tr("Only a planned follow-up can be marked done."), 6000)
            return
        try:
            self.service.complete_task(item.task)
        except FileProblem as problem:
            self.lose_file(problem)

    def _status_dialog(self, kind: type) -> Any:
        """Open one of the status dialogs on the selected invoice (refusals show in the dialog)."""
        row = self.invoices.current()
        if row is None:
            self.tabs.setCurrentWidget(self.invoices)
            self.statusBar().showMessage(self.tr("First choose an invoice."), 6000)
            return None
        return self._open_dialog(lambda s: kind(InvoiceStatusService(s), self.formatter, row, self))

    def _current_client_id(self) -> int | None:
        self.load_clients()
        row = self.clients.current()
        return row.client.id if row is not None else None

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage):
            page.search.setFocus()
            page.search.selectAll()

    # -- settings and help --------------------------------------------------------------
    def set_language(self, value: str) -> None:
        self.settings.setValue("ui/language", value)
        msgbox.information(self, self.tr("Language"), self.tr("DebtorDesk uses the new language the next time it starts."))

    def about(self) -> None:
        msgbox.information(self, self.tr("About DebtorDesk"), self.tr(
            "DebtorDesk {version}\nGet late invoices paid without losing the client.").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._load_token += 1  # a read still running is not wanted any more
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.workspace.close()
        super().closeEvent(event)


def _load_invoice(service: DebtorService, invoice_id: int) -> Any:
    with service.store.reading() as reader:
        return reader.invoice(invoice_id)
