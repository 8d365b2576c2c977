"""The one path for message boxes (cf. qutebrowser's msgbox.py).

Boxes are window-modal and opened with ``open()``, so nothing blocks an event
loop; ``ask`` is the one blocking question and the one call a test patches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def information(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text)


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, title, text, details)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Critical, title, text, details)


def ask(parent: QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
