"""The lines of an MT940 file cut into fields, and the syntax of the fields that carry money.

An MT940 file is a run of messages. A message may sit in SWIFT blocks (``{1:…}{2:…}{4:``
up to ``-}``) or stand bare, ended by a line ``-`` or by the next ``:20:``. Each field
starts with a tag at the start of a line (``:61:``) and runs on over the lines that follow
until the next tag. Banks put header lines between messages (ABN AMRO: ``ABNANL2A`` and
``940``; Rabobank: ``:940:``); those are skipped where no field is open.

Amounts are written with a decimal comma and no sign (the D/C mark gives it); they become
cents exactly, and more than two decimals (other than trailing zeros) are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from debtordesk.core.import_model import ImportProblem, shorten
from debtordesk.core.money import AmountError, Cents, from_decimal

#: More problems than this are not worth listing; the file is not what we think it is.
MAX_PROBLEMS = 100
#: MT940 lines hold 65 characters; some exports put a whole :86: (6 x 65) on one line. Beyond
#: this a line is not a bank's.
MAX_LINE = 1000

_TAG = re.compile(r":([0-9]{2}[A-Z]?|NS):")
_HEADER_BLOCKS = re.compile(r"(?:\{[1-3S]:(?:[^{}]|\{[^{}]*\})*\})*")
_BLOCK_4 = re.compile(r"\{4:")
_MESSAGE_END = re.compile(r"-\}?(?:\{[5S]:(?:[^{}]|\{[^{}]*\})*\})*")
#: Lines banks write between messages: a BIC (ABN AMRO), the message type, Rabobank's ":940:".
_HEADER_LINE = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|94[02]|:94[02]:")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

#: Tags of MT940 (and the MT942 and bank-specific ones Dutch exports carry) that the reader knows.
KNOWN_TAGS = frozenset({"13", "13D", "20", "21", "23", "25", "25P", "28", "28C", "34F", "60F", "60M", "61",
                        "62F", "62M", "64", "65", "86", "90C", "90D", "NS"})
#: Fields that may run over several lines; every other field is one line.
_MULTILINE_TAGS = frozenset({"61", "86", "NS"})

_AMOUNT = re.compile(r"([0-9]+),([0-9]*)")
_BALANCE = re.compile(r"([CD])([0-9]{6})([A-Z]{3})([0-9][0-9,]*)")
_STATEMENT_LINE = re.compile(
    r"(?P<value>[0-9]{6})(?P<entry>[0-9]{4})?(?P<mark>RC|RD|C|D)(?P<funds>[A-Z])?(?P<amount>[0-9][0-9,]*)"
    r"(?P<type>[NSF][A-Z0-9]{3})(?P<reference>.*?)(?://(?P<bank>.*))?")


class Problems:
    """The problems found so far, capped at ``MAX_PROBLEMS`` (the last one then says so)."""

    def __init__(self) -> None:
        self.items: list[ImportProblem] = []

    def add(self, code: str, line: int = 0, column: str = "", value: str = "") -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(ImportProblem(code, line, column, shorten(value)))
        elif len(self.items) == MAX_PROBLEMS:
            self.items.append(ImportProblem("too_many_problems", line))

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Field:
    """One tagged field: its tag without colons, the line it starts on, its text line by line
    (the first is what follows the tag)."""

    tag: str
    line: int
    lines: tuple[str, ...]

    @property
    def column(self) -> str:
        return f":{self.tag}:"

    @property
    def text(self) -> str:
        return self.lines[0].strip()


@dataclass(frozen=True)
class MessageEnd:
    """The end of a message (``-`` or ``-}``) on ``line``."""

    line: int


def split_fields(lines: list[str], problems: Problems) -> list[Field | MessageEnd]:
    """The file's fields and message ends in order; lines that fit nowhere become problems."""
    out: list[Field | MessageEnd] = []
    open_tag: tuple[str, int, list[str]] | None = None
    block_line = 0  # the line of an open {4: block, 0 when none is open

    def close() -> None:
        nonlocal open_tag
        if open_tag is not None:
            out.append(Field(open_tag[0], open_tag[1], tuple(open_tag[2])))
            open_tag = None

    def take(number: int, line: str) -> None:
        nonlocal open_tag, block_line
        stripped = line.strip()
        if line.startswith("{"):
            close()
            head = _HEADER_BLOCKS.match(line)
            rest = line[head.end():] if head else line
            block = _BLOCK_4.match(rest)
            if block is None:
                if rest.strip():
                    problems.add("block_invalid", number, "{", line)
                return
            if block_line:
                problems.add("message_unterminated", block_line, "{4:")
                out.append(MessageEnd(number))
            block_line = number
            remainder = rest[block.end():]
            if remainder.lstrip().startswith("{"):
                problems.add("block_invalid", number, "{4:", line)
            elif remainder.strip():
                take(number, remainder)
            return
        if stripped.startswith("-") and _MESSAGE_END.fullmatch(stripped):
            close()
            if "}" in stripped and not block_line:
                problems.add("block_invalid", number, "-}", line)
            block_line = 0
            out.append(MessageEnd(number))
            return
        tag = _TAG.match(line)
        if tag is not None:
            close()
            open_tag = (tag.group(1), number, [line[tag.end():]])
            return
        if open_tag is not None and _HEADER_LINE.fullmatch(stripped) and stripped.startswith(":"):
            close()  # Rabobank's ":940:" between statements
            return
        if open_tag is not None:
            if open_tag[0] not in _MULTILINE_TAGS and stripped:
                problems.add("field_invalid", number, f":{open_tag[0]}:", line)
            open_tag[2].append(line)
            return
        if stripped and not _HEADER_LINE.fullmatch(stripped):
            problems.add("text_unexpected", number, "", line)

    for number, line in enumerate(lines, start=1):
        control = _CONTROL.search(line)
        if control is not None:
            problems.add("character_invalid", number, "", repr(control.group()))
            continue
        if len(line) > MAX_LINE:
            problems.add("line_too_long", number, "", line)
            continue
        take(number, line)
    close()
    if block_line:
        problems.add("message_unterminated", block_line, "{4:")
    return out


# -- the syntax of the fields -------------------------------------------------------------

@dataclass(frozen=True)
class Balance:
    """An opening or closing balance (:60F:/:60M:, :62F:/:62M:)."""

    day: date
    currency: str
    cents: Cents


@dataclass(frozen=True)
class Entry:
    """The :61: statement line of one movement.

    Attributes:
        cents: signed, positive for money in (C, or RD: a debit reversed).
        reference: the account owner's reference (often "NONREF").
        bank_reference: what follows "//", the bank's own id; "" when absent.
        supplement: the supplementary details on the continuation line ("" when none).
    """

    value_date: date
    booking_date: date
    cents: Cents
    type_code: str
    reference: str
    bank_reference: str
    supplement: str


def parse_date(text: str, field: Field, problems: Problems) -> date | None:
    """YYMMDD as a date in 20YY (MT940 files of the years 2000–2099)."""
    try:
        return date(2000 + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        problems.add("date_invalid", field.line, field.column, text)
        return None


def parse_amount(text: str, field: Field, problems: Problems) -> Cents | None:
    """"1234,5" as 123450 cents; more than two decimals only when the rest are zeros."""
    match = _AMOUNT.fullmatch(text)
    if match is None:
        problems.add("amount_invalid", field.line, field.column, text)
        return None
    try:
        return from_decimal(Decimal(f"{match.group(1)}.{match.group(2) or '0'}"))
    except AmountError as error:
        problems.add(error.code, field.line, field.column, text)
    except InvalidOperation:
        problems.add("amount_invalid", field.line, field.column, text)
    return None


def parse_balance(field: Field, problems: Problems) -> Balance | None:
    """A balance field: D/C mark, YYMMDD, currency, amount."""
    match = _BALANCE.fullmatch(field.text)
    if match is None:
        problems.add("field_invalid", field.line, field.column, field.text)
        return None
    day = parse_date(match.group(2), field, problems)
    cents = parse_amount(match.group(4), field, problems)
    if day is None or cents is None:
        return None
    return Balance(day, match.group(3), -cents if match.group(1) == "D" else cents)


def _entry_day(value_date: date, month_day: str, field: Field, problems: Problems) -> date | None:
    """The booking date (MMDD) in the year that puts it closest to the value date."""
    candidates = []
    for year in (value_date.year - 1, value_date.year, value_date.year + 1):
        try:
            candidates.append(date(year, int(month_day[:2]), int(month_day[2:])))
        except ValueError:
            continue
    if not candidates:
        problems.add("date_invalid", field.line, field.column, month_day)
        return None
    return min(candidates, key=lambda day: abs((day - value_date).days))


def parse_entry(field: Field, problems: Problems) -> Entry | None:
    """A :61: field: value date, optional booking date, mark, funds code, amount, type,
    references, and at most one line of supplementary details."""
    first = field.lines[0].rstrip()
    match = _STATEMENT_LINE.fullmatch(first)
    if match is None:
        problems.add("field_invalid", field.line, field.column, first)
        return None
    extra = [line.strip() for line in field.lines[1:] if line.strip()]
    if len(extra) > 1:
        problems.add("field_invalid", field.line + len(field.lines) - 1, field.column, extra[-1])
        return None
    value_date = parse_date(match.group("value"), field, problems)
    cents = parse_amount(match.group("amount"), field, problems)
    if value_date is None or cents is None:
        return None
    booking = value_date
    if match.group("entry"):
        booking = _entry_day(value_date, match.group("entry"), field, problems)
        if booking is None:
            return None
    sign = -1 if match.group("mark") in ("D", "RC") else 1
    return Entry(value_date, booking, sign * cents, match.group("type"), match.group("reference").strip(),
                 (match.group("bank") or "").strip(), extra[0] if extra else "")
