"""Cells that a spreadsheet would run as a formula ("CSV injection"), on the way out and in.

A client named "=HYPERLINK(…)" or "@SUM(A1)" is harmless in DebtorDesk but becomes a
live formula when our CSV export is opened in Excel or LibreOffice. Following OWASP's
advice, a cell that starts with = + - @, a tab or a carriage return gets an apostrophe
in front, which makes the spreadsheet show it as text. Plain numbers such as "-12,50"
are left alone (a spreadsheet reads them as numbers, not formulas), but only when they
are nothing but a number.

The importers use ``looks_like_formula`` for the same test on cells they read.
"""

from __future__ import annotations

import re

#: First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A plain number in either notation: sign, digits grouped or not, decimals; optional euro sign.
_PLAIN_NUMBER = re.compile(
    r"[+-]?(?:€ ?)?(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+)(?:[.,]\d+)?", re.ASCII
)


def is_plain_number(text: str) -> bool:
    """Whether the text is a number and nothing else ("-12,50", "+1.234,56", "-1,234.56", "-€12.50")."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula.

    Its first character, or its first after leading spaces (some programs trim them),
    is a formula character, and the cell is not a plain number.
    """
    if not text:
        return False
    stripped = text.lstrip(" \u00a0\n")
    starts = text.startswith(FORMULA_STARTS) or stripped.startswith(FORMULA_STARTS)
    return starts and not is_plain_number(text)


def safe_cell(text: str) -> str:
    """The cell as it may go into a CSV file: an apostrophe in front of anything formula-like."""
    return "'" + text if looks_like_formula(text) else text
