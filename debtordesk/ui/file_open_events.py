"""Files the desktop hands to the running app.

On macOS, Finder and the Dock never put a double-clicked document on the command line: they
start the app (or find it running) and send it a FileOpen event. Windows and Linux start a new
process with the file as its argument, which ``__main__`` reads; there this filter stays idle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

#: How often a file that arrived while a dialog was up looks again whether it may open.
RETRY_MS = 250


class OpensFiles(Protocol):
    def open_path(self, path: Path) -> bool: ...


class FileOpenEvents(QObject):
    """Catches FileOpen events from the start and opens their file in the window once it is ready.

    A file that arrives before the window has opened its first file (macOS sends the document
    that launched the app right after launch) is kept: the start-up opens it instead of the
    last file, or it opens right after. One that arrives while a dialog is up waits until the
    dialog is closed, so no dialog is left working on a file that was switched under it.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.window: OpensFiles | None = None
        self.pending: Path | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._deliver)
        app.installEventFilter(self)

    def take_pending(self) -> Path | None:
        """The file asked for before the window was ready, now opened by the caller."""
        path, self.pending = self.pending, None
        return path

    def attach(self, window: OpensFiles) -> None:
        """From now on open requested files in ``window`` (and one that already waits)."""
        self.window = window
        self._deliver()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file()
        if name:
            self.pending = Path(name)
            self._deliver()
        return True

    def _deliver(self) -> None:
        if self.window is None or self.pending is None:
            return
        if QApplication.activeModalWidget() is not None:
            self._retry.start()
            return
        self._retry.stop()
        path, self.pending = self.pending, None
        self.window.open_path(path)
        if isinstance(self.window, QWidget):
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
