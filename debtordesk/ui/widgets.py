"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


def choice_combo(choices: Sequence[tuple[Any, str]], current: Any = None, parent: QWidget | None = None) -> QComboBox:
    """A combo box over (value, label) pairs; ``currentData()`` gives the value."""
    combo = QComboBox(parent)
    for value, label in choices:
        combo.addItem(label, value)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo
