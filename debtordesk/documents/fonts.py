"""DejaVu Sans for every PDF we write, registered with reportlab once and embedded.

The PDF standard fonts (Helvetica) are not embedded and know no € in every viewer and
no ë in some; DejaVu Sans (shipped in resources/fonts, free licence beside it) has every
character of Dutch, French and English and the euro sign. reportlab embeds a TrueType
font as a subset (a FontFile2 stream), so a letter or an export prints the same on any
machine.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from debtordesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()  # PDFs may be rendered on a worker thread


def register_fonts() -> tuple[str, str]:
    """Register regular and bold once (and the family, so <b> finds bold); return (regular, bold)."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if REGULAR not in registered:
            pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        if BOLD not in registered:
            pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # No italic is shipped: italic text falls back to the upright faces.
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
    return REGULAR, BOLD
