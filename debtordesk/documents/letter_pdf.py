"""Printed letters as PDF: core.letters' content laid out on A4 for a window envelope.

One letter or a batch in one PDF (each letter on a new page, numbered per letter when it
runs over). The words, amounts and dates all come from LetterContent; this module only
places them, so what the tests read from the PDF is what core decided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from io import BytesIO
from xml.sax.saxutils import escape

import segno
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from debtordesk.core.letter_content import Block, BlockKind, ClaimLine, LetterContent, PaymentDetails, Statement
from debtordesk.documents.fonts import BOLD, REGULAR, register_fonts
from debtordesk.documents.letter_page import (
    BODY_WIDTH,
    BOTTOM,
    FIRST_BODY_TOP,
    GREY,
    LATER_BODY_TOP,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    NumberedCanvas,
    QrCode,
    draw_first_page,
    draw_later_page,
    reference_markup,
    references_fit,
)

#: EPC069-12: error level M, at most version 13; ~30 mm prints reliably for a phone camera.
QR_SIZE = 30 * mm
QR_MAX_VERSION = 13
#: Column widths of the statement (number, invoice date, due date, amount, paid, open).
STATEMENT_COLUMNS = (35 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, BODY_WIDTH - 139 * mm)
LINE = Color(0.55, 0.55, 0.55)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.6, spaceAfter=2.6 * mm)
    return {
        "body": body,
        "closing": ParagraphStyle("closing", parent=body, keepWithNext=1),
        "signature": ParagraphStyle("signature", parent=body, spaceBefore=9 * mm),
        "reference": ParagraphStyle("reference", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, spaceAfter=4 * mm),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", fontName=BOLD, fontSize=9, leading=12),
        "working": ParagraphStyle("working", fontName=REGULAR, fontSize=7, leading=9, textColor=GREY),
        "notice": ParagraphStyle("notice", parent=body, fontSize=9, leading=12.5, spaceAfter=1.5 * mm),
        "caption": ParagraphStyle("caption", fontName=REGULAR, fontSize=7, leading=9, alignment=TA_CENTER),
    }


def _text(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _statement(statement: Statement, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The invoices, their totals, the claims due now, the total, then what a late payment adds."""
    rows: list[list[object]] = [list(statement.columns)]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ]
    for line in statement.lines:
        rows.append([line.number, line.invoice_date, line.due_date, line.amount, line.paid, line.open])
    totals = statement.totals
    if len(statement.lines) > 1:
        rows.append([totals.number, "", "", totals.amount, totals.paid, totals.open])
        commands += [("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, LINE),
                     ("SPAN", (0, len(rows) - 1), (2, len(rows) - 1))]

    def claim_rows(claims: tuple[ClaimLine, ...]) -> None:
        for claim in claims:
            cell = [Paragraph(_text(claim.label), styles["cell"])]
            if claim.working:
                cell.append(Paragraph(_text("\n".join(claim.working)), styles["working"]))
            rows.append([cell, "", "", "", "", claim.amount])
            commands.append(("SPAN", (0, len(rows) - 1), (4, len(rows) - 1)))

    claim_rows(statement.claims)
    rows.append([Paragraph(escape(statement.total_label), styles["cell_bold"]), "", "", "", "",
                 Paragraph(escape(statement.total), ParagraphStyle("total", parent=styles["cell_bold"],
                                                                   alignment=TA_RIGHT))])
    total_row = len(rows) - 1
    commands += [("SPAN", (0, total_row), (4, total_row)),
                 ("LINEABOVE", (0, total_row), (-1, total_row), 0.9, Color(0, 0, 0)),
                 ("TOPPADDING", (0, total_row), (-1, total_row), 3)]
    if statement.announced:
        rows.append([Paragraph(escape(statement.announced_heading), styles["cell"]), "", "", "", "", ""])
        commands += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                     ("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 3 * mm)]
        claim_rows(statement.announced)
    table = Table(rows, colWidths=STATEMENT_COLUMNS, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    flowables: list[Flowable] = [Spacer(1, 1 * mm), table, Spacer(1, 4 * mm)]
    flowables += [Paragraph(_text(notice), styles["notice"]) for notice in statement.notices]
    if statement.notices:
        flowables.append(Spacer(1, 2 * mm))
    return flowables


def qr_matrix(payload: str) -> list[list[int]]:
    """The EPC QR symbol's modules (no quiet zone): error level M, never boosted, ≤ version 13."""
    code = segno.make(payload, error="m", boost_error=False, micro=False)
    if code.version > QR_MAX_VERSION:
        raise ValueError(f"an EPC QR code is at most version {QR_MAX_VERSION}, this payload needs {code.version}")
    return [list(row) for row in code.matrix]


def _payment(payment: PaymentDetails, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Label/value rows beside the QR code and its caption, kept on one page."""
    details = Table([[Paragraph(escape(label), styles["cell"]), Paragraph(_text(value), styles["cell"])]
                     for label, value in payment.rows],
                    colWidths=(46 * mm, BODY_WIDTH - 46 * mm - QR_SIZE - 8 * mm), hAlign="LEFT")
    details.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),  # not reportlab's default Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    qr = [QrCode(qr_matrix(payment.epc_payload), QR_SIZE), Paragraph(escape(payment.qr_caption), styles["caption"])]
    block = Table([[details, qr]], colWidths=(BODY_WIDTH - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm), hAlign="LEFT")
    block.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
    ]))
    return [KeepTogether([Spacer(1, 1 * mm), block, Spacer(1, 4 * mm)])]


def _story(letter: LetterContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []  # place and date are on the page itself, beside the window
    if not references_fit(letter):
        for label, value in letter.references:
            story.append(Paragraph(reference_markup(letter, label, value), styles["reference"]))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(letter.subject), styles["subject"]))
    blocks = list(letter.blocks)
    # The signature never stands alone on a page: the closing greeting and the paragraph
    # before it go along.
    signed = [index for index, block in enumerate(blocks) if block.kind == BlockKind.SIGNATURE]
    with_next = {index - 1 for index in signed} | {index - 2 for index in signed}
    for index, block in enumerate(blocks):
        story += _block(letter, block, styles, keep_with_next=index in with_next)
    return story


def _block(letter: LetterContent, block: Block, styles: dict[str, ParagraphStyle], *,
           keep_with_next: bool) -> list[Flowable]:
    if block.kind == BlockKind.STATEMENT:
        return _statement(letter.statement, styles)
    if block.kind == BlockKind.PAYMENT:
        return _payment(letter.payment, styles)
    if block.kind == BlockKind.SIGNATURE:
        return [Paragraph(_text(block.text), styles["signature"])]
    return [Paragraph(_text(block.text), styles["closing" if keep_with_next else "body"])]


def render_letter(content: LetterContent) -> bytes:
    """One letter as a PDF."""
    return render_letters([content])


def render_letters(contents: Sequence[LetterContent]) -> bytes:
    """Several letters in one PDF, each starting on a new page, e.g. to print a day's batch.

    The document's title and language are the first letter's; its author is the business.
    """
    if not contents:
        raise ValueError("no letters to render")
    register_fonts()
    styles = _styles()
    first = contents[0]
    buffer = BytesIO()
    title = first.subject if len(contents) == 1 else f"{first.subject} (+{len(contents) - 1})"
    document = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title, author=first.author, creator="DebtorDesk",
        subject=first.subject, lang=first.locale.replace("_", "-"), initialFontName=REGULAR,
        # No creation time or random id in the file: the same letter gives the same bytes, so a
        # draft made again matches the PDF the dossier keeps (the dossier dates the sending).
        invariant=True,
        leftMargin=LEFT, rightMargin=PAGE_WIDTH - LEFT - BODY_WIDTH, topMargin=LATER_BODY_TOP, bottomMargin=BOTTOM)
    first_frame = Frame(LEFT, BOTTOM, BODY_WIDTH, PAGE_HEIGHT - FIRST_BODY_TOP - BOTTOM, id="first",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later_frame = Frame(LEFT, BOTTOM, BODY_WIDTH, PAGE_HEIGHT - LATER_BODY_TOP - BOTTOM, id="later",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, letter in enumerate(contents):
        templates += [
            PageTemplate(id=f"first-{index}", frames=[first_frame], autoNextPageTemplate=f"later-{index}",
                         onPage=partial(_on_page, index, letter, draw_first_page)),
            PageTemplate(id=f"later-{index}", frames=[later_frame],
                         onPage=partial(_on_page, index, letter, draw_later_page)),
        ]
        if index:
            story += [NextPageTemplate(f"first-{index}"), PageBreak()]
        story += _story(letter, styles)
    document.addPageTemplates(templates)
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _on_page(index: int, letter: LetterContent, draw: Callable[[Canvas, LetterContent], None],
             canvas: NumberedCanvas, _doc: object) -> None:
    canvas.letter_index = index
    draw(canvas, letter)
