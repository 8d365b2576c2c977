"""CODA movements: records 2.1-2.3 and 3.1-3.3 gathered per movement, then booked as bank lines.

- Globalisation: a 2.1 record with detail number 0000 is a movement on the account; the
  2.1 records after it with the same sequence number and a detail number above 0000 are
  its details. The first digit of the transaction code (its "type") says what they are.
  A total made by the customer (type 1, e.g. a batch of SEPA direct-debit collections) or
  by the bank (type 2, e.g. the incoming transfers of a day credited as one sum) has
  details of type 5, 6 or 7 that are the separate payments, each with its own counterparty
  and communication. Those details are booked instead of the total, so each can be matched
  to its invoice, provided they add up to the total; otherwise the total alone is booked.
  Any other movement (type 0, or type 3 with type 8 details that break one amount down
  into e.g. costs and VAT, capital and interest, or a foreign amount) is booked once, with
  its own amount; the free text of its details is added to its remittance.
- References: a structured communication of type 101 or 102 is the Belgian structured
  communication (OGM/VCS) and comes out as its 12 bare digits in structured_reference, as
  written (its check digits are the bank's business). Other structured types (105 original
  amount, 107 direct debit, 114 card payment, 127 SEPA direct debit, ...) are not payment
  references: their text goes to the remittance as written. The customer reference of
  record 2.2 (the SEPA end-to-end id) is end_to_end_id.
- Counterparty: account and name from record 2.3, the name from an information record of
  type 001 when 2.3 has none. Belgian account numbers in the old 12-digit form become IBANs.
- Texts keep their fixed-width zones unstripped until the end and are joined as they
  are, because a word may run on from one record into the next ("Avenue Marni" + "x 24").
- bank_reference is "<statement>/<sequence>/<detail> <bank reference>": the CODA numbers
  keep two movements with the same bank reference apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from debtordesk.core.import_model import BankLine
from debtordesk.importers.coda_fields import FieldReader, Record, account_id, collapse

_PAYMENT_REFERENCE_TYPES = ("101", "102")
_COUNTERPARTY_INFO_TYPE = "001"
_OGM = re.compile(r"[0-9]{12}")
_BELGIAN_ACCOUNT = re.compile(r"[0-9]{12} ")
_TOTAL_TYPES = (1, 2)
_SEPARATE_DETAIL_TYPES = (5, 6, 7)
_AMOUNT_COLUMN = "2.1 amount (33-47)"


@dataclass
class _Chunk:
    """Text of information records; ``structured`` when it follows a structured type other than 001."""

    structured: bool
    text: str


@dataclass
class Entry:
    """One movement record 2.1 with what its 2.2, 2.3 and information records add.

    Attributes:
        kind: the transaction type, first digit of the transaction code (see the module docstring).
        mills: the signed amount in thousandths, as the file gives it.
        structured_type: the type of a structured communication, "" for free text.
        communication: the communication zones of 2.1, 2.2 and 2.3, unstripped and joined.
        last_kind: the last record read for this entry, which decides what may follow.
    """

    line: int
    sequence: int
    detail: int
    kind: int
    mills: int
    value_date: date | None
    entry_date: date | None
    bank_reference: str
    structured_type: str
    communication: str
    customer_reference: str = ""
    counterparty_account: str = ""
    counterparty_name: str = ""
    info_name: str = ""
    info: list[_Chunk] = field(default_factory=list)
    info_type: str = ""
    last_kind: str = "21"


def movement_entry(fields: FieldReader, record: Record) -> Entry:
    """A 2.1 record as an Entry; invalid fields are noted by ``fields`` and read as placeholders."""
    flag, zone = record.at(62, 62), record.at(63, 115)
    entry = Entry(
        line=record.line,
        sequence=fields.number(record, "sequence number", 3, 6),
        detail=fields.number(record, "detail number", 7, 10),
        kind=fields.number(record, "transaction type", 54, 54),
        mills=fields.mills(record, "amount", 32, 33),
        value_date=fields.day(record, "value date", 48, optional=True),
        entry_date=fields.day(record, "entry date", 116),
        bank_reference=collapse(record.at(11, 31)),
        structured_type=zone[:3] if flag == "1" else "",
        communication=zone,
    )
    fields.number(record, "globalisation code", 125, 125)
    return entry


def extend(entry: Entry, record: Record) -> None:
    """Add a 2.2, 2.3 or 3.x record to the entry it follows (order and sequence already checked)."""
    kind = record.kind
    if kind == "22":
        entry.communication += record.at(11, 63)
        entry.customer_reference = collapse(record.at(64, 98))
    elif kind == "23":
        zone = record.at(11, 47)
        entry.counterparty_account = account_id(zone[:12] if _BELGIAN_ACCOUNT.fullmatch(zone[:13]) else zone[:34])
        entry.counterparty_name = collapse(record.at(48, 82))
        entry.communication += record.at(83, 125)
    else:
        _information(entry, record)
    entry.last_kind = kind


def _information(entry: Entry, record: Record) -> None:
    """Records 3.1-3.3: free text, the counterparty (type 001), or other structured text."""
    kind = record.kind
    if kind == "31":
        chain_is_free = entry.last_kind in ("31", "32", "33") and entry.info_type == ""
        structured = record.at(40, 40) == "1"
        entry.info_type = record.at(41, 43) if structured else ""
        if not structured:
            _add_info(entry, False, record.at(41, 113), joins=chain_is_free)
        elif entry.info_type == _COUNTERPARTY_INFO_TYPE:
            entry.info_name = entry.info_name or collapse(record.at(44, 113))
        else:
            _add_info(entry, True, record.at(44, 113), joins=False)
        return
    text = record.at(11, 115) if kind == "32" else record.at(11, 100)
    if entry.info_type == "":
        _add_info(entry, False, text, joins=True)
    elif entry.info_type != _COUNTERPARTY_INFO_TYPE:
        _add_info(entry, True, text, joins=True)
    elif kind == "33":  # type 001 ends with 3.2 (street, place, id); more text is a free note
        _add_info(entry, False, text, joins=False)


def _add_info(entry: Entry, structured: bool, text: str, *, joins: bool) -> None:
    """Add information text; ``joins`` continues the last chunk of the same kind."""
    if joins and entry.info and entry.info[-1].structured == structured:
        entry.info[-1].text += text
    else:
        entry.info.append(_Chunk(structured, text))


def book(group: list[Entry], statement_number: str, currency: str, fields: FieldReader) -> list[BankLine]:
    """The lines one movement books: its separate details, or itself (see the module docstring)."""
    main, details = group[0], group[1:]
    separate = [detail for detail in details if detail.kind in _SEPARATE_DETAIL_TYPES]
    if main.kind in _TOTAL_TYPES and separate and sum(detail.mills for detail in separate) == main.mills:
        return [_line(detail, statement_number, currency, fields, fallback=main) for detail in separate]
    return [_line(main, statement_number, currency, fields, breakdown=details)]


def _line(entry: Entry, statement_number: str, currency: str, fields: FieldReader, *,
          breakdown: list[Entry] | None = None, fallback: Entry | None = None) -> BankLine:
    reference, texts = _texts(entry)
    for detail in breakdown or []:
        texts += _texts(detail, free_only=True)[1]
    if not texts and fallback is not None:
        texts = _texts(fallback, free_only=True)[1]
    position = f"statement {statement_number}, movement {entry.sequence}"
    numbers = f"{statement_number}/{entry.sequence:04d}/{entry.detail:04d}"
    return BankLine(
        booking_date=entry.entry_date,  # type: ignore[arg-type]  # None only when a problem is noted
        amount_cents=fields.cents(entry.line, _AMOUNT_COLUMN, entry.mills),
        currency=currency,
        value_date=entry.value_date,
        counterparty_name=entry.counterparty_name or entry.info_name,
        counterparty_iban=entry.counterparty_account,
        structured_reference=reference,
        remittance=" ".join(texts),
        end_to_end_id=entry.customer_reference,
        bank_reference=f"{numbers} {entry.bank_reference}".strip(),
        position=position + (f", detail {entry.detail}" if entry.detail else ""),
        source_line=entry.line,
    )


def _texts(entry: Entry, *, free_only: bool = False) -> tuple[str, list[str]]:
    """The payment reference of ``entry`` and its other texts, collapsed; only free text when ``free_only``."""
    reference, communication = "", entry.communication
    if entry.structured_type:
        communication = communication[3:]
        if entry.structured_type in _PAYMENT_REFERENCE_TYPES and _OGM.fullmatch(communication[:12]):
            reference, communication = communication[:12], communication[12:]
        elif free_only:
            communication = ""
    chunks = [communication] + [chunk.text for chunk in entry.info if not (free_only and chunk.structured)]
    return reference, [text for text in map(collapse, chunks) if text]
