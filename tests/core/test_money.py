"""Money is integer cents: parsing what users type, formatting, and refusing floats."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtordesk.core.money import (
    MAX_CENTS,
    AmountError,
    format_amount,
    format_plain,
    from_decimal,
    parse_amount,
    to_decimal,
)

LOCALES = ("nl_NL", "en_IE")


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("1.234,56", "nl_NL", 123456),
        ("€ 12,50", "nl_NL", 1250),
        ("€\u00a01.234,56", "nl_NL", 123456),
        ("EUR 7,00", "nl_NL", 700),
        ("12,5", "nl_NL", 1250),
        ("-5,00", "nl_NL", -500),
        ("0", "nl_NL", 0),
        # Written the English way, but a Dutch user can only mean twelve fifty.
        ("12.50", "nl_NL", 1250),
        ("1,234.56", "en_IE", 123456),
        ("€1,234.56", "en_IE", 123456),
        ("12.50", "en_IE", 1250),
        ("€ 12,50", "en_IE", 1250),
        ("  42  ", "en_IE", 4200),
    ],
)
def test_parse_amount_accepts(text: str, locale: str, cents: int) -> None:
    assert parse_amount(text, locale) == cents


@pytest.mark.parametrize(
    ("text", "locale", "code"),
    [
        ("1.2.3", "nl_NL", "amount_invalid"),
        ("1.2.3", "en_IE", "amount_invalid"),
        ("abc", "nl_NL", "amount_invalid"),
        ("12,345", "nl_NL", "amount_too_many_decimals"),
        ("0,001", "nl_NL", "amount_too_many_decimals"),
        ("12.345", "en_IE", "amount_too_many_decimals"),
        ("", "nl_NL", "amount_empty"),
        ("   ", "en_IE", "amount_empty"),
        ("€", "nl_NL", "amount_empty"),
        ("10.000.000.000,01", "nl_NL", "amount_too_large"),
        ("-10,000,000,000.01", "en_IE", "amount_too_large"),
    ],
)
def test_parse_amount_refuses(text: str, locale: str, code: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, locale)
    assert caught.value.code == code


def test_parse_amount_never_rounds() -> None:
    """Three decimals are refused, not rounded to the nearest cent."""
    with pytest.raises(AmountError, match="amount_too_many_decimals"):
        parse_amount("12,345", "nl_NL")
    with pytest.raises(AmountError, match="amount_too_many_decimals"):
        from_decimal(Decimal("0.005"))


@settings(deadline=None)  # babel loads locale data on first use; slow CI must not flake
@given(cents=st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS - 1))
def test_format_plain_round_trips(cents: int) -> None:
    for locale in LOCALES:
        assert parse_amount(format_plain(cents, locale), locale) == cents


@settings(deadline=None)  # babel loads locale data on first use; slow CI must not flake
@given(cents=st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS - 1))
def test_format_amount_round_trips(cents: int) -> None:
    for locale in LOCALES:
        assert parse_amount(format_amount(cents, locale), locale) == cents


def test_format_examples() -> None:
    def spaces(text: str) -> str:
        return text.replace("\u00a0", " ")

    assert spaces(format_amount(123456, "nl_NL")) == "€ 1.234,56"
    assert spaces(format_amount(123456, "en_IE")) == "€1,234.56"
    assert format_plain(123456, "nl_NL") == "1.234,56"
    assert format_plain(123456, "en_IE") == "1,234.56"
    assert format_plain(5, "nl_NL") == "0,05"


def test_to_decimal_is_exact() -> None:
    assert to_decimal(123456) == Decimal("1234.56")
    assert to_decimal(-1) == Decimal("-0.01")
    assert to_decimal(MAX_CENTS) == Decimal("10000000000.00")


@pytest.mark.parametrize("value", [12.5, 0.1, True, Decimal("12.50"), "1250"])
def test_to_decimal_refuses_non_int(value: object) -> None:
    with pytest.raises(TypeError):
        to_decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [12.5, 1250])
def test_from_decimal_refuses_non_decimal(value: object) -> None:
    with pytest.raises(TypeError):
        from_decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity"])
def test_from_decimal_refuses_non_finite(text: str) -> None:
    with pytest.raises(AmountError) as caught:
        from_decimal(Decimal(text))
    assert caught.value.code == "amount_invalid"


def test_from_decimal_bounds() -> None:
    assert from_decimal(Decimal("10000000000.00")) == MAX_CENTS
    assert from_decimal(Decimal("-10000000000")) == -MAX_CENTS
    with pytest.raises(AmountError, match="amount_too_large"):
        from_decimal(Decimal("10000000000.01"))
