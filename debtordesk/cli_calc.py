"""``debtordesk-cli calc``: statutory interest and collection costs from the command line.

The same rules and the same words as the letters, so a user (or a lawyer checking a
letter) can reproduce a figure: ``calc costs`` and ``calc interest`` print the working in
English and the total, or with ``--json`` one JSON object whose money is decimal strings
("445.00"), never floats. Bad input ends with exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.claim_words import costs_part, interest_part
from debtordesk.core.collection_costs import CostsWorking, collection_costs
from debtordesk.core.interest import DebtorType, InterestWorking, statutory_interest
from debtordesk.core.model import Country, Language
from debtordesk.core.money import AmountError, Cents, parse_amount, to_decimal
from debtordesk.core.rates import RateBook, RateUnknown, load_rate_book, shipped_rate_path
from debtordesk.user_dirs import rates_dir

_CENT = Decimal("0.01")
_AMOUNT_HINT = "write it like 3200, 3200.00, 1234.56 or 1.234,56, with at most two decimals"


class CalcInputError(ValueError):
    """An argument the calculation cannot use; its text is the one line shown to the user."""


def add_calc_commands(commands: Any) -> None:
    """Add ``calc costs`` and ``calc interest`` to the CLI's subcommands."""
    calc = commands.add_parser("calc", help="statutory interest or collection costs, with the working")
    kinds = calc.add_subparsers(dest="calculation", required=True)
    costs = kinds.add_parser("costs", help="collection costs: € 40 per invoice, the Dutch WIK scale or Book XIX")
    _common_arguments(costs)
    costs.add_argument("--invoices", default="1", metavar="N", help="late invoices in the principal (default 1)")
    costs.add_argument("--wik", action="store_true", help="a Dutch business contract applies the WIK scale")
    costs.set_defaults(run=run_costs)
    interest = kinds.add_parser("interest", help="statutory interest from the first day of default to payment")
    _common_arguments(interest)
    interest.add_argument("--from", dest="first_day", required=True, metavar="YYYY-MM-DD",
                          help="first day of default (the day after the due date)")
    interest.add_argument("--to", dest="last_day", required=True, metavar="YYYY-MM-DD",
                          help="day of payment (included)")
    interest.set_defaults(run=run_interest)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", required=True, metavar="NL|BE", help="the debtor's law: NL or BE")
    parser.add_argument("--debtor", required=True, metavar="business|consumer")
    parser.add_argument("--principal", required=True, metavar="AMOUNT", help="the open principal in euros")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def _country(text: str) -> Country:
    if text.upper() not in (Country.NL, Country.BE):
        raise CalcInputError(f"unknown country {text!r}; use NL or BE")
    return Country(text.upper())


def _debtor(text: str) -> DebtorType:
    try:
        return DebtorType(text.lower())
    except ValueError:
        raise CalcInputError(f"unknown debtor {text!r}; use business or consumer") from None


def _principal(text: str) -> Cents:
    try:
        cents = parse_amount(text, "nl_NL")
    except AmountError:
        raise CalcInputError(f"--principal {text!r} is not an amount; {_AMOUNT_HINT}") from None
    if cents < 0:
        raise CalcInputError(f"--principal {text!r} is negative")
    return cents


def _day(option: str, text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise CalcInputError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD") from None


def _invoices(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise CalcInputError(f"--invoices {text!r} must be a whole number of 1 or more")
    return int(text)


def money_text(cents: Cents) -> str:
    """Cents as a decimal string with two decimals: 44500 -> "445.00"."""
    return f"{to_decimal(cents):.2f}"


def exact_text(euros: Decimal) -> str:
    """An exact euro amount: two decimals when it has no more, else every decimal ("40.0005")."""
    if euros.quantize(_CENT) == euros:
        return f"{euros:.2f}"
    return format(euros.normalize(), "f")


def euro_text(cents: Cents) -> str:
    """For the text output: "€ 3,200.00"."""
    return f"€ {to_decimal(cents):,.2f}"


def _print_text(principal: Cents, part: ClaimPart, cents: Cents, notes: tuple[str, ...] = ()) -> None:
    # The principal as it was read: "12.345" is twelve thousand, Dutch style.
    print(f"Principal: {euro_text(principal)}")
    print(part.label)
    for line in part.working:
        print(f"  {line}")
    for note in notes:
        print(note)
    print(f"Total: {euro_text(cents)}")


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def costs_json(w: CostsWorking, part: ClaimPart) -> dict[str, Any]:
    return {
        "calculation": "costs",
        "country": w.country.value,
        "debtor": w.debtor.value,
        "principal": money_text(w.principal_cents),
        "invoices": w.invoices,
        "method": w.method.value,
        "label": part.label,
        "tiers": [{"from": money_text(t.low_cents), "to": None if t.high_cents is None else money_text(t.high_cents),
                   "percent": str(t.percent), "base": money_text(t.base_cents), "amount": exact_text(t.amount)}
                  for t in w.tiers],
        "fixed": money_text(w.fixed_cents),
        "minimum": money_text(w.minimum_cents),
        "maximum": None if w.maximum_cents is None else money_text(w.maximum_cents),
        "exact": exact_text(w.exact),
        "bound": w.bound,
        "condition": None if w.condition is None else w.condition.value,
        "vat": "none",
        "working": list(part.working),
        "currency": "EUR",
        "total": money_text(w.total_cents),
    }


def interest_json(w: InterestWorking, part: ClaimPart, rates: RateBook) -> dict[str, Any]:
    return {
        "calculation": "interest",
        "country": w.country.value,
        "debtor": w.debtor.value,
        "principal": money_text(w.principal_cents),
        "from": w.first_day.isoformat(),
        "to": w.last_day.isoformat(),
        "table": w.table,
        "table_file": str(rates.table(w.table).origin),
        "compound": w.compound,
        "day_count": "actual/365",
        "label": part.label,
        "periods": [{"start": p.start.isoformat(), "end": p.end.isoformat(), "days": p.days,
                     "base": money_text(p.base_cents), "percent": str(p.percent),
                     "amount": money_text(p.amount_cents), "rate_source": p.rate_source} for p in w.periods],
        "capitalisations": [{"on": c.on.isoformat(), "added": money_text(c.added_cents),
                             "new_base": money_text(c.new_base_cents)} for c in w.capitalisations],
        "working": list(part.working),
        "currency": "EUR",
        "total": money_text(w.total_cents),
    }


def run_costs(args: argparse.Namespace) -> int:
    try:
        country, debtor = _country(args.country), _debtor(args.debtor)
        principal, invoices = _principal(args.principal), _invoices(args.invoices)
    except CalcInputError as error:
        return _refuse(error)
    working = collection_costs(country, debtor, principal, invoices=invoices, wik_terms=args.wik)
    part = costs_part(working, Language.EN, due=working.condition is None)
    if args.json:
        _print_json(costs_json(working, part))
    else:
        _print_text(principal, part, working.total_cents, ("No VAT is added to these costs.",))
    return 0


def run_interest(args: argparse.Namespace) -> int:
    try:
        country, debtor = _country(args.country), _debtor(args.debtor)
        principal = _principal(args.principal)
        first_day, last_day = _day("--from", args.first_day), _day("--to", args.last_day)
        if last_day < first_day:
            raise CalcInputError(f"--to {last_day.isoformat()} is before --from {first_day.isoformat()}")
    except CalcInputError as error:
        return _refuse(error)
    rates = load_rate_book(rates_dir())
    for problem in rates.problems:
        print(f"warning: {problem.path}, line {problem.line}: {problem.text}; "
              f"this file is ignored and the shipped table is used", file=sys.stderr)
    try:
        working = statutory_interest(country, debtor, principal, first_day, last_day, rates)
    except RateUnknown as error:
        return _refuse(CalcInputError(str(error)))
    part = interest_part(working, Language.EN)
    if args.json:
        _print_json(interest_json(working, part, rates))
    else:
        origin = rates.table(working.table).origin
        whose = "shipped table" if origin == shipped_rate_path(working.table) else f"your table {origin}"
        _print_text(principal, part, working.total_cents, (f"Rates: {working.table} ({whose}); days/365; "
                                                f"{'compounded yearly' if working.compound else 'simple interest'}.",))
    return 0


def _refuse(error: CalcInputError) -> int:
    print(f"debtordesk-cli calc: {error}", file=sys.stderr)
    return 2
