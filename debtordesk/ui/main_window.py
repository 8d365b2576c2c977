"""The main window: the open data file's invoices and clients, and the File menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk import __version__
from debtordesk.core.figures import (
    AgeBucket,
    Behaviour,
    ageing_from,
    behaviour_by_client,
    client_behaviour,
    figures_from,
)
from debtordesk.core.first_paint import FIRST_ROWS, read_for_paint
from debtordesk.core.formatting import Formatter
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook
from debtordesk.core.model import ClientRow, InvoiceRow, Promise, Task
from debtordesk.core.ports import FileProblem, NotFound, Reader, Snapshot
from debtordesk.core.today import TodayItem, today_items
from debtordesk.ui import labels, msgbox
from debtordesk.ui.client_filter import ClientFilter
from debtordesk.ui.detail_pane import ClientDetails, DetailPane, InvoiceDetails
from debtordesk.ui.events import DataEvents
from debtordesk.ui.ageing_chart import AgeingChart
from debtordesk.ui.figures_bar import FiguresBar
from debtordesk.ui.list_pages import ListPage
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.table_models import ClientsModel, InvoicesModel, TodayModel
from debtordesk.ui.tasks import run_in_thread
from debtordesk.ui.welcome_page import WelcomePage
from debtordesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from debtordesk.core.services import DebtorService
    # The dialogs and the detail views are imported when first opened or shown, not before the
    # first paint (each import of a module that uses PySide costs it a read of the module's source).
    from debtordesk.ui.backup_dialog import BackupDialog
    from debtordesk.ui.client_dialog import ClientDialog
    from debtordesk.ui.detail_views import ClientView, InvoiceView
    from debtordesk.ui.invoice_dialog import InvoiceDialog
    from debtordesk.ui.payment_dialog import PaymentDialog
    from debtordesk.ui.profile_dialog import ProfileDialog

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
        self.resize(1280, 760)

        self.invoices_model = InvoicesModel(formatter, self._today, self)
        self.invoices = ListPage(self.invoices_model, self.tr("Search client, contact, invoice number or description"))
        self.overdue_filter = self.invoices.add_filter_box("overdueOnly", self.tr("Overdue only"),
                                                           lambda row: row.days_overdue(self._today()) > 0)
        self.open_filter = self.invoices.add_filter_box("openOnly", self.tr("Open only"), lambda row: row.open_cents > 0)
        self.hold_filter = self.invoices.add_filter_box("onHoldOnly", self.tr("On hold or disputed"),
                                                        lambda row: row.state.on_hold)
        self.stage_filter = self.invoices.add_filter_combo(
            "stageFilter", self.tr("All stages"), labels.stages(),
            lambda row, stage: self.invoices_model.stage(row) == stage)
        self.client_filter = ClientFilter()
        self.client_filter.chosen.connect(self.filter_by_client)
        self.invoices.filters.addWidget(self.client_filter)
        self.invoices.activated.connect(self.edit_invoice)
        self.invoices.loading.setText(self.tr(
            "Loading all invoices… Search, filters and sorting apply to all of them once they are here."))
        self.clients_model = ClientsModel(formatter, self)
        self.clients = ListPage(self.clients_model, self.tr("Search client, place, VAT number or notes"))
        self.clients.activated.connect(self.edit_client)

        self.today_model = TodayModel(formatter, self)
        self.today = ListPage(self.today_model, self.tr("Search client, invoice number or note"))
        self.today.activated.connect(lambda _item: self.today_open())

        self._build_actions()
        self.invoice_pane = DetailPane(self.tr("Choose an invoice to see its details, payments and dossier."),
                                       self._make_invoice_view, None)
        self.client_pane = DetailPane(self.tr("Choose a client to see how they pay, their contacts and dossier."),
                                      None, self._make_client_view)
        self.today_pane = DetailPane(self.tr("Choose an item to see its invoice or client."),
                                     self._make_invoice_view, self._make_client_view)
        self.panes = {self.today: self.today_pane, self.invoices: self.invoice_pane, self.clients: self.client_pane}
        for page in self.panes:
            page.selection_changed.connect(lambda p=page: self.show_detail(p))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.pages: dict[ListPage, QSplitter] = {}
        for page, title in ((self.today, self.tr("&Today")), (self.invoices, self.tr("&Invoices")),
                            (self.clients, self.tr("&Clients"))):
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(page)
            splitter.addWidget(self.panes[page])
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([860, 400])
            splitter.setChildrenCollapsible(False)
            self.pages[page] = splitter
            self.tabs.addTab(splitter, title)
        self._clients_stale = True
        self._behaviour: dict[int, Behaviour] | None = None  # per client, worked out when first needed
        self._rows_by_id: dict[int | None, InvoiceRow] | None = None
        self._named_rows: list[InvoiceRow] = []  # see Snapshot.today_invoices
        self.follow_up_facts: dict[int, InvoiceFollowUp] = {}  # ladder facts of the invoices shown
        self.ladders = LadderBook()
        self._shown_path: Path | None = None
        self._filling = False  # while _show fills the lists, the panes wait for the end
        #: Panes of hidden pages whose list changed: filled when their page is shown, not on every refresh.
        self._stale_panes: set[ListPage] = set()
        self._snapshot_today = date.today()
        self._load_token = 0  # the background read of all invoices whose result is wanted
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
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

        self._build_buttons()
        self.events.changed.connect(lambda _topic: self.refresh())
        # Promises are judged as payments come in, and again each hour (a day may end while the app is open).
        self.events.changed.connect(lambda topic: self._watch_soon() if topic == "invoices" else None)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(3600 * 1000)
        self._watch_timer.timeout.connect(self._watch_soon)
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
        """Every action, with a shortcut; the detail panes' buttons carry the same actions."""
        self._file_actions: list[QAction] = []
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self._action(self.tr("&New…"), self.choose_new_file, QKeySequence.StandardKey.New))
        menu.addAction(self._action(self.tr("&Open…"), self.choose_file_to_open, QKeySequence.StandardKey.Open))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self._action(self.tr("Save a &Copy…"), self.choose_copy_target, "Ctrl+Shift+S", True))
        from debtordesk.ui.import_actions import ImportActions

        self.import_actions = ImportActions(self)
        menu.addAction(self.import_actions.import_action)
        menu.addAction(self.import_actions.folder_action)
        menu.addAction(self.import_actions.export_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Restore from &Backup…"), self.choose_backup, "Ctrl+Shift+B", True))
        menu.addAction(self._action(self.tr("&Verify Dossier"), self.verify_dossier, "Ctrl+Shift+V", True))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))

        menu = self.menuBar().addMenu(self.tr("&Business"))
        self.new_invoice_action = self._action(self.tr("New &Invoice…"), self.new_invoice_for_current_client,
                                               "Ctrl+Shift+I", True)
        self.new_client_action = self._action(self.tr("New C&lient…"), self.new_client, "Ctrl+Shift+N", True)
        self.payment_action = self._action(self.tr("Record &Payment…"), self.record_payment, "Ctrl+Shift+P")
        self.edit_invoice_action = self._action(self.tr("&Edit Invoice…"),
                                                lambda: self.edit_invoice(self.current_invoice()), "Ctrl+E")
        self.edit_client_action = self._action(self.tr("Edit Clien&t…"), self.edit_current_client, "Ctrl+Shift+E")
        for action in (self.new_invoice_action, self.new_client_action, self.payment_action,
                       self.edit_invoice_action, self.edit_client_action):
            menu.addAction(action)
        menu.addSeparator()
        self.hold_action = self._action(self.tr("Put on &Hold…"), lambda: self._status_dialog("HoldDialog"),
                                        "Ctrl+Shift+H")
        self.release_action = self._action(self.tr("Take &off Hold…"), lambda: self._status_dialog("ReleaseDialog"),
                                           "Ctrl+Shift+R")
        self.write_off_action = self._action(self.tr("&Write Off…"), lambda: self._status_dialog("WriteOffDialog"),
                                             "Ctrl+Shift+X")
        self.hand_over_action = self._action(self.tr("Hand O&ver…"), lambda: self._status_dialog("HandOverDialog"),
                                             "Ctrl+Shift+O")
        for action in (self.hold_action, self.release_action, self.write_off_action, self.hand_over_action):
            menu.addAction(action)
        menu.addSeparator()
        self.task_done_action = self._action(self.tr("Mark Follow-up &Done"), self.today_task_done, "Ctrl+D")
        menu.addAction(self.task_done_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Business Pro&file…"), self.edit_profile, "Ctrl+Shift+M", True))

        from debtordesk.ui.follow_up_actions import FollowUpActions

        from debtordesk.ui.letter_actions import LetterActions

        self.follow_up_actions = FollowUpActions(self)
        self.letter_actions = LetterActions(self)
        menu = self.menuBar().addMenu(self.tr("F&ollow-up"))
        for action in self.follow_up_actions.actions:
            menu.addAction(action)
            if action is self.follow_up_actions.email_action:
                menu.addAction(self.letter_actions.letter_action)
        menu.addAction(self.letter_actions.batch_action)
        menu.addSeparator()
        menu.addAction(self.follow_up_actions.outbox_action)
        menu.addAction(self.follow_up_actions.client_ladder_action)

        menu = self.menuBar().addMenu(self.tr("&View"))
        self.tab_actions = []
        for number, title in enumerate((self.tr("&Today"), self.tr("&Invoices"), self.tr("&Clients")), start=1):
            action = self._action(title, lambda n=number: self.tabs.setCurrentIndex(n - 1), f"Ctrl+{number}", True)
            self.tab_actions.append(action)
            menu.addAction(action)
        menu.addSeparator()
        self.search_action = self._action(self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find, True)
        self.details_action = self._action(self.tr("Switch between List and &Details"), self.toggle_detail_focus,
                                           "F6", True)
        self.show_client_action = self._action(self.tr("Show the Clie&nt"), self.show_current_client,
                                               "Ctrl+Shift+C")
        self.show_invoice_action = self._action(self.tr("Show the In&voice"), self.show_current_invoice, "Ctrl+J")
        for action in (self.search_action, self.details_action, self.show_client_action, self.show_invoice_action):
            menu.addAction(action)

        menu = self.menuBar().addMenu(self.tr("&Tools"))
        menu.addAction(self.letter_actions.calculator_action)
        menu.addAction(self.letter_actions.export_action)

        menu = self.menuBar().addMenu(self.tr("&Settings"))
        menu.addAction(self.follow_up_actions.settings_action)
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
        menu.addAction(self._action(self.tr("&About DebtorDesk"), self.about, QKeySequence.StandardKey.HelpContents))
        #: Enabled by what is chosen, not only by an open file (see update_actions).
        self._chosen_actions = [self.payment_action, self.edit_invoice_action, self.edit_client_action,
                                self.hold_action, self.release_action, self.write_off_action, self.hand_over_action,
                                self.task_done_action, self.show_client_action, self.show_invoice_action,
                                *self.follow_up_actions.chosen_actions, *self.letter_actions.chosen_actions]

    def _build_buttons(self) -> None:
        self.invoices.add_button(self.tr("New invoice…"), self.new_invoice)
        self.invoices.finish_buttons()
        for action in (self.follow_up_actions.call_action, self.follow_up_actions.email_action,
                       self.letter_actions.letter_action, self.follow_up_actions.done_action, self.payment_action, self.show_invoice_action, self.show_client_action,
                       self.task_done_action):
            self.today.add_action_button(action)
        self.today.finish_buttons()
        self.clients.add_button(self.tr("New client…"), self.new_client)
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
        self.update_actions()
        if not has_file:
            self.setWindowTitle("DebtorDesk")
            self.stack.setCurrentWidget(self.welcome)
            return
        assert path is not None and self.service is not None
        self.setWindowTitle(f"{path.stem} — DebtorDesk")
        self.service.subscribe(self.events.changed.emit)
        self.stack.setCurrentIndex(1)
        self.refresh(first_rows_first=True)
        self._watch_soon()
        self._watch_timer.start()
        # The keyboard starts in the list in view, not on the first focusable widget (the ageing
        # chart, whose focus frame looked like a chosen bar).
        self.current_page().table.setFocus()

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
        for action in self._file_actions + self._chosen_actions:
            action.setEnabled(False)
        self.setWindowTitle(f"{snapshot.path.stem} — DebtorDesk")
        self.stack.setCurrentIndex(1)
        self.current_page().table.setFocus()
        self._snapshot_today = today
        self._show(snapshot, today)

    def _show(self, data: Snapshot, today: date) -> None:
        self._load_token += 1  # a background read still running is for older data
        self._filling = True
        try:
            self._fill(data, today)
        finally:
            self._filling = False
        self._stale_panes.update(self.panes)
        self.show_detail(self.current_page())
        self.data_shown.emit()
        if data.complete:
            self.invoices_complete.emit()

    def _fill(self, data: Snapshot, today: date) -> None:
        if self._shown_path != data.path:
            for page in self.panes:
                page.forget_current()  # row ids of another file mean other things
            self._shown_path = data.path
        self._behaviour = None
        self._rows_by_id = None
        self.client_filter.set_names(sorted(set(data.client_names.values()), key=str.casefold))
        self.profile_banner.setVisible(data.profile is None)
        # Invoices first: a Today item's pane looks its invoice up in them (or, while the list
        # holds only its first rows, in those the Today list names).
        self._named_rows = data.today_invoices
        self.follow_up_facts, self.ladders = data.follow_up, data.ladders
        self.invoices_model.set_follow_up(data.follow_up, data.ladders)
        self.invoices.set_rows(data.invoices, InvoicesModel.DAYS_LATE, Qt.SortOrder.DescendingOrder, data.complete)
        self._rows_by_id = None
        self._fill_today(data.tasks, data.promises, data.invoices + data.today_invoices, data.client_names, today,
                         data.complete)
        # The client list loads when it is shown: on a large file it takes as long as the invoices.
        self._clients_stale = True
        if self.current_page() is self.clients:
            self.load_clients()
        self.figures.show_figures(figures_from(data.sums, data.promise_facts))
        self.ageing.set_amounts(ageing_from(data.sums))

    def _fill_today(self, tasks: list[Task], promises: list[Promise], rows: list[InvoiceRow],
                    names: dict[int, str], today: date, complete: bool) -> None:
        """The worklist; its ladder steps once every invoice is read (on a large file, by ``_read_all_invoices``)."""
        self._today_inputs = (tasks, promises, names, today)
        ladders = self.ladders if complete else None
        self._show_today(today_items(tasks, promises, rows, names, today, self.follow_up_facts, ladders))

    def _show_today(self, items: list[TodayItem]) -> None:
        self.today.set_rows(items, TodayModel.WHY, Qt.SortOrder.AscendingOrder)

    # -- what is chosen, and the detail panes ---------------------------------------
    def _invoice_actions(self) -> list[QAction]:
        return [*self.follow_up_actions.actions, self.letter_actions.letter_action, self.payment_action, self.hold_action, self.release_action,
                self.write_off_action, self.hand_over_action, self.edit_invoice_action]

    def _make_invoice_view(self) -> InvoiceView:
        from debtordesk.ui.detail_views import InvoiceView  # when first shown: see detail_pane

        view = InvoiceView(self.formatter, self._invoice_actions())
        view.client_requested.connect(self.show_client)
        return view

    def _make_client_view(self) -> ClientView:
        from debtordesk.ui.detail_views import ClientView

        view = ClientView(self.formatter, [self.edit_client_action, self.new_invoice_action], self._invoice_actions())
        view.invoice_requested.connect(self.show_invoice)
        view.invoices.selection_changed.connect(self.update_actions)
        return view

    def current_page(self) -> ListPage:
        widget = self.tabs.currentWidget()
        return next((page for page, splitter in self.pages.items() if splitter is widget), self.today)

    def show_page(self, page: ListPage) -> None:
        self.tabs.setCurrentWidget(self.pages[page])

    def _tab_changed(self) -> None:
        self.load_clients()
        page = self.current_page()
        if page in self._stale_panes:
            self.show_detail(page)
        else:
            self.update_actions()

    def invoice_row(self, invoice_id: int) -> InvoiceRow | None:
        """The invoice as the list has it (its current payments and state), by id."""
        if self._rows_by_id is None:
            self._rows_by_id = {row.invoice.id: row for row in self._named_rows + self.invoices_model.rows()}
        return self._rows_by_id.get(invoice_id)

    def current_invoice(self) -> InvoiceRow | None:
        """The invoice the actions work on: the one in the detail pane of the page in view.

        That is the chosen invoice, a Today item's (first) invoice, or on a client's
        pane the invoice picked in its own list (none until one is picked).
        """
        pane = self.panes[self.current_page()]
        invoice = pane.shown_invoice()
        if invoice is not None:
            return invoice.row
        client_view = pane.shown_client_view()
        if client_view is not None and client_view.details is not None:
            return client_view.invoices.current()
        return None

    def current_client_id(self) -> int | None:
        page = self.current_page()
        if page is self.clients:
            row = self.clients.current()
            return row.client.id if row is not None else None
        if page is self.today:
            item = self._today_item()
            return item.client_id if item is not None else None
        invoice = self.current_invoice()
        return invoice.invoice.client_id if invoice is not None else None

    def update_actions(self) -> None:
        """Enable each action that can act on what is chosen now."""
        has_file = self.service is not None and self.workspace.path is not None
        row = self.current_invoice() if has_file else None
        page = self.current_page()
        open_ = row is not None and row.open_cents > 0
        state = row.state if row is not None else None
        item = self._today_item() if page is self.today else None
        enabled = {
            self.payment_action: open_,
            self.edit_invoice_action: row is not None,
            self.hold_action: open_ and state is not None and not state.on_hold and not state.handed_over,
            self.release_action: state is not None and state.on_hold,
            self.write_off_action: open_,
            self.hand_over_action: open_ and state is not None and not state.handed_over,
            self.task_done_action: has_file and item is not None and item.task is not None,
            self.edit_client_action: has_file and self.current_client_id() is not None,
            self.show_client_action: has_file and page is not self.clients and self.current_client_id() is not None,
            self.show_invoice_action: row is not None and page is not self.invoices,
        }
        for action, on in enabled.items():
            action.setEnabled(bool(on))
        self.follow_up_actions.update()
        self.letter_actions.update()

    def show_detail(self, page: ListPage) -> None:
        """Fill ``page``'s detail pane from its current row (or show the hint)."""
        if self._filling or page is not self.current_page():
            self._stale_panes.add(page)  # filled when its page is shown
            return
        self._stale_panes.discard(page)
        try:
            self._fill_pane(page)
        finally:
            self.update_actions()  # they act on what the pane now shows

    def _fill_pane(self, page: ListPage) -> None:
        pane = self.panes[page]
        row = page.current()
        service = self.service
        if row is None or service is None:
            pane.show_hint()
            return
        today = service.clock.today()
        try:
            if isinstance(row, InvoiceRow):
                pane.show_invoice(self._invoice_details(row), today)
            elif isinstance(row, ClientRow):
                pane.show_client(self._client_details(row.client.id), today)
            elif isinstance(row, TodayItem):
                invoice = self.invoice_row(row.invoice_ids[0]) if row.invoice_ids else None
                if invoice is not None:
                    pane.show_invoice(self._invoice_details(invoice), today)
                else:
                    pane.show_client(self._client_details(row.client_id), today)
        except FileProblem as problem:
            self.lose_file(problem)
        except NotFound:
            pane.show_hint()

    def _invoice_details(self, row: InvoiceRow) -> InvoiceDetails:
        assert self.service is not None and row.invoice.id is not None
        invoice_id = row.invoice.id
        with self.service.store.reading() as reader:
            payments = list(reader.payments(invoice_id))
            promises = [p for p in reader.promises(row.invoice.client_id) if invoice_id in p.invoice_ids]
            records = list(reader.records(invoice_id=invoice_id))
        return InvoiceDetails(row, payments, promises, records)

    def _client_details(self, client_id: int | None) -> ClientDetails:
        assert self.service is not None
        if client_id is None:
            raise NotFound("client without id")
        today = self.service.clock.today()
        with self.service.store.reading() as reader:
            client = reader.client(client_id)
            contacts = list(reader.contacts(client_id))
            invoices = list(reader.invoices(client_id))
            records = list(reader.records(client_id=client_id))
            behaviour = self._behaviour_of(reader, client_id)
        row = ClientRow.of(client, contacts, invoices, today)
        return ClientDetails(row, behaviour, contacts, invoices, records)

    def _behaviour_of(self, reader: Reader, client_id: int) -> Behaviour | None:
        """One client's payment behaviour (None without invoices or promises): from its own facts."""
        if self._behaviour is not None:
            return self._behaviour.get(client_id)
        invoices, promises = reader.figure_facts(client_id)
        return client_behaviour(invoices, promises) if invoices or promises else None

    def _behaviour_of_all(self, reader: Reader) -> dict[int, Behaviour]:
        """Each client's payment behaviour, worked out once per refresh when first wanted.

        From every invoice and payment: not read before the first paint, which
        needs only sums, but when the client list or a client's pane is shown.
        """
        if self._behaviour is None:
            self._behaviour = behaviour_by_client(*reader.figure_facts())
        return self._behaviour

    def show_invoice(self, invoice_id: int) -> bool:
        """Show one invoice on the Invoices page, clearing the search and filters that hide it."""
        self.show_page(self.invoices)
        self.invoices.table.setFocus()
        if self.invoices.select_where(lambda row: row.invoice.id == invoice_id):
            return True
        if self.invoices_loading:  # not among the first rows: the filters are not what hides it
            self.statusBar().showMessage(self.tr("The invoice list is still loading; try again in a moment."), 6000)
            return False
        self.clear_invoice_filters()
        return self.invoices.select_where(lambda row: row.invoice.id == invoice_id)

    def clear_invoice_filters(self) -> None:
        """Every invoice shown again: search, boxes, stage, client and the ageing chart's bar."""
        if self.ageing.chosen is not None:
            self.ageing.choose(None)
        self.client_filter.clear()
        self.invoices.clear_filters()

    def show_client(self, client_id: int) -> bool:
        """Show one client on the Clients page, clearing the search that hides it."""
        self.show_page(self.clients)
        self.load_clients()
        self.clients.table.setFocus()
        if self.clients.select_where(lambda row: row.client.id == client_id):
            return True
        self.clients.clear_filters()
        return self.clients.select_where(lambda row: row.client.id == client_id)

    def show_current_client(self) -> bool:
        client_id = self.current_client_id()
        return client_id is not None and self.show_client(client_id)

    def show_current_invoice(self) -> bool:
        row = self.current_invoice()
        return row is not None and row.invoice.id is not None and self.show_invoice(row.invoice.id)

    def toggle_detail_focus(self) -> None:
        """F6: from the list to its detail pane and back, as in many desktop apps."""
        page = self.current_page()
        pane = self.panes[page]
        if pane.isAncestorOf(self.focusWidget()):
            page.table.setFocus()
            return
        view = pane.currentWidget()
        target = getattr(view, "tabs", None)
        (target.currentWidget().table if target is not None else view).setFocus()

    def filter_by_client(self, text: str | None) -> None:
        matches = self.client_filter.matches
        self.invoices_model.set_filter("client", None if text is None else lambda row: matches(row.client_name))

    @property
    def invoices_loading(self) -> bool:
        """Whether the invoice list holds only its first rows while the rest is read."""
        return not self.invoices_model.complete

    def _read_all_invoices(self) -> None:
        """Read every invoice in a background thread, then put them in the list (if still wanted)."""
        service = self.service
        assert service is not None
        token = self._load_token

        tasks, promises, names, today = self._today_inputs
        ladders = self.ladders
        Loaded = tuple[list[InvoiceRow], dict[int, InvoiceFollowUp], list[TodayItem]]

        def read() -> Loaded:
            with service.store.reading() as reader:  # a session of its own, in the worker thread
                rows, follow_up = list(reader.invoices()), reader.follow_up()
            # The ladder's steps due over every invoice (most of a second on 100,000): here, not
            # on the main thread. Pure core work on values read just now.
            return rows, follow_up, today_items(tasks, promises, rows, names, today, follow_up, ladders)

        def done(result: Loaded) -> None:
            if token == self._load_token:
                rows, self.follow_up_facts, items = result
                self._named_rows, self._rows_by_id = [], None
                self.invoices_model.set_follow_up(self.follow_up_facts, self.ladders)
                self.invoices.set_rows(rows, InvoicesModel.DAYS_LATE, Qt.SortOrder.DescendingOrder)
                self._show_today(items)
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
        self.show_page(self.invoices)

    def load_clients(self) -> None:
        service = self.service
        if service is None or not self._clients_stale:
            return
        try:
            with service.store.reading() as reader:
                client_rows = list(reader.clients(service.clock.today()))
                behaviour = self._behaviour_of_all(reader)
        except FileProblem as problem:
            self.lose_file(problem)
            return
        self.clients_model.set_behaviour(behaviour)
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
        from debtordesk.ui.backup_dialog import BackupDialog

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
        from debtordesk.ui.profile_dialog import ProfileDialog

        return self._open_dialog(lambda s: ProfileDialog(s, self.formatter, self))

    def new_client(self) -> ClientDialog | None:
        from debtordesk.ui.client_dialog import ClientDialog

        return self._open_dialog(lambda s: ClientDialog(s, self.formatter, None, self))

    def edit_client(self, row: ClientRow | None) -> ClientDialog | None:
        return None if row is None else self.edit_client_by_id(row.client.id)

    def edit_client_by_id(self, client_id: int | None) -> ClientDialog | None:
        """Read the client afresh: the list's copy may be older than the file."""
        if client_id is None:
            return None
        from debtordesk.ui.client_dialog import ClientDialog

        return self._open_dialog(lambda s: ClientDialog(s, self.formatter, _load_client(s, client_id), self))

    def new_invoice(self, client_id: int | None = None) -> InvoiceDialog | None:
        self.load_clients()
        if self.service is not None and not self.clients_model.rows():
            msgbox.information(self, self.tr("New invoice"), self.tr("Add a client first: every invoice is for a client."))
            return None
        from debtordesk.ui.invoice_dialog import InvoiceDialog

        return self._open_dialog(lambda s: InvoiceDialog(s, self.formatter, None, client_id, self))

    def edit_invoice(self, row: InvoiceRow | None) -> InvoiceDialog | None:
        if row is None or row.invoice.id is None:
            return None
        invoice_id = row.invoice.id
        from debtordesk.ui.invoice_dialog import InvoiceDialog

        return self._open_dialog(lambda s: InvoiceDialog(s, self.formatter, _load_invoice(s, invoice_id), None, self))

    def new_invoice_for_current_client(self) -> InvoiceDialog | None:
        """On the Clients page, an invoice for the chosen client; elsewhere the dialog asks."""
        client = self.clients.current() if self.current_page() is self.clients else None
        return self.new_invoice(client.client.id if client is not None else None)

    def edit_current_client(self) -> ClientDialog | None:
        return self.edit_client_by_id(self.current_client_id())

    def _chosen_invoice(self, hint: str) -> InvoiceRow | None:
        row = self.current_invoice()
        if row is None:
            self.statusBar().showMessage(hint, 6000)
        return row

    def record_payment(self) -> PaymentDialog | None:
        row = self._chosen_invoice(self.tr("First choose the invoice that was paid."))
        if row is None:
            return None
        if row.open_cents <= 0:
            msgbox.information(self, self.tr("Record payment"), self.tr("Invoice {number} is paid in full.").format(
                number=row.invoice.number))
            return None
        from debtordesk.ui.payment_dialog import PaymentDialog

        return self._open_dialog(lambda s: PaymentDialog(s, self.formatter, row, self))

    # -- the Today list -------------------------------------------------------------
    def _today_item(self) -> TodayItem | None:
        item = self.today.current()
        return item if isinstance(item, TodayItem) else None

    def today_open(self) -> bool:
        """Enter on a Today item: show its invoice, or its client when it concerns no invoice."""
        item = self._today_item()
        if item is None:
            return False
        if item.invoice_ids:
            return self.show_invoice(item.invoice_ids[0])
        return self.show_client(item.client_id)

    def _watch_soon(self) -> None:
        """After what is on screen now: judging promises writes to the file, the first paint must not wait."""
        QTimer.singleShot(0, self.follow_up_actions.watch_promises)

    def today_task_done(self) -> None:
        item = self._today_item()
        if item is None or item.task is None or self.service is None:
            self.statusBar().showMessage(self.tr("Only a planned follow-up can be marked done."), 6000)
            return
        try:
            self.service.complete_task(item.task)
        except FileProblem as problem:
            self.lose_file(problem)

    def _status_dialog(self, name: str) -> Any:
        """Open one of ``status_dialogs`` (by class name) on the chosen invoice; refusals show in the dialog."""
        from debtordesk.core.invoice_status import InvoiceStatusService
        from debtordesk.ui import status_dialogs

        kind = getattr(status_dialogs, name)
        row = self._chosen_invoice(self.tr("First choose an invoice."))
        if row is None:
            return None
        return self._open_dialog(lambda s: kind(InvoiceStatusService(s), self.formatter, row, self))

    def focus_search(self) -> None:
        page = self.current_page()
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


def _load_client(service: DebtorService, client_id: int) -> Any:
    with service.store.reading() as reader:
        return reader.client(client_id)
