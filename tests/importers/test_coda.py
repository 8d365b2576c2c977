"""CODA statements: the sample files read right, globalised movements booked as the bank meant them.

Every expected figure below was read by hand from the sample file; the comment next to it
quotes the line ("l.3") and the positions (1-based, as the Febelfin standard numbers them).
Refusals and fuzzing are in test_coda_refusals.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from debtordesk.core.import_model import BankLine, BankStatement
from debtordesk.importers.coda import read_coda, sniff

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CODA = SAMPLES / "coda"


def _read(name: str) -> list[BankStatement]:
    return read_coda((CODA / name).read_bytes())


def _sample_lines(name: str) -> list[str]:
    return (CODA / name).read_bytes().decode("latin-1").replace("\r\n", "\n").split("\n")


def test_every_sample_is_sniffed_and_nothing_else() -> None:
    assert all(sniff(path.read_bytes()) for path in CODA.iterdir())
    others = [path for kind in ("camt053", "mt940", "ubl") for path in (SAMPLES / kind).iterdir()]
    assert others and not any(sniff(path.read_bytes()) for path in others)
    assert not sniff(b"")
    assert not sniff(b"0" * 128)


def test_kbc_statement_with_structured_communications() -> None:
    [statement] = _read("sample1.cod")
    # l.2 pos 2 "0": Belgian account number 138536152215 at 6-17; its own check digits fail
    # (the sample is anonymised), so it stays as written rather than becoming a made-up IBAN.
    assert statement.account == "138536152215"
    assert statement.statement_id == "139"  # l.2 pos 3-5 "139"
    assert statement.currency == "EUR"  # l.2 pos 19-21
    assert statement.opening_cents == 1775212  # l.2 pos 43 "0" credit, 44-58 "000000017752120" = 17752.120
    assert statement.closing_cents == 1783212  # l.23 pos 42 "0", 43-57 "000000017832120"
    assert statement.statement_date == date(2017, 10, 11)  # l.23 pos 58-63 "111017"
    assert statement.lines[0] == BankLine(
        booking_date=date(2017, 10, 11),  # l.3 pos 116-121 entry date "111017"
        amount_cents=500,  # l.3 pos 32 "0" credit, 33-47 "000000000005000" = 5.000
        currency="EUR",
        value_date=date(2017, 10, 11),  # l.3 pos 48-53 "111017"
        counterparty_name="KLANT1 MET NAAM1",  # l.5 (2.3) pos 48-82
        counterparty_iban="BE22313215646432",  # l.5 (2.3) pos 11-47
        structured_reference="000003505158",  # l.3 pos 62 "1", 63-65 "101", 66-77 "000003505158"
        bank_reference="139/0001/0000 JRFC00120DSCCOCACAERT",  # l.3 pos 3-6, 7-10, 11-31
        position="statement 139, movement 1",
        source_line=3,
    )
    # l.8, l.13, l.18 pos 33-47: 25.000, 20.000, 30.000; OGMs at 66-77; names in l.10, l.15, l.20
    assert [(line.amount_cents, line.structured_reference, line.counterparty_name, line.source_line)
            for line in statement.lines[1:]] == [
        (2500, "000003515846", "KLANT2 NAAM2", 8),
        (2000, "000003154982", "KLANT3 NAAM3", 13),
        (3000, "000002133131", "KLANT4 - NAAM4 MET", 18),
    ]
    assert all(line.remittance == "" and line.counterparty_iban.startswith("BE") for line in statement.lines)


def test_ing_fee_broken_down_is_booked_once_with_its_text() -> None:
    [statement] = _read("sample2.cod")
    assert statement.account == "BE62354872126588"  # l.2 pos 2 "2" (Belgian IBAN), 6-21
    assert statement.statement_id == "74"  # l.2 pos 3-5 "074"
    assert statement.opening_cents == 2584600  # l.2 pos 44-58 "000000025846000"
    # l.17 pos 43-57 "000000023154685" = 23154.685: a balance, rounded half-up to 23154.69
    assert statement.closing_cents == 2315469
    assert statement.statement_date == date(2015, 11, 18)  # l.17 pos 58-63 "181115"
    [line] = statement.lines
    # l.3 type 3 (pos 54) "simple amount with detailed data": 9.680 debit, broken down by l.5 (8.000)
    # and l.6 (1.680, structured 106: VAT) of type 8 -- one movement, booked once.
    assert line.amount_cents == -968  # l.3 pos 32 "1" debit, 33-47 "000000000009680"
    assert line.booking_date == date(2017, 7, 3)  # l.3 pos 116-121 "030717"
    assert line.value_date == date(2017, 6, 30)  # l.3 pos 48-53 "300617"
    assert line.structured_reference == ""
    # l.3 pos 63-115 + l.4 pos 11-63, then the free 3.1 records l.8-16 (pos 41-113) run on:
    # "Avenue Marni" + "x 24" is one word, as are "TV" + "A" and "Zakelijke r" + "ekening".
    assert line.remittance == (
        "Zichtrekening nr 21354598 - 2,11Justification in annex "
        "INVOICE n 2011/02/000254882 du 30/06/2011 ING Belgique SA - Avenue Marnix 24, B-1000 Bruxelles "
        "TVA BE 0125.125.311 - BIC (SWIFT): BBRUBEBB - IBAN: BE45 1254 3254 1254 COMPANY SPRL BD SOME DATA "
        "ANONYM, B-1000 BRUSSEL TVA BE 0215.215.154 Zichtrekening van 30/06/2011 nr 25154842 Zakelijke "
        "rekeningING Plus BE12 3215 1548 2121 EUR Compte - vue BE25 3215 2158 2315 EUR Maandelijkse kost "
        "rapportering (BE) - 2,1100 EUR (1) Reference : 123-1548542-21 "
        "-------------------------------------------------- TVA 21 % sur : - 2,1100 (1) - 0,11 EUR Total "
        "au debit du compte BE15 2315 2135 2111 : - 3,22 EUR"
    )
    assert line.position == "statement 74, movement 1"


def test_direct_debit_batch_is_booked_per_debtor() -> None:
    [statement] = _read("sample10.cod")
    assert statement.opening_cents == 10000  # l.2 pos 44-58 "000000000100000" = 100.000
    assert statement.closing_cents == 110000  # l.15 pos 43-57 "000000001100000" = 1100.000
    assert statement.statement_date == date(2024, 6, 6)  # l.15 pos 58-63 "060624"
    # l.3: 1000.000 of type 1 (totalised by the customer), globalisation code 1 (pos 125);
    # its details l.5 and l.10 of type 5 (pos 54) are the two collections, 250 + 750 = 1000.
    first, second = statement.lines
    assert first == BankLine(
        booking_date=date(2024, 6, 6),  # l.5 pos 116-121 "060624"
        amount_cents=25000,  # l.5 pos 33-47 "000000000250000"
        currency="EUR",
        value_date=date(2024, 6, 6),  # l.5 pos 48-53
        counterparty_name="KLANT1 MET NAAM1",  # l.7 pos 48-82
        counterparty_iban="BE22313215646432",  # l.7 pos 11-47
        # l.5 pos 62 "1", 63-65 "127" (SEPA direct debit: not a payment reference), text at 66-115,
        # run on in l.6 pos 11-63 ("SEPA-0" + "00000001": the mandate) and l.7 pos 83-125
        remittance="060624120BBE2ZZZ3215646432 SEPA-000000001 243690000141 0",
        end_to_end_id="243690000141",  # l.6 pos 64-98
        bank_reference="158/0001/0001 BANK-REF-BBBBBBBBBBBB",  # l.2 pos 3-5 "158"; l.5 pos 3-10, 11-31
        position="statement 158, movement 1, detail 1",
        source_line=5,
    )
    # l.10 pos 33-47 "000000000750000"; l.12 name and account; l.11 pos 64-98
    assert (second.amount_cents, second.counterparty_name, second.counterparty_iban, second.end_to_end_id,
            second.position, second.source_line) == (
        75000, "KLANT2 MET NAAM2", "BE25646548413215", "243690000142", "statement 158, movement 1, detail 3", 10)


def test_kbc_statement_with_loan_instalments() -> None:
    [statement] = _read("Ontvangen_CODA.2012-01-11-18.59.15.txt")
    assert statement.account == "BE46737018594236"  # l.2 pos 6-21
    assert statement.statement_id == "135"  # l.2 pos 3-5
    assert statement.opening_cents == 1181270  # l.2 pos 44-58 "000000011812700"
    assert statement.closing_cents == 1364605  # l.23 pos 43-57 "000000013646050"
    assert statement.statement_date == date(2012, 1, 11)  # l.23 pos 58-63 "110112"
    lines = statement.lines
    # l.3, l.7, l.12, l.15, l.18: the movements with detail number 0000; l.13-14 and l.16-17 are
    # type 8 details (capital 419.920 + interest 59.120) of the type 3 instalments l.12 and l.15.
    assert [(line.amount_cents, line.source_line) for line in lines] == [
        (-43500, 3), (304445, 7), (-47904, 12), (-47904, 15), (6374, 18)]
    assert lines[0].remittance == "MEDEDELING"  # l.3 pos 63-115, free (pos 62 "0")
    assert lines[0].counterparty_name == "PARTNER 1"  # l.5 pos 48-82
    assert lines[1].structured_reference == "240283842818"  # l.7 pos 62 "1", 63-65 "101", 66-77
    assert lines[1].counterparty_iban == "BE61310126985517"  # l.9 pos 11-47
    assert lines[2].remittance == "KBC-INVESTERINGSKREDIET 737-6543210-21"  # l.12 pos 63-115
    assert lines[4].remittance == "TERUGGAVE 37232481 8400083296 ."  # l.18 pos 63-115
    assert lines[4].end_to_end_id == "362/363"  # l.19 pos 64-98
    assert lines[4].counterparty_name == "KBC VERZEKERINGEN NV"  # l.20 pos 48-82


def test_bnp_statement_with_a_foreign_amount_breakdown() -> None:
    [statement] = _read("Coda_v2_3_globalisation.txt")
    assert statement.account == "BE12341676096039"  # l.2 pos 6-21
    assert statement.opening_cents == -45517  # l.2 pos 43 "1" debit, 44-58 "000000000455170"
    assert statement.closing_cents == 27527053  # l.24 pos 43-57 "000000275270530"
    assert statement.statement_date == date(2014, 12, 10)  # l.24 pos 58-63 "101214"
    first, second, third, fourth = statement.lines
    assert first.amount_cents == 11313500  # l.3 pos 33-47 "000000113135000"
    assert first.booking_date == date(2011, 11, 11)  # l.3 pos 116-121 "111111" as the file has it
    assert first.value_date == date(2014, 12, 10)  # l.3 pos 48-53 "101214"
    assert first.remittance == "REDEVANCE JAN-NOV CONTRAT DE GESTION"  # l.3 pos 63-115
    assert first.end_to_end_id == "XXXXXXXXXXXX597055ISABEL"  # l.4 pos 64-98
    # l.5 pos 48-82; pos 45-47 "XXX" before it is the currency zone (anonymised upstream)
    assert first.counterparty_name == "XXXXX-IN MARKET ZAVENTEM B"
    assert second.counterparty_iban == "BE12301702624428"  # l.10 pos 11-47
    # l.13 type 3, 50000.000; its detail l.18 (type 8, structured 105: the original amount) and
    # that detail's 3.1 (l.21, type 006) are a breakdown of the same credit: booked once, no text.
    assert (third.amount_cents, third.remittance, third.counterparty_iban, third.source_line) == (
        5000000, "", "NL133KMG0261239759", 13)  # l.13 pos 33-47; l.15 pos 11-47 (as written)
    # l.22 pos 32 "1", 33-47 "000000000544300"; structured 124 (card payment) at 63-115 goes to
    # the remittance, run on with l.23 pos 11-63 ("10" + "1214")
    assert (fourth.amount_cents, fourth.structured_reference, fourth.remittance) == (
        -54430, "", "6703330000008003 2335 17098487 101214")


def test_kbc_statement_with_globalised_transfers() -> None:
    [statement] = _read("Coda_v2_3_single_statement.txt")
    assert (statement.account, statement.statement_id) == ("BE86407051416150", "42")  # l.2 pos 6-21, 3-5
    assert statement.opening_cents == statement.closing_cents == 0  # l.2 pos 44-58, l.92 pos 43-57: zeros
    lines = statement.lines
    # 15 simple movements (sequence 0001-0015), then l.41 (0016, type 2, 62095.010) with one
    # type 6 detail (l.44), and l.47 (0017, type 2, debit 2608.000) with 14 type 6 details.
    assert len(lines) == 15 + 1 + 14 == 30
    assert lines[15].position == "statement 42, movement 16, detail 1"
    assert lines[15].amount_cents == 6209501  # l.44 pos 33-47 "000000062095010"
    transfers = lines[16:]
    assert [line.source_line for line in transfers] == list(range(50, 90, 3))  # l.50, l.53, ... l.89
    assert sum(line.amount_cents for line in transfers) == -260800  # l.47 pos 32 "1", 33-47 "000000002608000"
    assert transfers[9].amount_cents == -14830  # l.77 pos 33-47 "000000000148300"
    assert transfers[9].counterparty_iban == "BE38733040385372"  # l.79 pos 11-47
    assert all(line.remittance == "OVERBOEKING NAAR CENTRALE REKENING" for line in transfers)  # pos 63-115
    # l.25 pos 63-115 ends "LOON", l.26 pos 11-63 begins "VERLIES": one word run on
    assert lines[10].remittance == "ONG. SG 20-4203595 LOONVERLIES HAMERLYNCK TONY"
    # l.27 pos 11-22 "310180203454", pos 23 blank: an old Belgian account number, as its IBAN
    assert (lines[10].counterparty_iban, lines[10].counterparty_name) == ("BE42310180203454", "VIVIUM")
    assert lines[9].amount_cents == -6209501  # l.21 pos 32 "1", 33-47 "000000062095010"
    assert lines[9].counterparty_name == "AMERICAN EXPRESS"  # l.23 pos 48-82


def test_two_files_in_one_download() -> None:
    first, second = _read("Coda_v2_3_multi_statements.txt")
    assert first == _read("Coda_v2_3_single_statement.txt")[0]  # l.1-93 are that file, byte for byte
    assert (second.account, second.statement_id) == ("BE12341702625236", "53")  # l.95 pos 6-21, 3-5
    assert second.opening_cents == 1933809  # l.95 pos 44-58 "000000019338090"
    assert second.closing_cents == 1080781  # l.136 pos 43-57 "000000010807810"
    assert second.statement_date == date(2013, 12, 24)  # l.136 pos 58-63 "241213"
    assert len(second.lines) == 11  # l.96 ... l.132: sequence 0001-0011
    # l.100: type 1 with globalisation code 1 but no details: the total is the movement
    assert (second.lines[2].amount_cents, second.lines[2].end_to_end_id) == (
        -556832, "XXXXX X-536908262/0/0000035187")  # l.100 pos 33-47; l.101 pos 64-98
    assert second.lines[0].remittance == (  # l.96 pos 63-115 and l.97 pos 11-63
        "R:4-82055601/058 AFG:MC VAN 22/12 TOT 22/12 BRT:0000179,46EUR C:00001,63")
    assert second.lines[3].position == "statement 53, movement 4"


def test_movements_add_up_to_the_new_balance() -> None:
    """Where the sample's balances agree with its movements, so do the lines booked from it.

    sample2 and the Ontvangen file were edited by hand upstream (their old and new balances
    belong to different accounts and dates), so their balances do not add up in the file.
    """
    for name in ("sample1.cod", "sample10.cod", "Coda_v2_3_globalisation.txt", "Coda_v2_3_multi_statements.txt"):
        for statement in _read(name):
            assert statement.opening_cents is not None and statement.closing_cents is not None
            total = sum(line.amount_cents for line in statement.lines)
            assert statement.opening_cents + total == statement.closing_cents, name


def test_sample5_reads_once_its_trailer_agrees() -> None:
    """sample5's trailer disagrees with its records (see the refusal tests); with one that agrees
    (14 records 1-8, credits 1767.820 + 2767.820 + 1767.820), the rest of it reads as follows."""
    lines = _sample_lines("sample5.cod")
    lines[15] = f"9{'':15}{14:06d}{0:015d}{6303460:015d}{'':75}1"
    [statement] = read_coda("\n".join(lines).encode("latin-1"))
    assert statement.account == "001548226815"  # l.2 pos 6-17 (BBAN check digits fail: kept)
    assert statement.closing_cents == -50001210  # l.15 pos 42 "1" debit, 43-57 "000000500012100"
    first, second, third = statement.lines
    # l.3 pos 62 "0": free text that looks like an OGM is no structured reference
    assert first.structured_reference == ""
    # l.3 pos 63-115, l.4 pos 11-63, l.5 pos 83-125, then the 3.3 record l.8 after a type 001 3.1/3.2
    assert first.remittance == "112/4554/46812 813 ANOTHER MESSAGE MESSAGE SOME INFORMATION ABOUT THIS TRANSACTION"
    assert (first.counterparty_name, first.counterparty_iban, first.end_to_end_id) == (
        "BVBA.BAKKER PIET", "BE54805480215856", "54875")  # l.5 pos 48-82, 11-44; l.4 pos 64-98
    assert second.structured_reference == "112455446812"  # l.9 pos 62 "1", 63-65 "101", 66-77
    assert second.remittance == "813 ANOTHER MESSAGE MESSAGE"  # the rest of l.9 pos 78-115, l.10, l.11
    assert second.amount_cents == 276782  # l.9 pos 33-47 "000000002767820"
    assert third.position == "statement 155, movement 9"  # l.2 pos 3-5 "155"; l.13 pos 3-6 "0009"


# -- decisions, shown on changed samples ----------------------------------------------------

def _put(line: str, first: int, text: str) -> str:
    return line[: first - 1] + text + line[first - 1 + len(text):]


def test_globalised_details_that_do_not_add_up_leave_the_total() -> None:
    lines = _sample_lines("sample10.cod")
    lines[9] = _put(lines[9], 33, "000000000740000")  # l.10: 740 instead of 750; 250 + 740 is not 1000
    [statement] = read_coda("\n".join(lines).encode("latin-1"))  # details are not in the trailer totals
    [line] = statement.lines
    assert (line.amount_cents, line.position, line.source_line) == (100000, "statement 158, movement 1", 3)
    assert (line.end_to_end_id, line.remittance) == ("REF-RECUR-06-05", "")  # l.4 pos 64-98; l.3 no text


@pytest.mark.parametrize(("kind", "reference", "remittance"), [
    ("101", "000003505158", ""),  # structured communication
    ("102", "000003505158", ""),  # reconstituted structured communication
    ("107", "", "000003505158"),  # direct debit: its text is no payment reference
])
def test_only_types_101_and_102_are_payment_references(kind: str, reference: str, remittance: str) -> None:
    lines = _sample_lines("sample1.cod")
    lines[2] = _put(lines[2], 63, kind)  # l.3 pos 63-65
    first = read_coda("\n".join(lines).encode("latin-1"))[0].lines[0]
    assert (first.structured_reference, first.remittance) == (reference, remittance)

