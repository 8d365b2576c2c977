"""Narrow the invoice list to one client: type a few letters, pick the name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class ClientFilter(QLineEdit):
    """A client name with completion; the invoice list keeps the rows whose client ``matches``.

    A picked (or fully typed) name keeps that client's invoices only; other text
    keeps the clients whose name holds it, so a name typed wrong shows an empty
    list rather than every invoice. A completer over a string list rather than a
    combo box: the list holds every client (10,000 on a large file) and a combo
    box builds an item per name.

    Signals:
        chosen(object): the text to match on when it is applied, or None for all clients.
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
        self._known: dict[str, str] = {}  # casefolded name -> name
        self._current: str | None = None
        self._exact = False
        completer.activated.connect(self._apply)
        self.editingFinished.connect(lambda: self._apply(self.text()))
        self.textChanged.connect(lambda text: self._apply(None) if not text else None)
        self.setMinimumWidth(180)

    def set_names(self, names: Sequence[str]) -> None:
        self._known = {name.casefold(): name for name in names}
        self.names.setStringList(list(names))
        if self._current is not None:
            self._apply(self._current)

    def matches(self, name: str) -> bool:
        if self._current is None:
            return True
        if self._exact:
            return name == self._current
        return self._current.casefold() in name.casefold()

    def _apply(self, text: str | None) -> None:
        text = (text or "").strip() or None
        exact = text is not None and text.casefold() in self._known
        if exact:
            text = self._known[text.casefold()]  # type: ignore[union-attr]
        if (text, exact) != (self._current, self._exact):
            self._current, self._exact = text, exact
            self.chosen.emit(text)

    @property
    def current(self) -> str | None:
        return self._current
