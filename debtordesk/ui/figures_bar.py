"""The figures across the top of the window: how much is owed, how late, what is promised."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from debtordesk.core.figures import Figures
from debtordesk.core.formatting import Formatter


class FiguresBar(QWidget):
    """One tile per figure; definitions in core/figures.py.

    Attributes:
        values: the value label of each tile, by key.
    """

    KEYS = ("open", "overdue", "overdue_count", "days_late", "dso", "promised", "handed_over")

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        captions = {
            "open": self.tr("Open"),
            "overdue": self.tr("Overdue"),
            "overdue_count": self.tr("Overdue invoices"),
            "days_late": self.tr("Average days late (12 months)"),
            "dso": self.tr("DSO (days)"),
            "promised": self.tr("Promised this week"),
            "handed_over": self.tr("Handed over"),
        }
        hints = {
            "days_late": self.tr("Payments of the last 12 months, each weighed by its amount"),
            "dso": self.tr("Days sales outstanding: open amount ÷ invoiced in the last 365 days × 365"),
            "promised": self.tr("Open promises to pay dated Monday to Sunday of this week"),
        }
        self.values: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key in self.KEYS:
            tile = QFrame()
            tile.setObjectName(f"figure_{key}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setToolTip(hints.get(key, ""))
            column = QVBoxLayout(tile)
            column.setContentsMargins(8, 4, 8, 4)
            caption = QLabel(captions[key])
            caption.setStyleSheet("color: #5f6368;")  # readable grey, not the faint palette(mid)
            value = QLabel("—")
            font = value.font()
            font.setPointSize(font.pointSize() + 3)
            font.setBold(True)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(caption)
            column.addWidget(value)
            row.addWidget(tile, 1)
            self.values[key] = value

    def show_figures(self, figures: Figures) -> None:
        f = self.formatter
        days = self.tr("{days} d")
        self.values["open"].setText(f.amount(figures.open_cents))
        self.values["overdue"].setText(f.amount(figures.overdue_cents))
        self.values["overdue_count"].setText(str(figures.overdue_count))
        self.values["days_late"].setText(
            "—" if figures.average_days_late is None else days.format(days=figures.average_days_late))
        self.values["dso"].setText("—" if figures.dso_days is None else str(figures.dso_days))
        self.values["promised"].setText(f.amount(figures.promised_this_week_cents))
        self.values["handed_over"].setText(f.amount(figures.handed_over_cents))
        late = "color: #b3261e;" if figures.overdue_cents else ""
        self.values["overdue"].setStyleSheet(late)
        self.values["overdue_count"].setStyleSheet(late)

    def value(self, key: str) -> str:
        return self.values[key].text()
