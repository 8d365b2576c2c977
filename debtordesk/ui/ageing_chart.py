"""The ageing chart: open amounts by how late they are; a click on a bar filters the invoices."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from debtordesk.core.figures import AgeBucket
from debtordesk.core.formatting import Formatter

COLOURS = {
    AgeBucket.NOT_DUE: QColor("#7aa6c2"),
    AgeBucket.DAYS_1_30: QColor("#f2c14e"),
    AgeBucket.DAYS_31_60: QColor("#f08a4b"),
    AgeBucket.DAYS_61_90: QColor("#d9534f"),
    AgeBucket.OVER_90: QColor("#8e2c2a"),
}


class AgeingChart(QWidget):
    """Five bars, one per age bucket; a bar's height follows its open amount.

    Keyboard: Left/Right move between bars, Space or Enter chooses, Escape clears.

    Signals:
        bucket_chosen(object): the AgeBucket clicked, or None when the choice is cleared.
    """

    bucket_chosen = Signal(object)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.amounts: dict[AgeBucket, int] = dict.fromkeys(AgeBucket, 0)
        self.chosen: AgeBucket | None = None
        self._focus_bar = AgeBucket.NOT_DUE
        self.labels = {
            AgeBucket.NOT_DUE: self.tr("Not yet due"),
            AgeBucket.DAYS_1_30: self.tr("1–30 days"),
            AgeBucket.DAYS_31_60: self.tr("31–60 days"),
            AgeBucket.DAYS_61_90: self.tr("61–90 days"),
            AgeBucket.OVER_90: self.tr("Over 90 days"),
        }
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Open amounts by days overdue. Click a bar to show only those invoices; "
                                "click it again to show all."))
        self.setAccessibleName(self.tr("Ageing of open invoices"))

    def sizeHint(self) -> QSize:
        return QSize(600, 6 * QFontMetrics(self.font()).height() + 30)

    def set_amounts(self, amounts: dict[AgeBucket, int]) -> None:
        self.amounts = {bucket: amounts.get(bucket, 0) for bucket in AgeBucket}
        self.update()

    def bar_rect(self, bucket: AgeBucket) -> QRectF:
        """Where a bucket's column is (bar, amount and label), in widget coordinates."""
        width = self.width() / len(AgeBucket)
        return QRectF(bucket * width, 0, width, self.height())

    def choose(self, bucket: AgeBucket | None) -> None:
        """Choose a bucket, or with the chosen one (or None) clear the choice."""
        self.chosen = None if bucket is None or bucket == self.chosen else bucket
        self.update()
        self.bucket_chosen.emit(self.chosen)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for bucket in AgeBucket:
            if self.bar_rect(bucket).contains(event.position()):
                self._focus_bar = bucket
                self.choose(bucket)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            self._focus_bar = AgeBucket((self._focus_bar + step) % len(AgeBucket))
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(self._focus_bar)
        elif key == Qt.Key.Key_Escape and self.chosen is not None:
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 6
        highest = max(self.amounts.values()) or 1
        for bucket in AgeBucket:
            column = self.bar_rect(bucket).adjusted(8, 0, -8, 0)
            amount = self.amounts[bucket]
            height = (bottom - top) * amount // highest if amount else 0  # whole pixels, no float
            bar = QRectF(column.left(), bottom - height, column.width(), height)
            colour = QColor(COLOURS[bucket])
            if self.chosen is not None and bucket != self.chosen:
                colour.setAlpha(70)
            painter.fillRect(bar, colour)
            if bucket == self.chosen:
                painter.setPen(self.palette().text().color())
                painter.drawRect(bar.adjusted(0, 0, -1, -1))
            painter.setPen(self.palette().text().color())
            amount_text = self.formatter.amount(amount)
            painter.drawText(QRectF(column.left(), bottom - height - line - 2, column.width(), line),
                             Qt.AlignmentFlag.AlignCenter, amount_text)
            painter.drawText(QRectF(column.left(), bottom + 4, column.width(), line), Qt.AlignmentFlag.AlignCenter,
                             self.labels[bucket])
            if self.hasFocus() and bucket == self._focus_bar:
                painter.setPen(Qt.PenStyle.DashLine)
                painter.drawRect(column.adjusted(-4, 2, 4, -2))
        painter.end()

    def centre_of(self, bucket: AgeBucket) -> QPointF:
        return self.bar_rect(bucket).center()
