"""The letters' typeface, registered with reportlab once and embedded in every PDF.

The PDF standard fonts know no € in every viewer and no ë in some; DejaVu Sans (shipped in
resources/fonts, free licence beside it) has every character of Dutch, French and English
and the euro sign. reportlab embeds a TrueType font as a subset (a FontFile2 stream), so
a letter prints the same on any machine.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from debtordesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()


def register_fonts() -> None:
    """Register regular and bold (and the family, so <b> in a paragraph finds bold). Idempotent."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # No italic is shipped: italic text falls back to the upright faces.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
