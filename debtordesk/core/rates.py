"""Interest rate tables as effective-dated data, shipped and user-updatable.

Statutory rates change every half-year or year by publication (legal.md A.2, B.1, B.2), so
they live in CSV files (``resources/rates/<table>.csv``, columns ``from,percent,source,
source_date``) rather than in code. A user who reads a newer rate can drop a same-named CSV
in their own rates folder; it replaces the shipped table when it is valid. A broken user
file is never fatal: it is ignored and described in ``RateBook.problems`` (file, line, what
is wrong) so the UI can tell the user, and the shipped table stays in use.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from debtordesk.resources import resource_path

#: The tables DebtorDesk ships, one per rate in legal.md.
TABLES = ("nl_commercial", "nl_statutory", "be_commercial", "be_statutory")
#: Columns a rate file must have; ``source`` and ``source_date`` are optional in a user's file.
REQUIRED_COLUMNS = ("from", "percent")
COLUMNS = ("from", "percent", "source", "source_date")


class RateUnknown(LookupError):
    """No rate is known for a day: it lies before the table's first row."""

    def __init__(self, table: str, day: date, first: date | None) -> None:
        since = f"; the table starts on {first.isoformat()}" if first else "; the table is empty"
        super().__init__(f"no {table} rate is known for {day.isoformat()}{since}")
        self.table = table
        self.day = day
        self.first = first


@dataclass(frozen=True)
class RateRow:
    """The rate in force from ``start`` until the next row's start (the last row: open-ended).

    Attributes:
        start: first day the rate applies.
        percent: yearly rate in percent, e.g. ``Decimal("10.15")``.
        source: where the figure comes from (legal.md source keys, conflicts, UNCONFIRMED marks).
        source_date: the date of the source text, as written in the file ("2026-02-18", "undated").
    """

    start: date
    percent: Decimal
    source: str
    source_date: str


@dataclass(frozen=True)
class RateFileProblem:
    """Why a user's rate file was refused.

    Attributes:
        path: the file.
        line: line number in the file (1 = the header); 0 when the file could not be read at all.
        code: a stable key for the UI: unreadable, empty, missing_column, bad_date, bad_number,
            negative_rate, not_sorted, duplicate_date.
        text: an English sentence naming the problem and the offending text.
    """

    path: Path
    line: int
    code: str
    text: str


class RateTable:
    """One table's rows, sorted by start date, and where they were read from."""

    def __init__(self, name: str, rows: Sequence[RateRow], origin: Path) -> None:
        self.name = name
        self.rows = tuple(rows)
        self.origin = origin

    def __repr__(self) -> str:
        return f"RateTable({self.name!r}, {len(self.rows)} rows, origin={str(self.origin)!r})"

    @property
    def first_day(self) -> date | None:
        return self.rows[0].start if self.rows else None

    def rate_on(self, day: date) -> RateRow:
        """The row in force on ``day``; raises RateUnknown before the first row."""
        found: RateRow | None = None
        for row in self.rows:
            if row.start > day:
                break
            found = row
        if found is None:
            raise RateUnknown(self.name, day, self.first_day)
        return found

    def changes_between(self, first: date, last: date) -> list[date]:
        """Start dates of rows in (first, last]: the days a running rate may change."""
        return [row.start for row in self.rows if first < row.start <= last]


class RateBook:
    """The tables in use: shipped ones, each replaced by a valid user file of the same name.

    Attributes:
        problems: user files that were refused, with the reason (empty when all is well).
    """

    def __init__(self, tables: dict[str, RateTable], problems: Iterable[RateFileProblem] = ()) -> None:
        self._tables = dict(tables)
        self.problems = tuple(problems)

    def table(self, name: str) -> RateTable:
        try:
            return self._tables[name]
        except KeyError:
            raise KeyError(f"no rate table named {name!r}; known: {', '.join(sorted(self._tables))}") from None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._tables)


class _Refused(Exception):
    def __init__(self, line: int, code: str, text: str) -> None:
        super().__init__(text)
        self.line = line
        self.code = code
        self.text = text


def parse_rate_text(text: str, name: str, origin: Path) -> RateTable | RateFileProblem:
    """A table from CSV text, or the first problem found in it."""
    try:
        return _parse(text, name, origin)
    except _Refused as refused:
        return RateFileProblem(origin, refused.line, refused.code, refused.text)
    except csv.Error as error:  # e.g. a field longer than the csv module allows
        return RateFileProblem(origin, 0, "unreadable", f"the file is not a readable CSV table: {error}")


def _parse(text: str, name: str, origin: Path) -> RateTable:
    text = text.removeprefix("\ufeff")  # a spreadsheet's byte-order mark
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in Dutch or French locales save with ";" between fields.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list[str] | None = None
    for header_row in reader:
        if any(cell.strip() for cell in header_row):
            header = [cell.strip().lower() for cell in header_row]
            break
    if header is None:
        raise _Refused(1, "empty", "the file is empty")
    header_line = reader.line_num
    for column in REQUIRED_COLUMNS:
        if column not in header:
            raise _Refused(header_line, "missing_column",
                           f"the column {column!r} is missing (expected: {','.join(COLUMNS)})")
    where = {column: header.index(column) for column in COLUMNS if column in header}
    rows: list[RateRow] = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        line = reader.line_num
        start, percent, source, source_date = (_cell(cells, where.get(column)) for column in COLUMNS)
        rows.append(_parse_row(start, percent, source, source_date, line, origin))
        if len(rows) > 1 and rows[-1].start <= rows[-2].start:
            code = "duplicate_date" if rows[-1].start == rows[-2].start else "not_sorted"
            raise _Refused(line, code, f"{rows[-1].start.isoformat()} does not come after "
                                       f"{rows[-2].start.isoformat()} (rows must be in date order, each date once)")
    if not rows:
        raise _Refused(header_line, "empty", "the file has a header but no rates")
    return RateTable(name, rows, origin)


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _parse_row(start_text: str, percent_text: str, source: str, source_date: str, line: int,
               origin: Path) -> RateRow:
    try:
        start = date.fromisoformat(start_text)
        if len(start_text) != 10:
            raise ValueError(start_text)
    except ValueError:
        raise _Refused(line, "bad_date", f"{start_text!r} is not a date written as YYYY-MM-DD") from None
    cleaned = percent_text.removesuffix("%").strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        percent = Decimal(cleaned)
    except InvalidOperation:
        percent = Decimal("NaN")
    if not cleaned or not percent.is_finite():
        raise _Refused(line, "bad_number", f"{percent_text!r} is not a percentage such as 10.15")
    if percent < 0:
        raise _Refused(line, "negative_rate", f"{percent_text!r} is negative")
    return RateRow(start, percent, source or f"{origin.name} line {line}", source_date)


def read_rate_file(path: Path, name: str) -> RateTable | RateFileProblem:
    """The table in ``path``, or the reason it cannot be used."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return RateFileProblem(path, 0, "unreadable", f"the file cannot be read as UTF-8 text: {error}")
    return parse_rate_text(text, name, path)


def shipped_rate_path(name: str) -> Path:
    return resource_path("rates", f"{name}.csv")


def load_rate_book(user_dir: Path | None = None) -> RateBook:
    """The shipped tables, each completed by a valid ``<name>.csv`` from ``user_dir``.

    The user's rows add to the shipped ones and win on the same date: a user who adds
    the newest half-year keeps getting the rows a later release ships, instead of an old
    full copy hiding them.

    Never raises for a user's file: a broken one lands in ``problems`` and the shipped
    table is used. A broken shipped table is a bug in the installation and is reported
    the same way (its table is then missing from the book).
    """
    tables: dict[str, RateTable] = {}
    problems: list[RateFileProblem] = []
    for name in TABLES:
        shipped = read_rate_file(shipped_rate_path(name), name)
        if isinstance(shipped, RateTable):
            tables[name] = shipped
        else:
            problems.append(shipped)
        if user_dir is None:
            continue
        own_path = user_dir / f"{name}.csv"
        if not own_path.is_file():
            continue
        own = read_rate_file(own_path, name)
        if isinstance(own, RateTable):
            base = tables.get(name)
            rows = {row.start: row for row in (base.rows if base else ())} | {row.start: row for row in own.rows}
            tables[name] = RateTable(name, [rows[start] for start in sorted(rows)], own.origin)
        else:
            problems.append(own)
    return RateBook(tables, problems)
