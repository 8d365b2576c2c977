"""camt.053 statements: the sample files read right, and any broken file is refused, never half-read.

Every expected figure below was read by hand from the sample file; the comment next to it
quotes the element and its line.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.core.import_model import BankLine, BankStatement, ImportRejected
from debtordesk.importers.camt053 import read_camt053, sniff

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CAMT = SAMPLES / "camt053"
ALL_CAMT = sorted(CAMT.iterdir())
#: The small samples, for the fuzz tests (the 176 KB Rabobank file is read whole elsewhere).
SMALL = [path for path in ALL_CAMT if path.stat().st_size < 20_000]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(name: str) -> list[BankStatement]:
    return read_camt053((CAMT / name).read_bytes())


def _rejected(data: bytes) -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        read_camt053(data)
    assert caught.value.problems
    return caught.value


def _codes(data: bytes) -> list[str]:
    return [problem.code for problem in _rejected(data).problems]


def _line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1


# -- the sample files ------------------------------------------------------------------

def test_every_sample_is_sniffed_and_nothing_else() -> None:
    assert all(sniff(path.read_bytes()) for path in ALL_CAMT)
    others = [path for kind in ("coda", "mt940", "ubl") for path in (SAMPLES / kind).iterdir()]
    assert others and not any(sniff(path.read_bytes()) for path in others)
    assert not sniff(b"")


def test_v2_minimal_statement() -> None:
    [statement] = _read("camt053.v2.minimal.xml")
    assert statement.account == "NL26VAYB8060476890"  # l.38 <IBAN>NL26VAYB8060476890</IBAN>
    assert statement.statement_id == "253EURNL26VAYB8060476890"  # l.27 <Id>
    assert statement.currency == "EUR"  # l.40 <Ccy>EUR</Ccy>
    assert statement.statement_date == date(2007, 10, 18)  # l.33 <ToDtTm>2007-10-18T12:30:00+01:00
    assert statement.opening_cents == 1815  # l.45-49 OPBD <Amt Ccy="EUR">18.15</Amt> CRDT
    assert statement.closing_cents is None  # l.57-61 CLBD <Amt Ccy="SEK">27.00</Amt>: not the account's currency
    assert statement.lines == (BankLine(
        booking_date=date(2014, 12, 31),  # l.96 BookgDt <Dt>2014-12-31</Dt>
        amount_cents=885,  # l.91-92 <Amt Ccy="EUR">8.85</Amt> CRDT
        currency="EUR",
        value_date=date(2015, 1, 2),  # l.99 ValDt <Dt>2015-01-02</Dt>
        counterparty_name="NAME NAME",  # l.121 Dbtr <Nm>NAME NAME</Nm> (a credit: the debtor paid)
        counterparty_iban="NL56AGDH9619008421",  # l.130 DbtrAcct <IBAN>
        structured_reference="4654654654654654",  # l.163 SCOR/BBA <Ref>4654654654654654</Ref> (16 digits: kept)
        position="statement 1, entry 1",
        source_line=90,  # l.90 <Ntry>
    ),)


def test_v2_multi_statement_file() -> None:
    first, second = _read("camt053.v2.multi.statement.xml")
    # l.27 and l.113 <Id>
    assert (first.statement_id, second.statement_id) == ("253EURNL26VAYB8060476890", "254EURNL26VAYB8060476890")
    assert (first.opening_cents, first.closing_cents) == (1815, 2700)  # l.48 18.15 CRDT, l.60 27.00 CRDT
    assert (second.opening_cents, second.closing_cents) == (2700, 2000)  # l.127 27.00 CRDT, l.139 20.00 CRDT
    assert second.statement_date == date(2014, 12, 31)  # no FrToDt: the CLBD date, l.142 <Dt>2014-12-31</Dt>
    [credit] = first.lines
    assert credit.amount_cents == 885  # l.67-68 8.85 CRDT
    assert credit.remittance == "Transaction Description 1"  # l.106 <Ustrd>
    assert credit.end_to_end_id == "000000001"  # l.85 <EndToEndId>
    assert credit.counterparty_name == ""  # l.94: only a Cdtr (ourselves) is named, no Dbtr
    [debit] = second.lines
    assert debit.amount_cents == -700  # l.146-147 7.00 DBIT
    assert debit.counterparty_name == "Company Name 2"  # l.173 Cdtr <Nm> (a debit: the creditor was paid)
    assert debit.counterparty_iban == "NL56AGDH9619008421"  # l.180 CdtrAcct <IBAN>
    assert (debit.position, debit.source_line) == ("statement 2, entry 1", 145)  # l.145 <Ntry>
    for statement in (first, second):
        assert statement.opening_cents + sum(line.amount_cents for line in statement.lines) == statement.closing_cents


@pytest.mark.parametrize("name", ["camt053.v4.xml", "camt053.v8.xml"])
def test_v4_and_v8_read_alike(name: str) -> None:
    [statement] = _read(name)
    assert statement.account == "NL26VAYB8060476890"  # l.47 Acct/Id/Othr/<Id>: no IBAN element
    assert statement.currency == "EUR"  # no Acct/Ccy: l.68 OPBD <Amt Ccy="EUR">
    assert (statement.opening_cents, statement.closing_cents) == (1815, None)  # l.68 18.15; l.80 CLBD in SEK
    [line] = statement.lines
    # l.111-112 8.85 CRDT; the one TxDtls' <Amt Ccy="SEK">0</Amt> does not split anything
    assert line.amount_cents == 885
    # v4 l.115 <Dt>2014-12-31</Dt>; v8 l.117 <DtTm>2014-12-31T13:15:00+01:00</DtTm>
    assert line.booking_date == date(2014, 12, 31)
    assert line.bank_reference == "AAAASESS-FP-CN_98765/01"  # v4 l.120, v8 l.122 <AcctSvcrRef>
    assert line.counterparty_name == "NAME NAME"  # v4 l.142 Dbtr/Nm; v8 l.146 Dbtr/Pty/Nm
    assert line.structured_reference == "4654654654654654"  # v4 l.184, v8 l.191 <Ref>
    assert line.source_line == 110  # l.110 <Ntry>
    if name.endswith("v8.xml"):
        assert line.end_to_end_id == "MUELL/FINP/RA12345"  # l.135 <EndToEndId>


def test_oca_file_splits_the_direct_debit_batch() -> None:
    [statement] = _read("test-camt053")
    assert statement.account == "NL77ABNA0574908765"  # l.17 <IBAN>
    assert statement.statement_id == "1234Test/1"  # l.8 <Id>
    assert statement.statement_date == date(2014, 1, 5)  # l.13 <ToDtTm>2014-01-05T23:59:59.999Z
    assert (statement.opening_cents, statement.closing_cents) == (1556827, 1512112)  # l.32 15568.27, l.44 15121.12
    insurance, first, second, media = statement.lines
    assert insurance.amount_cents == -75425  # l.51-52 754.25 DBIT
    assert insurance.counterparty_name == "INSURANCE COMPANY TESTX"  # l.86 Cdtr <Nm>
    assert insurance.end_to_end_id == "435005714488-ABNO33052620"  # l.76 <EndToEndId>
    # l.114-116: 664.05 DBIT, RvslInd true; two TxDtls with AmtDtls/TxAmt 564.05 (l.152) and 100.00 (l.193)
    assert (first.amount_cents, second.amount_cents) == (-56405, -10000)
    assert (first.position, second.position) == ("statement 1, entry 2.1", "statement 1, entry 2.2")
    assert (first.source_line, second.source_line) == (144, 185)  # the <TxDtls> lines
    assert first.end_to_end_id == "TESTBANK/NL/20141229/01206408"  # l.147
    assert second.end_to_end_id == "TESTBANK/NL/20141229/01206407"  # l.188
    assert first.remittance == second.remittance == "Direct Debit S14 0410"  # l.176, l.217 <Ustrd>
    assert media.amount_cents == 140531  # l.229-230 1405.31 CRDT
    # l.263 Dbtr <Nm>, l.272 DbtrAcct <IBAN>
    assert (media.counterparty_name, media.counterparty_iban) == ("3rd party Media", "NL69ABNA0522123643")
    assert media.remittance == "#RD PARTY MEDIA CUSNO 90782 4210773"  # no RmtInf: l.283 <AddtlTxInf>


def test_abn_amro_sample_with_every_kind_of_entry() -> None:
    [statement] = _read("camt.xml")
    assert statement.account == "NL77ABNA0574908765"  # l.34 <IBAN>
    assert statement.statement_id == "0574908765.2013-04-02"  # l.29 <Id>
    assert statement.opening_cents == 100001  # l.46-50 PRCD 1000.01 CRDT (no OPBD)
    assert statement.closing_cents == 10001  # l.58-62 CLBD 100.01 CRDT
    assert statement.statement_date == date(2013, 4, 2)  # no FrToDt: CLBD <Dt>2013-04-02</Dt>
    lines = statement.lines
    # 13 entries (l.143 ... l.1821); batches of 10 (l.321), 2 (l.1046) and 7 (l.1299) TxDtls are split
    assert len(lines) == 29
    assert sum(line.amount_cents for line in lines) == 10001 - 100001  # the balances agree with the lines
    by_position = {line.position: line for line in lines}
    domestic = by_position["statement 1, entry 1"]
    assert domestic.amount_cents == 100  # l.144-145 1.00 CRDT
    assert domestic.remittance == "11.11.111.111 Naam Adres 7 2960 Dorp"  # no details: l.167 <AddtlNtryInf>
    assert domestic.bank_reference == "2102830989503100038"  # l.153 <AcctSvcrRef>
    sct = by_position["statement 1, entry 2"]
    assert (sct.counterparty_name, sct.counterparty_iban) == ("NAAM", "NL46ABNA0499998748")  # l.216, l.220
    assert sct.remittance == "OMSCHRIJVING"  # l.232 <Ustrd>
    assert sct.end_to_end_id == ""  # l.201 <EndToEndId>NOTPROVIDED
    acceptgiro = by_position["statement 1, entry 3"]
    assert acceptgiro.structured_reference == "1234567812345678"  # l.309 SCOR/CUR <Ref>
    batch = [by_position[f"statement 1, entry 4.{k}"] for k in range(1, 11)]
    assert [line.amount_cents for line in batch] == [100] * 10  # l.322 10.00 = ten TxAmt of 1.00
    assert [line.bank_reference for line in batch] == [f"3095D4322561460S0PS#{k}" for k in range(1, 11)]  # l.331
    assert batch[2].counterparty_iban == "NL46ABNA0401378749"  # the third TxDtls' DbtrAcct, l.489
    assert by_position["statement 1, entry 6"].amount_cents == -100  # l.968 <Amt Ccy='EUR'>01.00</Amt> DBIT
    salaries = by_position["statement 1, entry 8"]
    assert salaries.amount_cents == -200  # l.1180 2.00 DBIT, a batch without TxDtls: one line
    assert salaries.remittance == "/TRTP/SEPA BATCH SALARIS/PREF/1302P5518750499B0AO/NRTX/2"  # l.1211
    reject = by_position["statement 1, entry 12"]
    assert reject.amount_cents == -100  # l.1733-1735 1.00 DBIT with RvslInd true: money went out
    assert reject.counterparty_name == "Debtor"  # l.1785 Cdtr <Nm>Debtor</Nm>
    assert by_position["statement 1, entry 13"].amount_cents == -92100  # l.1822 <Amt Ccy='EUR'>921.00</Amt> DBIT


def test_rabobank_export_of_a_freelancer() -> None:
    statements = _read("CAMT053.xml")
    assert len(statements) == 132  # 132 <Stmt> elements
    assert {statement.account for statement in statements} == {"NL17RABO0310029597", "NL59RABO3181240869"}
    assert statements[0].statement_date == date(2016, 7, 20)  # first CLBD <Dt>2016-07-20</Dt> (l.39)
    assert statements[-1].statement_date == date(2016, 10, 19)  # last CLBD <Dt>2016-10-19</Dt> (l.6242)
    lines = [line for statement in statements for line in statement.lines]
    assert len(lines) == 9  # 9 <Ntry> elements
    for statement in statements:  # the bank's balances agree with what was read
        assert statement.opening_cents + sum(line.amount_cents for line in statement.lines) == statement.closing_cents
    tax = statements[4].lines[0]
    assert tax.amount_cents == -407600  # l.249-250 4076.00 DBIT
    assert tax.counterparty_name == "Belastingdienst Apeldoorn"  # l.273 Cdtr <Nm>
    assert tax.structured_reference == "1067931951601240"  # l.302 SCOR/CUR <Ref>
    assert tax.remittance == "BETALINGSKENM. 1067931951601240"  # l.293 <Ustrd>BETALINGSKENM.  1067931951601240
    assert tax.bank_reference == ""  # Rabobank gives no AcctSvcrRef
    payments = [line for line in lines if line.counterparty_name == "XS NEWS B V"]
    assert [(line.remittance, line.amount_cents, line.booking_date) for line in payments] == [
        ("2016Q3-0004", 442525, date(2016, 8, 15)),  # l.1023, l.977 4425.25 CRDT, l.982
        ("2016Q3-0005", 298299, date(2016, 9, 28)),  # l.2531, l.2485 2982.99 CRDT, l.2490
        ("2016Q3-0006", 451668, date(2016, 10, 11)),  # l.3099, l.3053 4516.68 CRDT, l.3058
    ]
    assert {line.counterparty_iban for line in payments} == {"NL62ABNA0408441224"}  # l.1011 DbtrAcct <IBAN>
    assert payments[0].position == "statement 19, entry 1" and payments[0].source_line == 976
    fee = statements[55].lines[0]
    assert (fee.amount_cents, fee.value_date) == (-8, date(2016, 10, 1))  # l.2832 0.08 DBIT, l.2840 ValDt


# -- what a bank may write ------------------------------------------------------------

ACCOUNT = "<Acct><Id><IBAN>BE68 5390 0754 7034</IBAN></Id><Ccy>EUR</Ccy></Acct>"
BALANCES = ("<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">100.00</Amt>"
            "<CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2026-11-19</Dt></Dt></Bal>\n"
            "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">50.00</Amt>"
            "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>")


def _statement(*entries: str, summary: str = "", account: str = ACCOUNT, version: str = "08",
               declaration: str = '<?xml version="1.0" encoding="UTF-8"?>', extra: str = "") -> bytes:
    body = "\n".join(entries)
    return (f'{declaration}\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">\n'
            f"<BkToCstmrStmt>\n<GrpHdr><MsgId>T1</MsgId><CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm></GrpHdr>\n"
            f"<Stmt>\n<Id>2026/042</Id>\n<CreDtTm>2026-11-21T06:00:00+01:00</CreDtTm>\n{extra}{account}\n"
            f"{BALANCES}\n{summary}\n{body}\n</Stmt>\n</BkToCstmrStmt>\n</Document>\n").encode("utf-8")


def _entry(amount: str = "150.00", indicator: str = "CRDT", status: str = "<Cd>BOOK</Cd>",
           booked: str = "<Dt>2026-11-20</Dt>", details: str = "") -> str:
    return (f'<Ntry>\n<Amt Ccy="EUR">{amount}</Amt>\n<CdtDbtInd>{indicator}</CdtDbtInd>\n<Sts>{status}</Sts>\n'
            f"<BookgDt>{booked}</BookgDt>\n<ValDt><Dt>2026-11-21</Dt></ValDt>\n"
            f"<AcctSvcrRef>KBC-7781</AcctSvcrRef>\n<NtryDtls>{details}</NtryDtls>\n</Ntry>")


def _tx(amount: str = "", reference: str = "", free: str = "", name: str = "Bakkerij Bos") -> str:
    amount_xml = f'<Amt Ccy="EUR">{amount}</Amt>' if amount else ""
    remittance = (f"<Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd>" if reference else "")
    remittance += f"<Ustrd>{free}</Ustrd>" if free else ""
    return (f"<TxDtls>{amount_xml}<RltdPties><Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr>"
            f"<DbtrAcct><Id><IBAN>BE48 0011 2345 6727</IBAN></Id></DbtrAcct></RltdPties>"
            f"<RmtInf>{remittance}</RmtInf></TxDtls>")


@pytest.mark.parametrize("version", ["02", "04", "06", "08", "10"])
def test_a_belgian_credit_with_structured_communication(version: str) -> None:
    data = _statement(_entry(details=_tx(reference="+++026/0000/12362+++")), version=version)
    [statement] = read_camt053(data)
    assert statement.account == "BE68539007547034"  # spaces dropped
    assert (statement.opening_cents, statement.closing_cents) == (-10000, 5000)  # OPBD DBIT is negative
    [line] = statement.lines
    assert line.structured_reference == "026000012362"
    assert (line.counterparty_name, line.counterparty_iban) == ("Bakkerij Bos", "BE48001123456727")
    assert (line.bank_reference, line.value_date) == ("KBC-7781", date(2026, 11, 21))


@pytest.mark.parametrize(("written", "expected"), [
    ("+++026/0000/12362+++", "026000012362"),
    ("***026/0000/12362***", "026000012362"),
    ("026/0000/12362", "026000012362"),
    ("026000012362", "026000012362"),
    ("RF18 5390 0754 7034", "RF18539007547034"),
    ("rf18539007547034", "RF18539007547034"),
    ("1234 5678 1234 5678", "1234567812345678"),
])
def test_references_come_out_compact(written: str, expected: str) -> None:
    [statement] = read_camt053(_statement(_entry(details=_tx(reference=written))))
    assert statement.lines[0].structured_reference == expected


def test_pending_and_information_entries_are_skipped() -> None:
    data = _statement(_entry("1.00", status="<Cd>PDNG</Cd>"), _entry("2.00", status="<Cd>INFO</Cd>"),
                      _entry("3.00"), _entry("4.00", status="BOOK"))
    [statement] = read_camt053(data)
    assert [(line.amount_cents, line.position) for line in statement.lines] == [
        (300, "statement 1, entry 3"), (400, "statement 1, entry 4")]


def test_a_batch_whose_parts_do_not_add_up_stays_one_line() -> None:
    details = _tx("100.00", free="factuur 2026-014", name="Bos") + _tx("40.00", free="factuur 2026-015", name="Bos")
    [statement] = read_camt053(_statement(_entry("150.00", details=details)))
    [line] = statement.lines
    assert line.amount_cents == 15000
    assert line.remittance == "factuur 2026-014 factuur 2026-015"
    assert line.counterparty_name == "Bos"  # both transactions name the same debtor


def test_a_batch_that_adds_up_is_split() -> None:
    details = _tx("100.00", free="factuur 2026-014") + _tx("50.00", free="factuur 2026-015", name="Jansen")
    [statement] = read_camt053(_statement(_entry("150.00", details=details)))
    first, second = statement.lines
    assert (first.amount_cents, first.remittance, first.bank_reference) == (10000, "factuur 2026-014", "KBC-7781#1")
    assert (second.amount_cents, second.counterparty_name, second.bank_reference) == (5000, "Jansen", "KBC-7781#2")


def test_more_than_two_decimals_round_half_up() -> None:
    [statement] = read_camt053(_statement(_entry("1.00500"), _entry("1.00499")))
    assert [line.amount_cents for line in statement.lines] == [101, 100]


def test_summary_that_agrees_is_accepted_and_one_that_does_not_is_refused() -> None:
    summary = ("<TxsSummry><TtlNtries><NbOfNtries>2</NbOfNtries><Sum>200.00</Sum>"
               "<TtlNetNtryAmt>100.00</TtlNetNtryAmt><CdtDbtInd>CRDT</CdtDbtInd></TtlNtries></TxsSummry>")
    entries = (_entry("150.00"), _entry("50.00", "DBIT"))
    [statement] = read_camt053(_statement(*entries, summary=summary))
    assert [line.amount_cents for line in statement.lines] == [15000, -5000]
    data = _statement(entries[0], summary=summary)  # an entry lost
    problems = _rejected(data).problems
    assert [problem.column for problem in problems] == [
        "TxsSummry/TtlNtries/NbOfNtries", "TxsSummry/TtlNtries/Sum", "TxsSummry/TtlNtries/TtlNetNtryAmt"]
    assert {problem.code for problem in problems} == {"summary_mismatch"}
    assert problems[0].line == _line_of(data, b"<TxsSummry>") and problems[0].value == "2"


def test_an_entry_taken_out_of_the_rabobank_file_is_noticed() -> None:
    data = (CAMT / "CAMT053.xml").read_bytes()
    start = data.index(b"        <Ntry>", data.index(b"CAMT05300000104808500019"))
    cut = data[:start] + data[data.index(b"</Ntry>", start) + len(b"</Ntry>\n"):]
    assert set(_codes(cut)) == {"summary_mismatch"}


def test_a_page_of_a_longer_statement_is_not_held_to_the_summary() -> None:
    summary = "<TxsSummry><TtlNtries><NbOfNtries>5</NbOfNtries></TtlNtries></TxsSummry>"
    page = "<StmtPgntn><PgNb>1</PgNb><LastPgInd>false</LastPgInd></StmtPgntn>"
    [statement] = read_camt053(_statement(_entry(), summary=summary, extra=page))
    assert len(statement.lines) == 1


def test_every_problem_is_named_with_its_line() -> None:
    data = _statement(_entry("12,50"), _entry(indicator="CRDIT"), _entry(booked="<Dt>2026-02-30</Dt>"),
                      _entry(status="<Cd>BOOKED</Cd>"), _entry("-5.00"), account="<Acct><Id/></Acct>")
    problems = _rejected(data).problems
    assert [(problem.code, problem.column, problem.value) for problem in problems] == [
        ("required", "Stmt/Acct/Id/IBAN", ""),
        ("amount_invalid", "Ntry/Amt", "12,50"),
        ("indicator_invalid", "Ntry/CdtDbtInd", "CRDIT"),
        ("date_invalid", "Ntry/BookgDt/Dt", "2026-02-30"),
        ("status_invalid", "Ntry/Sts", "BOOKED"),
        ("amount_invalid", "Ntry/Amt", "-5.00"),
    ]
    assert problems[0].line == _line_of(data, b"<Acct>")
    assert problems[1].line == _line_of(data, b"12,50")
    assert problems[3].line == _line_of(data, b"2026-02-30")


def test_missing_elements_are_required() -> None:
    entry = '<Ntry>\n<Amt Ccy="EUR">1.00</Amt>\n<Sts>BOOK</Sts>\n</Ntry>'
    data = _statement(entry)
    problems = _rejected(data).problems
    assert [(problem.code, problem.column) for problem in problems] == [
        ("required", "Ntry/CdtDbtInd")]
    assert problems[0].line == _line_of(data, b"<Ntry>")
    no_date = _entry().replace("<BookgDt><Dt>2026-11-20</Dt></BookgDt>\n", "").replace(
        "<ValDt><Dt>2026-11-21</Dt></ValDt>\n", "")
    assert _codes(_statement(no_date)) == ["required"]
    value_only = _entry().replace("<BookgDt><Dt>2026-11-20</Dt></BookgDt>\n", "")
    assert read_camt053(_statement(value_only))[0].lines[0].booking_date == date(2026, 11, 21)
    assert _codes(_statement().replace(b"<Stmt>", b"<Other>").replace(b"</Stmt>", b"</Other>")) == ["required"]


def test_a_statement_in_another_currency_keeps_it() -> None:
    account = "<Acct><Id><Othr><Id>0012-3456</Id></Othr></Id><Ccy>USD</Ccy></Acct>"
    data = _statement(_entry().replace('Ccy="EUR"', 'Ccy="USD"'), account=account)
    [statement] = read_camt053(data)
    assert (statement.account, statement.currency, statement.lines[0].currency) == ("0012-3456", "USD", "USD")
    assert statement.opening_cents is None  # the balances are in EUR
    assert _codes(_statement(_entry().replace('Ccy="EUR"', 'Ccy="euro"'))) == ["currency_invalid"]
    no_currency = "<Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>"
    balances_euro = _statement(_entry().replace('Ccy="EUR"', 'Ccy="euro"'), account=no_currency)
    assert _codes(balances_euro) == ["currency_invalid"]  # once, though met twice


# -- files that are not statements, or not whole -----------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \r\n", b"\xef\xbb\xbf\n"])
def test_an_empty_file(data: bytes) -> None:
    assert _codes(data) == ["empty"]


@pytest.mark.parametrize("path", sorted(path for kind in ("coda", "mt940", "ubl") for path in (SAMPLES / kind).iterdir()),
                         ids=lambda path: path.name)
def test_other_kinds_of_file(path: Path) -> None:
    assert _codes(path.read_bytes()) == ["not_camt053"]


def test_a_latin1_text_file_is_another_kind_not_a_broken_statement() -> None:
    coda_like = "0000018011520005        0038409934Société Générale   KREDBEBB\n".encode("latin-1")
    assert _codes(coda_like) == ["not_camt053"]


def test_another_camt_message() -> None:
    report = _statement(_entry()).replace(b"BkToCstmrStmt", b"BkToCstmrAcctRpt").replace(b".053.", b".052.")
    problems = _rejected(report).problems
    assert [(problem.code, problem.column) for problem in problems] == [("not_camt053", "Document")]


def test_billion_laughs_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE Document [\n<!ENTITY lol "lol">\n'
            + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                       for i in range(1, 10))
            + b"]>\n<Document><BkToCstmrStmt>&lol9;</BkToCstmrStmt></Document>\n")
    problems = _rejected(bomb).problems
    assert [(problem.code, problem.line) for problem in problems] == [("entities_forbidden", 3)]


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE Document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE Document [<!ENTITY % leak SYSTEM "file:///etc/passwd"> %leak;]>',
], ids=["general", "parameter"])
def test_an_external_entity_is_refused(doctype: bytes) -> None:
    data = _statement(_entry(details=_tx(free="&leak;"))).replace(b"?>\n", b"?>\n" + doctype + b"\n", 1)
    problems = _rejected(data).problems
    assert [(problem.code, problem.line) for problem in problems] == [("entities_forbidden", 2)]
    assert "root:" not in repr(problems)


def test_an_external_dtd_is_never_fetched() -> None:
    data = _statement(_entry())
    with_dtd = data.replace(b"?>\n", b'?><!DOCTYPE Document SYSTEM "file:///etc/passwd">\n', 1)  # same lines
    assert read_camt053(with_dtd) == read_camt053(data)


def test_malformed_xml_is_located() -> None:
    data = _statement(_entry()).replace(b"</CdtDbtInd>", b"</CdtDbtInt>", 1)
    problems = _rejected(data).problems
    assert [(problem.code, problem.line) for problem in problems] == [("xml_invalid", _line_of(data, b"</CdtDbtInt>"))]
    assert "CdtDbtInt" in problems[0].value


def test_a_cut_file_says_so() -> None:
    data = (CAMT / "camt.xml").read_bytes()
    problems = _rejected(data[: data.index(b"<Ntry>", 20000)]).problems
    assert [problem.code for problem in problems] == ["truncated"]


def test_latin1_bytes_in_a_utf8_file() -> None:
    name = "Société Générale"
    data = _statement(_entry(details=_tx(name=name))).replace(name.encode(), name.encode("latin-1"))
    problems = _rejected(data).problems
    assert [(problem.code, problem.line) for problem in problems] == [
        ("encoding_invalid", _line_of(data, name.encode("latin-1")))]
    assert name in problems[0].value


def test_utf8_bytes_in_a_latin1_file_and_a_real_latin1_file() -> None:
    declaration = '<?xml version="1.0" encoding="ISO-8859-1"?>'
    data = _statement(_entry(details=_tx(name="Société Générale")), declaration=declaration)
    problems = _rejected(data).problems
    assert [(problem.code, problem.line) for problem in problems] == [
        ("encoding_invalid", _line_of(data, "Société".encode()))]
    latin = data.decode("utf-8").encode("latin-1")
    assert read_camt053(latin)[0].lines[0].counterparty_name == "Société Générale"


def test_utf16() -> None:
    plain = (CAMT / "test-camt053").read_bytes()  # no XML declaration: UTF-16 with a BOM is fine
    assert read_camt053(plain.decode("utf-8").encode("utf-16")) == read_camt053(plain)
    declared = (CAMT / "camt053.v8.xml").read_bytes()  # says UTF-8 but is UTF-16: refused
    assert _codes(declared.decode("utf-8").encode("utf-16")) == ["encoding_invalid"]
    assert _codes(_statement().replace(b"UTF-8", b"EUC-JP")) == ["encoding_invalid"]


def test_deep_nesting_does_not_crash() -> None:
    data = b"<Document><BkToCstmrStmt>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</BkToCstmrStmt></Document>"
    assert _codes(data) == ["required"]  # no Stmt


# -- fuzz --------------------------------------------------------------------------------

def _check_outcome(data: bytes) -> list[BankStatement] | None:
    """Either a whole, well-typed result or a refusal naming at least one problem."""
    try:
        statements = read_camt053(data)
    except ImportRejected as rejected:
        assert rejected.problems
        assert all(problem.code and problem.line >= 0 and len(problem.value) <= 80 for problem in rejected.problems)
        return None
    for statement in statements:
        assert isinstance(statement.account, str) and isinstance(statement.currency, str)
        for line in statement.lines:
            assert type(line.amount_cents) is int and isinstance(line.booking_date, date)
            assert line.position.startswith("statement ") and line.source_line >= 1
    return statements


@FUZZ
@given(path=st.sampled_from(SMALL + [CAMT / "CAMT053.xml"]), where=st.integers(0, 10**6))
def test_every_prefix_is_refused(path: Path, where: int) -> None:
    data = path.read_bytes()
    assert _check_outcome(data[: where % len(data.rstrip())]) is None


@FUZZ
@given(path=st.sampled_from(SMALL), flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                   min_size=1, max_size=4))
def test_random_byte_flips_never_crash(path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    _check_outcome(bytes(data))


_VALUE = re.compile(rb">([^<>]+)<")


@FUZZ
@given(path=st.sampled_from(SMALL), pick=st.integers(0, 10**6), replacement=st.text(max_size=30))
def test_any_element_value_is_read_or_refused(path: Path, pick: int, replacement: str) -> None:
    data = path.read_bytes()
    values = list(_VALUE.finditer(data))
    target = values[pick % len(values)]
    escaped = replacement.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8")
    _check_outcome(data[: target.start(1)] + escaped + data[target.end(1):])


@FUZZ
@given(data=st.binary(max_size=300), prefix=st.sampled_from([b"", b"<Document><BkToCstmrStmt>", b"<?xml "]))
def test_random_bytes_never_crash(data: bytes, prefix: bytes) -> None:
    _check_outcome(prefix + data)


@FUZZ
@given(path=st.sampled_from(SMALL), encoding=st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252"]))
def test_other_encodings_never_crash(path: Path, encoding: str) -> None:
    text = path.read_bytes().decode("utf-8")
    outcome = _check_outcome(text.encode(encoding, "replace"))
    if outcome is not None:
        assert outcome == read_camt053(path.read_bytes())
