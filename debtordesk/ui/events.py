"""Turns the services' change notices into a Qt signal, so views refresh without polling."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Signals:
        changed(str): a topic from ``core.services.Topic`` after a committed change.
        file_changed(): another data file was opened, or the file was restored.
    """

    changed = Signal(str)
    file_changed = Signal()
