"""Reader of ISO 20022 camt.053 bank statements (BankToCustomerStatement), every version.

Dutch and Belgian banks export an account's statements as camt.053 XML; the credits in it
are the clients' payments that settle invoices. Versions .001.02 to .001.08 differ in
namespace and in where a few elements sit (``Sts`` or ``Sts/Cd``, ``Dbtr/Nm`` or
``Dbtr/Pty/Nm``), so elements are found by local name and both places are read.

Per ``Stmt``: the account (``Acct/Id/IBAN``, else ``Acct/Id/Othr/Id``), ``Id``, the
currency (``Acct/Ccy``, else the first balance's or entry's ``Ccy``), the date
(``FrToDt/ToDtTm``, else the closing balance's date, else ``CreDtTm``; as written, in the
bank's time zone), the opening (OPBD, else PRCD) and closing (CLBD) balances.

Per booked ``Ntry``: the amount, positive for CRDT and negative for DBIT (also for a
reversal, ``RvslInd``: the indicator says which way the money went), ``BookgDt`` (else
``ValDt``), ``ValDt``, ``AcctSvcrRef`` as bank reference, and from ``NtryDtls/TxDtls``:
the counterparty (the debtor of a credit, the creditor of a debit), the structured
creditor reference (Belgian structured communication as 12 bare digits, RF and others
without spaces), the unstructured remittance joined (else ``AddtlTxInf``, else
``AddtlNtryInf``, where banks put the description of an entry without details) and the
end-to-end id ("NOTPROVIDED" is dropped).

Choices a user of the result should know:
- Entries with another status than BOOK (PDNG, INFO, FUTR) are skipped: the money is not
  on the account yet. Their amount must still be readable (the bank's summary counts
  them), and an unknown status is a problem, not a skip.
- A batch entry with several ``TxDtls`` becomes one line per ``TxDtls`` when each has an
  amount in the entry's currency (``TxDtls/Amt``, else ``AmtDtls/TxAmt/Amt``) and together
  they make the entry's amount; those lines are "statement n, entry m.k" and carry the
  entry's bank reference + "#k", so a re-import recognises each. Otherwise the entry is one
  line, with the details its transactions agree on.
- ISO 20022 amounts have up to five decimals; more than two are rounded half-up to cents.
- A balance in another currency than the statement's is left out (None).
- When the statement is complete (not one page of several), its ``TxsSummry/TtlNtries``
  must agree with its entries (count, sum, net): a statement that lost entries is refused.

Problem codes: "empty", "not_camt053", "encoding_invalid", "entities_forbidden",
"truncated", "xml_invalid" (see camt053_xml), "required" (a missing element),
"amount_invalid", "currency_invalid", "date_invalid", "indicator_invalid" (CdtDbtInd
not CRDT/DBIT), "status_invalid", "summary_mismatch".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.etree.ElementTree import Element

from debtordesk.core.import_model import BankLine, BankStatement, ImportProblem, ImportRejected, shorten
from debtordesk.core.money import MAX_CENTS, Cents
from debtordesk.importers.camt053_xml import XmlDocument, child, children, local_name, parse_xml, text

_SNIFF_BYTES = 8192
_SNIFF_MARKS = (b"BkToCstmrStmt", b"camt.053",
                "BkToCstmrStmt".encode("utf-16-le"), "BkToCstmrStmt".encode("utf-16-be"))
_AMOUNT = re.compile(r"\+?(\d{0,18})(?:\.(\d{0,5}))?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")
_COUNT = re.compile(r"\d{1,15}")
_BELGIAN_STRUCTURED = re.compile(r"[+*]{0,3}\d{3}/?\d{4}/?\d{5}[+*]{0,3}")
_SKIPPED_STATUSES = frozenset({"PDNG", "INFO", "FUTR"})
_SIGNS = {"CRDT": 1, "DBIT": -1}


def sniff(data: bytes) -> bool:
    """Whether the bytes look like a camt.053 statement (its message element or namespace)."""
    head = data[:_SNIFF_BYTES]
    return any(mark in head for mark in _SNIFF_MARKS)


def read_camt053(data: bytes) -> list[BankStatement]:
    """Every statement in a camt.053 file, in file order.

    Raises:
        ImportRejected: with every problem found; nothing of the file is returned then.
    """
    document = parse_xml(data, looks_right=sniff(data), not_kind="not_camt053")
    root = document.root
    message = root if local_name(root) == "BkToCstmrStmt" else child(root, "BkToCstmrStmt")
    if message is None:
        raise ImportRejected([ImportProblem("not_camt053", document.line(root), local_name(root), shorten(root.tag))])
    reader = _Reader(document)
    statements = reader.message(message)
    if reader.problems:  # in file order, each once (a bad Ccy may be met twice)
        raise ImportRejected(sorted(dict.fromkeys(reader.problems), key=lambda problem: problem.line))
    return statements


@dataclass(frozen=True)
class _Money:
    cents: Cents
    currency: str  # "" when the element has no Ccy


@dataclass(frozen=True)
class _Details:
    """What a TxDtls says beyond its amount."""

    name: str = ""
    iban: str = ""
    reference: str = ""
    remittance: str = ""
    end_to_end_id: str = ""


class _Reader:
    """Walks one parsed file, collecting every problem instead of stopping at the first."""

    def __init__(self, document: XmlDocument) -> None:
        self.document = document
        self.problems: list[ImportProblem] = []

    def problem(self, code: str, element: Element | None, column: str, value: str = "") -> None:
        self.problems.append(ImportProblem(code, self.document.line(element), column, shorten(value)))

    def message(self, message: Element) -> list[BankStatement]:
        found = children(message, "Stmt")
        if not found:
            self.problem("required", message, "BkToCstmrStmt/Stmt")
        partial_message = _is_partial(child(message, "GrpHdr", "MsgPgntn"))
        return [self.statement(stmt, number, partial_message) for number, stmt in enumerate(found, 1)]

    # -- statements ------------------------------------------------------------------

    def statement(self, stmt: Element, number: int, partial_message: bool) -> BankStatement:
        account = self.account(stmt)
        currency = self.currency(stmt)
        opening, closing, closing_date = self.balances(stmt, currency)
        lines: list[BankLine] = []
        amounts: list[Cents | None] = []
        for index, entry in enumerate(children(stmt, "Ntry"), 1):
            amount, entry_lines = self.entry(entry, f"statement {number}, entry {index}", currency)
            amounts.append(amount)
            lines.extend(entry_lines)
        if not (partial_message or _is_partial(child(stmt, "StmtPgntn"))):
            self.check_summary(child(stmt, "TxsSummry", "TtlNtries"), amounts)
        to_time = child(stmt, "FrToDt", "ToDtTm")
        statement_date = self.date(to_time, "Stmt/FrToDt/ToDtTm") if to_time is not None else closing_date
        if statement_date is None and child(stmt, "CreDtTm") is not None:
            statement_date = self.date(child(stmt, "CreDtTm"), "Stmt/CreDtTm")
        return BankStatement(account=account, statement_id=text(stmt, "Id"), currency=currency,
                             lines=tuple(lines), statement_date=statement_date,
                             opening_cents=opening, closing_cents=closing)

    def account(self, stmt: Element) -> str:
        identification = child(stmt, "Acct", "Id")
        iban = text(identification, "IBAN")
        if iban:
            return _compact(iban).upper()
        other = text(identification, "Othr", "Id")
        if other:
            return other
        account = child(stmt, "Acct")
        self.problem("required", stmt if account is None else account, "Stmt/Acct/Id/IBAN")
        return ""

    def currency(self, stmt: Element) -> str:
        declared = child(stmt, "Acct", "Ccy")
        if declared is not None:
            return self.currency_code(declared, (declared.text or "").strip(), "Stmt/Acct/Ccy")
        for owner in (*children(stmt, "Bal"), *children(stmt, "Ntry")):
            amount = child(owner, "Amt")
            if amount is not None and amount.get("Ccy"):
                return self.currency_code(amount, amount.get("Ccy", ""), f"{local_name(owner)}/Amt/@Ccy")
        return ""

    def balances(self, stmt: Element, currency: str) -> tuple[Cents | None, Cents | None, date | None]:
        """Opening and closing balance in the statement's currency, and the closing date."""
        found: dict[str, tuple[Cents | None, date | None]] = {}
        for balance in children(stmt, "Bal"):
            code = text(balance, "Tp", "CdOrPrtry", "Cd")
            if code not in ("OPBD", "PRCD", "CLBD") or code in found:
                continue
            money = self.amount(child(balance, "Amt"), "Bal/Amt", balance)
            sign = self.indicator(balance, "Bal/CdtDbtInd")
            when = self.date_of(child(balance, "Dt"), "Bal/Dt")
            in_currency = money is not None and (money.currency or currency) == currency
            found[code] = (money.cents * sign if money is not None and sign and in_currency else None, when)
        opening = found.get("OPBD") or found.get("PRCD") or (None, None)
        closing = found.get("CLBD") or (None, None)
        return opening[0], closing[0], closing[1]

    def check_summary(self, summary: Element | None, amounts: list[Cents | None]) -> None:
        """The bank's own count and totals of the statement's entries must match them."""
        if summary is None:
            return
        count = child(summary, "NbOfNtries")
        if count is not None:
            written = (count.text or "").strip()
            if not _COUNT.fullmatch(written) or int(written) != len(amounts):
                self.problem("summary_mismatch", count, "TxsSummry/TtlNtries/NbOfNtries", written)
        if None in amounts:
            return  # an unreadable entry is a problem already
        known = [amount for amount in amounts if amount is not None]
        total = child(summary, "Sum")
        money = self.amount(total, "TxsSummry/TtlNtries/Sum", summary) if total is not None else None
        if total is not None and money is not None and money.cents != sum(abs(amount) for amount in known):
            self.problem("summary_mismatch", total, "TxsSummry/TtlNtries/Sum", total.text or "")
        net = child(summary, "TtlNetNtryAmt")
        money = self.amount(net, "TxsSummry/TtlNtries/TtlNetNtryAmt", summary) if net is not None else None
        if net is None or money is None:
            return
        if child(summary, "CdtDbtInd") is None:
            agrees = money.cents == abs(sum(known))
        else:
            sign = self.indicator(summary, "TxsSummry/TtlNtries/CdtDbtInd")
            agrees = sign is None or money.cents * sign == sum(known)  # a bad indicator is a problem already
        if not agrees:
            self.problem("summary_mismatch", net, "TxsSummry/TtlNtries/TtlNetNtryAmt", net.text or "")

    # -- entries ---------------------------------------------------------------------

    def entry(self, entry: Element, position: str, currency: str) -> tuple[Cents | None, list[BankLine]]:
        """The entry's signed amount (None when unreadable) and the lines it becomes."""
        money = self.amount(child(entry, "Amt"), "Ntry/Amt", entry)
        sign = self.indicator(entry, "Ntry/CdtDbtInd")
        signed = money.cents * sign if money is not None and sign else None
        if self.status(entry) != "BOOK" or signed is None or money is None:
            return signed, []
        line_currency = money.currency or currency
        value_date = self.date_of(child(entry, "ValDt"), "Ntry/ValDt")
        if child(entry, "BookgDt") is not None:
            booking_date = self.date_of(child(entry, "BookgDt"), "Ntry/BookgDt")
        else:
            booking_date = value_date
            if value_date is None:
                self.problem("required", entry, "Ntry/BookgDt")
        if booking_date is None:
            return signed, []
        transactions = [tx for details in children(entry, "NtryDtls") for tx in children(details, "TxDtls")]
        reference = text(entry, "AcctSvcrRef")
        if not reference and len(transactions) == 1:
            reference = text(transactions[0], "Refs", "AcctSvcrRef")

        def line(amount: Cents, details: _Details, at: str, element: Element, bank_reference: str) -> BankLine:
            return BankLine(booking_date=booking_date, amount_cents=amount, currency=line_currency,
                            value_date=value_date, counterparty_name=details.name, counterparty_iban=details.iban,
                            structured_reference=details.reference, remittance=details.remittance,
                            end_to_end_id=details.end_to_end_id, bank_reference=bank_reference, position=at,
                            source_line=self.document.line(element))

        parts = self.split(transactions, signed, sign, line_currency) if sign else None
        if parts is not None:
            return signed, [
                line(amount, _details(tx, amount > 0 or (amount == 0 and sign > 0)), f"{position}.{k}", tx,
                     f"{reference}#{k}" if reference else text(tx, "Refs", "AcctSvcrRef"))
                for k, (tx, amount) in enumerate(zip(transactions, parts, strict=True), 1)]
        merged = _merged([_details(tx, sign > 0) for tx in transactions])
        if not merged.remittance:  # the description of an entry without (or with mixed) details
            merged = replace(merged, remittance=_flat(text(entry, "AddtlNtryInf")))
        return signed, [line(signed, merged, position, entry, reference)]

    def split(self, transactions: list[Element], signed: Cents, sign: int, currency: str) -> list[Cents] | None:
        """Each transaction's signed amount, when a batch entry can be read as its parts."""
        if len(transactions) < 2:
            return None
        parts: list[Cents] = []
        for tx in transactions:
            candidates = [("TxDtls/Amt", child(tx, "Amt")),
                          ("TxDtls/AmtDtls/TxAmt/Amt", child(tx, "AmtDtls", "TxAmt", "Amt"))]
            chosen = next(((column, element) for column, element in candidates
                           if element is not None and element.get("Ccy", currency) == currency), None)
            if chosen is None:
                return None
            money = self.amount(chosen[1], chosen[0], tx)
            tx_sign = self.indicator(tx, "TxDtls/CdtDbtInd") if child(tx, "CdtDbtInd") is not None else sign
            if money is None or tx_sign is None:
                return None
            parts.append(money.cents * tx_sign)
        return parts if sum(parts) == signed else None

    def status(self, entry: Element) -> str:
        status = child(entry, "Sts")
        if status is None:
            self.problem("required", entry, "Ntry/Sts")
            return ""
        code = text(status, "Cd") or text(status, "Prtry") or (status.text or "").strip()
        if code != "BOOK" and code not in _SKIPPED_STATUSES:
            self.problem("status_invalid", status, "Ntry/Sts", code)
        return code

    # -- values ----------------------------------------------------------------------

    def amount(self, element: Element | None, column: str, owner: Element) -> _Money | None:
        if element is None:
            self.problem("required", owner, column)
            return None
        written = (element.text or "").strip()
        match = _AMOUNT.fullmatch(written)
        if match is None or not (match.group(1) or match.group(2)):
            self.problem("amount_invalid", element, column, written)
            return None
        cents = int((Decimal(written) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if cents > MAX_CENTS:
            self.problem("amount_invalid", element, column, written)
            return None
        currency = element.get("Ccy", "").strip()
        if currency and not _CURRENCY.fullmatch(currency):
            self.problem("currency_invalid", element, f"{column}/@Ccy", currency)
            return None
        return _Money(cents, currency)

    def currency_code(self, element: Element, written: str, column: str) -> str:
        if not _CURRENCY.fullmatch(written):
            self.problem("currency_invalid", element, column, written)
        return written

    def indicator(self, owner: Element, column: str) -> int | None:
        element = child(owner, "CdtDbtInd")
        written = text(owner, "CdtDbtInd")
        if element is None:
            self.problem("required", owner, column)
        elif written not in _SIGNS:
            self.problem("indicator_invalid", element, column, written)
        return _SIGNS.get(written)

    def date_of(self, holder: Element | None, column: str) -> date | None:
        """The date in a DateAndDateTime choice (``Dt`` or ``DtTm``); None when absent."""
        if holder is None:
            return None
        inner = child(holder, "Dt")
        if inner is None:
            inner = child(holder, "DtTm")
        if inner is None:
            self.problem("required", holder, f"{column}/Dt")
            return None
        return self.date(inner, f"{column}/{local_name(inner)}")

    def date(self, element: Element | None, column: str) -> date | None:
        written = (element.text or "").strip() if element is not None else ""
        match = _DATE.fullmatch(written)
        try:
            if match is None:
                raise ValueError(written)
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            self.problem("date_invalid", element, column, written)
            return None


def _details(tx: Element, credit: bool) -> _Details:
    side = "Dbtr" if credit else "Cdtr"
    parties = child(tx, "RltdPties")
    name = text(parties, side, "Nm") or text(parties, side, "Pty", "Nm")
    information = child(tx, "RmtInf")
    references = (text(structured, "CdtrRefInf", "Ref") for structured in children(information, "Strd"))
    free = " ".join((item.text or "") for item in children(information, "Ustrd"))
    end_to_end = text(tx, "Refs", "EndToEndId")
    return _Details(name=_flat(name), iban=_compact(text(parties, f"{side}Acct", "Id", "IBAN")).upper(),
                    reference=_reference(next((ref for ref in references if ref), "")),
                    remittance=_flat(free) or _flat(text(tx, "AddtlTxInf")),
                    end_to_end_id="" if end_to_end.upper() == "NOTPROVIDED" else end_to_end)


def _merged(details: list[_Details]) -> _Details:
    """One entry's details from its transactions: what they agree on, all free texts."""
    def agreed(values: list[str]) -> str:
        distinct = {value for value in values if value}
        return distinct.pop() if len(distinct) == 1 else ""

    texts = list(dict.fromkeys(item.remittance for item in details if item.remittance))
    return _Details(name=agreed([item.name for item in details]), iban=agreed([item.iban for item in details]),
                    reference=agreed([item.reference for item in details]), remittance=" ".join(texts),
                    end_to_end_id=agreed([item.end_to_end_id for item in details]))


def _reference(written: str) -> str:
    """A creditor reference as matching wants it: OGM as 12 digits, RF and others without spaces."""
    compact = _compact(written)
    if _BELGIAN_STRUCTURED.fullmatch(compact):
        return "".join(character for character in compact if character.isdigit())
    return compact.upper() if compact[:2].upper() == "RF" else compact


def _is_partial(pagination: Element | None) -> bool:
    """Whether a message or statement is one page of several (its totals cover more)."""
    if pagination is None:
        return False
    return not (text(pagination, "PgNb") == "1" and text(pagination, "LastPgInd").lower() in ("true", "1"))


def _compact(value: str) -> str:
    return "".join(value.split())


def _flat(value: str) -> str:
    return " ".join(value.split())
