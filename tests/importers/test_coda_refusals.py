"""CODA files that are damaged, cut, re-encoded or not CODA at all: refused with located problems, never half-read.

The tests change sample files record by record; positions are 1-based, as the Febelfin
standard numbers them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.core.import_model import BankStatement, ImportProblem, ImportRejected
from debtordesk.importers.coda import read_coda

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CODA = SAMPLES / "coda"
ALL = sorted(CODA.iterdir())
#: sample5's trailer disagrees with its records: the one sample that is refused as it is.
READABLE = [path for path in ALL if path.name != "sample5.cod"]
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lines(name: str) -> list[str]:
    return (CODA / name).read_bytes().decode("latin-1").replace("\r\n", "\n").split("\n")


def _data(lines: list[str], encoding: str = "latin-1") -> bytes:
    return "\n".join(lines).encode(encoding)


def _put(line: str, first: int, text: str) -> str:
    """``line`` with ``text`` written from position ``first`` (1-based) on."""
    return line[: first - 1] + text + line[first - 1 + len(text):]


def _trailer(count: int, debit_mills: int, credit_mills: int) -> str:
    return f"9{'':15}{count:06d}{debit_mills:015d}{credit_mills:015d}{'':75}2"


def _problems(data: bytes) -> list[ImportProblem]:
    with pytest.raises(ImportRejected) as caught:
        read_coda(data)
    assert caught.value.problems
    return caught.value.problems


def _codes(data: bytes) -> list[str]:
    return [problem.code for problem in _problems(data)]


# -- what the trailer catches ---------------------------------------------------------------

def test_sample5_trailer_disagrees_with_its_records() -> None:
    assert _problems((CODA / "sample5.cod").read_bytes()) == [
        # l.16 pos 17-22 "000015", but l.2-l.15 hold 14 records 1, 2.x, 3.x and 8
        ImportProblem("trailer_mismatch", 16, "9 record count (17-22)", "15 (counted 14)"),
        # l.16 pos 23-37 "000000016837520": no movement is a debit (pos 32 of l.3, l.9, l.13 is "0")
        ImportProblem("trailer_mismatch", 16, "9 debit total (23-37)", "16837.520 (counted 0.000)"),
        # l.16 pos 38-52 "000000003967220"; l.3 + l.9 + l.13 = 1767.820 + 2767.820 + 1767.820
        ImportProblem("trailer_mismatch", 16, "9 credit total (38-52)", "3967.220 (counted 6303.460)"),
    ]


def test_a_file_cut_after_a_whole_record_misses_its_trailer() -> None:
    lines = _lines("sample1.cod")
    assert _problems(_data(lines[:-1])) == [ImportProblem("trailer_missing", 23, "9")]
    assert _problems(_data(lines[:10])) == [ImportProblem("trailer_missing", 10, "9")]


def test_a_file_cut_inside_a_record() -> None:
    data = (CODA / "sample1.cod").read_bytes()
    cut = data[: data.index(b"KLANT3") + 3]  # inside l.15
    assert _problems(cut) == [ImportProblem("record_length", 15, "record length", "50"),
                              ImportProblem("trailer_missing", 15, "9")]


@pytest.mark.parametrize("path", READABLE, ids=lambda path: path.name)
def test_every_lost_record_is_noticed(path: Path) -> None:
    lines = [line for line in _lines(path.name) if line]
    for index in range(len(lines)):
        with pytest.raises(ImportRejected):
            read_coda(_data(lines[:index] + lines[index + 1:]))


@given(path=st.sampled_from(READABLE), pick=st.integers(0, 10**6), digit=st.integers(1, 9),
       where=st.integers(33, 47))
@FUZZ
def test_a_changed_movement_amount_is_noticed(path: Path, pick: int, digit: int, where: int) -> None:
    lines = _lines(path.name)
    movements = [index for index, line in enumerate(lines) if line.startswith("21") and line[6:10] == "0000"]
    index = movements[pick % len(movements)]
    old = lines[index][where - 1]
    lines[index] = _put(lines[index], where, str((int(old) + digit) % 10))
    assert set(_codes(_data(lines))) <= {"trailer_mismatch", "amount_invalid", "amount_too_large"}


def test_records_4_are_counted_or_not() -> None:
    lines = _lines("sample1.cod")
    free = "4 00010000" + " " * 22 + "NEW TARIFFS FROM 1 JANUARY".ljust(80) + " " * 15 + "0"
    for count in (22, 23):  # the standard leaves records 4 out of the count; one with them is accepted too
        changed = lines[:22] + [free] + [lines[22], _trailer(count, 0, 80000)]
        assert len(read_coda(_data(changed))[0].lines) == 4
    after_balance = lines[:23] + [free, _trailer(22, 0, 80000)]
    assert len(read_coda(_data(after_balance))[0].lines) == 4
    assert _codes(_data(lines[:22] + [free] + [lines[22], _trailer(24, 0, 80000)])) == ["trailer_mismatch"]


# -- fields ---------------------------------------------------------------------------------

def test_a_movement_with_a_third_decimal_is_refused() -> None:
    lines = _lines("sample1.cod")
    lines[2] = _put(lines[2], 33, "000000000005001")  # l.3: 5.001
    lines[23] = _trailer(22, 0, 80001)
    assert _problems(_data(lines)) == [ImportProblem("amount_invalid", 3, "2.1 amount (33-47)", "5.001")]


def test_a_balance_with_a_third_decimal_is_rounded_half_up() -> None:
    lines = _lines("sample1.cod")
    lines[1] = _put(lines[1], 43, "0000000017752125")  # 17752.125 credit
    lines[22] = _put(lines[22], 42, "1000000000000005")  # 0.005 debit
    [statement] = read_coda(_data(lines))
    assert (statement.opening_cents, statement.closing_cents) == (1775213, -1)


def test_an_amount_beyond_ten_billion_is_refused() -> None:
    lines = _lines("sample1.cod")
    lines[2] = _put(lines[2], 33, "100000000000000")  # 100 billion
    lines[23] = _trailer(22, 0, 100000000075000)
    assert _problems(_data(lines)) == [
        ImportProblem("amount_too_large", 3, "2.1 amount (33-47)", "100000000000.000")]


@pytest.mark.parametrize(("line", "first", "text", "expected"), [
    (3, 116, "311317", ImportProblem("date_invalid", 3, "2.1 entry date (116-121)", "311317")),
    (3, 48, "3102XX", ImportProblem("date_invalid", 3, "2.1 value date (48-53)", "3102XX")),
    (3, 54, "X", ImportProblem("field_invalid", 3, "2.1 transaction type (54)", "X")),
    (3, 32, "2", ImportProblem("amount_invalid", 3, "2.1 amount (32-47)", "2000000000005000")),
    (2, 2, "7", ImportProblem("account_invalid", 2, "1 account structure (2)", "7")),
    (2, 19, "eur", ImportProblem("currency_invalid", 2, "1 currency (19-21)", "eur")),
    (23, 58, "000000", ImportProblem("date_invalid", 23, "8 new balance date (58-63)", "000000")),
    (5, 3, "0002", ImportProblem("sequence_mismatch", 5, "2.3 sequence and detail number (3-10)", "00020000")),
    (7, 1, "27", ImportProblem("record_unknown", 7, "record identification", "27")),
    (1, 128, "1", ImportProblem("version_unsupported", 1, "0 version code (128)", "1")),
], ids=lambda value: value.code if isinstance(value, ImportProblem) else None)
def test_a_wrong_field_is_located(line: int, first: int, text: str, expected: ImportProblem) -> None:
    lines = _lines("sample1.cod")
    lines[line - 1] = _put(lines[line - 1], first, text)
    assert _problems(_data(lines))[0] == expected


def test_a_record_of_the_wrong_length_is_one_problem() -> None:
    lines = _lines("sample1.cod")
    lines[6] = lines[6][:-1]
    assert _problems(_data(lines)) == [ImportProblem("record_length", 7, "record length", "127")]


@pytest.mark.parametrize(("change", "line"), [
    (lambda lines: lines[:2] + lines[3:], 3),  # a 2.2 without its 2.1
    (lambda lines: lines[:2] + [lines[1]] + lines[2:], 3),  # a second old balance
    (lambda lines: lines[:23] + [lines[2]] + lines[23:], 24),  # a movement after the new balance
    (lambda lines: lines + [lines[2]], 25),  # a record after the trailer
    (lambda lines: lines[:7] + [lines[6]] + lines[7:], 8),  # a second 3.2 after a 3.1's 3.2
    (lambda lines: lines[1:], 1),  # no header: not a CODA file at all
], ids=["2.2 first", "1 twice", "2.1 after 8", "after 9", "3.2 twice", "no header"])
def test_records_out_of_order(change: object, line: int) -> None:
    problems = _problems(_data(change(_lines("sample1.cod"))))  # type: ignore[operator]
    assert problems[0].code in {"record_order", "not_coda"} and problems[0].line == line


def test_information_records_out_of_step_are_refused() -> None:
    """Swapped records change no count or total; their detail numbers show it (sample2 l.8-16: 0003-0011)."""
    lines = _lines("sample2.cod")
    lines[8], lines[9] = lines[9], lines[8]
    assert _problems(_data(lines))[0] == ImportProblem(
        "sequence_mismatch", 10, "3.1 sequence and detail number (3-10)", "00010004")


def test_a_flood_of_problems_is_cut_short() -> None:
    lines = _lines("sample1.cod")
    problems = _problems(_data(lines[:22] + ["2" + "X" * 127] * 300 + lines[22:]))
    assert len(problems) == 101 and problems[-1].code == "too_many_problems"


# -- not CODA, nothing, other encodings and line ends -------------------------------------

def test_other_files_are_not_coda() -> None:
    for path in [path for kind in ("camt053", "mt940", "ubl") for path in (SAMPLES / kind).iterdir()]:
        assert _codes(path.read_bytes()) == ["not_coda"], path.name
    assert _codes(b"\x89PNG\r\n\x1a\n") == ["not_coda"]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\r\n", b"\xef\xbb\xbf"])
def test_an_empty_file(data: bytes) -> None:
    assert _problems(data) == [ImportProblem("empty")]


def test_line_ends_and_trailing_bytes_do_not_matter() -> None:
    lines = _lines("sample1.cod")
    plain = read_coda(_data(lines))
    for variant in ("\r\n".join(lines), "\r".join(lines), "\n".join(lines) + "\n\n", "\n".join(lines) + "\x1a",
                    "\ufeff" + "\n".join(lines)):
        assert read_coda(variant.encode("utf-8")) == plain
    # a blank line is skipped, but it is a line of the file: the lines after it move down one
    [statement] = read_coda(_data(lines[:10] + [""] + lines[10:]))
    assert [line.source_line for line in statement.lines] == [3, 8, 14, 19]
    assert [line.amount_cents for line in statement.lines] == [line.amount_cents for line in plain[0].lines]


def _with_name(name: str) -> list[str]:
    lines = _lines("sample1.cod")
    lines[4] = _put(lines[4], 48, name.ljust(35))  # l.5 (2.3) counterparty name
    return lines


@pytest.mark.parametrize("encoding", ["latin-1", "cp850", "utf-8", "utf-16"])
def test_names_read_in_every_encoding_banks_use(encoding: str) -> None:
    [statement] = read_coda(_data(_with_name("CAFÉ ÇA VA À L'ÉTÉ"), encoding))
    assert statement.lines[0].counterparty_name == "CAFÉ ÇA VA À L'ÉTÉ"


def test_utf8_text_in_a_latin1_file_is_refused_not_misread() -> None:
    lines = _with_name("CAFÉ")
    mixed = _data(lines[:4], "latin-1") + b"\n" + _data(lines[4:], "utf-8").replace(b"KLANT2", b"KL\xc4NT2")
    # the byte \xc4 is not UTF-8, so the file is Latin-1, where "É" in UTF-8 is two characters
    assert _problems(mixed) == [ImportProblem("record_length", 5, "record length", "129")]


def test_utf16_without_byte_order_mark_is_not_coda() -> None:
    text = (CODA / "sample1.cod").read_bytes().decode("latin-1")
    for encoding in ("utf-16-le", "utf-16-be", "utf-32"):
        assert _codes(text.encode(encoding)) == ["not_coda"]


# -- fuzzing ----------------------------------------------------------------------------------

def _whole_files(data: bytes) -> list[int]:
    """The byte offsets where a complete CODA file (one statement) ends: after each trailer."""
    ends, offset = [], 0
    for line in data.splitlines(keepends=True):
        offset += len(line)
        if line.startswith(b"9"):
            ends.append(offset - len(line) + len(line.rstrip(b"\r\n")))
    return ends


def _result(data: bytes) -> list[BankStatement] | list[str]:
    try:
        return read_coda(data)
    except ImportRejected as rejected:
        assert rejected.problems
        return [problem.code for problem in rejected.problems]


@given(path=st.sampled_from(ALL), where=st.integers(0, 10**6))
@FUZZ
def test_a_cut_file_is_refused_or_whole(path: Path, where: int) -> None:
    data = path.read_bytes()
    cut = data[: where % (len(data) + 1)]
    full = _result(data)
    ends = _whole_files(data)
    result = _result(cut)
    kept = len(cut.rstrip(b"\r\n"))
    if kept in ends and isinstance(full[0], BankStatement):
        assert result == full[: ends.index(kept) + 1]  # cut exactly after a trailer: the files before it
    else:
        assert result and isinstance(result[0], str)


@given(path=st.sampled_from(ALL), flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                 min_size=1, max_size=8))
@FUZZ
def test_flipped_bytes_never_crash(path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(path.read_bytes())
    for where, value in flips:
        data[where % len(data)] = value
    assert _result(bytes(data))


@given(path=st.sampled_from(ALL), pick=st.integers(0, 10**6), record=st.text(min_size=0, max_size=140))
@FUZZ
def test_a_strange_record_never_crashes(path: Path, pick: int, record: str) -> None:
    lines = _lines(path.name)
    where = pick % len(lines)
    result = _result(_data(lines[:where] + [record] + lines[where + 1:], "utf-8"))
    assert result


@given(tail=st.binary(max_size=400))
@FUZZ
def test_junk_after_a_header_never_crashes(tail: bytes) -> None:
    header = (CODA / "sample1.cod").read_bytes().split(b"\n")[0]
    assert _result(header + b"\n" + tail)


@pytest.mark.parametrize("path", READABLE, ids=lambda path: path.name)
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "cp850", "utf-8", "utf-16"])
def test_ascii_samples_read_the_same_in_any_encoding(path: Path, encoding: str) -> None:
    data = path.read_bytes()
    assert read_coda(data.decode("ascii").encode(encoding)) == read_coda(data)
