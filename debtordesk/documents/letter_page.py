"""Where things sit on a letter's A4 page: letterhead, envelope window, fold marks, page numbers.

The address must show through the window of a standard envelope after folding the A4
in three (fold marks at 105 and 210 mm). A Dutch sender's envelopes have the window at
the left, as DIN 5008 form B: 20 mm from the left, 45–90 mm from the top, 85 mm wide,
with a 5 mm return-address line and a 12.7 mm zone for remarks ("Aangetekend") above
the address. Belgian (and French) envelopes have it at the right, from about 110 mm;
the same heights are used there. The letterhead takes the other side of the top third.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from debtordesk.core.letter_content import LetterContent
from debtordesk.core.model import Country, Language
from debtordesk.documents.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
#: Body text: 25 mm from the left (DIN 5008), 20 mm from the right.
LEFT = 25 * mm
RIGHT = 20 * mm
BODY_WIDTH = PAGE_WIDTH - LEFT - RIGHT
#: First page: the body starts below the window; later pages near the top.
FIRST_BODY_TOP = 96 * mm
LATER_BODY_TOP = 20 * mm
BOTTOM = 17 * mm
WINDOW_TOP = 45 * mm
WINDOW_HEIGHT = 45 * mm
WINDOW_WIDTH = 85 * mm
#: Inside the window: return line (5 mm), remarks zone (12.7 mm), then the address.
RETURN_ZONE = 5 * mm
REMARK_ZONE = 12.7 * mm
#: Text inside the window starts this far from its left edge (DIN 5008: 25 mm on the page).
WINDOW_INSET = 5 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
#: The address zone (27.3 mm) holds six lines.
ADDRESS_LINES = 6
#: The information block beside the window is level with the address zone.
INFO_HEIGHT = WINDOW_HEIGHT - RETURN_ZONE - REMARK_ZONE
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Window:
    """The envelope window's left edge, and the left edge of what sits beside it, from the page's left.

    Attributes:
        left: the window.
        letterhead_left: the sender block in the top third.
        info_left, info_width: the information block level with the address (references,
            place and date): up to the page's right margin, or up to the window.
    """

    left: float
    letterhead_left: float
    info_left: float
    info_width: float


def window_for(sender_country: Country) -> Window:
    """Left window for a Dutch sender (DIN 5008 B), right window for a Belgian one."""
    if sender_country == Country.BE:
        return Window(left=110 * mm, letterhead_left=LEFT, info_left=LEFT, info_width=80 * mm)
    return Window(left=20 * mm, letterhead_left=125 * mm, info_left=125 * mm, info_width=65 * mm)


def _info_style(bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle("info", fontName=BOLD if bold else REGULAR, fontSize=8.5, leading=11.5)


def references_fit(letter: LetterContent) -> bool:
    """Whether the references fit the information block; if not, the body starts with them."""
    width = window_for(letter.sender_country).info_width
    height = sum(p.wrap(width, PAGE_HEIGHT)[1] for p in _reference_paragraphs(letter))
    return height <= INFO_HEIGHT - 2 * _info_style().leading


def reference_markup(letter: LetterContent, label: str, value: str) -> str:
    """"<b>Facturen:</b> 2026-014"; French puts a no-break space before the colon."""
    colon = "\u00a0:" if letter.language == Language.FR else ":"
    return f"<b>{escape(label)}{colon}</b> {escape(value)}"


def _reference_paragraphs(letter: LetterContent) -> list[Paragraph]:
    return [Paragraph(reference_markup(letter, label, value), _info_style()) for label, value in letter.references]


def info_block(letter: LetterContent) -> list[Paragraph]:
    """What the information block shows: the references when they fit, a blank line, place and date."""
    paragraphs = _reference_paragraphs(letter) if references_fit(letter) else []
    if paragraphs:
        paragraphs.append(Paragraph("&nbsp;", _info_style()))
    paragraphs.append(Paragraph(escape(letter.place_date), _info_style()))
    return paragraphs


def _y(from_top: float) -> float:
    """reportlab counts from the bottom of the page."""
    return PAGE_HEIGHT - from_top


def draw_first_page(canvas: Canvas, letter: LetterContent) -> None:
    """Letterhead, the window's return line, remark and address, place and date, fold marks."""
    window = window_for(letter.sender_country)
    canvas.saveState()
    x = window.letterhead_left
    y = _y(20 * mm)
    for index, line in enumerate(letter.sender_lines):
        if index == 0:
            canvas.setFont(BOLD, 11)
            canvas.drawString(x, y, line)
            y -= 5.5 * mm
        else:
            canvas.setFont(REGULAR, 8.5)
            canvas.setFillColor(GREY)
            canvas.drawString(x, y, line)
            y -= 3.9 * mm
    canvas.setFillColor(Color(0, 0, 0))

    text_left = window.left + WINDOW_INSET
    text_width = WINDOW_WIDTH - 2 * WINDOW_INSET
    canvas.setFont(REGULAR, 6.5)
    return_line = _fit(letter.return_line, REGULAR, 6.5, text_width)
    return_y = _y(WINDOW_TOP + RETURN_ZONE - 1.4 * mm)
    canvas.drawString(text_left, return_y, return_line)
    canvas.setLineWidth(0.3)
    canvas.line(text_left, return_y - 0.8 * mm,
                text_left + canvas.stringWidth(return_line, REGULAR, 6.5), return_y - 0.8 * mm)
    if letter.registered_mark:
        canvas.setFont(BOLD, 10)
        canvas.drawString(text_left, _y(WINDOW_TOP + RETURN_ZONE + 6 * mm), letter.registered_mark.upper())
    y = _y(WINDOW_TOP + RETURN_ZONE + REMARK_ZONE + 4 * mm)
    for line, size in window_lines(letter.recipient_lines, text_width):
        canvas.setFont(REGULAR, size)
        canvas.drawString(text_left, y, line)
        y -= 4.4 * mm
    # The information block beside the window: references, then place and date.
    y = _y(WINDOW_TOP + RETURN_ZONE + REMARK_ZONE)
    for paragraph in info_block(letter):
        _, height = paragraph.wrap(window.info_width, PAGE_HEIGHT)
        y -= height
        paragraph.drawOn(canvas, window.info_left, y)
    _draw_fold_marks(canvas)
    canvas.restoreState()


def draw_later_page(canvas: Canvas, letter: LetterContent) -> None:
    """A small running head, so a loose second page still says whose letter it is."""
    canvas.saveState()
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(GREY)
    head = " · ".join(part for part in (letter.author, letter.subject, letter.place_date) if part)
    canvas.drawString(LEFT, _y(12 * mm), _fit(head, REGULAR, 7.5, BODY_WIDTH))
    _draw_fold_marks(canvas)
    canvas.restoreState()


def _draw_fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for from_top in FOLD_MARKS:
        canvas.line(4 * mm, _y(from_top), 8 * mm, _y(from_top))


def window_lines(lines: tuple[str, ...], width: float, size: float = 10) -> list[tuple[str, float]]:
    """The address as (line, type size): at most six lines, none wider than the window.

    The post must read all of a long name, so a line too wide is broken over two while the
    window has room, then set smaller (down to 8 pt), and only then cut.
    """
    room = ADDRESS_LINES - len(lines)
    result: list[tuple[str, float]] = []
    for line in lines[:ADDRESS_LINES]:
        if stringWidth(line, REGULAR, size) <= width:
            result.append((line, size))
            continue
        words = line.split()
        split = next((n for n in range(len(words) - 1, 0, -1)
                      if stringWidth(" ".join(words[:n]), REGULAR, size) <= width), 0)
        rest = " ".join(words[split:])
        if room > 0 and split and stringWidth(rest, REGULAR, size) <= width:
            result += [(" ".join(words[:split]), size), (rest, size)]
            room -= 1
            continue
        smaller = size
        while smaller > 8 and stringWidth(line, REGULAR, smaller) > width:
            smaller -= 0.5
        result.append((_fit(line, REGULAR, smaller, width), smaller))
    return result


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis if it would run out of the window."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):
    """A canvas that writes "2/3" on each page of a letter that runs over one page.

    Pages are kept until the end, when the page count of each letter is known; the page
    callbacks set ``letter_index`` so that pages of different letters count apart.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.letter_index = 0
        self._pages: list[tuple[int, dict]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append((self.letter_index, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        counts = Counter(index for index, _ in self._pages)
        seen: Counter[int] = Counter()
        for index, state in self._pages:
            self.__dict__.update(state)
            seen[index] += 1
            if counts[index] > 1:
                self.setFont(REGULAR, 8)
                self.setFillColor(GREY)
                self.drawRightString(PAGE_WIDTH - RIGHT, 9 * mm, f"{seen[index]}/{counts[index]}")
            super().showPage()
        super().save()


class QrCode(Flowable):
    """A QR symbol drawn as vector squares (sharp at any printer resolution), ``size`` wide.

    ``matrix`` is the symbol's rows of dark (truthy) and light modules without the quiet
    zone; a quiet zone of four modules is left white around it, inside ``size``.
    """

    QUIET = 4

    def __init__(self, matrix: list[list[int]] | tuple, size: float) -> None:
        super().__init__()
        self.matrix = [list(row) for row in matrix]
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.matrix) + 2 * self.QUIET
        module = self.size / count
        canvas = self.canv
        canvas.setFillColor(Color(0, 0, 0))
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + self.QUIET + 1) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                # One rectangle per dark run; a hair wider so runs of adjacent rows do not
                # show white seams on screen.
                canvas.rect((start + self.QUIET) * module, y, (column - start) * module, module * 1.02,
                            stroke=0, fill=1)
