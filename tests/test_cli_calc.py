"""debtordesk-cli calc: text and JSON output of costs and interest, user rate files, exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from debtordesk import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["calc", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def no_floats(text: str) -> dict[str, Any]:
    """The one JSON object on stdout; a float anywhere in it fails the test."""

    def refuse(number: str) -> None:
        raise AssertionError(f"float {number} in the JSON output")

    data = json.loads(text, parse_float=refuse)
    assert isinstance(data, dict)
    return data


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user data folder of this test's own, so user rate files of one test stay there."""
    monkeypatch.setenv("DEBTORDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_costs_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    # 2,500 × 15 % = 375; 700 × 10 % = 70; 375 + 70 = 445
    code, out, err = run(capsys, "costs", "--country", "NL", "--debtor", "consumer", "--principal", "3200")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Principal: € 3,200.00",
        "Extrajudicial collection costs (Dutch BIK Decree)",
        "  15% of €2,500.00 (the part up to €2,500.00) = €375.00",
        "  10% of €700.00 (the part from €2,500.00 to €5,000.00) = €70.00",
        "  Due if not paid within 14 days after receipt of the reminder",
        "No VAT is added to these costs.",
        "Total: € 445.00",
    ]


def test_costs_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "costs", "--country", "NL", "--debtor", "consumer", "--principal", "3200", "--json")
    assert (code, err) == (0, "")
    data = no_floats(out)
    assert data["total"] == "445.00"
    assert (data["country"], data["debtor"], data["principal"], data["method"]) == ("NL", "consumer", "3200.00",
                                                                                      "wik_scale")
    assert data["tiers"] == [
        {"from": "0.00", "to": "2500.00", "percent": "15", "base": "2500.00", "amount": "375.00"},
        {"from": "2500.00", "to": "5000.00", "percent": "10", "base": "700.00", "amount": "70.00"},
    ]
    assert (data["minimum"], data["maximum"], data["bound"]) == ("40.00", "6775.00", None)
    assert data["condition"] == "after_fourteen_day_letter"


def test_costs_per_invoice_and_with_wik_terms(capsys: pytest.CaptureFixture[str]) -> None:
    # 40 × 3 = 120
    code, out, _ = run(capsys, "costs", "--country", "be", "--debtor", "business", "--principal", "1.234,56",
                       "--invoices", "3", "--json")
    assert code == 0 and no_floats(out)["total"] == "120.00"
    # max(WIK 445, 40 × 20 = 800) = 800
    code, out, _ = run(capsys, "costs", "--country", "NL", "--debtor", "business", "--principal", "3200.00",
                       "--invoices", "20", "--wik")
    assert code == 0 and out.splitlines()[-1] == "Total: € 800.00"


def test_an_exact_tier_stays_exact_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    # 266.67 × 15 % = 40.0005 -> 40.00
    code, out, _ = run(capsys, "costs", "--country", "NL", "--debtor", "consumer", "--principal", "266.67", "--json")
    data = no_floats(out)
    assert code == 0 and data["tiers"][0]["amount"] == "40.0005" and data["total"] == "40.00"


@pytest.mark.parametrize(
    ("text", "principal"),
    [("3200", "3200.00"), ("3200.00", "3200.00"), ("1234.56", "1234.56"), ("1.234,56", "1234.56"),
     ("1234,5", "1234.50"), ("€ 1.234,56", "1234.56"),
     # A dot before three digits groups thousands, as written in Dutch (and the text output shows the principal).
     ("12.345", "12345.00")],
)
def test_amounts_are_read_exactly(capsys: pytest.CaptureFixture[str], text: str, principal: str) -> None:
    code, out, _ = run(capsys, "costs", "--country", "NL", "--debtor", "consumer", "--principal", text, "--json")
    assert code == 0 and no_floats(out)["principal"] == principal


def test_interest_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    # June 2024 at 12.50 %: 1,000 × 12.5 % × 30/365 = 10.27; July at 12.25 %: × 31/365 = 10.40; total 20.67
    code, out, err = run(capsys, "interest", "--country", "NL", "--debtor", "business", "--principal", "1000",
                         "--from", "2024-06-01", "--to", "2024-07-31")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Principal: € 1,000.00",
        "Statutory commercial interest from 1 June 2024 to 31 July 2024 inclusive",
        "  1 June 2024 to 30 June 2024 (30 days): €1,000.00 × 12.5% × 30/365 = €10.27",
        "  1 July 2024 to 31 July 2024 (31 days): €1,000.00 × 12.25% × 31/365 = €10.40",
        "Rates: nl_commercial (shipped table); days/365; compounded yearly.",
        "Total: € 20.67",
    ]


def test_interest_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    # 8 % in 2017-2018: 10,000 × 8 % = 800; capitalised on 1-1-2018; 10,800 × 8 % = 864; total 1,664.00
    code, out, err = run(capsys, "interest", "--country", "NL", "--debtor", "business", "--principal", "10000",
                         "--from", "2017-01-01", "--to", "2018-12-31", "--json")
    assert (code, err) == (0, "")
    data = no_floats(out)
    assert data["total"] == "1664.00"
    assert (data["from"], data["to"], data["table"], data["compound"]) == ("2017-01-01", "2018-12-31",
                                                                            "nl_commercial", True)
    assert [(p["start"], p["end"], p["days"], p["base"], p["percent"], p["amount"]) for p in data["periods"]] == [
        ("2017-01-01", "2017-12-31", 365, "10000.00", "8.00", "800.00"),
        ("2018-01-01", "2018-12-31", 365, "10800.00", "8.00", "864.00"),
    ]
    assert data["capitalisations"] == [{"on": "2018-01-01", "added": "800.00", "new_base": "10800.00"}]
    assert all(p["rate_source"] for p in data["periods"])


def test_a_user_rate_file_is_used(capsys: pytest.CaptureFixture[str], own_data_dir: Path) -> None:
    # own row: 10 % from 1-1-2024 (the shipped rows stay for the rest): 1,000 × 10 % × 73/365 = 20.00
    (own_data_dir / "rates").mkdir(parents=True)
    own = own_data_dir / "rates" / "nl_commercial.csv"
    own.write_text("from,percent,source,source_date\n2024-01-01,10,mine,2027-01-01\n", encoding="utf-8")
    code, out, err = run(capsys, "interest", "--country", "NL", "--debtor", "business", "--principal", "1000",
                         "--from", "2024-03-01", "--to", "2024-05-12")
    assert (code, err) == (0, "")
    assert f"Rates: nl_commercial (your table {own});" in out
    assert out.splitlines()[-1] == "Total: € 20.00"


def test_a_broken_user_rate_file_is_a_warning(capsys: pytest.CaptureFixture[str], own_data_dir: Path) -> None:
    (own_data_dir / "rates").mkdir(parents=True)
    broken = own_data_dir / "rates" / "nl_commercial.csv"
    broken.write_text("from,percent\n2013-01-01,8\n2014-02-30,9\n", encoding="utf-8")
    code, out, err = run(capsys, "interest", "--country", "NL", "--debtor", "business", "--principal", "1000",
                         "--from", "2024-06-01", "--to", "2024-07-31", "--json")
    assert code == 0 and no_floats(out)["total"] == "20.67"  # the shipped table, as in test_interest_as_text
    assert err == (f"warning: {broken}, line 3: '2014-02-30' is not a date written as YYYY-MM-DD; "
                   "this file is ignored and the shipped table is used\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["costs", "--country", "DE", "--debtor", "consumer", "--principal", "100"], "unknown country 'DE'"),
        (["costs", "--country", "NL", "--debtor", "shop", "--principal", "100"], "unknown debtor 'shop'"),
        (["costs", "--country", "NL", "--debtor", "consumer", "--principal", "-5"], "is negative"),
        (["costs", "--country", "NL", "--debtor", "consumer", "--principal", "lots"], "is not an amount"),
        (["costs", "--country", "NL", "--debtor", "consumer", "--principal", "1234.567"], "is not an amount"),
        (["costs", "--country", "NL", "--debtor", "consumer", "--principal", "1.234,567"], "at most two decimals"),
        (["costs", "--country", "NL", "--debtor", "consumer", "--principal", "1e5"], "is not an amount"),
        (["costs", "--country", "NL", "--debtor", "business", "--principal", "100", "--invoices", "0"],
         "--invoices '0' must be a whole number of 1 or more"),
        (["interest", "--country", "NL", "--debtor", "business", "--principal", "100", "--from", "2024-03-01",
          "--to", "2024-02-01"], "--to 2024-02-01 is before --from 2024-03-01"),
        (["interest", "--country", "NL", "--debtor", "business", "--principal", "100", "--from", "2010-03-01",
          "--to", "2024-02-01"], "no nl_commercial rate is known for 2010-03-01; the table starts on 2013-01-01"),
        (["interest", "--country", "NL", "--debtor", "business", "--principal", "100", "--from", "2024-02-30",
          "--to", "2024-03-01"], "--from '2024-02-30' is not a date; write it as YYYY-MM-DD"),
        (["interest", "--country", "BE", "--debtor", "consumer", "--principal", "100", "--from", "1-3-2024",
          "--to", "2024-03-01", "--json"], "--from '1-3-2024' is not a date"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("debtordesk-cli calc: ") and err.count("\n") == 1
    assert message in err
