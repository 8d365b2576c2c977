"""Choose an automatic backup to restore."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.ports import BackupEntry


class BackupDialog(QDialog):
    """Attributes:
        chosen: the backup picked once accepted.
    """

    def __init__(self, backups: list[BackupEntry], formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        self.chosen: BackupEntry | None = None
        reasons = {"open": self.tr("when the file was opened"), "manual": self.tr("made by hand"),
                   "before-restore": self.tr("automatically, before a backup was restored")}
        self.list = QListWidget()
        for entry in backups:
            reason = reasons.get(entry.reason, self.tr("before a program update")
                                 if entry.reason.startswith("before-migration") else entry.reason)
            QListWidgetItem(f"{formatter.timestamp(entry.taken_at)} — {reason}", self.list)
        self.list.setCurrentRow(0)
        explain = QLabel(self.tr(
            "The file will be put back as it was at the chosen moment. What you entered since then is "
            "kept in a backup of its own, so nothing is lost."))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups):
            self.chosen = self.backups[row]
            super().accept()
