"""How amounts and dates are written in the cells of an exported invoice list.

Accounting software writes "1.234,56" and "24-11-2026" in Dutch and "1,234.56" and
"2026-11-24" or "11/24/2026" in English; a CSV file does not say which, so the user
(helped by ``column_mapping.guess_formats``) picks one format for the whole file and
every cell must read cleanly in it. Reading is strict on purpose: "12.50" is not a
Dutch amount and "1,5" not an English one, so a wrong guess shows up as problems
instead of amounts a hundred times too large.

Cells that came typed from a workbook (Excel numbers and dates, see
``importers.table_reading``) are plain text in one fixed form, "1234.56" and
"2026-11-24", whatever format the user picked.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from debtordesk.core.money import AmountError, Cents, from_decimal


class NumberFormat(enum.StrEnum):
    DUTCH = "dutch"  # 1.234,56  (also 1 234,56 and 1234,56)
    ENGLISH = "english"  # 1,234.56  (also 1 234.56 and 1234.56)


class DateFormat(enum.StrEnum):
    DMY = "dmy"  # 24-11-2026, 24/11/2026, 24.11.2026
    YMD = "ymd"  # 2026-11-24 (ISO), 2026/11/24
    MDY = "mdy"  # 11/24/2026


class CellError(ValueError):
    """A cell that does not read as its field asks; ``code`` is the problem's code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_CURRENCY = re.compile(r"^(?:€|EUR)\s*|\s*(?:€|EUR)$", re.IGNORECASE)
_NUMBER = {
    NumberFormat.DUTCH: re.compile(r"(?P<int>\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(?P<frac>\d+))?",
                                   re.ASCII),
    NumberFormat.ENGLISH: re.compile(r"(?P<int>\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(?:\.(?P<frac>\d+))?",
                                     re.ASCII),
}
_TYPED_NUMBER = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
#: Excel keeps 15 significant digits; a stored 59.970000000000006 is 59.97 on screen.
_EXCEL_DIGITS = Context(prec=15, rounding=ROUND_HALF_UP)
_TIME_SUFFIX = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$", re.ASCII)
_DATE = {
    DateFormat.DMY: re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})", re.ASCII),
    DateFormat.YMD: re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})", re.ASCII),
    DateFormat.MDY: re.compile(r"(?P<m>\d{1,2})(?P<sep>[-/.])(?P<d>\d{1,2})(?P=sep)(?P<y>\d{4})", re.ASCII),
}
_TYPED_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", re.ASCII)
#: Dates outside these years are typing errors, not invoices.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def parse_number(text: str, numbers: NumberFormat, *, typed: bool = False) -> Decimal:
    """A cell as an exact Decimal: sign, grouping and decimal mark as ``numbers`` writes them.

    Accepted around the digits: spaces, a euro sign or "EUR", a leading + or -, and
    accounting parentheses for a negative amount ("(12,50)"). A typed cell is a plain
    "-1234.5" and is rounded to Excel's 15 significant digits.

    Raises:
        CellError: "amount_invalid" when the text is not a number in this format.
    """
    if typed:
        if not _TYPED_NUMBER.fullmatch(text):
            raise CellError("amount_invalid")
        return _EXCEL_DIGITS.plus(Decimal(text))
    cleaned = _SPACES.sub(" ", text).strip()
    parentheses = cleaned.startswith("(") and cleaned.endswith(")")
    if parentheses:
        cleaned = cleaned[1:-1].strip()
    cleaned = _CURRENCY.sub("", cleaned).strip()  # "€ -12,50"
    sign = ""
    if cleaned[:1] in ("-", "+"):
        sign, cleaned = cleaned[0], _CURRENCY.sub("", cleaned[1:].strip()).strip()  # "-€ 12,50"
    if parentheses and sign:
        raise CellError("amount_invalid")
    negative = parentheses or sign == "-"
    found = _NUMBER[numbers].fullmatch(cleaned)
    if not found:
        raise CellError("amount_invalid")
    whole = found["int"].replace(".", "").replace(",", "").replace(" ", "")
    try:
        value = Decimal(f"{whole}.{found['frac'] or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        raise CellError("amount_invalid") from None
    return -value if negative else value


def parse_cents(text: str, numbers: NumberFormat, *, typed: bool = False) -> Cents:
    """A cell as whole cents; more than two decimals that are not zeros is refused, never rounded.

    Raises:
        CellError: "amount_invalid".
    """
    try:
        return from_decimal(parse_number(text, numbers, typed=typed))
    except AmountError:
        raise CellError("amount_invalid") from None


def parse_date(text: str, dates: DateFormat, *, typed: bool = False) -> date:
    """A cell as a date in ``dates`` (a typed cell is ISO); a time of day after it is ignored.

    Raises:
        CellError: "date_invalid".
    """
    cleaned = _TIME_SUFFIX.sub("", text.strip())
    found = (_TYPED_DATE if typed else _DATE[dates]).fullmatch(cleaned)
    if not found:
        raise CellError("date_invalid")
    year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CellError("date_invalid")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("date_invalid") from None


def reads_as_number(text: str, numbers: NumberFormat) -> bool:
    try:
        parse_number(text, numbers)
    except CellError:
        return False
    return True


def reads_as_date(text: str, dates: DateFormat) -> bool:
    try:
        parse_date(text, dates)
    except CellError:
        return False
    return True
