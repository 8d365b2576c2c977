"""Payment references: Belgian structured communication, ISO 11649 RF, plain invoice numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iso11649
from stdnum.be import ogm_vcs

from debtordesk.core.model import Country, Invoice
from debtordesk.core.payment_reference import (
    PaymentReference,
    ReferenceKind,
    reference_for,
    rf_reference,
    structured_communication,
    text_reference,
)

LETTER_DATE = date(2026, 11, 24)


def invoice(number: str, id: int | None) -> Invoice:  # noqa: A002 (the model's name)
    return Invoice(7, number, date(2026, 10, 1), date(2026, 10, 31), 10000, 2100, id=id)


def rf_check_by_hand(body: str) -> str:
    """ISO 11649 worked out independently: letters as 10..35, append RF00, 98 - (n mod 97)."""
    digits = "".join(str(int(char, 36)) for char in body + "RF00")
    return f"{98 - int(digits) % 97:02d}"


@pytest.mark.parametrize(("base", "printed"), [
    (1214, "+++000/0001/21450+++"),  # 1214 mod 97 = 50
    (7261124, "+++000/7261/12492+++"),  # 7261124 mod 97 = 92
    (97, "+++000/0000/09797+++"),  # remainder 0 is written 97
    (0, "+++000/0000/00097+++"),
    (9_999_999_999, "+++999/9999/99948+++"),  # 9999999999 mod 97 = 48
])
def test_structured_communication_is_base_and_mod_97(base: int, printed: str) -> None:
    reference = structured_communication(base)
    assert reference.kind == ReferenceKind.STRUCTURED_BE
    assert reference.printed == printed
    assert reference.structured == printed.strip("+").replace("/", "")
    assert len(reference.structured) == 12 and reference.unstructured is None
    assert ogm_vcs.is_valid(reference.structured)


@given(st.integers(min_value=0, max_value=9_999_999_999))
def test_every_base_gives_a_valid_communication(base: int) -> None:
    digits = structured_communication(base).structured
    assert digits is not None
    assert int(digits[:10]) == base
    assert int(digits[10:]) == (base % 97 or 97)


def test_a_base_of_more_than_ten_digits_is_refused() -> None:
    with pytest.raises(ValueError):
        structured_communication(10**10)
    with pytest.raises(ValueError):
        structured_communication(-1)


def test_rf_reference_matches_the_standard_example() -> None:
    reference = rf_reference("539007547034")
    assert (reference.printed, reference.structured) == ("RF18 5390 0754 7034", "RF18539007547034")
    assert reference.kind == ReferenceKind.RF and reference.unstructured is None


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=21))
def test_rf_check_digits_agree_with_a_hand_computation(body: str) -> None:
    reference = rf_reference(body)
    assert reference.structured == f"RF{rf_check_by_hand(body)}{body}"
    assert iso11649.is_valid(reference.structured)
    assert reference.printed.replace(" ", "") == reference.structured
    assert all(len(group) == 4 for group in reference.printed.split()[:-1])


@pytest.mark.parametrize("body", ["", "A" * 22, "12-34", "ÄB"])
def test_rf_refuses_bodies_the_standard_does_not_allow(body: str) -> None:
    with pytest.raises(ValueError):
        rf_reference(body)


def test_a_reference_is_structured_or_unstructured() -> None:
    with pytest.raises(ValueError):
        PaymentReference(ReferenceKind.TEXT, "x", None, None)
    with pytest.raises(ValueError):
        PaymentReference(ReferenceKind.RF, "x", "RF18", "x")
    with pytest.raises(ValueError):
        text_reference("  ")
    assert text_reference(" 2026-\n015 ").unstructured == "2026- 015"


def test_belgian_creditor_one_invoice_uses_the_invoice_id() -> None:
    reference = reference_for(Country.BE, [invoice("2026-015", 1214)], 7, LETTER_DATE)
    assert reference.printed == "+++000/0001/21450+++"


def test_belgian_creditor_several_invoices_uses_client_and_date() -> None:
    reference = reference_for(Country.BE, [invoice("2026-014", 14), invoice("2026-015", 15)], 7, LETTER_DATE)
    assert reference.structured == "000726112492"  # 0007 + 261124, check 92
    # Only the client id's last four digits fit; the date still tells letters apart.
    assert reference_for(Country.BE, [invoice("A", 1), invoice("B", 2)], 123_456, LETTER_DATE).structured[:10] == \
        "3456261124"
    # An invoice that has no id yet is treated like several.
    assert reference_for(Country.BE, [invoice("A", None)], 7, LETTER_DATE) == reference


def test_dutch_creditor_one_invoice_quotes_its_number() -> None:
    reference = reference_for(Country.NL, [invoice("2026-015", 15)], 7, LETTER_DATE)
    assert reference == PaymentReference(ReferenceKind.TEXT, "2026-015", None, "2026-015")


def test_dutch_creditor_several_invoices_gets_an_rf_reference() -> None:
    reference = reference_for(Country.NL, [invoice("2026-014", 14), invoice("2026-015", 15)], 7, LETTER_DATE)
    assert reference.kind == ReferenceKind.RF
    assert reference.structured == "RF42" + "0007261124"
    assert reference.printed == "RF42 0007 2611 24"
    long_id = reference_for(Country.NL, [invoice("A", 1), invoice("B", 2)], 10**20, LETTER_DATE)
    assert long_id.structured is not None and len(long_id.structured) == 25


@given(st.sampled_from(list(Country)), st.integers(min_value=0, max_value=10**8), st.integers(1, 5),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_references_are_deterministic_and_valid(country: Country, client_id: int, count: int, day: date) -> None:
    invoices = [invoice(f"2026-{n:03d}", client_id + n) for n in range(count)]
    reference = reference_for(country, invoices, client_id, day)
    assert reference == reference_for(country, invoices, client_id, day)
    if reference.kind == ReferenceKind.STRUCTURED_BE:
        assert ogm_vcs.is_valid(reference.structured)
    elif reference.kind == ReferenceKind.RF:
        assert iso11649.is_valid(reference.structured)
    else:
        assert reference.unstructured == invoices[0].number


def test_a_reference_needs_invoices_and_a_sane_client() -> None:
    with pytest.raises(ValueError):
        reference_for(Country.NL, [], 7, LETTER_DATE)
    with pytest.raises(ValueError):
        reference_for(Country.NL, [invoice("A", 1)], -1, LETTER_DATE)
