"""SWIFT MT940 statements as Dutch banks export them: ABN AMRO, ING (also "Mijn ING Zakelijk"),
Rabobank (structured and .swi), Triodos, Knab and ASN Bank.

A file holds one or more statements, each ``:20:`` reference, ``:25:`` account, ``:28C:``
number, ``:60F:``/``:60M:`` opening balance, per movement a ``:61:`` line with its ``:86:``
information, and ``:62F:``/``:62M:`` closing balance. Every statement must add up: opening
plus movements equals closing. That check also catches most files cut short, and a SWIFT
block ``{4:`` without its ``-}`` is refused for the same reason.

How the results come out:
- ``account``: the IBAN (or other id) from :25: without spaces, currency suffix or "BIC/" prefix.
- ``statement_id``: :28C: as written, or :20: when :28C: is all zeros (Rabobank, ING).
- ``statement_date``: the closing balance's date. Years YYMMDD are 20YY; a booking date
  (MMDD) takes the year that puts it nearest its value date.
- ``bank_reference``: what follows "//" on the :61: line, else the :61: reference unless it
  is a placeholder (NONREF, EREF, …) or the counterparty's IBAN (ASN Bank).
- ``counterparty_iban``: only what has the shape of an IBAN; old account numbers are left out.
- ``structured_reference``: a betalingskenmerk as bare digits, an RF reference without spaces,
  a Belgian structured communication as 12 bare digits (see ``mt940_details``); failing those,
  a :61: reference that is a betalingskenmerk with a valid check digit (ING writes it there).
- ``position``: "statement <n>, transaction <m>", both counted from 1 in the file.

Text is read as UTF-8, or as Windows-1252 when it is not valid UTF-8 (older exports).

Problem codes (line, column = the tag, value as found):
- ``empty``; ``not_mt940``: no statement in the file;
- ``encoding_invalid``: UTF-16/32, NUL bytes, bytes neither UTF-8 nor Windows-1252;
- ``character_invalid``: a control character; ``line_too_long``: over 1000 characters;
- ``text_unexpected``: a line outside any field; ``block_invalid``: a broken SWIFT block;
  ``message_unterminated``: ``{4:`` without ``-}`` (a file cut short);
- ``tag_unknown``; ``tag_unexpected``: a field out of place or repeated;
  ``required``: a statement without :25:, :60F: or :62F:;
- ``field_invalid``: a field not laid out as MT940 says; ``date_invalid``; ``amount_invalid``,
  ``amount_too_many_decimals``, ``amount_too_large``;
- ``currency_mismatch``, ``balance_mismatch``: opening + movements is not the closing balance;
- ``too_many_problems``: the list stops after 100.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from debtordesk.core.import_model import BankLine, BankStatement, ImportProblem, ImportRejected
from debtordesk.importers.mt940_details import iban_or_empty, is_betalingskenmerk, read_details
from debtordesk.importers.mt940_fields import (
    KNOWN_TAGS,
    Balance,
    Entry,
    Field,
    MessageEnd,
    Problems,
    parse_balance,
    parse_entry,
    split_fields,
)

_SNIFF_BYTES = 4096
_SNIFF_START = re.compile(r"(?:^|\{4:):20:", re.MULTILINE)
_SNIFF_ACCOUNT = re.compile(r"^:25:", re.MULTILINE)
_UNICODE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_REFERENCE_PLACEHOLDERS = frozenset({"NONREF", "EREF", "PREF", "MARF", "NOTPROVIDED"})
_OLD_ACCOUNT = re.compile(r"P?[0-9]+")


def sniff(data: bytes) -> bool:
    """Whether ``data`` looks like MT940: a :20: and a :25: field near the start."""
    if data.startswith(_UNICODE_BOMS):
        return False
    head = data.removeprefix(codecs.BOM_UTF8)[:_SNIFF_BYTES].decode("latin-1")
    return bool(_SNIFF_START.search(head) and _SNIFF_ACCOUNT.search(head))


def read_mt940(data: bytes, *, check_balances: bool = True) -> list[BankStatement]:
    """Every statement in ``data``, or ImportRejected naming each problem found.

    ``check_balances=False`` lets statements whose movements do not add up to the closing
    balance through (every other problem still rejects the file). Real bank exports add up;
    some published examples do not, and a user may choose to import such a file knowingly.
    """
    text = _decode(data)
    problems = Problems()
    items = split_fields(re.split(r"\r\n|\r|\n", text), problems)
    if not any(isinstance(item, Field) and item.tag == "20" for item in items):
        raise ImportRejected([ImportProblem("not_mt940")])
    statements = _Assembler(problems, check_balances).run(items)
    if problems.items:
        raise ImportRejected(problems.items)
    return statements


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ImportRejected([ImportProblem("empty")])
    if data.startswith(_UNICODE_BOMS) or b"\x00" in data:
        raise ImportRejected([ImportProblem("encoding_invalid", value="UTF-16 or UTF-32")])
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            found = repr(data[error.start:error.end])
            raise ImportRejected([ImportProblem("encoding_invalid", line, "", found)]) from None
    return text.rstrip("\x1a")  # a DOS end-of-file mark


@dataclass
class _Movement:
    tagged: Field
    entry: Entry | None
    info: Field | None = None


@dataclass
class _Open:
    """A statement being read."""

    number: int
    reference: Field
    account: Field | None = None
    sequence: Field | None = None
    opening: Balance | None = None
    opening_field: Field | None = None
    closing: Balance | None = None
    closing_field: Field | None = None
    movements: list[_Movement] = field(default_factory=list)
    broken: bool = False  # a field failed to parse: the sum cannot be checked


class _Assembler:
    """Fields in, statements out; problems go to the shared list."""

    def __init__(self, problems: Problems, check_balances: bool) -> None:
        self.problems = problems
        self.check_balances = check_balances
        self.statements: list[BankStatement] = []
        self.current: _Open | None = None
        self.count = 0

    def run(self, items: list[Field | MessageEnd]) -> list[BankStatement]:
        for item in items:
            if isinstance(item, MessageEnd):
                self._finish()
            elif item.tag not in KNOWN_TAGS:
                self.problems.add("tag_unknown", item.line, item.column, item.text)
            elif item.tag == "20":
                self._finish()
                self.count += 1
                self.current = _Open(self.count, item)
            elif self.current is None:
                self.problems.add("tag_unexpected", item.line, item.column, item.text)
            else:
                self._field(self.current, item)
        self._finish()
        return self.statements

    def _unexpected(self, item: Field) -> None:
        self.problems.add("tag_unexpected", item.line, item.column, item.text)

    def _field(self, st: _Open, item: Field) -> None:
        tag = item.tag
        if tag == "25":
            if st.account is not None or st.opening_field is not None:
                self._unexpected(item)
            if not item.text:
                self.problems.add("field_invalid", item.line, item.column)
            st.account = item
        elif tag in ("28", "28C"):
            if st.sequence is not None or st.opening_field is not None:
                self._unexpected(item)
            st.sequence = item
        elif tag in ("60F", "60M"):
            if st.opening_field is not None:
                self._unexpected(item)
                return
            st.opening_field = item
            st.opening = parse_balance(item, self.problems)
            st.broken |= st.opening is None
        elif tag == "61":
            if st.opening_field is None or st.closing_field is not None:
                self._unexpected(item)
            entry = parse_entry(item, self.problems)
            st.broken |= entry is None
            st.movements.append(_Movement(item, entry))
        elif tag == "86":
            # After a :61: it describes that movement; elsewhere it is about the statement (ignored).
            last = st.movements[-1] if st.movements else None
            if last is not None and last.info is None and st.closing_field is None:
                last.info = item
        elif tag in ("62F", "62M"):
            if st.closing_field is not None or st.opening_field is None:
                self._unexpected(item)
                return
            st.closing_field = item
            st.closing = parse_balance(item, self.problems)
            st.broken |= st.closing is None
        # :13D:, :21:, :34F:, :64:, :65:, :90C:, :90D:, :NS: carry nothing we use.

    def _finish(self) -> None:
        st, self.current = self.current, None
        if st is None:
            return
        for tag, present in ((":25:", st.account), (":60F:", st.opening_field), (":62F:", st.closing_field)):
            if present is None:
                self.problems.add("required", st.reference.line, tag, f"statement {st.number}")
        if st.broken or st.account is None or st.opening is None or st.closing is None:
            return
        closing_field = st.closing_field
        assert closing_field is not None  # set together with st.closing
        if st.opening.currency != st.closing.currency:
            self.problems.add("currency_mismatch", closing_field.line, closing_field.column, closing_field.text)
            return
        movements = [m.entry.cents for m in st.movements if m.entry is not None]
        if self.check_balances and st.opening.cents + sum(movements) != st.closing.cents:
            self.problems.add("balance_mismatch", closing_field.line, closing_field.column, closing_field.text)
            return
        lines = tuple(_bank_line(st, index, movement, st.opening.currency)
                      for index, movement in enumerate(st.movements, start=1))
        self.statements.append(BankStatement(
            account=_account(st.account.text), statement_id=_statement_id(st), currency=st.opening.currency,
            lines=lines, statement_date=st.closing.day, opening_cents=st.opening.cents,
            closing_cents=st.closing.cents))


def _account(text: str) -> str:
    """:25: without spaces, a "BIC/" prefix or a currency suffix ("NL68INGB0000012345EUR")."""
    compact = "".join(text.split()).rpartition("/")[2]
    suffix = re.fullmatch(r"(.*[0-9])([A-Z]{3})", compact)
    return suffix.group(1) if suffix else compact


def _statement_id(st: _Open) -> str:
    number = st.sequence.text if st.sequence is not None else ""
    return number if number.strip("0/") else st.reference.text


def _bank_line(st: _Open, index: int, movement: _Movement, currency: str) -> BankLine:
    entry = movement.entry
    assert entry is not None  # a statement with a broken :61: is never built
    iban_hint = iban_or_empty(entry.supplement) or iban_or_empty(entry.reference)
    name_hint = ""
    supplement = entry.supplement
    if supplement and not iban_or_empty(supplement) and not supplement.startswith("/") \
            and not _OLD_ACCOUNT.fullmatch(supplement):
        name_hint = supplement
    info = read_details(movement.info.lines if movement.info else ("",), iban_hint, name_hint)
    structured_reference = info.structured_reference
    if not structured_reference and is_betalingskenmerk(entry.reference):
        structured_reference = entry.reference  # ING puts the payment reference on the :61: line
    reference = entry.reference
    if reference.upper() in _REFERENCE_PLACEHOLDERS or iban_or_empty(reference):
        reference = ""
    return BankLine(
        booking_date=entry.booking_date, amount_cents=entry.cents, currency=currency,
        value_date=entry.value_date, counterparty_name=info.counterparty_name,
        counterparty_iban=info.counterparty_iban, structured_reference=structured_reference,
        remittance=info.remittance, end_to_end_id=info.end_to_end_id,
        bank_reference=entry.bank_reference or reference,
        position=f"statement {st.number}, transaction {index}", source_line=movement.tagged.line)
