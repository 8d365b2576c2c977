"""Turns the services' change notices into a Qt signal, so views refresh without polling."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Signals:
        changed(str): a topic from ``core.services.Topic`` after a committed change.
        file_changed(): another data file was opened, or the file was restored.
        backup_failed(object): the automatic backup failed (emitted from its thread, queued to the UI).
    """

    changed = Signal(str)
    file_changed = Signal()
    backup_failed = Signal(object)  # a FileProblem; may be emitted from the backup thread
