"""Field checks and their reason codes, on their own and through the services."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from debtordesk.core import validation as v
from debtordesk.core.demo import PROFILE, be_vat, nl_vat
from debtordesk.core.model import (
    Client,
    ClientKind,
    Contact,
    Country,
    Invoice,
    InvoicePdf,
    Payment,
    Promise,
)
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import Problem, ValidationError


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def refused_codes(call: object, *args: object) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return {p.code for p in caught.value.problems}


# -- IBAN and BIC ------------------------------------------------------------------

@pytest.mark.parametrize("iban", ["NL91ABNA0417164300", "BE68539007547034", "nl91 abna 0417 1643 00",
                                  "BE68 5390 0754 7034"])
def test_valid_ibans(iban: str) -> None:
    assert v.check_iban(iban) == []


@pytest.mark.parametrize(
    ("iban", "code"),
    [
        ("NL91ABNA0417164301", "iban_checksum"),
        ("BE68539007547035", "iban_checksum"),
        ("NL91ABNA041716430", "iban_length"),
        ("XX91ABNA0417164300", "iban_country"),
        ("", "required"),
        ("   ", "required"),
    ],
)
def test_invalid_ibans(iban: str, code: str) -> None:
    assert codes(v.check_iban(iban)) == [code]


def test_normalise_iban() -> None:
    assert v.normalise_iban(" nl91 abna\t0417 1643 00 ") == "NL91ABNA0417164300"


def test_bic_must_match_iban_country() -> None:
    problems = v.check_bic("ABNANL2A", "BE68539007547034")
    assert codes(problems) == ["bic_country_mismatch"]
    assert problems[0].params == {"bic_country": "NL", "iban_country": "BE"}
    assert v.check_bic("ABNANL2A", "NL91ABNA0417164300") == []
    assert v.check_bic("GEBABEBB", "BE68539007547034") == []


def test_bic_optional_and_checked() -> None:
    assert v.check_bic("", "NL91ABNA0417164300") == []
    assert codes(v.check_bic("XYZ", "NL91ABNA0417164300")) == ["bic_invalid"]


# -- VAT and registration numbers ----------------------------------------------------

@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("NL000099998B57", Country.NL),
        ("nl 000099998b57", Country.NL),
        ("000099998B57", Country.NL),  # country prefix added from the client's country
        ("BE0403170701", Country.BE),
        ("BE 0403.170.701", Country.BE),
        ("0403.170.701", Country.BE),
        (be_vat(3), Country.BE),
        (nl_vat(3), Country.NL),
        ("", Country.NL),  # optional
        ("GB123", Country.GB),  # outside the EU scheme: not checked
    ],
)
def test_valid_vat(number: str, country: Country) -> None:
    assert v.check_vat(number, country) == []


@pytest.mark.parametrize(
    ("number", "country", "code"),
    [
        ("NL000099998B58", Country.NL, "vat_invalid"),
        ("BE0403170702", Country.BE, "vat_invalid"),
        ("NL000099998B57", Country.BE, "vat_country_mismatch"),
        ("BE0403170701", Country.NL, "vat_country_mismatch"),
    ],
)
def test_invalid_vat(number: str, country: Country, code: str) -> None:
    assert codes(v.check_vat(number, country)) == [code]


@pytest.mark.parametrize("kvk", ["30123456", "3012 3456", "3012.3456"])
def test_kvk_eight_digits(kvk: str) -> None:
    assert v.check_registration(kvk, Country.NL) == []


@pytest.mark.parametrize("kvk", ["3012345", "301234567", "3012345a"])
def test_kvk_refused(kvk: str) -> None:
    assert codes(v.check_registration(kvk, Country.NL)) == ["kvk_invalid"]


@pytest.mark.parametrize("number", ["0403.170.701", "0403170701", "0403 170 701", be_vat(7)[2:]])
def test_belgian_enterprise_number(number: str) -> None:
    assert v.check_registration(number, Country.BE) == []


@pytest.mark.parametrize("number", ["0403.170.702", "0403.170.70", "1234567890"])
def test_belgian_enterprise_number_refused(number: str) -> None:
    assert codes(v.check_registration(number, Country.BE)) == ["enterprise_number_invalid"]


def test_registration_required() -> None:
    assert codes(v.check_registration("  ", Country.NL)) == ["required"]
    assert codes(v.check_registration("", Country.BE)) == ["required"]


# -- addresses, email, phone ---------------------------------------------------------

def test_postcodes() -> None:
    assert v.check_postcode("3511 AW", Country.NL) == []
    assert v.check_postcode("3511AW", Country.NL) == []
    assert codes(v.check_postcode("35111", Country.NL)) == ["postcode_invalid_nl"]
    assert v.check_postcode("1000", Country.BE) == []
    assert codes(v.check_postcode("100", Country.BE)) == ["postcode_invalid_be"]
    assert v.check_postcode("BS1 4DB", Country.GB) == []


def test_email_and_phone() -> None:
    assert v.check_email("a@b.nl") == []
    assert codes(v.check_email("ab.nl")) == ["email_invalid"]
    assert codes(v.check_email("", required=True)) == ["required"]
    assert v.check_email("") == []
    assert v.check_phone("+31 30 123 45 67") == []
    assert codes(v.check_phone("call me")) == ["phone_invalid"]


# -- whole objects -------------------------------------------------------------------

def test_demo_profile_is_valid() -> None:
    assert v.validate_profile(PROFILE) == []


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"country": Country.DE}, "country", "business_country"),
        ({"bic": "GEBABEBB"}, "bic", "bic_country_mismatch"),
        ({"iban": "NL91ABNA0417164301"}, "iban", "iban_checksum"),
        ({"registration_number": "123"}, "registration_number", "kvk_invalid"),
        ({"email": ""}, "email", "required"),
        ({"payment_term_days": 121}, "payment_term_days", "payment_term_range"),
        ({"name": " "}, "name", "required"),
    ],
)
def test_profile_problems(changes: dict[str, object], field: str, code: str) -> None:
    problems = v.validate_profile(dataclasses.replace(PROFILE, **changes))
    assert (field, code) in {(p.field, p.code) for p in problems}


def test_consumer_has_no_vat() -> None:
    consumer = Client(name="Sanne", kind=ClientKind.CONSUMER, vat_number="NL000099998B57")
    assert codes(v.validate_client(consumer)) == ["consumer_has_no_vat"]


def test_contact_needs_a_way_to_reach() -> None:
    assert codes(v.validate_contact(Contact(1, "Ingrid"))) == ["contact_unreachable"]
    assert v.validate_contact(Contact(1, "Ingrid", phone="+31 6 12345678")) == []


ISSUE = date(2026, 9, 1)


def invoice(**changes: object) -> Invoice:
    base = Invoice(client_id=1, number="2026-001", issue_date=ISSUE, due_date=ISSUE + timedelta(days=30),
                   net_cents=1000_00, vat_cents=210_00)
    return dataclasses.replace(base, **changes)


def test_valid_invoice() -> None:
    assert v.validate_invoice(invoice(), number_taken=False) == []
    assert v.validate_invoice(invoice(due_date=ISSUE), number_taken=False) == []


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"due_date": ISSUE - timedelta(days=1)}, "due_before_issue"),
        ({"net_cents": -1}, "amount_negative"),
        ({"vat_cents": -100}, "amount_negative"),
        ({"net_cents": 0, "vat_cents": 0}, "invoice_total_zero"),
        ({"net_cents": 10_000_000_000_01}, "amount_too_large"),
        ({"currency": "USD"}, "currency_unsupported"),
        ({"number": "  "}, "required"),
        ({"pdf": InvoicePdf("f.pdf", b"not a pdf")}, "pdf_invalid"),
    ],
)
def test_invoice_problems(changes: dict[str, object], code: str) -> None:
    assert code in codes(v.validate_invoice(invoice(**changes), number_taken=False))


def test_invoice_number_taken_flag() -> None:
    assert codes(v.validate_invoice(invoice(), number_taken=True)) == ["invoice_number_taken"]


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("amount", "paid_on", "expected"),
    [
        (500_00, date(2026, 10, 1), []),
        (1210_00, date(2026, 10, 1), []),
        (1210_01, date(2026, 10, 1), ["payment_exceeds_open"]),
        (0, date(2026, 10, 1), ["amount_zero"]),
        (-5, date(2026, 10, 1), ["amount_negative"]),
        (100, TODAY + timedelta(days=1), ["date_in_future"]),
        (100, ISSUE - timedelta(days=1), ["payment_before_issue"]),
    ],
)
def test_payment_checks(amount: int, paid_on: date, expected: list[str]) -> None:
    problems = v.validate_payment(Payment(1, paid_on, amount), open_cents=1210_00, issue_date=ISSUE, today=TODAY)
    assert codes(problems) == expected


def test_promise_checks() -> None:
    assert codes(v.validate_promise(Promise(1, (), 100, TODAY), open_cents=100, today=TODAY)) == [
        "promise_without_invoice"]
    assert codes(v.validate_promise(Promise(1, (1,), 101, TODAY), open_cents=100, today=TODAY)) == [
        "payment_exceeds_open"]
    assert v.validate_promise(Promise(1, (1,), 100, TODAY), open_cents=100, today=TODAY) == []


def test_validation_error_carries_problems() -> None:
    error = ValidationError([Problem("iban", "iban_checksum"), Problem("bic", "bic_invalid")])
    assert [(p.field, p.code) for p in error.problems] == [("iban", "iban_checksum"), ("bic", "bic_invalid")]
    assert "iban: iban_checksum" in str(error)


# -- through the service ---------------------------------------------------------------

def test_duplicate_invoice_number_is_refused_case_insensitively(service: DebtorService, client_id: int) -> None:
    first = service.save_invoice(invoice(client_id=client_id, number="2026-A1"))
    for number in ("2026-A1", "2026-a1", "  2026-a1 "):
        assert refused_codes(service.save_invoice, invoice(client_id=client_id, number=number)) == {
            "invoice_number_taken"}
    with service.store.reading() as reader:
        assert [row.invoice.id for row in reader.invoices()] == [first]
    # Saving the invoice itself again under its own number is not a duplicate.
    same = dataclasses.replace(invoice(client_id=client_id, number="2026-a1 "), id=first, description="x")
    assert service.save_invoice(same) == first


def test_payment_more_than_open_is_refused(service: DebtorService, client_id: int) -> None:
    invoice_id = service.save_invoice(invoice(client_id=client_id))
    service.record_payment(Payment(invoice_id, date(2026, 10, 1), 1000_00))
    with pytest.raises(ValidationError) as caught:
        service.record_payment(Payment(invoice_id, date(2026, 10, 2), 210_01))
    problems = caught.value.problems
    assert [(p.field, p.code) for p in problems] == [("amount", "payment_exceeds_open")]
    assert problems[0].params == {"open_cents": 210_00}
    service.record_payment(Payment(invoice_id, date(2026, 10, 2), 210_00))
    assert refused_codes(service.record_payment, Payment(invoice_id, date(2026, 10, 3), 1)) == {
        "payment_exceeds_open"}
    with service.store.reading() as reader:
        assert reader.paid_cents(invoice_id) == 1210_00


def test_payment_in_the_future_uses_the_injected_clock(service: DebtorService, client_id: int) -> None:
    invoice_id = service.save_invoice(invoice(client_id=client_id))
    assert refused_codes(service.record_payment, Payment(invoice_id, date(2026, 11, 30), 100)) == {"date_in_future"}
    service.record_payment(Payment(invoice_id, date(2026, 11, 20), 100))


def test_due_before_issue_through_service(service: DebtorService, client_id: int) -> None:
    bad = invoice(client_id=client_id, due_date=ISSUE - timedelta(days=1), net_cents=-1)
    assert refused_codes(service.save_invoice, bad) == {"due_before_issue", "amount_negative"}


def test_profile_refused_through_service(service: DebtorService) -> None:
    bad = dataclasses.replace(PROFILE, bic="GEBABEBB")
    assert refused_codes(service.save_profile, bad) == {"bic_country_mismatch"}
    with service.store.reading() as reader:
        assert reader.profile() is None
    service.save_profile(dataclasses.replace(PROFILE, iban="nl91 abna 0417 1643 00", bic=" abnanl2a "))
    with service.store.reading() as reader:
        saved = reader.profile()
    assert saved is not None and saved.iban == "NL91ABNA0417164300" and saved.bic == "ABNANL2A"


def test_client_with_bad_contact_is_refused_whole(service: DebtorService) -> None:
    client = Client(name="Brouwerij Hop", country=Country.BE, postcode="9000")
    assert refused_codes(service.save_client, client, [Contact(0, "Lies", email="not-an-email")]) == {
        "email_invalid"}
    with service.store.reading() as reader:
        assert reader.clients(TODAY) == []
