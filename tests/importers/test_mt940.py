"""The MT940 reader on real bank exports: every sample's figures as read by hand from the file.

Expected values quote the line of the sample they come from (``Ln``: line n of the file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from debtordesk.core.import_model import BankLine, BankStatement, ImportRejected
from debtordesk.importers.mt940 import read_mt940, sniff
from debtordesk.importers.mt940_details import is_betalingskenmerk

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MT940 = SAMPLES / "mt940"


def sample(name: str) -> bytes:
    return (MT940 / name).read_bytes()


def codes(error: pytest.ExceptionInfo[ImportRejected]) -> list[str]:
    return [problem.code for problem in error.value.problems]


def test_sniff_knows_every_mt940_sample_and_no_other_sample() -> None:
    for path in MT940.iterdir():
        assert sniff(path.read_bytes()), path.name
    others = [p for kind in ("camt053", "coda", "ubl") for p in (SAMPLES / kind).iterdir()]
    assert others
    for path in others:
        assert not sniff(path.read_bytes()), path.name


def test_rabobank_structured() -> None:
    first, second = read_mt940(sample("rabobank_mt940_structured.txt"))
    assert first.account == "NL50RABO0123456789"  # L3 :25:NL50RABO0123456789
    assert first.statement_id == "940S130403"  # L2 :20:940S130403 (L4 :28C:0 says nothing)
    assert first.opening_cents == 114795  # L5 :60F:C130402EUR000000001147,95
    assert first.closing_cents == 119035  # L15 :62F:C130403EUR000000001190,35
    assert first.statement_date == date(2013, 4, 3)
    assert first.currency == "EUR"
    nespresso, bedrijf = first.lines
    assert nespresso.amount_cents == -12750  # L6 :61:130403D000000000127,50N102EREF
    assert nespresso.booking_date == nespresso.value_date == date(2013, 4, 3)
    assert nespresso.counterparty_iban == "NL96RBOS0523149468"  # L7
    # L8-9 /BENM//NAME/Nespresso Nede|rland B.V./REMI/674725433 1120000153447185 14144467636004962
    assert nespresso.counterparty_name == "Nespresso Nederland B.V."
    assert nespresso.remittance == "674725433 1120000153447185 14144467636004962"
    assert nespresso.end_to_end_id == "02-04-2013 22:56 1120000153447185"  # L8 /EREF/...
    assert nespresso.structured_reference == ""
    assert (nespresso.source_line, nespresso.position) == (6, "statement 1, transaction 1")
    assert bedrijf.amount_cents == 16990  # L11 :61:130403C000000000169,90N122NONREF
    assert bedrijf.counterparty_iban == ""  # L12 0663616476: an old account number, not an IBAN
    assert bedrijf.counterparty_name == "Bedrijf B.V."  # L13 /ORDP//NAME/Bedrijf B.V.
    assert bedrijf.remittance == "NR.201303-111/11.3.2013 NR.201303-112/11.3.2013"  # L13-14
    assert bedrijf.bank_reference == ""  # NONREF

    assert second.statement_id == "940S130404"  # L16
    assert (second.opening_cents, second.closing_cents) == (119035, 1884634)  # L19, L48
    assert len(second.lines) == 7
    assert sum(line.amount_cents for line in second.lines) == 1884634 - 119035
    divv, dln, infracom, costs, wehkamp, bedrijf_nv, everest = second.lines
    assert (divv.amount_cents, divv.remittance) == (-58560, "Factuur 307472")  # L20, L22
    assert dln.amount_cents == 164076  # L24 C000000001640,76
    assert dln.counterparty_name == "DLN CONSULTING"  # L26
    assert dln.remittance == "factuurnummer 201303-128cursus certified PO"  # L26-27 (wrapped at 65)
    assert infracom.amount_cents == -67473  # L28
    assert infracom.remittance.startswith("BETALINGSKENM. 231732INCASSO")  # L30: six digits, no kenmerk
    assert infracom.structured_reference == ""
    assert costs.booking_date == date(2013, 4, 1)  # L33 :61:130401D000000000130,29N093NONREF
    assert (costs.counterparty_name, costs.remittance) == ("", "KostenPeriode 01-01-2013 t/m 31-03-2013")  # L34
    assert (wehkamp.amount_cents, wehkamp.counterparty_name) == (205095, "Wehkamp BV04")  # L35, L37-38 as written
    assert bedrijf_nv.counterparty_iban == "NL82RBOS0602069890"  # L40
    assert (bedrijf_nv.end_to_end_id, bedrijf_nv.remittance) == ("1134027115", "Ref: 201302-080")  # L41-42
    assert everest.amount_cents == 1343100  # L44 C000000013431,00
    assert everest.source_line == 44
    assert everest.position == "statement 2, transaction 7"


def test_rabobank_swi_with_days_without_movements() -> None:
    statements = read_mt940(sample("test-rabo.swi"))
    assert [s.statement_id for s in statements] == ["940S140102", "940S140103", "940S140106", "940S140107"]
    assert {s.account for s in statements} == {"NL34RABO0142623393"}  # :25:NL34RABO0142623393 EUR
    assert [len(s.lines) for s in statements] == [1, 0, 1, 0]
    assert statements[0].opening_cents == 443352  # L5 :60F:C131231EUR000000004433,52
    assert statements[3].closing_cents == 479891  # L29 :62F:C140107EUR000000004798,91
    (smith,) = statements[0].lines
    assert smith.amount_cents == 40000  # L6 :61:140102C000000000400,00N541NONREF
    assert smith.counterparty_iban == "NL66RABO0160878799"  # L7
    assert smith.counterparty_name == "R. SMITH"  # L8 /ORDP//NAME/R. SMITH/ADDR/...
    assert smith.remittance == "Test money paid by other partner:"  # L9
    (costs,) = statements[2].lines
    assert costs.amount_cents == -3461  # L21 :61:140101D000000000034,61N093NONREF
    assert costs.booking_date == date(2014, 1, 1)
    assert (costs.counterparty_name, costs.remittance) == ("Kosten", "Periode 01-10-2013 t/m 31-12-2013")  # L22
    assert costs.source_line == 21


def test_ing_structured_with_swift_blocks() -> None:
    (statement,) = read_mt940(sample("mt940_iban.txt"))
    assert statement.account == "NL68INGB0000012345"  # L5 :25:NL68INGB0000012345EUR
    assert statement.statement_id == "P123456000000001"  # L4 :20: (L6 :28C:00000)
    assert (statement.opening_cents, statement.closing_cents) == (43690, 24645)  # L7 C...436,90; L95 C...246,45
    assert statement.statement_date == date(2014, 8, 25)
    assert len(statement.lines) == 21
    credits = [line for line in statement.lines if line.is_credit]
    assert [line.amount_cents for line in credits] == [2000, 10000, 1452000]  # L16, L36, L83
    first = statement.lines[0]
    assert first.amount_cents == -19236  # L8 :61:1408250825D192,36NTRFNONREF//14237654096217
    assert first.bank_reference == "14237654096217"
    assert (first.counterparty_iban, first.counterparty_name) == ("NL57ABNA0876543211", "B Bert")  # L10 /CNTP/
    assert first.remittance == "22-08-2014 Omschrijving"  # L10-11 /REMI/USTD//22-08|-2014 Omschrijving/
    kpn = statement.lines[8]
    assert kpn.amount_cents == -7362  # L40 D73,62NDDTEREF//12345678909876
    assert kpn.end_to_end_id == "02164810730000043"  # L42 /EREF/
    assert (kpn.counterparty_name, kpn.counterparty_iban) == ("KPN - MOBIEL", "NL75INGB0000012345")  # L43
    assert kpn.remittance.startswith("Factuurnr: 2015/123456789.00.")  # L43-44 /REMI/UST|D//Factuurnr: ...
    tax = statement.lines[11]
    # L55 :61:1408200820D5241,00NTRF1850426746401070//14232632703135: ING writes the betalingskenmerk here
    assert (tax.amount_cents, tax.structured_reference) == (-524100, "1850426746401070")
    assert tax.counterparty_name == "BELASTINGDIENST"  # L57
    savings = statement.lines[7]
    assert (savings.counterparty_iban, savings.remittance) == ("", "VAN Zkl Kwartaal Spaarrekening")  # L38-39
    fee = statement.lines[18]
    assert (fee.amount_cents, fee.counterparty_name) == (1452000, "ABSCDFGDFG SDGDSFG")  # L83, L85
    assert fee.counterparty_iban == "NL50RABO0222222222"
    assert fee.remittance == "Mijn fee"  # L86
    assert fee.booking_date == date(2014, 8, 18)


def test_triodos() -> None:
    (statement,) = read_mt940(sample("triodos_iban_2.txt"))
    assert statement.account == "NL86TRIO07878788778"  # L2, as written
    assert statement.statement_id == "1"  # L3 :28C:1
    assert (statement.opening_cents, statement.closing_cents) == (0, 772878)  # L4 C180222EUR0,00; L22
    first, second, third, fourth = statement.lines
    assert (first.amount_cents, first.booking_date) == (438323, date(2018, 2, 22))  # L5 :61:180222C4383,23
    assert (first.counterparty_iban, first.counterparty_name) == ("NL21RABO0999999999", "G-AAAAA N.V.")  # L6
    assert (first.end_to_end_id, first.remittance) == ("7293-201801001", "201801001")  # L7
    assert second.amount_cents == 345629  # L8 C3456,29
    assert second.end_to_end_id == ""  # L10 /EREF/NOTPROVIDED
    assert second.remittance == "Factuurnummer 201801-001"  # L10-12 //RE|MI/USTD//Factuurnummer 201801-00|1/
    assert (third.amount_cents, third.counterparty_iban) == (-9091, "DE83700111109999999999")  # L13, L14
    assert third.counterparty_name == ""
    assert fourth.amount_cents == -1983  # L17 D19,83
    assert fourth.remittance.endswith("Tommy INV02828401 verwerkt door Tommy Baat")  # L20-21


def test_knab_acceptgiro() -> None:
    (statement,) = read_mt940(sample("knab_sepa_acceptgiro.txt"))
    assert statement.account == "NL92KNAB0123123123"  # L3
    assert statement.statement_id == "75/1"  # L4 :28C:75/1
    assert (statement.opening_cents, statement.closing_cents) == (100000, 99000)  # L5 EUR01000,00; L11 EUR0990,00
    assert statement.statement_date == date(2016, 4, 26)  # L11 C160426
    (line,) = statement.lines
    assert line.amount_cents == -1000  # L6 :61:1604250425D10,N105NONREF//ASFKJASDFKJASDFD
    assert line.bank_reference == "ASFKJASDFKJASDFD"
    assert (line.counterparty_iban, line.counterparty_name) == ("NL86INGB0002445588", "BELASTINGDIENST")  # L7-8
    assert line.structured_reference == "6767676767676766"  # L8 /EREF/6767676767676766, an acceptgiro
    assert line.end_to_end_id == "6767676767676766"
    assert line.remittance == "AANGIFTE LOONHEFFINGEN APRIL 1234 5678 1234 5678 6767676767676766"  # L8-10


def test_asn_with_daily_statements() -> None:
    statements = read_mt940(sample("0708271685_09022020_164516.940.txt"))
    assert len(statements) == 31  # :28C:1/1 … :28C:31/1
    assert statements[0].statement_id == "1/1" and statements[30].statement_id == "31/1"
    assert {s.account for s in statements} == {"NL81ASNB9999999999"}
    lines = [line for s in statements for line in s.lines]
    assert len(lines) == 8
    assert statements[0].opening_cents == 44429  # L5 :60F:C200101EUR444,29
    assert statements[30].closing_cents == 50123  # L279 :62F:C200131EUR501,23
    jewellery = statements[0].lines[0]
    assert jewellery.amount_cents == -6500  # L6 :61:2001010101D65,00NOVBNL47INGB9999999999
    assert jewellery.counterparty_iban == "NL47INGB9999999999"
    assert jewellery.counterparty_name == "hr gjlm paulissen"  # L7
    assert jewellery.remittance == "Betaling sieraden"  # L10
    assert jewellery.bank_reference == ""
    fee = statements[24].lines[0]
    assert (fee.amount_cents, fee.booking_date) == (-165, date(2020, 1, 25))  # L198 :61:2001250125D1,65NDIV
    assert fee.remittance == "Kosten gebruik betaalrekening inclusief 1 betaalpas"  # L201
    assert (fee.position, fee.source_line) == ("statement 25, transaction 1", 198)
    dividend = statements[28].lines[0]
    assert dividend.amount_cents == 82872  # L233 C828,72
    assert dividend.counterparty_name == "transfer solutions bv"  # L234
    assert dividend.remittance == ("2020-01-28T14:32:46-000000000000089-NL25INGB9999999999-Transfer Solutions"
                                   " BV-DIVIDEND 28/01/2020")  # L237-238, wrapped at 65 columns
    cards = [line for line in lines if line.counterparty_name == "international card services"]
    assert [line.amount_cents for line in cards] == [-80155, -100000, -90376]  # L50, L241, L271
    assert "Betaling aan ICS 99999999999" in cards[0].remittance  # L54-55: "... aan I|CS ..."


def test_abn_amro_example_does_not_add_up() -> None:
    """The published ABN AMRO example's balances were edited by hand: 10000,90 - 5,10 - 10 - 10 is
    9975,80, not 9980,90 (L7-16); 9980,90 + 4 - 6 x 1000 is 3984,90, not 3976,90 (L24-53)."""
    with pytest.raises(ImportRejected) as error:
        read_mt940(sample("abnamro_structured.txt"))
    assert [(p.code, p.line, p.column) for p in error.value.problems] == [
        ("balance_mismatch", 16, ":62F:"), ("balance_mismatch", 53, ":62F:")]


def test_abn_amro_figures_when_the_user_accepts_the_balances() -> None:
    first, second = read_mt940(sample("abnamro_structured.txt"), check_balances=False)
    assert (first.account, first.statement_id) == ("123212321", "1301/1")  # L5 :25:123212321, L6 :28:1301/1
    assert (first.opening_cents, first.closing_cents) == (1000090, 998090)  # L7 C140112EUR10000,9; L16
    card, _, savings = first.lines
    assert card.amount_cents == -510  # L8 :61:1401110113D5,1N426NONREF
    assert (card.value_date, card.booking_date) == (date(2014, 1, 11), date(2014, 1, 13))
    assert card.remittance == "BEA NR:MA1402 11.01.14/12.00 XXX XX XXXXXX AMSTERDAM ,PAS123"  # L9
    assert savings.amount_cents == -1000  # L12 D10,
    assert (savings.counterparty_iban, savings.counterparty_name) == ("NL25ABNA0987654321", "FOOBAR")  # L13-14
    assert (savings.remittance, savings.end_to_end_id) == ("SAVINGS", "")  # L14 /REMI/SAVINGS/EREF/NOTPROVIDED
    assert len(second.lines) == 7
    ideal = second.lines[0]
    assert ideal.amount_cents == 400  # L25 :61:1401260127C4,N944NONREF
    assert (ideal.counterparty_iban, ideal.counterparty_name) == ("NL70ABNA0888888888",
                                                                  "NS GROEP INZAKE NSR IDEA")  # L26-27
    assert ideal.remittance == "4851430136 0030000 735822580 NS E-TICKET(S)"  # L28 OMSCHRIJVING:
    assert ideal.end_to_end_id == "26-01-2014 18:14 003000 0735822580"  # L29 KENMERK:
    assert second.lines[1].remittance == "54.49.42.108 ABC BOOM KK"  # L31
    taxes = second.lines[2:]
    assert [t.amount_cents for t in taxes] == [-100000] * 5  # L33, L37, L41, L45, L49 D1000,
    assert {t.structured_reference for t in taxes} == {"1234567890098876"}  # L36 BETALINGSKENM.: 1234567890098876
    assert {t.counterparty_name for t in taxes} == {"BELASTINGDIENST"}  # L35
    assert [t.position for t in taxes][-1] == "statement 2, transaction 7"


def test_ing_mijn_ing_zakelijk_example() -> None:
    with pytest.raises(ImportRejected) as error:  # 1000 - 627 + 3969,15 is 4342,15, not 4882,15 (L5, L43, L45 /SUM/)
        read_mt940(sample("ming-ing-provided-example-single-message.txt"))
    assert [(p.code, p.line) for p in error.value.problems] == [("balance_mismatch", 43)]
    (statement,) = read_mt940(sample("ming-ing-provided-example-single-message.txt"), check_balances=False)
    assert (statement.account, statement.statement_id) == ("NL20INGB0001234567", "3")  # L3, L4
    assert len(statement.lines) == 9
    debits = [line.amount_cents for line in statement.lines if not line.is_credit]
    credits = [line.amount_cents for line in statement.lines if line.is_credit]
    # L45 /SUM/4/5/627,00/3969,15/: four debits of 627,00 in all, five credits of 3969,15
    assert (len(debits), -sum(debits), len(credits), sum(credits)) == (4, 62700, 5, 396915)
    first = statement.lines[0]
    assert first.structured_reference == "5200150700013379"  # L9 /REMI/STRD/CUR/5200150700013379/
    assert first.end_to_end_id == "E2E2014030100899040"  # L8 /EREF/
    assert (first.counterparty_iban, first.counterparty_name) == ("NL08INGB0000001234", "ING Testrekening")  # L8-9
    assert (first.remittance, first.bank_reference) == ("", "00000000000001")  # L6 //00000000000001
    returned = statement.lines[3]
    assert returned.amount_cents == -30000  # L18 :61:1401030103D300,00NRTIEREF//00000000000004
    assert returned.remittance == "UstrdRemInf87899100"  # L22
    assert returned.end_to_end_id == "E2E20140103545"  # L20
    batch = statement.lines[7]
    assert (batch.amount_cents, batch.remittance) == (388915, "TOTAAL 168 POSTEN")  # L35, L37-38
    assert statement.lines[4].structured_reference == "5010012368971337"  # L26 STRD/CUR, taken as written


def test_betalingskenmerk_check_digit() -> None:
    assert is_betalingskenmerk("1850426746401070")  # mt940_iban.txt L55, a Belastingdienst reference
    assert is_betalingskenmerk("5200150700013379")
    assert not is_betalingskenmerk("1120000153447185")  # an iDEAL transaction id (Rabobank sample L8)
    assert not is_betalingskenmerk("185042674640107")
    assert not is_betalingskenmerk("185042674640107x")


def test_every_statement_line_is_a_bank_line_with_a_position() -> None:
    for path in MT940.iterdir():
        statements = read_mt940(path.read_bytes(), check_balances=False)
        assert all(isinstance(s, BankStatement) for s in statements)
        for number, statement in enumerate(statements, start=1):
            for index, line in enumerate(statement.lines, start=1):
                assert isinstance(line, BankLine)
                assert line.position == f"statement {number}, transaction {index}"
                assert line.source_line > 0
                assert line.currency == statement.currency == "EUR"
