"""Money as integer cents.

Amounts never pass through float: text is parsed to ``Decimal`` by babel and
converted to whole cents; display goes the other way. A euro amount with more
than two decimals is refused rather than silently rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_currency, parse_decimal

Cents = int

_CENT = Decimal("0.01")
_AMOUNT_CHARS = re.compile(r"[+-]?[0-9][0-9.,]*")
#: Largest amount we accept: ten billion euros keeps sums well inside SQLite's int64.
MAX_CENTS = 10_000_000_000_00


class AmountError(ValueError):
    """Text that is not an amount; ``code`` names the problem for the UI."""

    def __init__(self, code: str, text: str, suggestion: str = "") -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text
        self.suggestion = suggestion


def to_decimal(cents: Cents) -> Decimal:
    """Cents as a Decimal number of currency units (exact)."""
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise TypeError(f"cents must be int, not {type(cents).__name__}")
    return Decimal(cents) / 100


def from_decimal(value: Decimal) -> Cents:
    """A Decimal with at most two decimals as cents; more decimals is an error."""
    if not isinstance(value, Decimal):
        raise TypeError(f"value must be Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise AmountError("amount_invalid", str(value))
    if abs(value) * 100 > MAX_CENTS:  # before quantize, which fails on huge exponents
        raise AmountError("amount_too_large", str(value))
    if value.quantize(_CENT) != value:
        raise AmountError("amount_too_many_decimals", str(value))
    cents = int(value * 100)
    if abs(cents) > MAX_CENTS:
        raise AmountError("amount_too_large", str(value))
    return cents


def parse_amount(text: str, locale: str) -> Cents:
    """Parse what a user typed ("1.234,56", "€ 12,50", "1,234.56") to cents.

    The language's own separators are tried first. A plain number written the
    other way ("12.50" in Dutch) is accepted when it cannot mean anything else:
    one separator followed by one or two digits.
    """
    cleaned = text.replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        raise AmountError("amount_empty", text)
    if not _AMOUNT_CHARS.fullmatch(cleaned):
        # Refuses exponents ("1e5"), underscores ("1_000") and non-ASCII digits up front.
        raise AmountError("amount_invalid", text)
    try:
        value = parse_decimal(cleaned, locale=locale, strict=True)
    except NumberFormatError as error:
        value = _parse_foreign_decimal(cleaned)
        if value is None:
            suggestion = ""
            if getattr(error, "suggestions", None):
                suggestion = error.suggestions[-1]
            raise AmountError("amount_invalid", text, suggestion) from None
    except (InvalidOperation, ValueError):
        raise AmountError("amount_invalid", text) from None
    return from_decimal(value)


def _parse_foreign_decimal(cleaned: str) -> Decimal | None:
    sign = ""
    if cleaned[:1] in "+-":
        sign, cleaned = cleaned[:1], cleaned[1:]
    for sep in ".,":
        whole, found, frac = cleaned.partition(sep)
        if found and whole.isdigit() and frac.isdigit() and 1 <= len(frac) <= 2 and sep not in frac:
            return Decimal(f"{sign}{whole}.{frac}")
    return None


def format_amount(cents: Cents, locale: str, currency: str = "EUR") -> str:
    """Cents formatted for display in the given locale, e.g. "€ 1.234,56"."""
    return format_currency(to_decimal(cents), currency, locale=locale)


def format_plain(cents: Cents, locale: str) -> str:
    """Cents as an editable number without currency sign, e.g. "1.234,56"."""
    from babel.numbers import format_decimal

    return format_decimal(to_decimal(cents), format="#,##0.00", locale=locale)
