"""Small widget helpers shared by the dialogs, lists and panes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QToolButton, QWidget

#: The red of what is wrong (Material's error colour): problem lists, late amounts, framed fields.
ERROR_RED = "#b3261e"


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


def action_button(action: QAction) -> QToolButton:
    """A button for one of the window's actions: the same text, shortcut and enabled state."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def error_label(object_name: str) -> QLabel:
    """The red list of what to correct above a form's buttons; hidden until there is something in it."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_RED};")
    label.hide()
    return label


def date_edit(value: date, language: str) -> QDateEdit:
    """A date field with a calendar, written as the UI language writes dates (24-11-2026, 24/11/2026)."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy" if language == "nl" else "dd/MM/yyyy")
    return edit
