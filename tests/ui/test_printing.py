"""Printing our PDFs through QPrinter, offscreen: the pages reach the output whole and in place."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from debtordesk.ui.printing import PdfPrinter, page_count, page_images, print_to_pdf_file


def two_page_pdf() -> bytes:
    """Page 1 has a black square where a window envelope's address goes; page 2 one at the bottom right."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.rect(20 * mm, A4[1] - 90 * mm, 85 * mm, 45 * mm, stroke=0, fill=1)
    pdf.showPage()
    pdf.rect(A4[0] - 60 * mm, 20 * mm, 40 * mm, 40 * mm, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def dark(image, x_mm: float, y_mm: float, dpi: int) -> bool:  # type: ignore[no-untyped-def]
    color = image.pixelColor(round(x_mm / 25.4 * dpi), round(y_mm / 25.4 * dpi))
    return color.lightness() < 60


def test_pages_render_on_white_with_the_content_in_place(qapp) -> None:  # type: ignore[no-untyped-def]
    images = page_images(two_page_pdf(), 72)
    assert len(images) == 2
    assert dark(images[0], 60, 65, 72)  # inside the address square
    assert not dark(images[0], 5, 5, 72)  # the margin is white, not transparent black
    assert not dark(images[0], 150, 200, 72)


def test_printing_to_a_pdf_file_through_qprinter_keeps_every_page_on_a4(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "printed.pdf"
    print_to_pdf_file(two_page_pdf(), target)

    reader = PdfReader(target)
    assert len(reader.pages) == 2
    for page in reader.pages:  # A4 is 595.28 × 841.89 pt
        assert abs(float(page.mediabox.width) - 595.3) < 1.5
        assert abs(float(page.mediabox.height) - 841.9) < 1.5
    printed = target.read_bytes()
    assert page_count(printed) == 2
    first, second = page_images(printed, 72)
    # Full page, no margins added by the printer: the address square stays in the window.
    assert dark(first, 60, 65, 72) and dark(first, 22, 47, 72) and not dark(first, 17, 47, 72)
    assert dark(second, 170, 270, 72) and not dark(second, 60, 65, 72)
    doc = pdfium.PdfDocument(printed)
    assert len(doc) == 2
    doc.close()


def test_the_printer_dialogs_keep_their_printer_and_paint_the_preview(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    printer = PdfPrinter(two_page_pdf(), "Ingebrekestelling", parent)
    preview = printer.preview()
    assert preview.isVisible()
    assert printer.dialog is preview and printer.printer.docName() == "Ingebrekestelling"
    preview.reject()
    dialog = printer.print_dialog()
    assert dialog.isVisible()
    dialog.reject()


def test_a_real_letter_prints_through_qprinter_with_its_address_and_qr_code_in_place(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.core.letter_kinds import LetterKind
    from debtordesk.core.letters import build_letter
    from debtordesk.core.letter_samples import sample_request
    from debtordesk.core.model import Language
    from debtordesk.documents.letter_pdf import render_letter

    letter = render_letter(build_letter(sample_request(LetterKind.NOTICE_OF_DEFAULT, Language.NL)))
    target = tmp_path / "printed-letter.pdf"
    print_to_pdf_file(letter, target)
    printed = target.read_bytes()
    assert page_count(printed) == page_count(letter)
    original, copy = page_images(letter, 50, range(0, 1))[0], page_images(printed, 50, range(0, 1))[0]
    assert (copy.width(), copy.height()) == (original.width(), original.height())
    # The printed sheet matches the letter where it matters: the recipient's name in the
    # envelope window and the QR code, sampled on a grid of points.
    differing = sum(1 for x in range(0, original.width(), 7) for y in range(0, original.height(), 7)
                    if abs(original.pixelColor(x, y).lightness() - copy.pixelColor(x, y).lightness()) > 96)
    samples = len(range(0, original.width(), 7)) * len(range(0, original.height(), 7))
    assert differing / samples < 0.02
    assert sum(1 for x in range(0, original.width(), 3) for y in range(0, original.height(), 3)
               if copy.pixelColor(x, y).lightness() < 100) > 200  # ink, not a blank sheet
