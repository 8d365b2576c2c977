"""Paragraph styles and colours of the dossier PDF, in one place for its two modules."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from debtordesk.documents.fonts import register_fonts

MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#8a9299")
BAND = colors.HexColor("#e8eef3")
ALERT = colors.HexColor("#b00020")


def esc(text: str) -> str:
    """User text made safe for a reportlab paragraph (which reads a little XML)."""
    return escape(text)


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    record: ParagraphStyle
    detail: ParagraphStyle
    message: ParagraphStyle
    alert: ParagraphStyle
    ok: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    return Styles(
        regular=regular, bold=bold,
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=18, leading=22, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14, spaceAfter=2),
        h1=ParagraphStyle("h1", parent=body, fontName=bold, fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4),
        h2=ParagraphStyle("h2", parent=body, fontName=bold, fontSize=10, leading=13, spaceBefore=4, spaceAfter=2),
        body=body,
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
        small=ParagraphStyle("small", parent=body, fontSize=7, leading=9, textColor=MUTED),
        record=ParagraphStyle("record", parent=body, fontName=bold, fontSize=9.5, leading=12, backColor=BAND,
                              borderPadding=(2.5, 3, 2.5, 3), spaceBefore=7, spaceAfter=4),
        detail=ParagraphStyle("detail", parent=body, fontSize=8.5, leading=11, leftIndent=10, firstLineIndent=-10),
        message=ParagraphStyle("message", parent=body, fontSize=8.5, leading=11, leftIndent=8, borderColor=GRID,
                               borderWidth=0.4, borderPadding=(4, 5, 4, 5), spaceBefore=5, spaceAfter=6),
        alert=ParagraphStyle("alert", parent=body, fontName=bold, textColor=ALERT, spaceBefore=6),
        ok=ParagraphStyle("ok", parent=body, fontName=bold, spaceBefore=2),
    )
