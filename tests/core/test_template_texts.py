"""The shipped emails and letters, and the values they are filled with, in nl, en and fr."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from debtordesk.core.model import (
    BusinessProfile,
    Client,
    Contact,
    Country,
    Invoice,
    InvoiceRow,
    InvoiceState,
    Language,
)
from debtordesk.core.template_texts import (
    TEMPLATE_KEYS,
    TEMPLATES,
    TemplateKind,
    available,
    default_template,
    template_file,
)
from debtordesk.core.template_values import template_values
from debtordesk.core.templates import PLACEHOLDERS, placeholders_used, problems, render_message
from debtordesk.resources import resource_path

TODAY = date(2026, 11, 23)
PROFILE = BusinessProfile(
    name="Studio Jansen", street="Oudegracht 1", postcode="3511 AA", city="Utrecht", country=Country.NL,
    vat_number="NL000099998B57", registration_number="12345678", iban="nl91abna0417164300", bic="abnanl2a",
    email="jan@studiojansen.nl", phone="030 123 4567", signature="Jan Jansen\n030 123 4567",
)
CLIENT = Client(name="Bakkerij Bos B.V.", id=7)
CONTACT = Contact(client_id=7, name="Petra de Vries")


def row(number: str, issued: date, due: date, total_cents: int, paid_cents: int = 0,
        state: InvoiceState = InvoiceState()) -> InvoiceRow:
    vat = total_cents * 21 // 121
    return InvoiceRow(Invoice(7, number, issued, due, total_cents - vat, vat), CLIENT.name, paid_cents, state)


#: Open: 710.00 + 524.56 = 1,234.56; given newest first to show they are sorted.
INVOICES = [
    row("2026-015", date(2026, 10, 15), date(2026, 11, 14), 52456),
    row("2026-014", date(2026, 10, 1), date(2026, 10, 31), 121000, paid_cents=50000),
]
ALL = [(key, kind, language) for key, kinds in TEMPLATES.items() for kind in kinds for language in Language]


def values(language: Language, **changes: object) -> dict[str, str]:
    arguments: dict = dict(profile=PROFILE, client=CLIENT, contact=CONTACT, invoices=INVOICES, today=TODAY,
                           language=language, promised_date=date(2026, 12, 4), final_date=date(2027, 3, 12))
    return template_values(**(arguments | changes))


def test_the_folder_holds_exactly_the_declared_templates() -> None:
    on_disk = {p.relative_to(resource_path()).as_posix() for p in resource_path("templates").rglob("*.txt")}
    assert on_disk == {template_file(key, kind, language) for key, kind, language in ALL}
    assert TEMPLATE_KEYS == ("friendly_reminder", "phone_call", "payment_reminder", "last_reminder", "stop_work",
                             "notice_of_default", "fourteen_day_letter", "first_reminder", "hand_over")


def test_every_letter_kind_has_a_letter_and_only_they_do() -> None:
    from debtordesk.core.letters import LetterKind

    assert {key for key in TEMPLATE_KEYS if available(key, TemplateKind.LETTER)} == set(LetterKind)
    # The consumer letters exist on paper only; every other step has an email.
    assert {key for key in TEMPLATE_KEYS if not available(key, TemplateKind.EMAIL)} == {"fourteen_day_letter",
                                                                                         "first_reminder"}
    assert not available("no_such_step", TemplateKind.EMAIL)
    with pytest.raises(KeyError):
        default_template("friendly_reminder", TemplateKind.LETTER, Language.NL)
    with pytest.raises(KeyError):
        default_template("fourteen_day_letter", TemplateKind.EMAIL, Language.NL)


@pytest.mark.parametrize(("key", "kind", "language"), ALL)
def test_every_default_parses_cleanly_and_signs_with_the_sender(key: str, kind: TemplateKind,
                                                                language: Language) -> None:
    template = default_template(key, kind, language)
    assert template.subject and template.body.strip()
    assert problems(template.subject) == [] and problems(template.body) == []
    used = placeholders_used(template.subject + "\n" + template.body)
    assert "invoice_numbers" in placeholders_used(template.subject)
    assert used[-1] == "sender" and template.body.rstrip().endswith("{sender}")
    assert {"invoice_list", "open_amount"} <= set(used)
    if key != "hand_over":  # the only step that no longer asks the client to pay us
        assert "payment_details" in used
    if key in ("payment_reminder", "last_reminder", "notice_of_default", "first_reminder", "hand_over"):
        assert "final_date" in used
    if key == "fourteen_day_letter":  # its term runs from delivery: never a fixed date
        assert "final_date" not in used
    # The call's summary names what was agreed; no default needs a single promised date any more.
    assert ("agreement" in used) == (key == "phone_call")
    assert "promised_date" not in used
    assert "\t" not in template.body and "  " not in template.body
    # A name ends a sentence nowhere: "Bakkerij Bos B.V." would end it twice.
    assert not re.search(r"\{(client|contact)\}\.", template.subject + template.body)


@pytest.mark.parametrize(("key", "kind"), [(key, kind) for key, kinds in TEMPLATES.items() for kind in kinds])
def test_the_languages_are_real_translations(key: str, kind: TemplateKind) -> None:
    texts = {language: default_template(key, kind, language) for language in Language}
    for one, other in itertools.combinations(Language, 2):
        assert texts[one].subject != texts[other].subject and texts[one].body != texts[other].body
    # Each language uses the same placeholders: a translation drops no fact.
    used = {language: set(placeholders_used(t.subject + t.body)) for language, t in texts.items()}
    assert used[Language.NL] == used[Language.EN] == used[Language.FR]


@pytest.mark.parametrize(("language", "greeting", "closing"), [
    (Language.NL, "Beste Petra de Vries,", "Met vriendelijke groet,"),
    (Language.EN, "Dear Petra de Vries,", "Kind regards,"),
    (Language.FR, "Bonjour Petra de Vries,", "Cordialement,"),
])
def test_the_friendly_reminder_greets_the_contact(language: Language, greeting: str, closing: str) -> None:
    body = render_message(default_template("friendly_reminder", TemplateKind.EMAIL, language), values(language)).body
    assert body.startswith(greeting + "\n")
    assert closing + "\n\nStudio Jansen\nJan Jansen\n030 123 4567" in body


#: The open amount 1,234.56 as each language writes it (babel's spaces made plain).
AMOUNTS = {Language.NL: "€ 1.234,56", Language.EN: "€1,234.56", Language.FR: "1 234,56 €"}
WORDS = {Language.NL: ("2026-014 en 2026-015", "12 maart 2027"),
         Language.EN: ("2026-014 and 2026-015", "12 March 2027"),
         Language.FR: ("2026-014 et 2026-015", "12 mars 2027")}


@pytest.mark.parametrize(("key", "kind", "language"), ALL)
def test_every_default_renders_completely_in_its_language(key: str, kind: TemplateKind,
                                                          language: Language) -> None:
    message = render_message(default_template(key, kind, language), values(language))
    text = message.subject + "\n" + message.body
    assert "{" not in text and "}" not in text
    plain = text.replace("\u202f", " ").replace("\xa0", " ")
    assert AMOUNTS[language] in plain
    numbers, final_date = WORDS[language]
    assert numbers in message.subject
    if "final_date" in placeholders_used(default_template(key, kind, language).body):
        assert final_date in plain
    assert "IBAN" in text or key == "hand_over"


def test_defaults_are_cached_but_immutable() -> None:
    assert default_template("stop_work", TemplateKind.EMAIL, Language.FR) is default_template(
        "stop_work", "email", "fr")  # type: ignore[arg-type]


# --- template_values ---------------------------------------------------------------------------


def test_every_placeholder_gets_a_value() -> None:
    for language in Language:
        assert tuple(values(language)) == PLACEHOLDERS


@pytest.mark.parametrize(("language", "numbers", "due_dates"), [
    (Language.NL, "2026-013, 2026-014 en 2026-015", "30 september 2026, 31 oktober 2026 en 14 november 2026"),
    (Language.EN, "2026-013, 2026-014 and 2026-015", "30 September 2026, 31 October 2026 and 14 November 2026"),
    (Language.FR, "2026-013, 2026-014 et 2026-015", "30 septembre 2026, 31 octobre 2026 et 14 novembre 2026"),
])
def test_lists_are_joined_as_each_language_writes_them(language: Language, numbers: str, due_dates: str) -> None:
    invoices = [*INVOICES, row("2026-013", date(2026, 9, 1), date(2026, 9, 30), 10000),
                row("2026-016", date(2026, 10, 2), date(2026, 9, 30), 10000)]
    got = values(language, invoices=invoices[:3])
    assert got["invoice_numbers"] == numbers
    assert got["due_dates"] == due_dates
    # A due date shared by two invoices is named once.
    assert values(language, invoices=invoices)["due_dates"] == due_dates
    assert values(language, invoices=INVOICES[:1])["invoice_numbers"] == "2026-015"


def test_the_invoice_list_has_one_plain_line_per_invoice_oldest_first() -> None:
    assert values(Language.NL)["invoice_list"].replace("\xa0", " ") == (
        "– 2026-014 van 1 okt 2026, vervaldatum 31 okt 2026: € 710,00 open van € 1.210,00\n"
        "– 2026-015 van 15 okt 2026, vervaldatum 14 nov 2026: € 524,56 open")
    assert values(Language.EN)["invoice_list"] == (
        "– 2026-014 dated 1 Oct 2026, due 31 Oct 2026: €710.00 of €1,210.00 outstanding\n"
        "– 2026-015 dated 15 Oct 2026, due 14 Nov 2026: €524.56 outstanding")
    assert values(Language.FR)["invoice_list"].replace("\u202f", " ").replace("\xa0", " ") == (
        "– 2026-014 du 1 oct. 2026, échéance 31 oct. 2026 : 710,00 € restant dû sur 1 210,00 €\n"
        "– 2026-015 du 15 oct. 2026, échéance 14 nov. 2026 : 524,56 € restant dû")


def test_the_open_amount_sums_what_is_left_after_partial_payments() -> None:
    invoices = [row("A", date(2026, 9, 1), date(2026, 10, 1), 100000, paid_cents=99999),
                row("B", date(2026, 9, 1), date(2026, 10, 1), 20000, paid_cents=5000),
                row("C", date(2026, 9, 1), date(2026, 10, 1), 33333)]
    assert values(Language.EN, invoices=invoices)["open_amount"] == "€483.34"  # 0.01 + 150.00 + 333.33
    assert values(Language.NL, invoices=invoices)["open_amount"] == "€\xa0483,34"
    written_off = row("D", date(2026, 9, 1), date(2026, 10, 1), 50000,
                      state=InvoiceState(written_off_on=date(2026, 11, 1)))
    assert values(Language.EN, invoices=[*invoices, written_off])["open_amount"] == "€483.34"


def test_days_overdue_are_those_of_the_oldest_open_invoice() -> None:
    assert values(Language.NL)["days_overdue"] == "23"  # 2026-10-31 -> 2026-11-23
    paid = row("2026-001", date(2026, 1, 1), date(2026, 1, 31), 1000, paid_cents=1000)
    assert values(Language.NL, invoices=[*INVOICES, paid])["days_overdue"] == "23"
    assert values(Language.NL, today=date(2026, 10, 30))["days_overdue"] == "0"


def test_dates_are_long_and_empty_when_absent() -> None:
    got = values(Language.NL)
    assert (got["promised_date"], got["final_date"]) == ("4 december 2026", "12 maart 2027")
    got = values(Language.FR, promised_date=None, final_date=None)
    assert (got["promised_date"], got["final_date"]) == ("", "")


def test_the_contact_falls_back_to_the_client() -> None:
    assert values(Language.NL)["contact"] == "Petra de Vries"
    assert values(Language.NL, contact=None)["contact"] == "Bakkerij Bos B.V."
    assert values(Language.NL, contact=Contact(client_id=7, name=" "))["contact"] == "Bakkerij Bos B.V."


def test_payment_details_name_the_account_holder_and_the_invoices() -> None:
    assert values(Language.NL)["payment_details"] == (
        "IBAN: NL91 ABNA 0417 1643 00\nBIC: ABNANL2A\nTen name van: Studio Jansen\n"
        "Onder vermelding van: 2026-014, 2026-015")
    assert values(Language.EN)["payment_details"].splitlines()[2:] == [
        "Account holder: Studio Jansen", "Reference: 2026-014, 2026-015"]
    no_bic = PROFILE.__class__(**(PROFILE.__dict__ | {"bic": ""}))
    assert values(Language.FR, profile=no_bic)["payment_details"] == (
        "IBAN : NL91 ABNA 0417 1643 00\nBénéficiaire : Studio Jansen\nCommunication : 2026-014, 2026-015")


@pytest.mark.parametrize(("signature", "sender"), [
    ("", "Studio Jansen"),
    ("Jan Jansen\n030 123 4567\n", "Studio Jansen\nJan Jansen\n030 123 4567"),
    ("Jan Jansen\nstudio jansen", "Jan Jansen\nstudio jansen"),  # already names the business
])
def test_the_sender_is_the_business_and_its_signature(signature: str, sender: str) -> None:
    profile = PROFILE.__class__(**(PROFILE.__dict__ | {"signature": signature}))
    assert values(Language.EN, profile=profile)["sender"] == sender


def test_values_with_braces_stay_literal_in_the_message() -> None:
    client = Client(name="{open_amount} & {{Co}}", id=7)
    message = render_message(default_template("last_reminder", TemplateKind.EMAIL, Language.EN),
                             values(Language.EN, client=client, contact=None))
    assert "Dear Sir or Madam" in message.body and "at {open_amount} & {{Co}}?" in message.body


def test_a_message_needs_invoices_in_one_currency() -> None:
    with pytest.raises(ValueError):
        values(Language.NL, invoices=[])
    dollars = InvoiceRow(Invoice(7, "X", TODAY, TODAY, 100, 0, currency="USD"), CLIENT.name, 0)
    with pytest.raises(ValueError):
        values(Language.NL, invoices=[*INVOICES, dollars])
