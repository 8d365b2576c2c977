"""Printing the PDFs we make (letters): preview, Qt's print dialog, and a PDF file through QPrinter.

What goes to the printer is the very PDF the dossier keeps: each page is rendered
by PDFium (pypdfium2) onto white and painted full-page, so the address still sits
in the envelope's window. QtPdf would render as well, but it ships only in
PySide6-Addons for the Qt we pin.

Pitfalls kept in mind (seen here before): a dialog's QPrinter must outlive the
dialog, so ``PdfPrinter`` holds it; tests open dialogs with ``open()``, never
``exec()``; printing to a file sets ``PdfFormat`` explicitly.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QObject, QRect, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

#: Enough for crisp text and a QR code that scans; more only makes print jobs heavy.
MAX_PRINT_DPI = 300


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: int, pages: range | None = None) -> list[QImage]:
    """The pages as images on white (PDFium fills the background before drawing)."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # detach from the buffer before it goes away
            page.close()
        return images
    finally:
        document.close()


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Every page of ``pdf`` onto the printer, one sheet each, edge to edge."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    count = page_count(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index in range(count):
            if index:
                printer.newPage()
            image = page_images(pdf, dpi, range(index, index + 1))[0]
            target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer set to A4 portrait without margins: our PDFs carry their own."""
    printer = QPrinter(mode)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    return printer


def print_to_pdf_file(pdf: bytes, path: Path) -> None:
    """Through QPrinter to a PDF file: what a print job would put on paper."""
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint_pdf(printer, pdf)


class PdfPrinter(QObject):
    """Preview and print dialogs for one PDF; keeps the QPrinter alive as long as they are.

    Signals:
        printed: the pages went to the printer (the user confirmed the print dialog).
        failed: printing could not start; the argument says why, for a message.
    """

    printed = Signal()
    failed = Signal(str)

    def __init__(self, pdf: bytes, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.printer = a4_printer()
        self.printer.setDocName(title)
        self.dialog: QPrintDialog | QPrintPreviewDialog | None = None

    def preview(self) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, self.parent())
        dialog.setWindowTitle(self.tr("Print Preview: {title}").format(title=self.printer.docName()))
        dialog.paintRequested.connect(self._paint)
        dialog.accepted.connect(self.printed)
        self.dialog = dialog
        dialog.resize(900, 1000)
        dialog.open()
        return dialog

    def print_dialog(self) -> QPrintDialog:
        dialog = QPrintDialog(self.printer, self.parent())
        dialog.accepted.connect(lambda: self._paint(self.printer, emit=True))
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver and a slot
        return dialog

    def _paint(self, printer: QPrinter, emit: bool = False) -> None:
        try:
            paint_pdf(printer, self.pdf)
        except OSError as error:
            self.failed.emit(str(error))
            return
        if emit:
            self.printed.emit()
