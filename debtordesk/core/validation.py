"""Field checks with a reason code per problem.

Core cannot translate; the UI turns each ``Problem.code`` into a sentence in the
user's language (debtordesk/ui/problem_text.py). A code that the UI does not know
fails a test, so no problem ever reaches the user as a bare code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from debtordesk.core.model import (
    BUSINESS_COUNTRIES,
    BusinessProfile,
    Client,
    ClientKind,
    Contact,
    Country,
    Invoice,
    Payment,
    Promise,
)
from debtordesk.core.money import MAX_CENTS

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ValidationError(Exception):
    """Raised by services when input is refused; nothing has been written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in self.problems))


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def normalise_iban(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


# schwifty and stdnum are imported inside the checks: they load bank registries
# and country tables, which the window does not need to show a file.


def check_iban(text: str, field_name: str = "iban") -> list[Problem]:
    from schwifty import IBAN
    from schwifty.exceptions import (
        InvalidChecksumDigits,
        InvalidCountryCode,
        InvalidLength,
        InvalidStructure,
        SchwiftyException,
    )

    if not text.strip():
        return [Problem(field_name, "required")]
    try:
        IBAN(normalise_iban(text))
    except InvalidChecksumDigits:
        return [Problem(field_name, "iban_checksum")]
    except InvalidLength:
        return [Problem(field_name, "iban_length")]
    except InvalidCountryCode:
        return [Problem(field_name, "iban_country")]
    except (InvalidStructure, SchwiftyException):
        return [Problem(field_name, "iban_invalid")]
    return []


def check_bic(text: str, iban: str, field_name: str = "bic") -> list[Problem]:
    from schwifty import BIC, IBAN
    from schwifty.exceptions import SchwiftyException

    if not text.strip():
        return []  # optional within SEPA
    try:
        bic = BIC(text.strip().upper())
    except SchwiftyException:
        return [Problem(field_name, "bic_invalid")]
    try:
        iban_country = IBAN(normalise_iban(iban)).country_code
    except SchwiftyException:
        return []
    if bic.country_code != iban_country:
        return [Problem(field_name, "bic_country_mismatch", {"bic_country": bic.country_code, "iban_country": iban_country})]
    return []


def check_vat(text: str, country: Country, field_name: str = "vat_number") -> list[Problem]:
    from stdnum import exceptions as stdnum_errors
    from stdnum.eu import vat as eu_vat

    if not text.strip():
        return []
    number = text.strip().upper().replace(" ", "").replace(".", "")
    if not number[:2].isalpha():
        number = country.value + number
    if number[:2] == "GB":
        return []  # outside the EU VAT scheme since 2021; stdnum has no reliable check
    try:
        eu_vat.validate(number)
    except stdnum_errors.ValidationError:
        return [Problem(field_name, "vat_invalid")]
    if number[:2] != country.value:
        return [Problem(field_name, "vat_country_mismatch", {"country": country.value})]
    return []


def check_registration(text: str, country: Country, field_name: str = "registration_number") -> list[Problem]:
    from stdnum import exceptions as stdnum_errors
    from stdnum.be import vat as be_vat

    number = re.sub(r"[\s.]", "", text)
    if not number:
        return [Problem(field_name, "required")]
    if country == Country.NL:
        return [] if re.fullmatch(r"\d{8}", number) else [Problem(field_name, "kvk_invalid")]
    if country == Country.BE:
        try:
            be_vat.validate(number)
        except stdnum_errors.ValidationError:
            return [Problem(field_name, "enterprise_number_invalid")]
    return []


def check_email(text: str, field_name: str = "email", required: bool = False) -> list[Problem]:
    if not text.strip():
        return [Problem(field_name, "required")] if required else []
    return [] if _EMAIL.match(text.strip()) else [Problem(field_name, "email_invalid")]


def check_phone(text: str, field_name: str = "phone") -> list[Problem]:
    if not text.strip():
        return []
    return [] if _PHONE.match(text.strip()) else [Problem(field_name, "phone_invalid")]


def check_postcode(text: str, country: Country, field_name: str = "postcode") -> list[Problem]:
    from stdnum import exceptions as stdnum_errors
    from stdnum.nl import postcode as nl_postcode

    code = text.strip()
    if not code:
        return []
    if country == Country.NL:
        try:
            nl_postcode.validate(code)
        except stdnum_errors.ValidationError:
            return [Problem(field_name, "postcode_invalid_nl")]
    elif country == Country.BE and not re.fullmatch(r"\d{4}", code):
        return [Problem(field_name, "postcode_invalid_be")]
    return []


def check_required(text: str, field_name: str) -> list[Problem]:
    return [] if text.strip() else [Problem(field_name, "required")]


def validate_profile(profile: BusinessProfile) -> list[Problem]:
    problems = check_required(profile.name, "name")
    if profile.country not in BUSINESS_COUNTRIES:
        problems.append(Problem("country", "business_country"))
    problems += check_postcode(profile.postcode, profile.country)
    problems += check_vat(profile.vat_number, profile.country)
    problems += check_registration(profile.registration_number, profile.country)
    problems += check_iban(profile.iban)
    problems += check_bic(profile.bic, profile.iban)
    problems += check_email(profile.email, required=True)
    problems += check_phone(profile.phone)
    if not 0 <= profile.payment_term_days <= 120:
        problems.append(Problem("payment_term_days", "payment_term_range", {"max": 120}))
    return problems


def validate_client(client: Client) -> list[Problem]:
    problems = check_required(client.name, "name")
    problems += check_postcode(client.postcode, client.country)
    if client.kind == ClientKind.CONSUMER and client.vat_number.strip():
        problems.append(Problem("vat_number", "consumer_has_no_vat"))
    else:
        problems += check_vat(client.vat_number, client.country)
    return problems


def validate_contact(contact: Contact) -> list[Problem]:
    problems = check_required(contact.name, "name")
    problems += check_email(contact.email)
    problems += check_phone(contact.phone)
    if not contact.email.strip() and not contact.phone.strip():
        problems.append(Problem("email", "contact_unreachable"))
    return problems


def check_amount(cents: int, field_name: str, *, allow_zero: bool = True) -> list[Problem]:
    if cents < 0:
        return [Problem(field_name, "amount_negative")]
    if cents == 0 and not allow_zero:
        return [Problem(field_name, "amount_zero")]
    if cents > MAX_CENTS:
        return [Problem(field_name, "amount_too_large")]
    return []


def validate_invoice(invoice: Invoice, *, number_taken: bool) -> list[Problem]:
    problems = check_required(invoice.number, "number")
    if number_taken:
        problems.append(Problem("number", "invoice_number_taken", {"number": invoice.number}))
    if invoice.due_date < invoice.issue_date:
        problems.append(Problem("due_date", "due_before_issue"))
    problems += check_amount(invoice.net_cents, "net")
    problems += check_amount(invoice.vat_cents, "vat")
    if invoice.total_cents <= 0 and not problems:
        problems.append(Problem("net", "invoice_total_zero"))
    if invoice.currency != "EUR":
        problems.append(Problem("currency", "currency_unsupported"))
    if invoice.pdf is not None and not invoice.pdf.data.startswith(b"%PDF-"):
        problems.append(Problem("pdf", "pdf_invalid", {"filename": invoice.pdf.filename}))
    return problems


def validate_payment(payment: Payment, *, open_cents: int, issue_date: date, today: date) -> list[Problem]:
    problems = check_amount(payment.amount_cents, "amount", allow_zero=False)
    if not problems and payment.amount_cents > open_cents:
        problems.append(Problem("amount", "payment_exceeds_open", {"open_cents": open_cents}))
    if payment.paid_on > today:
        problems.append(Problem("paid_on", "date_in_future"))
    if payment.paid_on < issue_date:
        problems.append(Problem("paid_on", "payment_before_issue"))
    return problems


def validate_promise(promise: Promise, *, open_cents: int, today: date) -> list[Problem]:
    problems = check_amount(promise.amount_cents, "amount", allow_zero=False)
    if not promise.invoice_ids:
        problems.append(Problem("invoices", "promise_without_invoice"))
    if not problems and promise.amount_cents > open_cents:
        problems.append(Problem("amount", "payment_exceeds_open", {"open_cents": open_cents}))
    return problems


_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")


def validate_mail_settings(settings: Any) -> list[Problem]:
    """``outgoing.MailSettings``: a host name or address, a port, a sender address."""
    problems: list[Problem] = []
    host = settings.host.strip()
    if not host:
        problems.append(Problem("host", "required"))
    elif not _HOST.match(host) and not re.fullmatch(r"[0-9a-fA-F:.]+", host):
        problems.append(Problem("host", "host_invalid"))
    if not 1 <= settings.port <= 65535:
        problems.append(Problem("port", "port_range"))
    problems += check_email(settings.sender_address, "sender_address", required=True)
    if any(ch in settings.sender_name for ch in "\r\n<>\""):
        problems.append(Problem("sender_name", "name_characters"))
    return problems
