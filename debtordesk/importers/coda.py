"""Belgian CODA bank statements (Febelfin "Coded statement of account" 2.x) as BankStatements.

A CODA file is a run of 128-character records: 0 header, 1 old balance, for each movement
a 2.1 record continued by 2.2 and 2.3 and followed by 3.1-3.3 information records, 4 free
communication, 8 new balance and 9 trailer. Banks often send several such files one after
the other in one download; each is one statement of one account.

How the file becomes bank lines, and why:

- Trailer: record 9 counts records 1, 2.x, 3.x and 8 and totals the debit and credit
  amounts of the 2.1 records with detail number 0000. Every statement is checked against
  it ("trailer_mismatch"); a file that ends before its trailer is "trailer_missing". That
  is how a cut or damaged file is caught: a statement never comes back shorter than the
  bank wrote it. The standard's count leaves out records 0, 4 and 9; a count that includes
  the records 4 is accepted as well (a lost record 4 still shows against it).
- Amounts carry three decimals. A booked movement must be whole cents, a non-zero third
  decimal is refused ("amount_invalid"): a euro movement has no thousandths, so one means
  the file is damaged, and a payment we book must be the amount the bank booked. Balances
  are only shown and compared, so a third decimal there is rounded half-up to cents (one
  of the public sample files has one). The trailer check is exact, in thousandths.
- Movements, globalisation, references and texts: see coda_movements.
- Records 4 (free communication about the statement) are checked and counted, their text
  is not kept: a BankStatement has no place for it. The duplicate flag of record 0 and the
  counterparty's BIC (2.2) are not kept either.

Problem codes: "empty", "not_coda", "record_length", "record_unknown", "record_order",
"version_unsupported", "field_invalid", "account_invalid", "currency_invalid",
"amount_invalid", "amount_too_large", "date_invalid", "sequence_mismatch",
"trailer_missing", "trailer_mismatch", "too_many_problems".
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date

from debtordesk.core.import_model import BankStatement, ImportRejected
from debtordesk.core.money import Cents
from debtordesk.importers.coda_fields import (
    RECORD_LENGTH,
    FieldReader,
    Problems,
    Record,
    TooManyProblems,
    account_id,
    decode,
    format_mills,
    kind_label,
    split_lines,
)
from debtordesk.importers.coda_movements import Entry, book, extend, movement_entry

__all__ = ["read_coda", "sniff"]

#: Record 0 begins with its identification and four zeros, then the creation date.
_HEADER = re.compile(r"0{5}[0-9]{6}")
_FIRST_LINE = re.compile(rb"\r\n|\r|\n")
#: The records the trailer counts.
_COUNTED = frozenset({"1", "21", "22", "23", "31", "32", "33", "8"})
_KNOWN = _COUNTED | {"0", "4", "9"}
_DETAIL = re.compile(r"[0-9]{4}")
#: Which record may follow which, within one movement.
_FOLLOWS = {"22": {"21"}, "23": {"21", "22"}, "31": {"21", "22", "23", "31", "32", "33"},
            "32": {"31"}, "33": {"31", "32"}}


def sniff(data: bytes) -> bool:
    """Whether the first line is a CODA header record (128 characters, "00000", application code 05)."""
    first = _FIRST_LINE.split(data[:1024], maxsplit=1)[0]
    text = decode(first)
    return len(text) == RECORD_LENGTH and _HEADER.match(text) is not None and text[14:16] == "05"


def read_coda(data: bytes, *, check_trailer: bool = True) -> list[BankStatement]:
    """Every statement in a CODA file, in file order.

    ``check_trailer=False`` lets a file through whose only problems are trailers that
    disagree with their records (every record was read; some published samples were edited
    by hand); the user decides, having been told.

    Raises:
        ImportRejected: with every problem found (see the module docstring for the codes).
    """
    reader = _CodaReader()
    with contextlib.suppress(TooManyProblems):  # reading stopped at the limit; the problems say why below
        reader.read(decode(bytes(data)))
    if reader.problems:
        only_trailers = all(p.code == "trailer_mismatch" for p in reader.problems.items)
        if check_trailer or not only_trailers:
            raise ImportRejected(reader.problems.items)
    return reader.statements


@dataclass
class _Statement:
    """One CODA file (records 0 to 9) while it is read."""

    number: str = ""
    stage: str = "old_balance"  # then "movements", then "closed" once the new balance is read
    account: str = ""
    currency: str = ""
    opening: Cents | None = None
    closing: Cents | None = None
    closing_date: date | None = None
    entries: list[Entry] = field(default_factory=list)
    groups: list[list[Entry]] = field(default_factory=list)
    detail: int = 0  # the last detail number of the current movement (2.1 and 3.1 records give new ones)
    counted: int = 0
    free_records: int = 0
    debit_mills: int = 0
    credit_mills: int = 0


class _CodaReader:
    """Reads the records in order: a state machine over the files in the data."""

    def __init__(self) -> None:
        self.problems = Problems()
        self.fields = FieldReader(self.problems)
        self.statements: list[BankStatement] = []
        self.current: _Statement | None = None
        self.previous_line = 0
        self.stopped = False

    def read(self, text: str) -> None:
        records = [Record(number, line) for number, line in enumerate(split_lines(text.rstrip("\x1a")), 1) if line]
        if not records:
            self.problems.add("empty")
            return
        if not _HEADER.match(records[0].text):
            self.problems.add("not_coda", records[0].line, "", records[0].text)
            return
        for record in records:
            if len(record.text) == RECORD_LENGTH:
                self._dispatch(record)
            else:
                self.problems.add("record_length", record.line, "record length", str(len(record.text)))
                self._follow_broken(record)
            self.previous_line = record.line
            if self.stopped:
                return
        if self.current is not None:
            self.problems.add("trailer_missing", self.previous_line, "9")

    # -- record by record ---------------------------------------------------------------

    def _dispatch(self, record: Record) -> None:
        kind = record.kind
        if kind not in _KNOWN:
            self.problems.add("record_unknown", record.line, "record identification", record.text[:2])
            return
        if kind == "0":
            self._header(record)
            return
        statement = self.current
        if statement is None:
            self._out_of_order(record)
            return
        if kind in _COUNTED:
            statement.counted += 1
        if kind == "1":
            self._old_balance(statement, record)
        elif kind == "4":
            self._free_communication(statement, record)
        elif kind == "8":
            self._new_balance(statement, record)
        elif kind == "9":
            self._trailer(statement, record)
        elif statement.stage != "movements":
            self._out_of_order(record)
        elif kind == "21":
            self._movement(statement, record)
        else:
            self._continuation(statement, record)

    def _follow_broken(self, record: Record) -> None:
        """Keep the structure going past a record of the wrong length, so one bad line is one problem."""
        kind = record.kind
        if kind == "0":
            self._open(record)
        elif self.current is not None:
            if kind in _COUNTED:
                self.current.counted += 1
            if kind == "1" and self.current.stage == "old_balance":
                self.current.stage = "movements"
            elif kind == "8" and self.current.stage == "movements":
                self.current.stage = "closed"

    def _out_of_order(self, record: Record) -> None:
        self.problems.add("record_order", record.line, "record identification", kind_label(record.kind))

    def _open(self, record: Record) -> None:
        if self.current is not None:
            self.problems.add("trailer_missing", self.previous_line, "9")
        self.current = _Statement()

    def _header(self, record: Record) -> None:
        self._open(record)
        version = record.at(128, 128)
        if version != "2":  # CODA 1 lays its records out differently: reading on would only list noise
            self.problems.add("version_unsupported", record.line, FieldReader.column(record, "version code", 128, 128),
                              version)
            self.stopped = True
        self.fields.day(record, "creation date", 6)

    def _old_balance(self, statement: _Statement, record: Record) -> None:
        if statement.stage != "old_balance":
            self._out_of_order(record)
            return
        statement.stage = "movements"
        statement.number = str(self.fields.number(record, "statement number", 3, 5))
        statement.account, statement.currency = self._account(record)
        mills = self.fields.mills(record, "old balance", 43, 44)
        statement.opening = self.fields.cents(record.line, "1 old balance (44-58)", mills, round_half_up=True)
        self.fields.day(record, "old balance date", 59)

    def _account(self, record: Record) -> tuple[str, str]:
        """Account and currency of record 1, laid out per its account structure (position 2)."""
        structure = record.at(2, 2)
        layouts = {"0": (17, 19), "1": (39, 40), "2": (21, 40), "3": (39, 40)}  # last of number, currency
        if structure not in layouts:
            self.problems.add("account_invalid", record.line, FieldReader.column(record, "account structure", 2, 2),
                              structure)
            return "", ""
        last, currency_at = layouts[structure]
        account = account_id(record.at(6, last))
        if not account:
            self.problems.add("account_invalid", record.line, FieldReader.column(record, "account number", 6, last),
                              record.at(6, last))
        return account, self.fields.currency(record, currency_at)

    def _free_communication(self, statement: _Statement, record: Record) -> None:
        if statement.stage == "old_balance":
            self._out_of_order(record)
            return
        statement.free_records += 1
        self.fields.number(record, "sequence number", 3, 6)

    def _new_balance(self, statement: _Statement, record: Record) -> None:
        if statement.stage != "movements":
            self._out_of_order(record)
            return
        statement.stage = "closed"
        mills = self.fields.mills(record, "new balance", 42, 43)
        statement.closing = self.fields.cents(record.line, "8 new balance (43-57)", mills, round_half_up=True)
        statement.closing_date = self.fields.day(record, "new balance date", 58)

    def _trailer(self, statement: _Statement, record: Record) -> None:
        if statement.stage != "closed":
            self._out_of_order(record)
        self.current = None
        before = len(self.problems.items)
        count = self.fields.number(record, "record count", 17, 22)
        debit = self.fields.number(record, "debit total", 23, 37)
        credit = self.fields.number(record, "credit total", 38, 52)
        if len(self.problems.items) == before:
            if count not in (statement.counted, statement.counted + statement.free_records):
                self._mismatch(record, "record count (17-22)", str(count), str(statement.counted))
            if debit != statement.debit_mills:
                self._mismatch(record, "debit total (23-37)", format_mills(debit), format_mills(statement.debit_mills))
            if credit != statement.credit_mills:
                self._mismatch(record, "credit total (38-52)", format_mills(credit),
                               format_mills(statement.credit_mills))
        self.statements.append(self._statement(statement))

    def _mismatch(self, record: Record, column: str, found: str, counted: str) -> None:
        self.problems.add("trailer_mismatch", record.line, f"9 {column}", f"{found} (counted {counted})")

    # -- movements ----------------------------------------------------------------------

    def _movement(self, statement: _Statement, record: Record) -> None:
        entry = movement_entry(self.fields, record)
        statement.entries.append(entry)
        if entry.detail == 0:
            statement.detail = 0
            statement.groups.append([entry])
            if entry.mills < 0:
                statement.debit_mills -= entry.mills
            else:
                statement.credit_mills += entry.mills
        elif (statement.groups and statement.groups[-1][0].sequence == entry.sequence
              and entry.detail > statement.detail):
            statement.detail = entry.detail
            statement.groups[-1].append(entry)
        else:  # a detail of another movement than the one before it, or out of order
            self.problems.add("sequence_mismatch", record.line,
                              FieldReader.column(record, "sequence and detail number", 3, 10), record.at(3, 10))

    def _continuation(self, statement: _Statement, record: Record) -> None:
        """Records 2.2, 2.3 and 3.x: they follow their 2.1 record and repeat its numbers.

        2.2 and 2.3 repeat the sequence and detail number of their 2.1; a 3.1 repeats the
        sequence number with a detail number higher than any before it in the movement,
        which its 3.2 and 3.3 repeat. Out of step is "sequence_mismatch": information moved
        from one movement or place to another is not silently given to the wrong payment.
        """
        kind = record.kind
        entry = statement.entries[-1] if statement.entries else None
        if entry is None or entry.last_kind not in _FOLLOWS[kind]:
            self._out_of_order(record)
            return
        detail = record.at(7, 10)
        if kind == "31":  # a new detail number; any that is not higher fails the comparison below
            statement.detail = max(statement.detail + 1, int(detail) if _DETAIL.fullmatch(detail) else 0)
        expected = entry.detail if kind in ("22", "23") else statement.detail
        if record.at(3, 10) != f"{entry.sequence:04d}{expected:04d}":
            self.problems.add("sequence_mismatch", record.line,
                              FieldReader.column(record, "sequence and detail number", 3, 10), record.at(3, 10))
            return
        extend(entry, record)

    # -- the statement --------------------------------------------------------------------

    def _statement(self, statement: _Statement) -> BankStatement:
        lines = [line for group in statement.groups
                 for line in book(group, statement.number, statement.currency, self.fields)]
        return BankStatement(
            account=statement.account,
            statement_id=statement.number,
            currency=statement.currency,
            lines=tuple(lines),
            statement_date=statement.closing_date,
            opening_cents=statement.opening,
            closing_cents=statement.closing,
        )
