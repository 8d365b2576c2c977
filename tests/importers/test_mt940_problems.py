"""The MT940 reader refuses broken files whole, naming each place, and never crashes.

Small statements written here exercise one rule each; hypothesis then cuts, flips and
shuffles the real samples: every outcome is a full, self-consistent result or ImportRejected.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.core.import_model import BankStatement, ImportRejected
from debtordesk.importers.mt940 import read_mt940, sniff

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NAMES = sorted(path.name for path in (SAMPLES / "mt940").iterdir())
DATA = {name: (SAMPLES / "mt940" / name).read_bytes() for name in NAMES}
FULL = {name: read_mt940(data, check_balances=False) for name, data in DATA.items()}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def statement(*body: str, opening: str = "C260101EUR100,00", closing: str = "C260102EUR150,00",
              account: str = "NL91ABNA0417164300") -> bytes:
    """One statement around ``body`` (the :61:/:86: lines), CRLF like a bank's export."""
    lines = [":20:TEST", f":25:{account}", ":28C:7/1", f":60F:{opening}", *body, f":62F:{closing}", "-"]
    return ("\r\n".join(lines) + "\r\n").encode()


def problems(data: bytes) -> list[tuple[str, int, str]]:
    with pytest.raises(ImportRejected) as error:
        read_mt940(data)
    assert error.value.problems
    return [(p.code, p.line, p.column) for p in error.value.problems]


def only_line(data: bytes):
    (result,) = read_mt940(data)
    (line,) = result.lines
    return line


def assert_whole(statements: list[BankStatement]) -> None:
    """What a successful read always holds: every statement adds up and is numbered in order."""
    for number, item in enumerate(statements, start=1):
        assert item.opening_cents is not None and item.closing_cents is not None
        assert item.opening_cents + sum(line.amount_cents for line in item.lines) == item.closing_cents
        for index, line in enumerate(item.lines, start=1):
            assert line.position == f"statement {number}, transaction {index}"
            assert isinstance(line.amount_cents, int)


# -- one rule each ------------------------------------------------------------------------

def test_marks_reversals_funds_code_and_booking_date_across_new_year() -> None:
    assert only_line(statement(":61:260102RD50,00NTRFNONREF")).amount_cents == 5000  # a debit reversed
    assert only_line(statement(":61:260102RC50,00NTRFNONREF", closing="C260102EUR50,00")).amount_cents == -5000
    assert only_line(statement(":61:260102CR50,NTRFNONREF")).amount_cents == 5000  # funds code R
    line = only_line(statement(":61:2512310102C50,00NTRFNONREF"))
    assert (line.value_date, line.booking_date) == (date(2025, 12, 31), date(2026, 1, 2))


def test_amounts_beyond_cents_are_refused_but_trailing_zeros_are_exact() -> None:
    assert only_line(statement(":61:260102C50,000NTRFNONREF")).amount_cents == 5000
    assert problems(statement(":61:260102C50,001NTRFNONREF")) == [("amount_too_many_decimals", 5, ":61:")]
    assert problems(statement(":61:260102C50.00NTRFNONREF")) == [("field_invalid", 5, ":61:")]
    assert problems(statement(opening="C260101EUR100")) == [("amount_invalid", 4, ":60F:")]


def test_balance_mismatch_names_the_closing_balance() -> None:
    assert problems(statement(":61:260102C49,99NTRFNONREF")) == [("balance_mismatch", 6, ":62F:")]
    assert problems(statement(opening="C260101USD100,00")) == [("currency_mismatch", 5, ":62F:")]


def test_dates_and_layout() -> None:
    assert problems(statement(":61:261302C50,00NTRFNONREF")) == [("date_invalid", 5, ":61:")]
    assert problems(statement(":61:2601021232C50,00NTRFNONREF")) == [("date_invalid", 5, ":61:")]
    assert problems(statement(":61:260102C50,00NTRFNONREF", "one", "two")) == [("field_invalid", 7, ":61:")]
    assert problems(statement(":99:what")) == [("tag_unknown", 5, ":99:"), ("balance_mismatch", 6, ":62F:")]
    assert problems(statement(":60F:C260101EUR100,00")) == [("tag_unexpected", 5, ":60F:"),
                                                            ("balance_mismatch", 6, ":62F:")]
    assert problems(b"hello\r\n" + statement(":61:260102C50,00NTRFNONREF"))[0] == ("text_unexpected", 1, "")


def test_a_statement_cut_short_is_refused_not_shortened() -> None:
    whole = statement(":61:260102C50,00NTRFNONREF")
    cut = whole[:whole.index(b":62F:")]
    assert problems(cut) == [("required", 1, ":62F:")]
    two = whole + statement(":61:260102C50,00NTRFNONREF")[:40]
    assert ("required", 8, ":62F:") in problems(two)


def test_swift_blocks_must_close() -> None:
    body = statement(":61:260102C50,00NTRFNONREF").replace(b"-\r\n", b"")
    wrapped = b"{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{4:\r\n" + body + b"-}\r\n"
    assert len(read_mt940(wrapped)) == 1
    assert problems(wrapped[:-4]) == [("message_unterminated", 1, "{4:")]
    assert problems(body + b"-}\r\n") == [("block_invalid", 7, "-}")]
    assert problems(b"{1:F01INGBNL2A}{4:{4:\r\n" + body)[0] == ("block_invalid", 1, "{4:")


def test_not_mt940_empty_and_encodings() -> None:
    assert problems(b"") == [("empty", 0, "")]
    assert problems(b" \r\n\t") == [("empty", 0, "")]
    assert problems((SAMPLES / "camt053" / "camt.xml").read_bytes()) == [("not_mt940", 0, "")]
    assert problems((SAMPLES / "coda" / "sample1.cod").read_bytes()) == [("not_mt940", 0, "")]
    assert problems(DATA["triodos_iban_2.txt"].decode().encode("utf-16")) == [("encoding_invalid", 0, "")]
    assert problems(DATA["triodos_iban_2.txt"].decode().encode("utf-16-le")) == [("encoding_invalid", 0, "")]
    assert problems(statement(":61:260102C50,00NTRFNONREF", ":86:\x07bell")) == [("character_invalid", 6, "")]
    undecodable = statement(":61:260102C50,00NTRFNONREF", ":86:/NAME/Cafe").replace(b"Cafe", b"Caf\x81\xe9")
    assert problems(undecodable) == [("encoding_invalid", 6, "")]  # neither UTF-8 nor Windows-1252


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_accented_names_in_utf8_and_windows_1252(encoding: str) -> None:
    data = statement(":61:260102C50,00NTRFNONREF//B1", ":86:/ORDP//NAME/Café Zoë/REMI/Factuur 12").decode()
    line = only_line(data.encode(encoding))
    assert (line.counterparty_name, line.remittance, line.bank_reference) == ("Café Zoë", "Factuur 12", "B1")


def test_references_rf_ogm_and_ultimate_party() -> None:
    rf = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:/REMI/USTD//Betaling rf18 5390 0754 7034 dank/"))
    assert (rf.structured_reference, rf.remittance) == ("RF18539007547034", "Betaling rf18 5390 0754 7034 dank")
    strd = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:/REMI/STRD/ISO/RF18539007547034/"))
    assert (strd.structured_reference, strd.remittance) == ("RF18539007547034", "")
    ogm = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:/REMI/+++090/9337/55493+++"))
    assert ogm.structured_reference == "090933755493"
    wrong = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:/REMI/+++090/9337/55494+++ RF18 5390 0754 7035"))
    assert wrong.structured_reference == ""
    party = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:/ORDP//NAME/Klant BV/REMI/Factuur 7/ULTD//NAM",
                                "E/Eindklant/ISDT/2026-01-02"))
    assert (party.counterparty_name, party.remittance) == ("Klant BV", "Factuur 7")


def test_a_kenmerk_on_the_61_line_counts_only_with_its_check_digit() -> None:
    valid = only_line(statement(":61:260102C50,00NTRF1850426746401070//1"))
    invalid = only_line(statement(":61:260102C50,00NTRF1120000153447185//1"))
    assert (valid.structured_reference, invalid.structured_reference) == ("1850426746401070", "")
    assert (valid.bank_reference, invalid.bank_reference) == ("1", "1")


def test_structured_information_may_start_on_the_line_after_the_tag() -> None:
    line = only_line(statement(":61:260102C50,00NTRFNONREF", ":86:", "/CNTP/NL91ABNA0417164300/ABNANL2A/Jan",
                               " Jansen/Utrecht//REMI/USTD//Factuur 2026-0", "15/"))
    assert (line.counterparty_name, line.counterparty_iban) == ("Jan Jansen", "NL91ABNA0417164300")
    assert line.remittance == "Factuur 2026-015"


def test_sniff_reads_past_a_byte_order_mark_but_not_utf16() -> None:
    data = statement(":61:260102C50,00NTRFNONREF")
    assert sniff(b"\xef\xbb\xbf" + data)
    assert len(read_mt940(b"\xef\xbb\xbf" + data)) == 1
    assert not sniff(data.decode().encode("utf-16"))
    assert not sniff(b":20:X\r\n:28C:1\r\n")


def test_account_forms() -> None:
    for written in ("INGBNL2A/NL91ABNA0417164300", "NL91ABNA0417164300EUR", "NL91 ABNA 0417 1643 00 EUR"):
        (result,) = read_mt940(statement(":61:260102C50,00NTRFNONREF", account=written))
        assert result.account == "NL91ABNA0417164300"
        assert result.statement_id == "7/1"
    assert problems(statement(account="", closing="C260102EUR100,00")) == [("field_invalid", 2, ":25:")]


def test_problems_stop_after_a_hundred() -> None:
    found = problems(statement(*[":99:x"] * 300))
    assert len(found) == 101
    assert found[-1][0] == "too_many_problems"


def test_hostile_long_lines_end_quickly() -> None:
    assert problems(statement(":61:260102C50,00NTRFNONREF//" + "1" * 1000)) == [("line_too_long", 5, ""),
                                                                                ("balance_mismatch", 6, ":62F:")]
    long_86 = [":86:" + "/REMI/" * 160, *["RF18 " * 199] * 100, *["+++090/" * 142] * 100]
    assert outcome(statement(":61:260102C50,00NTRFNONREF", *long_86))
    assert problems(b"{1:" + b"{" * 50_000 + b"\r\n" + statement())
    assert problems(b":20:" + b"-}{5:" * 50_000)


# -- every prefix, flip and shuffle of the samples ----------------------------------------

def outcome(data: bytes) -> list[BankStatement] | None:
    try:
        result = read_mt940(data)
    except ImportRejected as error:
        assert error.problems
        return None
    assert_whole(result)
    return result


def assert_prefix_result(name: str, cut: int) -> None:
    result = outcome(DATA[name][:cut])
    if result is not None:
        assert result == FULL[name][:len(result)]


@pytest.mark.parametrize("name", NAMES)
def test_cut_at_or_inside_every_line(name: str) -> None:
    data = DATA[name]
    ends = [index + 1 for index, byte in enumerate(data) if byte == ord("\n")]
    for end in ends:
        assert_prefix_result(name, end)
        assert_prefix_result(name, end - 6)


@FUZZ
@given(name=st.sampled_from(NAMES), cut=st.integers(min_value=0, max_value=10_000))
def test_any_prefix_is_whole_statements_or_refused(name: str, cut: int) -> None:
    assert_prefix_result(name, cut % (len(DATA[name]) + 1))


@FUZZ
@given(name=st.sampled_from(NAMES),
       flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
                      min_size=1, max_size=6))
def test_byte_flips_never_crash(name: str, flips: list[tuple[int, int]]) -> None:
    data = bytearray(DATA[name])
    for position, value in flips:
        data[position % len(data)] = value
    outcome(bytes(data))


@FUZZ
@given(name=st.sampled_from(NAMES), seed=st.integers(min_value=0, max_value=2**32 - 1),
       action=st.sampled_from(["drop", "duplicate", "swap", "blank"]))
def test_shuffled_records_never_crash(name: str, seed: int, action: str) -> None:
    lines = DATA[name].splitlines(keepends=True)
    rng = random.Random(seed)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if action == "drop":
        del lines[i]
    elif action == "duplicate":
        lines.insert(i, lines[j])
    elif action == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i] = b"\r\n"
    outcome(b"".join(lines))


@FUZZ
@given(parts=st.lists(st.one_of(
    st.sampled_from([":20:", ":25:", ":28C:", ":60F:", ":61:", ":86:", ":62F:", "-", "-}", "{4:", "\r\n", "\n",
                     "C260101EUR", "1,00", "NTRF", "//", "/REMI/", "/CNTP/", "/NAME/", "NL91ABNA0417164300"]),
    st.text(max_size=8)), max_size=40))
def test_random_mt940_like_text_never_crashes(parts: list[str]) -> None:
    text = "".join(parts)
    outcome(text.encode("utf-8"))
    outcome(text.encode("utf-16"))


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_never_crash(data: bytes) -> None:
    outcome(data)
