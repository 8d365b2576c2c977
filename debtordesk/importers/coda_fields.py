"""The fields of CODA's 128-character records, read one by one, each refusal located.

CODA (Febelfin "Coded statement of account") is fixed width: a field is a range of
positions, numbered from 1 as the standard numbers them. Everything here reads one field
and either returns its value or notes a problem (line, field and positions, the text
found) and returns a placeholder; the reader raises once, with every problem, at the end.

Text: banks write CODA in Latin-1 or in the DOS code page CP850, a few in UTF-8. A file
that is valid UTF-8 is read as such (and one with a UTF-16 byte order mark, as an editor
may save it, as UTF-16); otherwise bytes 0x80-0x9F (control characters in Latin-1,
accented letters in CP850) say CP850, and Latin-1 is read otherwise. Neither single-byte
decoding can fail, so no bytes make the reader crash; a wrong guess only changes an
accented letter in a name.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum import iban as stdnum_iban
from stdnum.be import iban as belgian_iban

from debtordesk.core.import_model import ImportProblem, shorten
from debtordesk.core.money import AmountError, Cents, from_decimal

RECORD_LENGTH = 128
#: More problems than this and the file is not worth listing line by line.
MAX_PROBLEMS = 100

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CP850_LETTERS = re.compile(rb"[\x80-\x9f]")
_DIGITS = re.compile(r"[0-9]+")
_CURRENCY = re.compile(r"[A-Z]{3}")
_CENT = Decimal("0.01")


def decode(data: bytes) -> str:
    """The file's text: UTF-8 when it is valid UTF-8, else CP850 or Latin-1 (see the module docstring)."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    encodings = ("utf-16", "utf-8") if data.startswith(_UTF16_BOMS) else ("utf-8",)
    for encoding in encodings:
        with contextlib.suppress(UnicodeDecodeError):  # not this encoding: try the next, then CP850/Latin-1
            return data.decode(encoding)
    if _CP850_LETTERS.search(data):
        return data.decode("cp850")
    return data.decode("latin-1")


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` on CR LF, LF or CR (never on the other breaks str.splitlines knows)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass(frozen=True)
class Record:
    """One line of the file: its 1-based line number and its text."""

    line: int
    text: str

    @property
    def kind(self) -> str:
        """The record identification: "0", "1", "4", "8", "9", or two digits for "21" … "33"."""
        return self.text[:2] if self.text[:1] in ("2", "3") else self.text[:1]

    def at(self, first: int, last: int) -> str:
        """Positions ``first`` to ``last``, 1-based and inclusive as the standard numbers them."""
        return self.text[first - 1:last]


def kind_label(kind: str) -> str:
    """A record identification as the standard writes it: "2.1" for "21"."""
    return f"{kind[0]}.{kind[1]}" if len(kind) == 2 else kind


class TooManyProblems(Exception):
    """Raised by Problems once MAX_PROBLEMS are noted: reading stops there."""


class Problems:
    """The problems found so far, in file order."""

    def __init__(self) -> None:
        self.items: list[ImportProblem] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, code: str, line: int = 0, column: str = "", value: str = "") -> None:
        self.items.append(ImportProblem(code, line, column, shorten(value)))
        if len(self.items) >= MAX_PROBLEMS:
            self.items.append(ImportProblem("too_many_problems", line))
            raise TooManyProblems


class FieldReader:
    """Reads fields of records into values, noting each field that is not what the standard says."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    @staticmethod
    def column(record: Record, name: str, first: int, last: int) -> str:
        """How a problem names a field: record, field, positions, e.g. "2.1 amount (33-47)"."""
        where = f"{first}" if first == last else f"{first}-{last}"
        return f"{kind_label(record.kind)} {name} ({where})"

    def number(self, record: Record, name: str, first: int, last: int) -> int:
        """A field of digits only; 0 (and a problem "field_invalid") otherwise."""
        text = record.at(first, last)
        if _DIGITS.fullmatch(text):
            return int(text)
        self.problems.add("field_invalid", record.line, self.column(record, name, first, last), text)
        return 0

    def day(self, record: Record, name: str, first: int, *, optional: bool = False) -> date | None:
        """A DDMMYY date at ``first``; None for "000000" when ``optional``.

        Two-digit years 00-79 are 2000-2079 and 80-99 are 1980-1999; CODA 2 files are from
        this century, so the window only matters for a date the bank typed wrong.
        """
        text = record.at(first, first + 5)
        if optional and text == "000000":
            return None
        if _DIGITS.fullmatch(text):
            day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
            with contextlib.suppress(ValueError):  # digits that are no date (31 February): a problem below
                return date(2000 + year if year < 80 else 1900 + year, month, day)
        self.problems.add("date_invalid", record.line, self.column(record, name, first, first + 5), text)
        return None

    def mills(self, record: Record, name: str, sign_at: int, first: int) -> int:
        """A signed amount in thousandths: sign (0 credit, 1 debit) at ``sign_at``, 15 digits from ``first``."""
        sign, digits = record.at(sign_at, sign_at), record.at(first, first + 14)
        if sign in ("0", "1") and _DIGITS.fullmatch(digits):
            return -int(digits) if sign == "1" else int(digits)
        self.problems.add("amount_invalid", record.line, self.column(record, name, sign_at, first + 14),
                          sign + digits)
        return 0

    def cents(self, line: int, column: str, mills: int, *, round_half_up: bool = False) -> Cents:
        """``mills`` as cents: whole cents only, or rounded half-up when ``round_half_up``.

        A non-zero third decimal is "amount_invalid" unless rounding is asked for; an amount
        beyond core.money's limit is "amount_too_large".
        """
        value = Decimal(mills).scaleb(-3)
        if round_half_up:
            value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
        try:
            return from_decimal(value)
        except AmountError as error:
            code = "amount_invalid" if error.code == "amount_too_many_decimals" else error.code
            self.problems.add(code, line, column, f"{value}")
            return 0

    def currency(self, record: Record, first: int) -> str:
        """An ISO 4217 code of three capital letters at ``first``."""
        text = record.at(first, first + 2)
        if _CURRENCY.fullmatch(text):
            return text
        self.problems.add("currency_invalid", record.line, self.column(record, "currency", first, first + 2), text)
        return ""


def format_mills(mills: int) -> str:
    """Thousandths as the standard's three-decimal amount, e.g. "-9.680", for a problem's value."""
    return f"{Decimal(mills).scaleb(-3)}"


def account_id(number: str) -> str:
    """An account number as the statement gives it, compacted: an IBAN without spaces in capitals.

    A Belgian account in the old 12-digit form (BBAN) becomes its IBAN when its own check
    digits hold, so it compares with the IBANs the rest of the app knows; anything else is
    kept as written. An all-zero or blank number is no account ("").
    """
    compact = "".join(number.split()).upper()
    if not compact.strip("0"):
        return ""
    if len(compact) == 12 and _DIGITS.fullmatch(compact):
        candidate = "BE" + stdnum_iban.calc_check_digits("BE00" + compact) + compact
        if belgian_iban.is_valid(candidate):
            return candidate
    return compact


def collapse(text: str) -> str:
    """Fixed-width text as words separated by single spaces."""
    return " ".join(text.split())
