"""Rate tables: the shipped CSVs hold legal.md's figures; a user's file replaces one only when valid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.rates import (
    TABLES,
    RateBook,
    RateFileProblem,
    RateRow,
    RateTable,
    RateUnknown,
    load_rate_book,
    parse_rate_text,
    shipped_rate_path,
)

HEADER = "from,percent,source,source_date\n"


@pytest.fixture(scope="module")
def shipped() -> RateBook:
    return load_rate_book()


def percent_on(book: RateBook, table: str, day: str) -> Decimal:
    return book.table(table).rate_on(date.fromisoformat(day)).percent


def test_every_shipped_table_loads_cleanly(shipped: RateBook) -> None:
    assert shipped.problems == ()
    assert shipped.names == TABLES
    for name in TABLES:
        table = shipped.table(name)
        assert table.origin == shipped_rate_path(name)
        starts = [row.start for row in table.rows]
        assert starts == sorted(set(starts))
        assert all(row.percent >= 0 and row.source and row.source_date for row in table.rows)
        # Every table answers for any day from 2013 on.
        assert table.first_day is not None and table.first_day <= date(2013, 1, 1)


@pytest.mark.parametrize(
    ("table", "day", "percent"),
    [
        # legal.md Table A2-1: 0.75 + 7 = 7.75 until the 2011/7 margin (+8) took effect on 16-3-2013.
        ("nl_commercial", "2013-03-15", "7.75"),
        ("nl_commercial", "2013-03-16", "8.75"),
        ("nl_commercial", "2016-06-30", "8.05"),
        ("nl_commercial", "2016-07-01", "8.00"),
        ("nl_commercial", "2024-07-01", "12.25"),
        ("nl_commercial", "2025-12-31", "10.15"),
        # Table A2-2: 3 % from 1-7-2012 (in force on 1-1-2013), 2 % from 2015, 4 % from 2023.
        ("nl_statutory", "2013-01-01", "3"),
        ("nl_statutory", "2015-01-01", "2"),
        ("nl_statutory", "2023-01-01", "4"),
        ("nl_statutory", "2026-01-01", "4"),
        # Table B1 (contracts from 16-3-2013): 0.75 + 8 = 8.75 -> 9.0 for 2013 S1.
        ("be_commercial", "2013-06-30", "9.00"),
        ("be_commercial", "2024-12-31", "12.50"),
        ("be_commercial", "2025-01-01", "11.50"),
        # Table B2, per calendar year.
        ("be_statutory", "2022-12-31", "1.50"),
        ("be_statutory", "2024-06-15", "5.75"),
    ],
)
def test_shipped_figures_match_legal_md(shipped: RateBook, table: str, day: str, percent: str) -> None:
    assert percent_on(shipped, table, day) == Decimal(percent)


def test_ranges_are_expanded_into_one_row_per_half_year(shipped: RateBook) -> None:
    # "2017-01-01 … 2022-07-01 (each half-year) 8.00 %": 12 rows.
    nl = {row.start: row.percent for row in shipped.table("nl_commercial").rows}
    half_years = [date(year, month, 1) for year in range(2017, 2023) for month in (1, 7)]
    assert all(nl[day] == Decimal("8.00") for day in half_years)
    # Table B1 has a row for every semester from 2013 S1 to 2026 S1; Table B2 one per year 2013-2026.
    be = {row.start for row in shipped.table("be_commercial").rows}
    assert {date(year, month, 1) for year in range(2013, 2026) for month in (1, 7)} | {date(2026, 1, 1)} <= be
    assert {row.start for row in shipped.table("be_statutory").rows} == {date(y, 1, 1) for y in range(2013, 2027)}


def test_conflicts_take_the_formula_value_and_say_so(shipped: RateBook) -> None:
    # nfco.nl's 12 % for 2023 H1 against MRO 2.50 + 8 = 10.50.
    row = shipped.table("nl_commercial").rate_on(date(2023, 1, 1))
    assert row.percent == Decimal("10.50") and "CONFLICT" in row.source and "formula" in row.source
    # Code datasets keep 6 % from 1-7-2025; the formula gives 2.40 + 2.25 = 4.65 -> 5 %.
    row = shipped.table("nl_statutory").rate_on(date(2025, 7, 1))
    assert row.percent == Decimal("5") and "CONFLICT" in row.source
    # atpartners.be's 8.5 % for 2019 S2 against MRO 0.00 + 8 = 8.
    row = shipped.table("be_commercial").rate_on(date(2019, 7, 1))
    assert row.percent == Decimal("8.00") and "CONFLICT" in row.source


def test_unconfirmed_rows_carry_the_mark(shipped: RateBook) -> None:
    assert "UNCONFIRMED" in shipped.table("nl_commercial").rate_on(date(2026, 7, 1)).source
    assert "UNCONFIRMED" in shipped.table("be_commercial").rate_on(date(2026, 1, 1)).source


def test_a_day_before_the_first_row_is_unknown(shipped: RateBook) -> None:
    with pytest.raises(RateUnknown, match="no nl_commercial rate is known for 2012-12-31; the table starts on 2013-01-01"):
        shipped.table("nl_commercial").rate_on(date(2012, 12, 31))


def test_the_last_row_runs_on(shipped: RateBook) -> None:
    table = shipped.table("be_statutory")
    assert table.rate_on(date(2040, 1, 1)) == table.rows[-1]


def test_an_unknown_table_name_is_a_key_error(shipped: RateBook) -> None:
    with pytest.raises(KeyError, match="no rate table named 'lu_commercial'"):
        shipped.table("lu_commercial")


def test_a_valid_user_file_adds_to_the_shipped_table_and_wins_on_the_same_date(tmp_path: Path) -> None:
    own = tmp_path / "nl_commercial.csv"
    own.write_text(HEADER + "2013-01-01,8,mine,2027-01-02\n2027-01-01,9.5,Stb. 2026 x,2027-01-02\n", encoding="utf-8")
    book = load_rate_book(tmp_path)
    assert book.problems == ()
    table = book.table("nl_commercial")
    assert table.origin == own
    assert table.rate_on(date(2027, 3, 1)) == RateRow(date(2027, 1, 1), Decimal("9.5"), "Stb. 2026 x", "2027-01-02")
    # The user's row for 2013-01-01 replaces the shipped one (7.75 %) ...
    assert table.rate_on(date(2013, 2, 1)).percent == Decimal("8")
    # ... and the shipped rows the user did not write stay (8.75 % from 16-3-2013), so an
    # update of DebtorDesk keeps adding its newer rows to a user's table.
    assert table.rate_on(date(2013, 4, 1)).percent == Decimal("8.75")
    assert len(table.rows) == len(load_rate_book().table("nl_commercial").rows) + 1
    # The other tables stay the shipped ones.
    assert book.table("nl_statutory").origin == shipped_rate_path("nl_statutory")


def test_a_spreadsheet_export_with_semicolons_and_decimal_commas_is_read(tmp_path: Path) -> None:
    (tmp_path / "be_statutory.csv").write_text("\ufefffrom;percent\n2013-01-01;2,75\n2027-01-01;4,5 %\n",
                                               encoding="utf-8")
    book = load_rate_book(tmp_path)
    assert book.problems == ()
    table = book.table("be_statutory")
    assert table.rate_on(date(2013, 6, 1)).percent == Decimal("2.75")
    newest = table.rate_on(date(2027, 6, 1))
    assert newest.percent == Decimal("4.5")
    # Without a source column the row says where it came from.
    assert newest.source == "be_statutory.csv line 3" and newest.source_date == ""


@pytest.mark.parametrize(
    ("text", "line", "code"),
    [
        (HEADER + "2013-01-01,8,a,b\n2024-13-01,9,a,b\n", 3, "bad_date"),
        (HEADER + "1-1-2013,8,a,b\n", 2, "bad_date"),
        (HEADER + "20130101,8,a,b\n", 2, "bad_date"),
        (HEADER + "2013-01-01,eight,a,b\n", 2, "bad_number"),
        (HEADER + "2013-01-01,,a,b\n", 2, "bad_number"),
        (HEADER + "2013-01-01,NaN,a,b\n", 2, "bad_number"),
        (HEADER + "2013-01-01,8,a,b\n2014-01-01,-1,a,b\n", 3, "negative_rate"),
        (HEADER + "2014-01-01,8,a,b\n2013-01-01,8,a,b\n", 3, "not_sorted"),
        (HEADER + "2013-01-01,8,a,b\n2014-01-01,8,a,b\n2014-01-01,9,a,b\n", 4, "duplicate_date"),
        ("from,source\n2013-01-01,a\n", 1, "missing_column"),
        ("percent,source\n8,a\n", 1, "missing_column"),
        (HEADER, 1, "empty"),
        ("", 1, "empty"),
        ("\n\n", 1, "empty"),
    ],
)
def test_a_broken_user_file_is_refused_with_its_line(tmp_path: Path, text: str, line: int, code: str) -> None:
    own = tmp_path / "nl_statutory.csv"
    own.write_text(text, encoding="utf-8")
    book = load_rate_book(tmp_path)
    [problem] = book.problems
    assert (problem.path, problem.line, problem.code) == (own, line, code)
    assert problem.text
    # The shipped table stays in use.
    assert book.table("nl_statutory").origin == shipped_rate_path("nl_statutory")


def test_a_file_that_is_not_text_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "be_commercial.csv"
    own.write_bytes(b"from,percent\n2013-01-01,\xff\xfe8\n")
    [problem] = load_rate_book(tmp_path).problems
    assert (problem.path, problem.line, problem.code) == (own, 0, "unreadable")


def test_a_file_the_csv_module_cannot_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "nl_commercial.csv").write_text(HEADER + "2013-01-01,8," + "x" * 200_000 + ",b\n", encoding="utf-8")
    [problem] = load_rate_book(tmp_path).problems
    assert (problem.line, problem.code) == (0, "unreadable")


@given(st.text(max_size=300))
def test_any_text_gives_a_table_or_a_problem_never_an_exception(text: str) -> None:
    result = parse_rate_text(text, "t", Path("t.csv"))
    assert isinstance(result, (RateTable, RateFileProblem))


def test_other_files_and_a_missing_folder_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("anything", encoding="utf-8")
    (tmp_path / "nl_commercial.csv").mkdir()  # a folder with a table's name is not a file
    assert load_rate_book(tmp_path).problems == ()
    assert load_rate_book(tmp_path / "missing").problems == ()


def test_changes_between_is_exclusive_of_the_first_day(shipped: RateBook) -> None:
    table = shipped.table("be_statutory")
    # (2023-01-01, 2025-01-01]: the 2024 and 2025 rows, not the 2023 one.
    assert table.changes_between(date(2023, 1, 1), date(2025, 1, 1)) == [date(2024, 1, 1), date(2025, 1, 1)]


@given(
    starts=st.lists(st.dates(date(2000, 1, 1), date(2040, 1, 1)), min_size=1, max_size=12, unique=True),
    day=st.dates(date(1999, 1, 1), date(2041, 1, 1)),
)
def test_rate_on_is_the_newest_row_not_after_the_day(starts: list[date], day: date) -> None:
    rows = "".join(f"{start.isoformat()},{index}\n" for index, start in enumerate(sorted(starts)))
    table = parse_rate_text("from,percent\n" + rows, "t", Path("t.csv"))
    assert isinstance(table, RateTable)
    earlier = [start for start in sorted(starts) if start <= day]
    if not earlier:
        with pytest.raises(RateUnknown):
            table.rate_on(day)
    else:
        row = table.rate_on(day)
        assert row.start == earlier[-1]
        assert row.percent == Decimal(len(earlier) - 1)
