"""Collection costs: the WIK scale (legal.md A.1), € 40 per invoice (A.2, B.1), Book XIX (B.2).

Every expected figure is worked by hand in the comment beside it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.collection_costs import (
    CostsCondition,
    CostsMethod,
    CostsTier,
    collection_costs,
)
from debtordesk.core.interest import DebtorType
from debtordesk.core.model import Country

NL, BE = Country.NL, Country.BE
BUSINESS, CONSUMER = DebtorType.BUSINESS, DebtorType.CONSUMER


def nl_consumer(cents: int) -> int:
    return collection_costs(NL, CONSUMER, cents).total_cents


def be_consumer(cents: int) -> int:
    return collection_costs(BE, CONSUMER, cents).total_cents


def test_the_example_of_the_brief() -> None:
    # 2,500 × 15 % = 375; 700 × 10 % = 70; 375 + 70 = 445
    w = collection_costs(NL, CONSUMER, 3_200_00)
    assert w.total_cents == 445_00
    assert w.method is CostsMethod.WIK_SCALE
    assert w.tiers == (CostsTier(0, 2_500_00, Decimal(15), 2_500_00, Decimal("375")),
                       CostsTier(2_500_00, 5_000_00, Decimal(10), 700_00, Decimal("70")))
    assert (w.minimum_cents, w.maximum_cents, w.bound) == (40_00, 6_775_00, None)
    assert w.condition is CostsCondition.AFTER_FOURTEEN_DAY_LETTER


@pytest.mark.parametrize(
    ("principal", "total"),
    [
        (2_500_00, 375_00),  # 2,500 × 15 % = 375
        (2_500_01, 375_00),  # 375 + 0.01 × 10 % = 375.001 -> 375.00
        (5_000_00, 625_00),  # 375 + 2,500 × 10 % = 375 + 250 = 625
        (5_000_01, 625_00),  # 625 + 0.01 × 5 % = 625.0005 -> 625.00
        (10_000_00, 875_00),  # 625 + 5,000 × 5 % = 625 + 250 = 875
        (10_000_01, 875_00),  # 875 + 0.01 × 1 % = 875.0001 -> 875.00
        (200_000_00, 2_775_00),  # 875 + 190,000 × 1 % = 875 + 1,900 = 2,775
        (200_000_01, 2_775_00),  # 2,775 + 0.01 × 0.5 % = 2,775.00005 -> 2,775.00
        (1_000_000_00, 6_775_00),  # 2,775 + 800,000 × 0.5 % = 2,775 + 4,000 = 6,775 (the cap, reached exactly)
        (1_000_000_01, 6_775_00),  # 6,775.00005 > 6,775 -> capped at 6,775
        (2_000_000_00, 6_775_00),  # 2,775 + 1,800,000 × 0.5 % = 11,775 -> capped at 6,775
        (1_000_00, 150_00),  # 1,000 × 15 % = 150
        (266_66, 40_00),  # 266.66 × 15 % = 39.999 < 40 -> minimum 40
        (266_67, 40_00),  # 266.67 × 15 % = 40.0005 -> 40.00, the scale itself
        (266_70, 40_01),  # 266.70 × 15 % = 40.005 -> 40.01 (half-up)
        (100_00, 40_00),  # 100 × 15 % = 15 < 40 -> minimum 40
    ],
)
def test_wik_scale_edges(principal: int, total: int) -> None:
    assert nl_consumer(principal) == total


def test_which_bound_decided() -> None:
    assert collection_costs(NL, CONSUMER, 266_66).bound == "minimum"  # 39.999 -> 40
    assert collection_costs(NL, CONSUMER, 266_67).bound is None  # 40.0005 is above the minimum
    assert collection_costs(NL, CONSUMER, 1_000_000_00).bound is None  # exactly 6,775
    assert collection_costs(NL, CONSUMER, 1_000_000_01).bound == "maximum"


def test_tiers_are_exact_before_the_one_rounding() -> None:
    # 2,500.01: 375 + 0.01 × 10 % = 375 + 0.001
    w = collection_costs(NL, CONSUMER, 2_500_01)
    assert [tier.amount for tier in w.tiers] == [Decimal("375"), Decimal("0.001")]
    assert w.exact == Decimal("375.001") and w.total_cents == 375_00
    # 1,000,000.01: the open 0.5 % band holds 800,000.01 -> 4,000.00005
    w = collection_costs(NL, CONSUMER, 1_000_000_01)
    assert w.tiers[-1] == CostsTier(200_000_00, None, Decimal("0.5"), 800_000_01, Decimal("4000.00005"))


def test_dutch_business_pays_40_per_invoice() -> None:
    # 40 × 1 = 40; 40 × 3 = 120, whatever the principal; due at once.
    one = collection_costs(NL, BUSINESS, 3_200_00)
    assert (one.method, one.total_cents, one.fixed_cents, one.condition) == (CostsMethod.FLAT, 40_00, 40_00, None)
    assert collection_costs(NL, BUSINESS, 50_000_00, invoices=3).total_cents == 120_00
    # A late-paid invoice still owes its € 40.
    assert collection_costs(NL, BUSINESS, 0).total_cents == 40_00


def test_dutch_business_with_wik_terms_pays_the_scale_but_at_least_40_per_invoice() -> None:
    # max(445, 40 × 1) = 445
    w = collection_costs(NL, BUSINESS, 3_200_00, wik_terms=True)
    assert (w.method, w.total_cents, w.bound, w.condition) == (CostsMethod.WIK_SCALE, 445_00, None, None)
    # max(445, 40 × 20 = 800) = 800
    w = collection_costs(NL, BUSINESS, 3_200_00, invoices=20, wik_terms=True)
    assert (w.total_cents, w.minimum_cents, w.bound) == (800_00, 800_00, "minimum")
    # The scale's cap does not lower the € 40 floor: min(11,775, 6,775) = 6,775 < 40 × 200 = 8,000 -> 8,000
    w = collection_costs(NL, BUSINESS, 2_000_000_00, invoices=200, wik_terms=True)
    assert (w.total_cents, w.bound) == (8_000_00, "minimum")


def test_belgian_business_pays_40_per_invoice() -> None:
    # 40 × 1 = 40; 40 × 4 = 160; the WIK flag is Dutch and changes nothing.
    assert collection_costs(BE, BUSINESS, 10_000_00).total_cents == 40_00
    w = collection_costs(BE, BUSINESS, 10_000_00, invoices=4, wik_terms=True)
    assert (w.method, w.total_cents, w.condition) == (CostsMethod.FLAT, 160_00, None)


@pytest.mark.parametrize(
    ("balance", "total"),
    [
        (100_00, 20_00),  # <= 150 -> 20
        (150_00, 20_00),  # <= 150 -> 20
        (150_01, 30_00),  # 30 + (150.01 - 150) × 10 % = 30.001 -> 30.00
        (300_00, 45_00),  # 30 + 150 × 10 % = 45
        (500_00, 65_00),  # 30 + 350 × 10 % = 65
        (500_01, 65_00),  # 65 + 0.01 × 5 % = 65.0005 -> 65.00
        (1_000_00, 90_00),  # 65 + 500 × 5 % = 90 (knack.be: "1.000 euro -> max 90 euro")
        (39_200_00, 2_000_00),  # 65 + 38,700 × 5 % = 65 + 1,935 = 2,000 (the cap, reached exactly)
        (39_200_01, 2_000_00),  # 2,000.0005 -> capped at 2,000
        (100_000_00, 2_000_00),  # 65 + 99,500 × 5 % = 5,040 -> capped at 2,000
    ],
)
def test_book_xix_edges(balance: int, total: int) -> None:
    assert be_consumer(balance) == total


def test_book_xix_working() -> None:
    w = collection_costs(BE, CONSUMER, 1_000_00)
    assert (w.method, w.fixed_cents, w.condition) == (CostsMethod.BOOK_XIX, 65_00, CostsCondition.AFTER_WAITING_PERIOD)
    # the slice above 500: 500 × 5 % = 25
    assert w.tiers == (CostsTier(500_00, None, Decimal(5), 500_00, Decimal("25")),)
    assert collection_costs(BE, CONSUMER, 39_200_01).bound == "maximum"
    assert collection_costs(BE, CONSUMER, 150_00).tiers == ()


def test_nothing_left_to_collect_costs_nothing_on_a_scale() -> None:
    assert nl_consumer(0) == 0 and be_consumer(0) == 0


@pytest.mark.parametrize(
    ("country", "principal", "invoices", "message"),
    [(NL, -1, 1, "negative"), (NL, 100, 0, "at least one invoice"), (Country.DE, 100, 1, "only NL and BE")],
)
def test_bad_input_is_a_value_error(country: Country, principal: int, invoices: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        collection_costs(country, CONSUMER, principal, invoices=invoices)


@given(st.integers(1, 3_000_000_00), st.integers(0, 100_000_00))
def test_the_wik_scale_grows_with_the_principal_between_its_bounds(principal: int, more: int) -> None:
    w = collection_costs(NL, CONSUMER, principal)
    assert sum(tier.base_cents for tier in w.tiers) == principal
    assert 40_00 <= w.total_cents <= 6_775_00
    assert nl_consumer(principal + more) >= w.total_cents


@given(st.integers(1, 100_000_00), st.integers(0, 10_000_00))
def test_book_xix_grows_with_the_balance_up_to_its_cap(balance: int, more: int) -> None:
    assert 20_00 <= be_consumer(balance) <= 2_000_00
    assert be_consumer(balance + more) >= be_consumer(balance)
