"""Composition root: data files, services, the QApplication and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from collections.abc import Callable
from types import TracebackType

import platformdirs
from typing import TYPE_CHECKING, Any
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from debtordesk import APP_ID, __version__
from debtordesk.core.clock import Clock, system_clock
from debtordesk.core.first_paint import FIRST_ROWS
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Language
from debtordesk.core.ports import BackupEntry, FileProblem, VerifyOutcome
from debtordesk.resources import resource_path
from debtordesk.running_mark import mark_running
from debtordesk.startup import peak_memory_mb, seconds_since_start
from debtordesk.storage import backup
from debtordesk.storage.snapshot import read_snapshot
from debtordesk.ui import msgbox
from debtordesk.ui.app_icon import app_icon
from debtordesk.ui.file_open_events import FileOpenEvents
from debtordesk.ui.i18n import choose_language, install_translators
from debtordesk.ui.main_window import MainWindow
from debtordesk.user_dirs import APP_NAME, data_dir

if TYPE_CHECKING:
    from debtordesk.core.letter_service import LetterService
    from debtordesk.core.outgoing import Mailer, PasswordKeeper
    from debtordesk.core.rates import RateBook
    from debtordesk.core.services import DebtorService
    from debtordesk.storage.datafile import DataFile

log = logging.getLogger(__name__)
DEFAULT_FILE = "My business.debtordesk"
DEMO_FILE = "Demo business.debtordesk"


class FileWorkspace:
    """The one data file open in this DebtorDesk, and what can be done to it as a file."""

    def __init__(self, clock: Clock, demo_today: date | None = None) -> None:
        self.clock = clock
        self.demo_today = demo_today
        #: Told (from the backup thread) when the backup on open fails; set by the window.
        self.on_backup_failure: Callable[[FileProblem], None] | None = None
        self._file: DataFile | None = None
        self._service: DebtorService | None = None
        self._mailer: Mailer | None = None
        self._passwords: PasswordKeeper | None = None

    @property
    def path(self) -> Path | None:
        return self._file.path if self._file else None

    @property
    def service(self) -> DebtorService | None:
        return self._service

    @property
    def mailer(self) -> Mailer:
        """SMTP, built when first wanted: smtplib and ssl are not needed to paint the window."""
        if self._mailer is None:
            from debtordesk.mail.mailer import SmtpMailer

            self._mailer = SmtpMailer(self.clock)
        return self._mailer

    @property
    def passwords(self) -> PasswordKeeper:
        """The OS keyring (or, where none is secure, this session's memory)."""
        if self._passwords is None:
            from debtordesk.mail.secrets import PasswordStore

            self._passwords = PasswordStore()
        return self._passwords

    def _use(self, data_file: DataFile) -> None:
        from debtordesk.core.services import DebtorService  # with storage: after the first paint

        self.close()
        self._file = data_file
        self._service = DebtorService(data_file.store, self.clock)

    def open(self, path: Path) -> None:
        # Imported here: SQLAlchemy is not needed to paint the first snapshot (see _open_first).
        from debtordesk.storage.datafile import open_data_file

        data_file = open_data_file(path, take_backup=False)
        # In the background: a large file paints before its copy is done.
        data_file.start_backup("open", self.on_backup_failure)
        self._use(data_file)

    def create(self, path: Path) -> None:
        from debtordesk.storage.datafile import open_data_file

        self._use(open_data_file(path, create=True))

    def create_demo(self, path: Path) -> None:
        from debtordesk.storage.demo_file import write_demo_file  # not on the start-up path

        from debtordesk.documents.letter_pdf import render_letters

        write_demo_file(path, self.demo_today or self.clock.today(), render_letters)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = None
        self._service = None

    def save_copy(self, target: Path) -> None:
        assert self._file is not None
        self._file.save_copy(target)

    def backups(self) -> list[BackupEntry]:
        if self._file is None:
            return []
        self._file.wait_for_backup()
        return [BackupEntry(b.path, b.taken_at, b.reason) for b in backup.list_backups(self._file.path)]

    def restore(self, source: Path) -> None:
        """Put a backup in place; the current state is backed up first, so nothing is lost."""
        assert self._file is not None
        from debtordesk.core.services import DebtorService

        self._file.restore_from(source)
        self._service = DebtorService(self._file.store, self.clock)

    def verify(self) -> VerifyOutcome:
        assert self._file is not None
        report = self._file.verify()
        first = report.breaks[0].describe() if report.breaks else ""
        return VerifyOutcome(report.intact, report.records, report.chains, first)

    # -- paper: letters, rate tables, the dossier export (imported when first used) --------------
    def rates_dir(self) -> Path:
        from debtordesk.user_dirs import rates_dir

        return rates_dir()

    def load_rates(self) -> RateBook:
        """The rate tables, read afresh: the user may have updated theirs since the last letter."""
        from debtordesk.core.rates import load_rate_book

        return load_rate_book(self.rates_dir())

    def letters(self) -> LetterService:
        from debtordesk.core.follow_up_service import FollowUpService
        from debtordesk.core.letter_service import LetterService
        from debtordesk.documents.letter_pdf import render_letters

        assert self._service is not None
        return LetterService(FollowUpService(self._service), self.load_rates(), render_letters)

    def export_dossier(self, kind: str, item_id: int, pdf_path: Path) -> tuple[Path, Path]:
        """The dossier as ``pdf_path`` and, beside it, a ZIP of the same name with the originals and JSON."""
        from debtordesk.core.dossier_export import DossierExportService
        from debtordesk.documents.dossier_pdf import render_dossier
        from debtordesk.documents.dossier_zip import write_dossier_zip

        assert self._service is not None
        exporter = DossierExportService(self._service.store, self.clock, self.letters().claims_to_date())
        export = exporter.for_client(item_id) if kind == "client" else exporter.for_invoice(item_id)
        with self._service.store.reading() as reader:
            profile = reader.profile()
        language = profile.language if profile else Language.NL
        zip_path = pdf_path.with_suffix(".zip")
        write_atomically(pdf_path, render_dossier(export, language))
        write_atomically(zip_path, write_dossier_zip(export, language))
        return pdf_path, zip_path

    # -- imports (the readers live in debtordesk.importers, which the UI does not import) --------
    def read_import(self, name: str, data: bytes) -> Any:
        """A file read whole by the reader its content asks for (ImportRejected if refused)."""
        from debtordesk.importers.detect import read_file

        return read_file(name, data, strict=False)

    def invoices_from_table(self, table: Any, mapping: Any, numbers: Any, dates: Any) -> list[Any]:
        from debtordesk.importers.invoice_table import invoices_from_table

        return invoices_from_table(table, mapping, numbers, dates)

    def default_path(self) -> Path:
        return data_dir() / DEFAULT_FILE

    def demo_path(self) -> Path:
        return data_dir() / DEMO_FILE


def write_atomically(path: Path, data: bytes) -> None:
    """Whole or not at all: a full disk leaves no half-written export behind."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


@dataclass
class Options:
    file: Path | None = None
    demo: bool = False
    smoke: bool = False
    language: str | None = None
    today: date | None = None


class _AfterFirstPaint(QObject):
    """Calls back once, when the invoice table has been painted after its data was shown."""

    def __init__(self, window: MainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.filled = False
        window.data_shown.connect(self._on_data)

    def _on_data(self) -> None:
        if self.callback is None:
            return
        self.filled = True
        # Whichever list is on screen (Today comes first) or the welcome page.
        for page in (self.window.today, self.window.invoices, self.window.clients):
            page.table.viewport().installEventFilter(self)
            page.table.viewport().update()
        self.window.welcome.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.filled and event.type() == QEvent.Type.Paint:
            self.filled = False
            callback, self.callback = self.callback, None
            if callback is not None:
                QTimer.singleShot(0, callback)
        return False


def _report_paint() -> None:
    print(f"painted in {seconds_since_start():.3f} s", flush=True)


def _report_memory() -> None:
    """At the end of --smoke: the file fully open, every invoice in the list."""
    peak = peak_memory_mb()
    if peak is not None:
        print(f"peak memory {peak} MB", flush=True)


_crash_boxes: list[object] = []


def install_crash_handler() -> None:
    """Last resort: log the traceback to a file and show it to copy (cf. Picard, Vorta)."""
    log_dir = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        log.critical("unexpected error\n%s", text)
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            (log_dir / "crash.log").write_text(f"DebtorDesk {__version__}\n{text}", encoding="utf-8")
        except OSError as error:  # the dialog below still shows the details
            log.warning("could not write %s: %s", log_dir / "crash.log", error)
        if QApplication.instance() is not None:
            # Kept in a global: a parentless box without a Python reference is deleted at once.
            _crash_boxes.append(msgbox.error(None, "DebtorDesk", QApplication.translate(
                "Crash", "Something went wrong that DebtorDesk did not expect. Your data is safe: every change is "
                "saved as a whole or not at all. The details below were also written to {path}.").format(
                path=log_dir / "crash.log"), text))

    sys.excepthook = hook


def build_window(options: Options, settings: QSettings, clock: Clock) -> MainWindow:
    language = choose_language(options.language or str(settings.value("ui/language", "system")))
    formatter = Formatter(language)
    workspace = FileWorkspace(clock, options.today)
    window = MainWindow(workspace, formatter, settings)
    return window


def main(options: Options) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Before anything else: macOS may hand over the double-clicked file as soon as the loop runs.
    file_events = FileOpenEvents(app)
    mark_running()  # Windows: its handle stays open until the process exits; the installer waits for that
    settings = QSettings()
    language = choose_language(options.language or str(settings.value("ui/language", "system")))
    translators = install_translators(app, language)  # noqa: F841 - must stay alive with the app
    if not options.smoke:
        install_crash_handler()
    # --today only dates the demo business; the dossier always gets the real time.
    window = build_window(options, settings, system_clock())
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    QTimer.singleShot(0, lambda: _open_first(window, options, file_events))
    return app.exec()


class _Smoke:
    """--smoke: report the first paint with data, exit 0 once the file is also fully open, 1 if it cannot be."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.done = False
        self.painted = False
        self.opened: bool | None = None
        _AfterFirstPaint(window, self._on_paint)
        # A large file's invoice list is read after the first paint: wait for it, so the
        # peak memory reported is that of the whole file on screen.
        # A lambda, not the bound method: PySide holds a method's object weakly, and nothing else
        # keeps this one alive once the open is done.
        window.invoices_complete.connect(lambda: self._check())

    def _on_paint(self) -> None:
        _report_paint()
        self.painted = True
        self._check()

    def open_done(self, opened: bool) -> None:
        self.opened = opened
        self._check()

    def _check(self) -> None:
        app = QApplication.instance()
        if self.done:
            return
        self.done = self.opened is False or bool(self.opened and self.painted and not self.window.invoices_loading)
        if self.opened is False:
            print("smoke: no data file could be opened", file=sys.stderr, flush=True)
            app.exit(1)  # type: ignore[union-attr]
        elif self.opened and self.painted and not self.window.invoices_loading:
            _report_memory()
            app.exit(0)  # type: ignore[union-attr]


def _open_first(window: MainWindow, options: Options, file_events: FileOpenEvents | None = None) -> None:
    """Open the file the desktop or the command line asks for, else the user's own, else show the welcome page.

    An existing file is first painted from a plain-sqlite3 snapshot and opened
    fully (lock, migrations, SQLAlchemy, services) right after that first paint:
    the window shows the user's invoices before the heavy imports are done.
    """
    smoke = _Smoke(window) if options.smoke else None

    def done() -> None:
        if smoke is not None:
            smoke.open_done(window.workspace.path is not None)
        if file_events is not None:
            file_events.attach(window)  # a file handed over meanwhile opens now

    default = window.workspace.default_path()
    asked = (file_events.take_pending() if file_events is not None else None) or options.file
    target = asked if asked is not None else default if default.exists() else None
    if options.demo:
        window.explore_demo()
        done()
    elif target is not None:
        snapshot = read_snapshot(target, system_clock().today(), first_rows=FIRST_ROWS)
        if snapshot is None:
            window.open_path(target)  # says what is wrong, or opens a file that needs migrating
            done()
            return

        def full_open() -> None:
            if not window.open_path(target):
                window.events.file_changed.emit()  # the snapshot goes: the welcome page shows
            done()

        # One more turn of the event loop: the paint (and --smoke's report of it) comes first.
        _AfterFirstPaint(window, lambda: QTimer.singleShot(0, full_open))
        window.show_snapshot(snapshot, system_clock().today())
    elif options.smoke:
        window.create_business()
        done()
    else:
        done()  # the welcome page
