"""The Outbox: messages that did not go out, with why, to open again (and retry) or discard."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.drafting import Draft
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.outgoing import Mailer, OutboxEntry, PasswordKeeper
from debtordesk.core.ports import FileProblem
from debtordesk.ui import msgbox
from debtordesk.ui.compose_window import ComposeWindow
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.send_failure_text import send_failure_text
from debtordesk.ui.table_models import Column, RowTableModel


def failure_summary(failure: str) -> str:
    """A few words for the Outbox's list; ``send_failure_text`` says the rest."""
    words = {
        "connection_refused": QCoreApplication.translate("Outbox", "Server refused the connection"),
        "host_not_found": QCoreApplication.translate("Outbox", "Server not found"),
        "timeout": QCoreApplication.translate("Outbox", "Server did not answer"),
        "tls": QCoreApplication.translate("Outbox", "No secure connection"),
        "starttls_unsupported": QCoreApplication.translate("Outbox", "Server offers no STARTTLS"),
        "login_refused": QCoreApplication.translate("Outbox", "Login refused"),
        "auth_unsupported": QCoreApplication.translate("Outbox", "No usable way to log in"),
        "password_needs_encryption": QCoreApplication.translate("Outbox", "Connection not encrypted"),
        "recipient_refused": QCoreApplication.translate("Outbox", "Recipient refused"),
        "sender_refused": QCoreApplication.translate("Outbox", "Sender refused"),
        "server_error": QCoreApplication.translate("Outbox", "Error at the server"),
        "disconnected": QCoreApplication.translate("Outbox", "Connection lost"),
        "not_configured": QCoreApplication.translate("Outbox", "No mail server set up"),
    }
    return words.get(failure, QCoreApplication.translate("Outbox", "Not sent"))


class OutboxModel(RowTableModel[OutboxEntry]):
    CREATED, CLIENT, SUBJECT, TO, WHY, ATTEMPTS = range(6)

    def __init__(self, formatter: Formatter, client_names: Mapping[int, str], parent: Any = None) -> None:
        self.client_names = client_names
        super().__init__(formatter, parent)

    def columns(self) -> list[Column[OutboxEntry]]:
        f = self.formatter
        return [
            Column(self.tr("Kept since"), lambda e: f.short_timestamp(e.created_at), lambda e: e.created_at),
            Column(self.tr("Client"), self._client, lambda e: self._client(e).casefold()),
            Column(self.tr("Subject"), lambda e: e.message.subject, lambda e: e.message.subject.casefold(),
                   tooltip=True),
            Column(self.tr("To"), lambda e: ", ".join(e.message.to), lambda e: ", ".join(e.message.to).casefold(),
                   tooltip=True),
            Column(self.tr("Why it was not sent"), lambda e: failure_summary(e.failure), lambda e: e.failure),
            Column(self.tr("Attempts"), lambda e: str(e.attempts), lambda e: e.attempts, align_right=True),
        ]

    def _client(self, entry: OutboxEntry) -> str:
        return self.client_names.get(entry.client_id, "")

    def search_text(self, row: OutboxEntry) -> str:
        return f"{self._client(row)} {row.message.subject} {' '.join(row.message.to)}".casefold()


class OutboxDialog(QDialog):
    """The messages waiting in the Outbox; not modal, so its compose windows can be used beside it.

    Attributes:
        model: the entries shown.
        windows: the compose windows opened from here and still open, by Outbox id.
    """

    def __init__(self, follow_up: FollowUpService, mailer: Mailer, passwords: PasswordKeeper, formatter: Formatter,
                 client_names: Mapping[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.setModal(False)
        self.follow_up = follow_up
        self.mailer = mailer
        self.passwords = passwords
        self.formatter = formatter
        self.windows: dict[int, ComposeWindow] = {}
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        # Owned by the view: its header and the view go before it when the dialog is deleted.
        self.model = OutboxModel(formatter, client_names, self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows: cheap
        header.setSectionResizeMode(OutboxModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.intro = QLabel(self.tr("Messages that did not go out wait here. Nothing in this list has been sent or "
                                    "recorded as sent."))
        self.intro.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("outboxWhy")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open to retry or edit"))
        self.open_button.clicked.connect(self.open_current)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.clicked.connect(self.discard_current)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.resize(920, 420)
        self.refresh()

    def refresh(self) -> None:
        """Read the Outbox again, keeping the selected entry selected if it is still there."""
        current = self.current()
        try:
            entries = list(self.follow_up.outbox())
        except FileProblem as problem:
            entries = []
            self.intro.setText(file_problem_text(problem))
        self.model.set_rows(entries)
        shown = self.model.shown()
        if shown:
            row = next((i for i, e in enumerate(shown) if current and e.id == current.id), 0)
            self.table.selectRow(row)
        self._show_current()

    def current(self) -> OutboxEntry | None:
        index = self.table.currentIndex()
        shown = self.model.shown()
        if not index.isValid() or not 0 <= index.row() < len(shown):
            return None
        return shown[index.row()]

    def _show_current(self) -> None:
        entry = self.current()
        if entry is None:
            self.why.setText(self.tr("The Outbox is empty.") if not self.model.rowCount() else "")
        else:
            self.why.setText(send_failure_text(entry.failure, entry.detail))
        self.open_button.setEnabled(entry is not None)
        self.discard_button.setEnabled(entry is not None)

    def open_current(self) -> ComposeWindow | None:
        """The selected message in a compose window (the one already open for it, if any)."""
        entry = self.current()
        if entry is None:
            return None
        window = self.windows.get(entry.id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return window
        try:
            ladder = self.follow_up.ladder_book().ladder_for(entry.client_id)
            with self.follow_up.debtors.store.reading() as reader:
                contacts = reader.contacts(entry.client_id)
        except FileProblem as problem:
            msgbox.error(self, self.tr("Outbox"), file_problem_text(problem))
            return None
        index = ladder.index_of(entry.step_key) if entry.step_key else None
        step = ladder.steps[index] if index is not None else None  # a step since removed: sent as a plain email
        draft = Draft(entry.client_id, entry.invoice_ids, step, entry.message)
        # Beside the Outbox, owned by its parent so that it outlives this dialog.
        window = ComposeWindow(self.follow_up, self.mailer, self.passwords, draft, contacts, self.formatter,
                               self.parentWidget() or self, outbox_id=entry.id)
        self.windows[entry.id] = window
        window.sent.connect(self.refresh)
        window.kept_in_outbox.connect(lambda _id: self.refresh())
        window.finished.connect(lambda _result, key=entry.id: self.windows.pop(key, None))
        window.show()
        return window

    def discard_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.id in self.windows:
            msgbox.information(self, self.tr("Outbox"), self.tr(
                "This message is open in a window of its own. Close that window first."))
            return
        if not msgbox.ask(self, self.tr("Discard message"), self.tr(
                "Discard “{subject}” to {to}? It was not sent, and it will not be.").format(
                subject=entry.message.subject, to=", ".join(entry.message.to) or "—"),
                yes_text=self.tr("Discard")):
            return
        try:
            self.follow_up.discard_from_outbox(entry.id)
        except FileProblem as problem:
            msgbox.error(self, self.tr("Outbox"), file_problem_text(problem))
        self.refresh()
