"""Narrow the invoice list to one client: type a few letters, pick the name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class ClientFilter(QLineEdit):
    """A client name with completion; ``chosen`` carries the name, or None when cleared.

    A completer over a string list rather than a combo box: the list holds every
    client (10,000 on a large file) and a combo box builds an item per name.

    Signals:
        chosen(object): a client's exact name, or None for all clients.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFilter")
        self.setPlaceholderText(self.tr("All clients"))
        self.setClearButtonEnabled(True)
        self.setToolTip(self.tr("Show the invoices of one client: type part of the name and pick it"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._known: set[str] = set()
        self._current: str | None = None
        completer.activated.connect(self._choose)
        self.editingFinished.connect(lambda: self._choose(self.text()))
        self.textChanged.connect(lambda text: self._choose(None) if not text else None)
        self.setMinimumWidth(180)

    def set_names(self, names: Sequence[str]) -> None:
        self._known = set(names)
        self.names.setStringList(list(names))
        if self._current is not None and self._current not in self._known:
            self.clear()

    def _choose(self, name: str | None) -> None:
        """Filter on an exact known name; anything else typed and left means no client filter."""
        name = name.strip() if name else None
        if name is not None and name not in self._known:
            match = next((known for known in self._known if known.casefold() == name.casefold()), None)
            name = match
            if match is None:
                self.setStyleSheet("color: #b3261e;")
        else:
            self.setStyleSheet("")
        if name is not None:
            self.setStyleSheet("")
        if name != self._current:
            self._current = name
            self.chosen.emit(name)

    @property
    def current(self) -> str | None:
        return self._current
