"""Sample letters: a Dutch and a Belgian business writing to each kind of debtor.

For previews of a letter before the user has data of their own, for the screenshots in
packaging/, and for the tests, which check every kind in every language on the same facts.
The claim parts are worded here as the legal rules would word them; their amounts are
worked out by hand for these invoices (open € 1,234.56), not by the rules themselves.
"""

from __future__ import annotations

from datetime import date

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.letter_kinds import LetterKind
from debtordesk.core.letters import LetterRequest
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientKind,
    Contact,
    Country,
    Invoice,
    InvoiceRow,
    Language,
)

LETTER_DATE = date(2026, 11, 24)
#: Fourteen days after the letter; a first reminder's term starts on the third working
#: day after sending (Friday 27 November), so it runs at least until 10 December.
FINAL_DATE = date(2026, 12, 8)
FIRST_REMINDER_FINAL_DATE = date(2026, 12, 11)
#: A hand-over recalls the final date of the notice of default, which has passed.
HAND_OVER_FINAL_DATE = date(2026, 11, 20)

PROFILES = {
    Country.NL: BusinessProfile(
        name="Studio Marijke de Boer", street="Oudegracht 118", postcode="3511 AW", city="Utrecht",
        country=Country.NL, vat_number="NL000099998B57", registration_number="30123456",
        iban="NL91ABNA0417164300", bic="ABNANL2A", email="marijke@studiodeboer.example", phone="+31 30 123 45 67",
        signature="Marijke de Boer"),
    Country.BE: BusinessProfile(
        name="Atelier Lotte Peeters", street="Veldstraat 52", postcode="9000", city="Gent", country=Country.BE,
        vat_number="BE0123456749", registration_number="0123456749", iban="BE71096123456769", bic="GKCCBEBB",
        email="lotte@atelierpeeters.example", phone="+32 9 123 45 67", language=Language.NL,
        signature="Lotte Peeters"),
}

COMPANIES = {
    Country.NL: Client(name="Bakkerij Bos B.V.", street="Langestraat 8", postcode="3811 AB", city="Amersfoort",
                       country=Country.NL, id=7),
    Country.BE: Client(name="Drukkerij Maes BV", street="Meir 12", postcode="2000", city="Antwerpen",
                       country=Country.BE, id=7),
}
CONSUMERS = {
    Country.NL: Client(name="Zoë van Dijk", kind=ClientKind.CONSUMER, street="Kerkstraat 12", postcode="1017 GC",
                       city="Amsterdam", country=Country.NL, id=8),
    Country.BE: Client(name="Élodie Dubois", kind=ClientKind.CONSUMER, street="Rue Haute 42", postcode="1000",
                       city="Bruxelles", country=Country.BE, language=Language.FR, id=9),
}
CONTACT = Contact(client_id=7, name="Petra de Vries")

#: (label, working) per language for the sample claims.
_INTEREST = {
    Language.NL: ("Wettelijke handelsrente t/m 24 november 2026",
                  "10,15 % per jaar over € 710,00 van 1 november t/m 24 november 2026 (24 dagen)"),
    Language.EN: ("Statutory commercial interest to 24 November 2026",
                  "10.15% a year on €710.00 from 1 November to 24 November 2026 (24 days)"),
    Language.FR: ("Intérêts de retard jusqu'au 24 novembre 2026",
                  "10,15 % l'an sur 710,00 € du 1er novembre au 24 novembre 2026 (24 jours)"),
}
_COSTS = {
    Language.NL: ("Buitengerechtelijke incassokosten", "15 % over de hoofdsom van € 1.234,56"),
    Language.EN: ("Extrajudicial collection costs", "15% of the principal of €1,234.56"),
    Language.FR: ("Frais de recouvrement extrajudiciaires", "15 % du principal de 1 234,56 €"),
}
_DAMAGES = {
    Language.NL: ("Forfaitaire schadevergoeding", "€ 65,00 + 5 % van € 734,56 (het saldo boven € 500,00)"),
    Language.EN: ("Flat-rate damages", "€65.00 + 5% of €734.56 (the balance above €500.00)"),
    Language.FR: ("Indemnité forfaitaire", "65,00 € + 5 % de 734,56 € (le solde au-delà de 500,00 €)"),
}
INTEREST_CENTS = 474  # 710.00 × 10.15 % × 24/365, rounded half-up
COSTS_CENTS = 18518  # 15 % of 1,234.56 (Besluit BIK art. 2)
DAMAGES_CENTS = 10173  # 65.00 + 5 % of 734.56 (art. XIX.4 WER)


def sample_rows(client: Client) -> list[InvoiceRow]:
    """Two invoices, the first paid in part: € 710.00 + € 524.56 = € 1,234.56 open."""
    client_id = client.id or 0
    return [
        InvoiceRow(Invoice(client_id, "2026-014", date(2026, 10, 1), date(2026, 10, 31), 100000, 21000, id=14),
                   client.name, 50000),
        InvoiceRow(Invoice(client_id, "2026-015", date(2026, 10, 15), date(2026, 11, 14), 43352, 9104, id=15),
                   client.name, 0),
    ]


def sample_claims(kind: LetterKind, language: Language) -> tuple[ClaimPart, ...]:
    """What the legal rules would add: interest now and costs later, except for consumers."""
    if kind == LetterKind.FOURTEEN_DAY_LETTER:
        return (ClaimPart(_COSTS[language][0], COSTS_CENTS, (_COSTS[language][1],), due=False),)
    if kind == LetterKind.FIRST_REMINDER:
        return (ClaimPart(_DAMAGES[language][0], DAMAGES_CENTS, (_DAMAGES[language][1],), due=False),)
    interest = ClaimPart(_INTEREST[language][0], INTEREST_CENTS, (_INTEREST[language][1],))
    costs = ClaimPart(_COSTS[language][0], COSTS_CENTS, (_COSTS[language][1],),
                      due=kind == LetterKind.HAND_OVER)
    return (interest, costs)


def sample_request(kind: LetterKind, language: Language, creditor: Country = Country.NL, *,
                   registered: bool | None = None) -> LetterRequest:
    """A letter of ``kind`` from the sample business in ``creditor``'s country.

    The 14-day letter goes to a Dutch consumer, the first reminder to a Belgian one; the
    other kinds to a company in the creditor's country. A notice of default is registered
    unless ``registered`` says otherwise.
    """
    kind = LetterKind(kind)
    if kind == LetterKind.FOURTEEN_DAY_LETTER:
        client, contact = CONSUMERS[Country.NL], None
    elif kind == LetterKind.FIRST_REMINDER:
        client, contact = CONSUMERS[Country.BE], None
    else:
        client, contact = COMPANIES[creditor], CONTACT
    final_date = {LetterKind.FIRST_REMINDER: FIRST_REMINDER_FINAL_DATE,
                  LetterKind.HAND_OVER: HAND_OVER_FINAL_DATE}.get(kind, FINAL_DATE)
    return LetterRequest(
        kind=kind, language=Language(language), profile=PROFILES[creditor], client=client, contact=contact,
        rows=sample_rows(client), letter_date=LETTER_DATE, final_date=final_date,
        claims=sample_claims(kind, Language(language)),
        registered=kind == LetterKind.NOTICE_OF_DEFAULT if registered is None else registered)
