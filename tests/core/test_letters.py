"""Letter content: which kinds apply, what every letter says, and the legally required parts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.letter_content import BlockKind, LetterContent
from debtordesk.core.letter_samples import (
    COMPANIES,
    CONSUMERS,
    COSTS_CENTS,
    INTEREST_CENTS,
    PROFILES,
    sample_request,
    sample_rows,
)
from debtordesk.core.letters import LetterError, LetterKind, LetterRequest, build_letter, kinds_for
from debtordesk.core.model import ClientKind, Contact, Country, Invoice, InvoiceRow, Language
from debtordesk.core.payment_reference import ReferenceKind
from debtordesk.core.templates import MessageTemplate, TemplateError

ALL = [(kind, language) for kind in LetterKind for language in Language]
OPEN_CENTS = 123456
#: € 1,234.56 and the sample dates as each language writes them.
OPEN = {Language.NL: "€ 1.234,56", Language.EN: "€1,234.56", Language.FR: "1 234,56 €"}
PLACE_DATE = {Language.NL: "Utrecht, 24 november 2026", Language.EN: "Utrecht, 24 November 2026",
              Language.FR: "Utrecht, le 24 novembre 2026"}
FINAL = {Language.NL: "8 december 2026", Language.EN: "8 December 2026", Language.FR: "8 décembre 2026"}
FOURTEEN_DAYS = {Language.NL: "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd",
                 Language.EN: "within fourteen days from the day after this letter is delivered to you",
                 Language.FR: "dans les quatorze jours à compter du lendemain de la remise de la présente lettre"}


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def build(kind: LetterKind, language: Language = Language.NL, creditor: Country = Country.NL,
          **changes: object) -> LetterContent:
    return build_letter(dataclasses.replace(sample_request(kind, language, creditor), **changes))


def texts(letter: LetterContent) -> str:
    """Every word the letter prints, in reading order, as one string."""
    statement, payment = letter.statement, letter.payment
    parts = [*letter.sender_lines, letter.return_line, letter.registered_mark, *letter.recipient_lines,
             letter.place_date, *(f"{label}: {value}" for label, value in letter.references), letter.subject]
    parts += [block.text for block in letter.blocks]
    parts += [*statement.columns, *(field for line in (*statement.lines, statement.totals)
                                    for field in dataclasses.astuple(line))]
    for claim in (*statement.claims, *statement.announced):
        parts += [claim.label, *claim.working, claim.amount]
    parts += [statement.total_label, statement.total, statement.announced_heading, *statement.notices]
    parts += [f"{label}: {value}" for label, value in payment.rows] + [payment.qr_caption]
    return plain("\n".join(parts))


# --- which kinds ---------------------------------------------------------------------------------


def test_every_debtor_gets_the_general_letters() -> None:
    general = (LetterKind.PAYMENT_REMINDER, LetterKind.LAST_REMINDER, LetterKind.STOP_WORK,
               LetterKind.NOTICE_OF_DEFAULT, LetterKind.HAND_OVER)
    for creditor in (Country.NL, Country.BE):
        for debtor in Country:
            assert set(general) <= set(kinds_for(creditor, debtor, ClientKind.COMPANY))
            assert set(general) <= set(kinds_for(creditor, debtor, ClientKind.CONSUMER))
        assert kinds_for(creditor, Country.DE, ClientKind.CONSUMER) == general


@pytest.mark.parametrize("creditor", [Country.NL, Country.BE])
def test_consumer_letters_follow_the_debtors_country(creditor: Country) -> None:
    dutch = kinds_for(creditor, Country.NL, ClientKind.CONSUMER)
    belgian = kinds_for(creditor, Country.BE, ClientKind.CONSUMER)
    assert LetterKind.FOURTEEN_DAY_LETTER in dutch and LetterKind.FIRST_REMINDER not in dutch
    assert LetterKind.FIRST_REMINDER in belgian and LetterKind.FOURTEEN_DAY_LETTER not in belgian
    assert belgian[0] == LetterKind.FIRST_REMINDER  # before any other reminder
    assert dutch[-1] == belgian[-1] == LetterKind.HAND_OVER
    for debtor in Country:
        company = kinds_for(creditor, debtor, ClientKind.COMPANY)
        assert LetterKind.FOURTEEN_DAY_LETTER not in company and LetterKind.FIRST_REMINDER not in company


def test_a_letter_that_does_not_fit_the_debtor_is_refused() -> None:
    with pytest.raises(LetterError) as raised:
        build(LetterKind.FOURTEEN_DAY_LETTER, client=COMPANIES[Country.NL])
    assert raised.value.code == "kind_not_applicable"
    with pytest.raises(LetterError):
        build(LetterKind.FIRST_REMINDER, Language.FR, Country.BE, client=CONSUMERS[Country.NL])


# --- every kind, every language ---------------------------------------------------------------


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_every_letter_is_complete(kind: LetterKind, language: Language) -> None:
    creditor = Country.BE if kind == LetterKind.FIRST_REMINDER else Country.NL
    request = sample_request(kind, language, creditor)
    letter = build_letter(request)
    text = texts(letter)
    assert "{" not in text and "}" not in text
    assert letter.kind == kind and letter.language == language and letter.author == request.profile.name
    assert letter.sender_lines[0] == request.profile.name
    assert letter.recipient_lines[0] == request.client.name
    assert "2026-014" in letter.subject and "2026-015" in letter.subject
    assert letter.place_date == PLACE_DATE[language].replace("Utrecht", request.profile.city)
    kinds = [block.kind for block in letter.blocks]
    assert kinds.count(BlockKind.STATEMENT) == 1
    assert kinds.count(BlockKind.PAYMENT) == (0 if kind == LetterKind.HAND_OVER else 1)
    assert kinds[-1] == BlockKind.SIGNATURE and kinds[0] == BlockKind.TEXT
    if BlockKind.PAYMENT in kinds:
        assert kinds.index(BlockKind.STATEMENT) < kinds.index(BlockKind.PAYMENT)
    assert OPEN[language] in text
    assert [line.number for line in letter.statement.lines] == ["2026-014", "2026-015"]
    due = sum(part.amount_cents for part in request.claims if part.due)
    assert letter.total_cents == OPEN_CENTS + due
    assert letter.payment.epc_payload.split("\n")[7] == f"EUR{letter.total_cents // 100}.{letter.total_cents % 100:02d}"
    assert "IBAN" in text and letter.payment.reference.printed in text
    assert bool(letter.registered_mark) == (kind == LetterKind.NOTICE_OF_DEFAULT)


def test_the_statement_shows_each_invoice_with_its_amounts_and_totals() -> None:
    statement = build(LetterKind.PAYMENT_REMINDER).statement
    first, second = statement.lines
    assert (first.number, first.invoice_date, first.due_date) == ("2026-014", "1 okt 2026", "31 okt 2026")
    assert tuple(map(plain, (first.amount, first.paid, first.open))) == ("€ 1.210,00", "€ 500,00", "€ 710,00")
    assert tuple(map(plain, (second.amount, second.paid, second.open))) == ("€ 524,56", "€ 0,00", "€ 524,56")
    totals = statement.totals
    assert tuple(map(plain, (totals.amount, totals.paid, totals.open))) == ("€ 1.734,56", "€ 500,00", "€ 1.234,56")
    assert statement.columns == ("Factuur", "Factuurdatum", "Vervaldatum", "Bedrag", "Betaald", "Open")


def test_claims_due_are_added_and_announced_ones_are_not() -> None:
    letter = build(LetterKind.PAYMENT_REMINDER, Language.EN)
    statement = letter.statement
    assert [c.label for c in statement.claims] == ["Statutory commercial interest to 24 November 2026"]
    assert [c.label for c in statement.announced] == ["Extrajudicial collection costs"]
    assert statement.claims[0].working and statement.announced[0].amount == "€185.18"
    assert letter.total_cents == OPEN_CENTS + INTEREST_CENTS
    assert statement.total == "€1,239.30"
    assert statement.announced_heading == "If you do not pay by 8 December 2026, the following will be added:"
    handed_over = build(LetterKind.HAND_OVER, Language.EN)
    assert handed_over.total_cents == OPEN_CENTS + INTEREST_CENTS + COSTS_CENTS
    assert handed_over.statement.announced == ()


@given(st.lists(st.tuples(st.integers(1, 10**9), st.integers(0, 10**9)), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(-10**6, 10**8), st.booleans()), max_size=4))
def test_the_total_is_the_open_amount_plus_the_claims_due(invoices: list[tuple[int, int]],
                                                          claims: list[tuple[int, bool]]) -> None:
    client = COMPANIES[Country.NL]
    rows = [InvoiceRow(Invoice(7, f"F{n}", date(2026, 9, 1), date(2026, 10, 1), total, 0, id=n), client.name,
                       min(paid, total - 1)) for n, (total, paid) in enumerate(invoices)]
    parts = tuple(ClaimPart(f"part {n}", cents, due=due) for n, (cents, due) in enumerate(claims))
    expected = sum(row.open_cents for row in rows) + sum(part.amount_cents for part in parts if part.due)
    request = dataclasses.replace(sample_request(LetterKind.STOP_WORK, Language.NL), rows=rows, claims=parts)
    if expected <= 0 or expected > 99_999_999_999:
        with pytest.raises(ValueError):
            build_letter(request)
        return
    letter = build_letter(request)
    assert letter.total_cents == expected
    assert letter.payment.epc_payload.split("\n")[7] == f"EUR{expected // 100}.{expected % 100:02d}"


# --- sender, recipient, references, payment -------------------------------------------------------


def test_sender_and_recipient_blocks() -> None:
    letter = build(LetterKind.NOTICE_OF_DEFAULT)
    assert letter.sender_lines == ("Studio Marijke de Boer", "Oudegracht 118", "3511 AW Utrecht",
                                   "Tel. +31 30 123 45 67", "marijke@studiodeboer.example", "KvK 30123456",
                                   "Btw-nummer NL000099998B57")
    assert letter.return_line == "Studio Marijke de Boer · Oudegracht 118 · 3511 AW Utrecht"
    assert letter.recipient_lines == ("Bakkerij Bos B.V.", "t.a.v. Petra de Vries", "Langestraat 8",
                                      "3811 AB Amersfoort")
    assert letter.registered_mark == "Aangetekend"
    assert build(LetterKind.NOTICE_OF_DEFAULT, Language.FR, registered=False).registered_mark == ""
    assert build(LetterKind.PAYMENT_REMINDER, Language.FR, registered=True).registered_mark == "Recommandé"
    assert build(LetterKind.PAYMENT_REMINDER, Language.EN, registered=True).registered_mark == "Registered"


def test_a_letter_abroad_names_the_countries_in_its_language() -> None:
    belgian_client = dataclasses.replace(COMPANIES[Country.BE])
    letter = build(LetterKind.PAYMENT_REMINDER, Language.NL, client=belgian_client)
    assert letter.recipient_lines[-1] == "BELGIË"
    assert "NEDERLAND" in letter.sender_lines and letter.return_line.endswith("· NEDERLAND")
    french = build(LetterKind.PAYMENT_REMINDER, Language.FR, client=belgian_client)
    assert french.recipient_lines[-1] == "BELGIQUE"
    assert french.recipient_lines[1] == "À l'attention de Petra de Vries"


def test_the_contact_line_is_left_out_when_it_adds_nothing() -> None:
    same = Contact(7, "bakkerij bos b.v.")
    assert "t.a.v." not in " ".join(build(LetterKind.STOP_WORK, contact=same).recipient_lines)
    assert len(build(LetterKind.STOP_WORK, contact=None).recipient_lines) == 3


def test_a_belgian_creditor_asks_for_a_structured_communication() -> None:
    letter = build(LetterKind.PAYMENT_REMINDER, Language.NL, Country.BE)
    reference = letter.payment.reference
    assert reference.kind == ReferenceKind.STRUCTURED_BE
    assert reference.printed == "+++000/7261/12492+++"  # client 7, 24-11-2026
    assert ("Gestructureerde mededeling", "+++000/7261/12492+++") in letter.payment.rows
    assert letter.payment.epc_payload.split("\n")[9] == "000726112492"
    assert ("Ons kenmerk", "+++000/7261/12492+++") in letter.references
    assert "Ondernemingsnummer 0123.456.749" in letter.sender_lines
    assert letter.sender_country == Country.BE


def test_a_dutch_letter_about_one_invoice_quotes_its_number() -> None:
    request = sample_request(LetterKind.PAYMENT_REMINDER, Language.NL)
    letter = build_letter(dataclasses.replace(request, rows=request.rows[1:]))
    assert letter.references == (("Factuur", "2026-015"),)
    assert ("Betalingskenmerk", "2026-015") in letter.payment.rows
    assert letter.payment.epc_payload.split("\n")[-1] == "2026-015"


def test_payment_details_in_the_letters_language() -> None:
    rows = dict(build(LetterKind.LAST_REMINDER, Language.FR).payment.rows)
    assert rows["IBAN"] == "NL91 ABNA 0417 1643 00" and rows["BIC"] == "ABNANL2A"
    assert rows["Bénéficiaire"] == "Studio Marijke de Boer"
    assert rows["Au plus tard le"] == "8 décembre 2026"
    assert plain(rows["Montant"]) == "1 239,30 €"
    assert rows["Référence de paiement"] == "RF42 0007 2611 24"


# --- the Dutch 14-day letter ---------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_fourteen_day_letter_runs_from_delivery_and_states_the_costs(language: Language) -> None:
    letter = build(LetterKind.FOURTEEN_DAY_LETTER, language)
    rows = dict(letter.payment.rows)
    term = FOURTEEN_DAYS[language]
    assert term in rows.values()
    # Never a fixed date only: the final date asked for is not printed at all.
    assert FINAL[language] not in texts(letter)
    assert term in letter.statement.announced_heading  # the consequence of not paying ...
    assert [c.amount for c in letter.statement.announced] == [
        {Language.NL: "€\xa0185,18", Language.EN: "€185.18", Language.FR: "185,18\xa0€"}[language]]  # ... exactly
    assert letter.total_cents == OPEN_CENTS  # the costs are not due yet
    assert term in " ".join(block.text for block in letter.blocks)  # the shipped text says it too


def test_the_fourteen_day_letter_takes_another_wording_of_the_term() -> None:
    wording = "binnen vijftien dagen nadat deze brief bij u is bezorgd"
    letter = build(LetterKind.FOURTEEN_DAY_LETTER, term_text=wording)
    assert ("Betaaltermijn", wording) in letter.payment.rows
    assert letter.statement.announced_heading == f"Betaalt u niet {wording}, dan bent u daarnaast verschuldigd:"


def test_a_fourteen_day_letter_without_the_cost_amount_is_refused() -> None:
    with pytest.raises(LetterError) as raised:
        build(LetterKind.FOURTEEN_DAY_LETTER, claims=())
    assert raised.value.code == "collection_costs_missing"
    with pytest.raises(LetterError):
        build(LetterKind.FOURTEEN_DAY_LETTER, claims=(ClaimPart("Rente", 100),))


# --- the Belgian first reminder ------------------------------------------------------------------


@pytest.mark.parametrize(("language", "free", "creditor"), [
    (Language.NL, "Deze eerste herinnering is kosteloos.",
     "Schuldeiser: Atelier Lotte Peeters, ondernemingsnummer 0123.456.749."),
    (Language.EN, "This first reminder is free of charge.",
     "Creditor: Atelier Lotte Peeters, enterprise no. 0123.456.749."),
    (Language.FR, "Ce premier rappel est gratuit.",
     "Créancier : Atelier Lotte Peeters, numéro d'entreprise 0123.456.749."),
])
def test_the_first_reminder_says_what_book_xix_asks(language: Language, free: str, creditor: str) -> None:
    letter = build(LetterKind.FIRST_REMINDER, language, Country.BE)
    notices = letter.statement.notices
    assert notices[0] == free and notices[2] == creditor
    assert {Language.NL: "veertien", Language.EN: "fourteen", Language.FR: "quatorze"}[language] in notices[1]
    # balance due, invoice numbers with due dates, the damage clause's amount, not added
    assert [line.due_date for line in letter.statement.lines] == {
        Language.NL: ["31 okt 2026", "14 nov 2026"], Language.EN: ["31 Oct 2026", "14 Nov 2026"],
        Language.FR: ["31 oct. 2026", "14 nov. 2026"]}[language]
    assert letter.total_cents == OPEN_CENTS
    assert [claim.amount for claim in letter.statement.announced] == [
        {Language.NL: "€\xa0101,73", Language.EN: "€101.73", Language.FR: "101,73\xa0€"}[language]]
    assert letter.payment.reference.kind == ReferenceKind.STRUCTURED_BE


@pytest.mark.parametrize(("changes", "code"), [
    ({"claims": (ClaimPart("Kosten", 750),)}, "first_reminder_charges"),
    ({"profile": dataclasses.replace(PROFILES[Country.BE], registration_number="")}, "registration_missing"),
    ({"final_date": None}, "final_date_missing"),
    ({"final_date": date(2026, 12, 7)}, "final_date_too_early"),
])
def test_a_first_reminder_that_breaks_the_rules_is_refused(changes: dict, code: str) -> None:
    with pytest.raises(LetterError) as raised:
        build(LetterKind.FIRST_REMINDER, Language.NL, Country.BE, **changes)
    assert raised.value.code == code


# --- the user's text -----------------------------------------------------------------------------


def test_a_text_without_the_slots_still_gets_statement_and_payment_before_the_closing() -> None:
    template = MessageTemplate("Betreft {invoice_numbers}", "Geachte heer,\n\nBetaal a.u.b.\n\nGroet,\n\n{sender}")
    letter = build(LetterKind.PAYMENT_REMINDER, template=template)
    assert [b.kind for b in letter.blocks] == [BlockKind.TEXT, BlockKind.TEXT, BlockKind.STATEMENT,
                                               BlockKind.PAYMENT, BlockKind.TEXT, BlockKind.SIGNATURE]
    assert letter.subject == "Betreft 2026-014 en 2026-015"
    no_signature = MessageTemplate("S {client}", "Text only")
    assert [b.kind for b in build(LetterKind.STOP_WORK, template=no_signature).blocks] == [
        BlockKind.TEXT, BlockKind.STATEMENT, BlockKind.PAYMENT]


def test_the_statement_goes_before_a_payment_block_the_text_placed() -> None:
    template = MessageTemplate("S", "Hello,\n\n{payment_details}\n\n{payment_details}\n\nBye,\n\n{sender}")
    assert [b.kind for b in build(LetterKind.STOP_WORK, template=template).blocks] == [
        BlockKind.TEXT, BlockKind.STATEMENT, BlockKind.PAYMENT, BlockKind.TEXT, BlockKind.SIGNATURE]


def test_slots_inside_a_sentence_print_as_text() -> None:
    template = MessageTemplate("S", "Open: {invoice_list}\nPay to {payment_details}")
    text = build(LetterKind.STOP_WORK, template=template).blocks[0].text
    assert "2026-014" in text and "IBAN: NL91 ABNA 0417 1643 00" in text and "RF42 0007 2611 24" in text


def test_a_text_naming_a_final_date_needs_one() -> None:
    with pytest.raises(LetterError) as raised:
        build(LetterKind.PAYMENT_REMINDER, final_date=None)
    assert raised.value.code == "final_date_missing"
    letter = build(LetterKind.STOP_WORK, final_date=None)  # its text names none
    assert "Uiterlijk op" not in dict(letter.payment.rows)
    assert letter.statement.announced_heading == "Blijft betaling uit, dan komt daarbij:"


def test_a_broken_text_is_an_error_not_a_letter() -> None:
    with pytest.raises(TemplateError):
        build(LetterKind.STOP_WORK, template=MessageTemplate("S", "Dear {clinet},"))


@pytest.mark.parametrize(("changes", "code"), [
    ({"rows": []}, "no_invoices"),
    ({"rows": [InvoiceRow(Invoice(7, "X", date(2026, 9, 1), date(2026, 10, 1), 100, 0, currency="USD"), "B", 0)]},
     "currency_not_euro"),
    ({"rows": [InvoiceRow(Invoice(7, "X", date(2026, 9, 1), date(2026, 10, 1), 100, 0), "B", 100)], "claims": ()},
     "nothing_to_pay"),
])
def test_letters_that_cannot_be_paid_are_refused(changes: dict, code: str) -> None:
    with pytest.raises(LetterError) as raised:
        build(LetterKind.STOP_WORK, **changes)
    assert raised.value.code == code


def test_the_request_is_what_the_samples_build() -> None:
    request = sample_request(LetterKind.NOTICE_OF_DEFAULT, Language.NL)
    assert isinstance(request, LetterRequest)
    assert sum(row.open_cents for row in sample_rows(request.client)) == OPEN_CENTS
