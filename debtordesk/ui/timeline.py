"""A dossier timeline: the records of an invoice or a client, newest first, and each one in full."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.dossier import DossierRecord
from debtordesk.core.formatting import Formatter
from debtordesk.ui import record_text
from debtordesk.ui.detail_models import TimelineModel
from debtordesk.ui.list_pages import ListPage


class TimelinePage(ListPage):
    """Records newest first, a filter by kind, and Enter or a double-click to read one in full.

    Attributes:
        dialogs: the record dialogs open now (kept referenced while shown).
    """

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(TimelineModel(formatter), self.tr("Search the dossier"), parent)
        self.formatter = formatter
        self.setObjectName("timeline")
        self.kind_filter = self.add_filter_combo("kindFilter", self.tr("All kinds"), record_text.kinds(),
                                                 lambda record, kind: record.kind == kind)
        self.filters.removeWidget(self.kind_filter)  # beside the search: the pane is narrow
        self.bar.addWidget(self.kind_filter)
        self.dialogs: list[RecordDialog] = []
        self.open_button = self.add_button(self.tr("Open record…"), self.open_current, True)
        self.finish_buttons()
        self.activated.connect(self.open_record)
        # The description takes the width that is left; the full text is in its tooltip.
        self.auto_size_columns = False
        self.auto_select = False
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def set_records(self, records: Sequence[DossierRecord]) -> None:
        self.set_rows(list(records), TimelineModel.WHEN, Qt.SortOrder.DescendingOrder)

    def open_current(self) -> RecordDialog | None:
        record = self.current()
        return self.open_record(record) if record is not None else None

    def open_record(self, record: DossierRecord) -> RecordDialog:
        dialog = RecordDialog(record, self.formatter, self)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.open()
        return dialog


class RecordDialog(QDialog):
    """One record as sealed: when, what, its details and documents, and its place in the chain."""

    def __init__(self, record: DossierRecord, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier record"))
        form = QFormLayout()
        form.addRow(self.tr("When:"), QLabel(formatter.timestamp(record.created_at)))
        form.addRow(self.tr("What:"), QLabel(record_text.kind_name(record.kind)))
        description = QLabel(record_text.describe(record, formatter))
        description.setWordWrap(True)
        form.addRow(self.tr("Description:"), description)
        sealed = QLabel(record.summary)
        sealed.setWordWrap(True)
        sealed.setToolTip(self.tr("The words written when the record was made; they can never be changed."))
        form.addRow(self.tr("As recorded:"), sealed)
        documents = "\n".join(self.tr("{name} ({size} bytes, SHA-256 {sha})").format(
            name=d.filename, size=d.size, sha=d.sha256[:16]) for d in record.documents)
        form.addRow(self.tr("Documents:"), QLabel(documents or self.tr("none")))
        place = QLabel(self.tr("Dossier {chain}, record {seq}").format(chain=record.chain, seq=record.seq))
        form.addRow(self.tr("Place:"), place)
        seal = QLabel(record.hash)
        seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        seal.setStyleSheet("font-family: monospace;")
        form.addRow(self.tr("Seal:"), seal)
        self.details = QPlainTextEdit(json.dumps(dict(record.details), indent=2, ensure_ascii=False, sort_keys=True))
        self.details.setObjectName("recordDetails")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Details as recorded:")))
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
