"""DejaVu Sans for every PDF we write: it has the accents of Dutch and French and the € sign,
and reportlab embeds it, so a letter or an export looks the same on any reader's machine.

Reportlab's own base fonts (Helvetica) are not embedded and lack characters outside
Latin-1, so they are never used.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from debtordesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) once; return their names (regular, bold).

    The family mapping lets ``<b>`` in a paragraph pick the bold face; there is no
    italic face shipped, so italic maps to the upright one.
    """
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    if BOLD not in registered:
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR, BOLD
