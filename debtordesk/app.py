"""Composition root: data files, services, the QApplication and the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from debtordesk import APP_ID, __version__
from debtordesk.core.clock import Clock, system_clock
from debtordesk.core.formatting import Formatter
from debtordesk.core.ports import BackupEntry, VerifyOutcome
from debtordesk.core.services import DebtorService
from debtordesk.resources import resource_path
from debtordesk.startup import peak_memory_mb, seconds_since_start
from debtordesk.storage import backup
from debtordesk.storage.datafile import DataFile, open_data_file
from debtordesk.ui import msgbox
from debtordesk.ui.i18n import choose_language, install_translators
from debtordesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
APP_NAME = "DebtorDesk"
DEFAULT_FILE = "My business.debtordesk"
DEMO_FILE = "Demo business.debtordesk"


def data_dir() -> Path:
    """The user's data folder; DEBTORDESK_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("DEBTORDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class FileWorkspace:
    """The one data file open in this DebtorDesk, and what can be done to it as a file."""

    def __init__(self, clock: Clock, demo_today: date | None = None) -> None:
        self.clock = clock
        self.demo_today = demo_today
        self._file: DataFile | None = None
        self._service: DebtorService | None = None

    @property
    def path(self) -> Path | None:
        return self._file.path if self._file else None

    @property
    def service(self) -> DebtorService | None:
        return self._service

    def _use(self, data_file: DataFile) -> None:
        self.close()
        self._file = data_file
        self._service = DebtorService(data_file.store, self.clock)

    def open(self, path: Path) -> None:
        data_file = open_data_file(path, take_backup=False)
        data_file.start_backup("open")  # in the background: a large file paints before its copy is done
        self._use(data_file)

    def create(self, path: Path) -> None:
        self._use(open_data_file(path, create=True))

    def create_demo(self, path: Path) -> None:
        from debtordesk.storage.demo_file import write_demo_file  # not on the start-up path

        write_demo_file(path, self.demo_today or self.clock.today())

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
        self._file.restore_from(source)
        self._service = DebtorService(self._file.store, self.clock)

    def verify(self) -> VerifyOutcome:
        assert self._file is not None
        report = self._file.verify()
        first = report.breaks[0].describe() if report.breaks else ""
        return VerifyOutcome(report.intact, report.records, report.chains, first)

    def default_path(self) -> Path:
        return data_dir() / DEFAULT_FILE

    def demo_path(self) -> Path:
        return data_dir() / DEMO_FILE


@dataclass
class Options:
    file: Path | None = None
    demo: bool = False
    smoke: bool = False
    language: str | None = None
    today: date | None = None


class _FirstPaint(QObject):
    """Reports the first paint of a widget after its data was shown (for --smoke)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.filled = False
        window.data_shown.connect(self._on_data)

    def _on_data(self) -> None:
        self.filled = True
        self.window.invoices.table.viewport().installEventFilter(self)
        self.window.welcome.installEventFilter(self)
        self.window.invoices.table.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.filled and event.type() == QEvent.Type.Paint:
            self.filled = False
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"painted in {seconds_since_start():.3f} s", flush=True)
        peak = peak_memory_mb()
        if peak is not None:
            print(f"peak memory {peak} MB", flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]


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
        except OSError:
            pass
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
    app.setWindowIcon(QIcon(str(resource_path("icons", "debtordesk.svg"))))
    settings = QSettings()
    language = choose_language(options.language or str(settings.value("ui/language", "system")))
    translators = install_translators(app, language)  # noqa: F841 - must stay alive with the app
    if not options.smoke:
        install_crash_handler()
    # --today only dates the demo business; the dossier always gets the real time.
    window = build_window(options, settings, system_clock())
    if options.smoke:
        _FirstPaint(window)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    QTimer.singleShot(0, lambda: _open_first(window, options))
    return app.exec()


def _open_first(window: MainWindow, options: Options) -> None:
    """Open what the command line asks for, else the user's own file, else show the welcome page."""
    default = window.workspace.default_path()
    if options.demo:
        window.explore_demo()
    elif options.file is not None:
        window.open_path(options.file)
    elif default.exists():
        window.open_path(default)
    elif options.smoke:
        window.create_business()
    if options.smoke and window.workspace.path is None:
        print("smoke: no data file could be opened", file=sys.stderr, flush=True)
        QApplication.instance().exit(1)  # type: ignore[union-attr]
