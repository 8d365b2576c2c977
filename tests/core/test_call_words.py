"""What is said to the client on the phone, and the closing summary, in nl, en and fr."""

from __future__ import annotations

import dataclasses
import string
from datetime import date, datetime

import pytest

from debtordesk.core.call import DisputeTerms, Instalment, InvoiceAgreement, PromiseTerms
from debtordesk.core.call_words import _WORDS, awareness_questions, closing_summary, opening_lines
from debtordesk.core.model import Contact, Invoice, InvoiceRow, Language

#: Monday 2 March 2026: "tomorrow" is Tuesday the 3rd.
TODAY = date(2026, 3, 2)
TOMORROW = date(2026, 3, 3)
NBSP, NNBSP = "\u00a0", "\u202f"


def row(invoice_id: int, number: str, total_cents: int, paid_cents: int = 0) -> InvoiceRow:
    invoice = Invoice(7, number, date(2026, 1, 10), date(2026, 2, 9), total_cents, 0, id=invoice_id)
    return InvoiceRow(invoice, "Bakkerij Bos B.V.", paid_cents)


ROWS = [
    row(1, "2026-014", 120000),
    row(2, "2026-015", 150000, paid_cents=25000),  # 1,250.00 open
    row(3, "2026-021", 80000),
    row(4, "2026-030", 125000),
    row(5, "2026-031", 120000),
]
#: The design's example: two invoices in full tomorrow, a third on 12 March.
EXAMPLE = [
    InvoiceAgreement(2, promise=PromiseTerms(125000, TOMORROW)),
    InvoiceAgreement(3, promise=PromiseTerms(80000, date(2026, 3, 12))),
    InvoiceAgreement(1, promise=PromiseTerms(120000, TOMORROW)),
]


def summary(language: Language, agreements: list[InvoiceAgreement], *, spoken: bool = True, **changes) -> str:
    arguments: dict = dict(agreements=agreements, rows=ROWS, today=TODAY, contact_name="", new_contact=None,
                           follow_up_on=None, spoken=spoken)
    return closing_summary(language, **(arguments | changes))


def lines(language: Language, agreements: list[InvoiceAgreement], **changes) -> list[str]:
    """The spoken summary's sentences after the lead."""
    return summary(language, agreements, spoken=True, **changes).split("\n")[1:]


# --- the design's example sentence -------------------------------------------------------------


def test_the_example_in_english() -> None:
    # babel writes the Irish-English euro amount without a space, and a spoken date has its weekday.
    assert lines(Language.EN, EXAMPLE) == [
        "You pay invoices 2026-014 and 2026-015, together €2,450.00, tomorrow, "
        "and invoice 2026-021 on Thursday 12 March."
    ]


def test_the_example_in_dutch() -> None:
    assert lines(Language.NL, EXAMPLE) == [
        f"U betaalt de facturen 2026-014 en 2026-015, samen €{NBSP}2.450,00, morgen, "
        "en factuur 2026-021 op donderdag 12 maart."
    ]


def test_the_example_in_french() -> None:
    assert lines(Language.FR, EXAMPLE) == [
        f"Vous payez les factures 2026-014 et 2026-015, soit 2{NNBSP}450,00{NBSP}€ au total, demain, "
        "et la facture 2026-021 le jeudi 12 mars."
    ]


def test_the_example_written_for_the_email() -> None:
    assert summary(Language.EN, EXAMPLE, spoken=False) == (
        "Summary of our phone call of 2 March 2026. "
        "You pay invoices 2026-014 and 2026-015, together €2,450.00, on 3 March 2026, "
        "and invoice 2026-021 on 12 March 2026."
    )


def test_one_group_alone_and_three_groups() -> None:
    assert lines(Language.EN, EXAMPLE[1:2]) == ["You pay invoice 2026-021 on Thursday 12 March."]
    three = [*EXAMPLE, InvoiceAgreement(4, promise=PromiseTerms(125000, TODAY))]
    assert lines(Language.EN, three) == [
        "You pay invoice 2026-030 today, invoices 2026-014 and 2026-015, together €2,450.00, tomorrow, "
        "and invoice 2026-021 on Thursday 12 March."
    ]


# --- partial promises, plans, disputes ----------------------------------------------------------


def test_a_partial_promise_names_its_amount_and_what_stays_open() -> None:
    partial = [InvoiceAgreement(3, promise=PromiseTerms(50000, date(2026, 3, 6)))]
    assert lines(Language.EN, partial) == [
        "You pay €500.00 of invoice 2026-021 on Friday 6 March; the remaining €300.00 stays open for now."
    ]
    assert lines(Language.NL, partial) == [
        f"U betaalt €{NBSP}500,00 van factuur 2026-021 op vrijdag 6 maart; "
        f"de resterende €{NBSP}300,00 blijft voorlopig openstaan."
    ]


def test_a_partial_promise_comes_after_the_invoices_paid_in_full() -> None:
    agreements = [InvoiceAgreement(3, promise=PromiseTerms(50000, TOMORROW)), *EXAMPLE[:1]]
    assert lines(Language.EN, agreements) == [
        "You pay invoice 2026-015 tomorrow.",
        "You pay €500.00 of invoice 2026-021 tomorrow; the remaining €300.00 stays open for now.",
    ]


PLAN = InvoiceAgreement(4, plan=(Instalment(40000, date(2026, 4, 1)), Instalment(45000, date(2026, 6, 1)),
                                 Instalment(40000, date(2026, 5, 1))))


def test_a_plan_lists_its_instalments_in_date_order() -> None:
    assert lines(Language.EN, [PLAN]) == [
        "For invoice 2026-030 you pay in 3 instalments: €400.00 on Wednesday 1 April, "
        "€400.00 on Friday 1 May and €450.00 on Monday 1 June."
    ]
    assert lines(Language.FR, [PLAN]) == [
        f"Vous payez la facture 2026-030 en 3 versements : 400,00{NBSP}€ le mercredi 1er avril, "
        f"400,00{NBSP}€ le vendredi 1er mai et 450,00{NBSP}€ le lundi 1er juin."
    ]
    assert summary(Language.NL, [PLAN], spoken=False).endswith(
        f"Factuur 2026-030 betaalt u in 3 termijnen: €{NBSP}400,00 op 1 april 2026, "
        f"€{NBSP}400,00 op 1 mei 2026 en €{NBSP}450,00 op 1 juni 2026."
    )


def dispute(disputed_cents: int | None) -> DisputeTerms:
    return DisputeTerms(reason="the logo colours are not as agreed.", we_do="send a new proof",
                        we_by=date(2026, 3, 5), they_do="approve the proof", they_by=TOMORROW,
                        disputed_cents=disputed_cents)


def test_a_partial_dispute_without_a_promise_says_the_rest_is_paid_as_agreed() -> None:
    assert lines(Language.EN, [InvoiceAgreement(5, dispute=dispute(30000))]) == [
        "You contest €300.00 of invoice 2026-031: the logo colours are not as agreed.",
        "What I do, by Thursday 5 March: send a new proof.",
        "What you do, by tomorrow: approve the proof.",
        "The remaining €900.00 of invoice 2026-031 is to be paid as agreed.",
    ]


def test_a_partial_dispute_with_a_promise_of_the_rest() -> None:
    agreement = InvoiceAgreement(5, promise=PromiseTerms(90000, date(2026, 3, 6)), dispute=dispute(30000))
    assert lines(Language.EN, [agreement])[-1] == (
        "You pay the remaining €900.00 of invoice 2026-031 on Friday 6 March.")
    written = summary(Language.NL, [agreement], spoken=False)
    assert f"U betwist €{NBSP}300,00 van factuur 2026-031: the logo colours are not as agreed." in written
    assert "Wat ik doe, uiterlijk 5 maart 2026: send a new proof." in written
    assert "Wat u doet, uiterlijk 3 maart 2026: approve the proof." in written
    assert written.endswith(f"De resterende €{NBSP}900,00 van factuur 2026-031 betaalt u op 6 maart 2026.")


def test_a_partial_dispute_with_a_plan_for_the_rest() -> None:
    agreement = InvoiceAgreement(5, plan=(Instalment(45000, TOMORROW), Instalment(45000, date(2026, 4, 2))),
                                 dispute=dispute(30000))
    assert lines(Language.EN, [agreement])[-1] == (
        "For the remaining €900.00 of invoice 2026-031 you pay in 2 instalments: €450.00 tomorrow "
        "and €450.00 on Thursday 2 April."
    )


def test_a_partial_dispute_with_a_partial_promise() -> None:
    agreement = InvoiceAgreement(5, promise=PromiseTerms(50000, TOMORROW), dispute=dispute(30000))
    assert lines(Language.EN, [agreement])[-1] == (
        "You pay €500.00 of invoice 2026-031 tomorrow; the remaining €400.00 stays open for now."
    )


def test_a_whole_dispute_without_deadlines() -> None:
    terms = DisputeTerms(reason="not what was ordered", we_do="look into the order", we_by=None,
                         they_do="send the order confirmation", they_by=None)
    assert lines(Language.FR, [InvoiceAgreement(5, dispute=terms)]) == [
        "Vous contestez la facture 2026-031 : not what was ordered.",
        "De mon côté : look into the order.",
        "De votre côté : send the order confirmation.",
    ]


# --- new contact, follow-up, nothing agreed ----------------------------------------------------


def test_a_new_contact_and_the_follow_up() -> None:
    said = lines(Language.EN, EXAMPLE[:1], new_contact=Contact(7, "Jan Bakker"), follow_up_on=date(2026, 3, 4))
    assert said[-2:] == ["From now on I will contact Jan Bakker about payments.",
                         "I will check in on Wednesday 4 March."]
    nl = lines(Language.NL, EXAMPLE[:1], new_contact=Contact(7, "Jan Bakker"), follow_up_on=TOMORROW)
    assert nl[-2:] == ["Voortaan neem ik voor betalingen contact op met Jan Bakker.",
                       "Ik kijk morgen hoe het ervoor staat."]
    fr = lines(Language.FR, EXAMPLE[:1], new_contact=Contact(7, "Jan Bakker"), follow_up_on=TODAY)
    assert fr[-2:] == ["Désormais, je m'adresserai à Jan Bakker pour les paiements.",
                       "Je ferai le point aujourd'hui."]


def test_no_agreement_says_what_happens_next() -> None:
    empty = [InvoiceAgreement(1)]  # an invoice talked about without an agreement
    assert lines(Language.EN, empty, follow_up_on=date(2026, 3, 9)) == [
        "We have not agreed on a payment yet.", "I will get back to you on Monday 9 March."]
    assert summary(Language.NL, [], spoken=False, follow_up_on=date(2026, 3, 9), contact_name="Petra de Vries") == (
        "Samenvatting van ons telefoongesprek van 2 maart 2026 met Petra de Vries. "
        "We hebben nog geen betaling afgesproken. Ik neem op 9 maart 2026 weer contact met u op."
    )
    assert lines(Language.FR, [], follow_up_on=TOMORROW) == [
        "Nous n'avons pas encore convenu d'un paiement.", "Je vous recontacterai demain."]


def test_the_lead_names_the_contact() -> None:
    assert summary(Language.EN, [], contact_name=" Petra ").split("\n")[0] == "Thank you, Petra. Let me sum up."
    assert summary(Language.EN, []).split("\n")[0] == "Thank you. Let me sum up."
    assert summary(Language.FR, [], spoken=False, contact_name="Petra") == (
        "Récapitulatif de notre entretien téléphonique du 2 mars 2026 avec Petra. "
        "Nous n'avons pas encore convenu d'un paiement.")


def test_an_agreement_about_an_unknown_invoice_is_refused() -> None:
    with pytest.raises(ValueError, match="99"):
        summary(Language.EN, [InvoiceAgreement(99, promise=PromiseTerms(100, TOMORROW))])


# --- dates and amounts per language -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "spoken_today", "spoken_tomorrow", "spoken_later", "written"),
    [
        (Language.NL, "vandaag", "morgen", "op vrijdag 27 november", "op 27 november 2026"),
        (Language.EN, "today", "tomorrow", "on Friday 27 November", "on 27 November 2026"),
        (Language.FR, "aujourd'hui", "demain", "le vendredi 27 novembre", "le 27 novembre 2026"),
    ],
)
def test_spoken_and_written_dates(language: Language, spoken_today: str, spoken_tomorrow: str,
                                  spoken_later: str, written: str) -> None:
    def said(day: date, today: date, spoken: bool) -> str:
        return summary(language, [InvoiceAgreement(1, promise=PromiseTerms(120000, day))], today=today,
                       spoken=spoken)

    friday = date(2026, 11, 27)
    assert spoken_today in said(friday, friday, True)
    assert spoken_tomorrow in said(friday, date(2026, 11, 26), True)
    assert spoken_later in said(friday, date(2026, 11, 23), True)
    for today in (friday, date(2026, 11, 26), date(2026, 11, 23)):
        text = said(friday, today, False)
        assert written in text and spoken_today not in text and spoken_tomorrow not in text


def test_french_writes_the_first_of_the_month_as_1er() -> None:
    first = [InvoiceAgreement(1, promise=PromiseTerms(120000, date(2026, 12, 1)))]
    assert "le 1er décembre 2026" in summary(Language.FR, first, spoken=False)
    assert "le mardi 1er décembre" in summary(Language.FR, first)
    assert "op 1 december 2026" in summary(Language.NL, first, spoken=False)
    eleventh = [InvoiceAgreement(1, promise=PromiseTerms(120000, date(2026, 12, 11)))]
    assert "le 11 décembre 2026" in summary(Language.FR, eleventh, spoken=False)


@pytest.mark.parametrize(("language", "amount"), [(Language.NL, f"€{NBSP}2.450,00"), (Language.EN, "€2,450.00"),
                                                  (Language.FR, f"2{NNBSP}450,00{NBSP}€")])
def test_euro_amounts_as_babel_writes_them_per_language(language: Language, amount: str) -> None:
    assert amount in summary(language, EXAMPLE)
    assert amount in opening_lines(language, now=datetime(2026, 3, 2, 10), caller="Anna", business="Studio",
                                   contact="", invoice_numbers=["1", "2"], open_cents=245000,
                                   due_dates=[date(2026, 2, 9)])[2]


def test_another_currency_is_named() -> None:
    rows = [dataclasses.replace(r, invoice=dataclasses.replace(r.invoice, currency="GBP")) for r in ROWS]
    assert "£2,450.00" in summary(Language.EN, EXAMPLE, rows=rows)


# --- opening lines and awareness questions ------------------------------------------------------


def test_opening_lines_in_dutch() -> None:
    assert opening_lines(Language.NL, now=datetime(2026, 11, 23, 10, 5), caller="Anna Jansen",
                         business="Studio Jansen", contact="mevrouw De Vries", invoice_numbers=["2026-014"],
                         open_cents=125000, due_dates=[date(2026, 10, 1)]) == [
        "Goedemorgen mevrouw De Vries, u spreekt met Anna Jansen van Studio Jansen.",
        "Heeft u even een moment?",
        f"Ik bel even over factuur 2026-014 van €{NBSP}1.250,00, die op 1 oktober vervallen is.",
        "Ik zie de betaling nog niet binnen, en ik wilde even horen of alles goed is aangekomen.",
    ]


def test_opening_lines_in_french_for_several_invoices() -> None:
    assert opening_lines(Language.FR, now=datetime(2026, 11, 23, 14), caller="Anna Jansen",
                         business="Studio Jansen", contact="Madame Dubois", invoice_numbers=["2026-014", "2026-015"],
                         open_cents=245000, due_dates=[date(2026, 10, 15), date(2026, 10, 1), date(2026, 10, 1)]) == [
        "Bonjour Madame Dubois, ici Anna Jansen, de Studio Jansen.",
        "Vous avez un petit moment ?",
        f"Je vous appelle au sujet des factures 2026-014 et 2026-015, d'un total de 2{NNBSP}450,00{NBSP}€, "
        "arrivées à échéance le 1er octobre et le 15 octobre.",
        "Je ne vois pas encore le paiement, et je voulais simplement vérifier que tout vous est bien parvenu.",
    ]


@pytest.mark.parametrize(("hour", "nl", "en", "fr"), [(9, "Goedemorgen", "Good morning", "Bonjour"),
                                                      (11, "Goedemorgen", "Good morning", "Bonjour"),
                                                      (12, "Goedemiddag", "Good afternoon", "Bonjour"),
                                                      (15, "Goedemiddag", "Good afternoon", "Bonjour"),
                                                      (18, "Goedenavond", "Good evening", "Bonsoir")])
def test_the_greeting_follows_the_clock(hour: int, nl: str, en: str, fr: str) -> None:
    for language, greeting in ((Language.NL, nl), (Language.EN, en), (Language.FR, fr)):
        first = opening_lines(language, now=datetime(2026, 11, 23, hour), caller="Anna", business="Studio",
                              contact="", invoice_numbers=["1"], open_cents=100, due_dates=[date(2026, 10, 1)])[0]
        assert first.startswith(f"{greeting}, ")


def test_a_due_date_in_an_earlier_year_is_said_with_its_year() -> None:
    said = opening_lines(Language.EN, now=datetime(2026, 1, 12, 10), caller="Anna", business="Studio",
                         contact="Petra", invoice_numbers=["2025-090"], open_cents=100,
                         due_dates=[date(2025, 12, 1)])
    assert said[0] == "Good morning Petra, this is Anna from Studio."
    assert said[2] == "I'm calling about invoice 2025-090 for €1.00, which was due on 1 December 2025."


@pytest.mark.parametrize(("numbers", "due_dates"), [([], [date(2026, 1, 1)]), (["1"], [])])
def test_opening_lines_need_an_invoice_and_its_due_date(numbers: list[str], due_dates: list[date]) -> None:
    with pytest.raises(ValueError):
        opening_lines(Language.EN, now=datetime(2026, 1, 12, 10), caller="Anna", business="Studio", contact="",
                      invoice_numbers=numbers, open_cents=0, due_dates=due_dates)


def test_awareness_questions() -> None:
    assert awareness_questions(Language.EN) == ["Did you receive the invoice all right?",
                                                "Were you aware that it is still open?"]
    assert awareness_questions("nl", invoices=2) == ["Heeft u de facturen goed ontvangen?",
                                                     "Is het bij u bekend dat die nog openstaan?"]
    assert awareness_questions(Language.FR, invoices=3)[1] == (
        "Saviez-vous qu'elles sont toujours en attente de paiement ?")


# --- the words themselves ----------------------------------------------------------------------

#: Words a language may leave empty, with why.
OPTIONAL = {"first_day"}  # only French writes the first of a month differently


def _fields(pattern: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}


def test_every_language_has_every_word() -> None:
    assert set(_WORDS) == set(Language)
    for language, words in _WORDS.items():
        for field in dataclasses.fields(words):
            value = getattr(words, field.name)
            assert isinstance(value, str), (language, field.name)
            assert value.strip() or field.name in OPTIONAL, (language, field.name)


@pytest.mark.parametrize("language", [Language.NL, Language.FR])
def test_every_word_fills_the_same_fields_as_english(language: Language) -> None:
    english, words = _WORDS[Language.EN], _WORDS[language]
    for field in dataclasses.fields(words):
        assert _fields(getattr(words, field.name)) == _fields(getattr(english, field.name)), field.name


def test_the_email_leaves_the_lead_to_its_template() -> None:
    """The summary email's template thanks and titles itself; the agreement text starts with the agreement."""
    row = InvoiceRow(Invoice(1, "2026-049", date(2026, 9, 18), date(2026, 10, 18), 4688_75, 0, id=1), "Jansen", 0)
    agreement = InvoiceAgreement(1, PromiseTerms(4688_75, date(2026, 11, 25)))
    text = closing_summary(Language.NL, agreements=[agreement], rows=[row], today=date(2026, 11, 24),
                           contact_name="Henk Jansen", follow_up_on=date(2026, 11, 26), spoken=False, lead=False)
    assert text == "U betaalt factuur 2026-049 op 25 november 2026. Ik kijk op 26 november 2026 hoe het ervoor staat."
