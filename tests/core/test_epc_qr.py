"""The EPC QR payload field by field (EPC069-12), and the same transfer as segno builds it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from segno import helpers as segno_helpers

from debtordesk.core.epc_qr import EpcError, epc_amount, epc_payload
from debtordesk.core.payment_reference import (
    PaymentReference,
    ReferenceKind,
    rf_reference,
    structured_communication,
    text_reference,
)

IBAN = "NL91 ABNA 0417 1643 00"
RF = rf_reference("0007261124")


def payload(**changes: object) -> str:
    arguments: dict = dict(name="Studio Jansen", iban=IBAN, bic="abnanl2a", amount_cents=124690, reference=RF)
    return epc_payload(**(arguments | changes))


def test_every_field_of_a_structured_payload() -> None:
    lines = payload().split("\n")
    assert lines == ["BCD",  # 1 service tag
                     "002",  # 2 version
                     "1",  # 3 character set: UTF-8
                     "SCT",  # 4 SEPA credit transfer
                     "ABNANL2A",  # 5 BIC
                     "Studio Jansen",  # 6 beneficiary
                     "NL91ABNA0417164300",  # 7 IBAN without spaces
                     "EUR1246.90",  # 8 amount
                     "",  # 9 purpose
                     "RF420007261124"]  # 10 structured reference, and nothing after it
    assert "\r" not in payload()


def test_an_unstructured_reference_goes_on_line_11_after_an_empty_line_10() -> None:
    lines = payload(reference=text_reference("2026-015"), bic="").split("\n")
    assert len(lines) == 11
    assert lines[4] == "" and lines[9] == "" and lines[10] == "2026-015"


def test_the_belgian_communication_is_structured_as_twelve_digits() -> None:
    lines = payload(reference=structured_communication(1214), iban="BE71 0961 2345 6769", bic="GKCCBEBB").split("\n")
    assert lines[6] == "BE71096123456769"
    assert lines[9] == "000000121450" and len(lines) == 10


@pytest.mark.parametrize(("cents", "text"), [
    (1, "EUR0.01"), (1230, "EUR12.30"), (2000, "EUR20.00"), (123456, "EUR1234.56"),
    (99_999_999_999, "EUR999999999.99"),
])
def test_amounts_have_a_point_and_two_decimals(cents: int, text: str) -> None:
    assert epc_amount(cents) == text


@pytest.mark.parametrize("cents", [0, -1, 100_000_000_000])
def test_amounts_outside_the_standard_are_refused(cents: int) -> None:
    with pytest.raises(EpcError) as raised:
        payload(amount_cents=cents)
    assert raised.value.code == "amount_out_of_range"


def test_amounts_are_cents_never_float() -> None:
    with pytest.raises(TypeError):
        epc_amount(12.3)  # type: ignore[arg-type]


def test_without_an_amount_the_payer_types_it() -> None:
    lines = payload(amount_cents=None).split("\n")
    assert lines[7] == "" and lines[9] == "RF420007261124"
    # Without a reference either, the payload ends at the last element given: the IBAN.
    bare = PaymentReference(ReferenceKind.TEXT, "", None, "")
    assert payload(amount_cents=None, reference=bare).split("\n")[-1] == "NL91ABNA0417164300"


def test_a_long_name_is_cut_at_70_and_kept_on_one_line() -> None:
    name = "Studio\nJansen " + "é" * 80
    line = payload(name=name).split("\n")[5]
    assert len(line) == 70 and line.startswith("Studio Jansen éé")


def test_unstructured_text_is_cut_at_140() -> None:
    reference = PaymentReference(ReferenceKind.TEXT, "x", None, "x" * 200)
    assert payload(reference=reference).split("\n")[10] == "x" * 140


@pytest.mark.parametrize(("changes", "code"), [
    ({"name": "  "}, "name_empty"),
    ({"iban": "NL91 ABNA 0417 1643 01"}, "iban_invalid"),
    ({"iban": ""}, "iban_invalid"),
    ({"bic": "ABNA"}, "bic_invalid"),
    ({"reference": PaymentReference(ReferenceKind.RF, "x", "RF" + "1" * 34, None)}, "reference_too_long"),
    ({"name": "€" * 70, "reference": PaymentReference(ReferenceKind.TEXT, "x", None, "€" * 140)},
     "payload_too_long"),
])
def test_impossible_input_is_an_error_with_a_code(changes: dict, code: str) -> None:
    with pytest.raises(EpcError) as raised:
        payload(**changes)
    assert raised.value.code == code


def segno_payload(name: str, iban: str, bic: str, cents: int, reference: PaymentReference) -> str:
    data = segno_helpers._make_epc_qr_data(  # noqa: SLF001 (segno keeps its builder apart for tests)
        name, iban.replace(" ", ""), Decimal(cents) / 100, text=reference.unstructured,
        reference=reference.structured, bic=bic or None, encoding="utf-8")
    return data.decode("utf-8")


def same_transfer(ours: str, theirs: str) -> None:
    """Equal field by field; segno drops trailing zeros of the amount (EUR20 for EUR20.00)."""
    our_lines, their_lines = ours.split("\n"), theirs.split("\n")
    assert len(our_lines) == len(their_lines)
    for index, (mine, segnos) in enumerate(zip(our_lines, their_lines, strict=True)):
        if index == 7:
            assert Decimal(mine.removeprefix("EUR")) == Decimal(segnos.removeprefix("EUR"))
        else:
            assert mine == segnos, f"line {index + 1}"


@pytest.mark.parametrize("reference", [RF, structured_communication(1214), text_reference("2026-015")])
def test_segno_builds_the_same_payload(reference: PaymentReference) -> None:
    same_transfer(payload(reference=reference), segno_payload("Studio Jansen", IBAN, "ABNANL2A", 124690, reference))
    same_transfer(payload(reference=reference, bic="", amount_cents=2000),
                  segno_payload("Studio Jansen", IBAN, "", 2000, reference))


names = st.text(alphabet=st.characters(whitelist_categories=("L", "Nd"), whitelist_characters=" &.-'"),
                min_size=1, max_size=70).map(lambda text: " ".join(text.split())).filter(bool)


@given(names, st.integers(min_value=1, max_value=99_999_999_999),
       st.one_of(st.integers(0, 10**10 - 1).map(structured_communication),
                 st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=21).map(rf_reference),
                 st.text(alphabet="0123456789-/ ABCdefé", min_size=1, max_size=140).filter(str.strip)
                 .map(text_reference)))
def test_segno_agrees_for_any_transfer(name: str, cents: int, reference: PaymentReference) -> None:
    try:
        ours = payload(name=name, amount_cents=cents, reference=reference)
    except EpcError as error:  # only a payload too big for version 13 may be refused
        assert error.code == "payload_too_long"
        return
    assert len(ours.encode("utf-8")) <= 331
    same_transfer(ours, segno_payload(name, IBAN, "ABNANL2A", cents, reference))
