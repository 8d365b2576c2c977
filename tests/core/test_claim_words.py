"""The working in words: labels and lines in Dutch, English and French, amounts in each language's style."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtordesk.core.claim_words import WORDS, costs_part, interest_part
from debtordesk.core.collection_costs import CostsMethod, collection_costs
from debtordesk.core.interest import DebtorType, statutory_interest
from debtordesk.core.model import Country, Language
from debtordesk.core.rates import RateBook, load_rate_book

NL, BE = Country.NL, Country.BE
BUSINESS, CONSUMER = DebtorType.BUSINESS, DebtorType.CONSUMER


@pytest.fixture(scope="module")
def rates() -> RateBook:
    return load_rate_book()


def plain(text: str) -> str:
    """Babel's no-break spaces as plain spaces, so expectations stay readable."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def lines(part_working: tuple[str, ...]) -> list[str]:
    return [plain(line) for line in part_working]


def test_the_label_names_the_rate_and_the_dates(rates: RateBook) -> None:
    w = statutory_interest(NL, BUSINESS, 100_000, date(2026, 3, 1), date(2026, 11, 24), rates)
    assert interest_part(w, Language.NL).label == "Wettelijke handelsrente van 1 maart 2026 t/m 24 november 2026"
    assert interest_part(w, Language.EN).label == (
        "Statutory commercial interest from 1 March 2026 to 24 November 2026 inclusive")
    assert interest_part(w, Language.FR).label == "Intérêts légaux commerciaux du 1 mars 2026 au 24 novembre 2026 inclus"


def test_one_line_per_period_in_each_language(rates: RateBook) -> None:
    # June 2024 at 12.50 % -> 10.27, July at 12.25 % -> 10.40 (worked in test_interest)
    w = statutory_interest(NL, BUSINESS, 100_000, date(2024, 6, 1), date(2024, 7, 31), rates)
    nl = interest_part(w, Language.NL)
    assert nl.amount_cents == 2067 and nl.due
    assert lines(nl.working) == [
        "1 juni 2024 t/m 30 juni 2024 (30 dagen): € 1.000,00 × 12,5% × 30/365 = € 10,27",
        "1 juli 2024 t/m 31 juli 2024 (31 dagen): € 1.000,00 × 12,25% × 31/365 = € 10,40",
    ]
    assert lines(interest_part(w, Language.EN).working)[0] == (
        "1 June 2024 to 30 June 2024 (30 days): €1,000.00 × 12.5% × 30/365 = €10.27")
    assert lines(interest_part(w, Language.FR).working)[1] == (
        "du 1 juillet 2024 au 31 juillet 2024 (31 jours) : 1 000,00 € × 12,25 % × 31/365 = 10,40 €")


def test_capitalisations_and_payments_have_their_own_lines_in_date_order(rates: RateBook) -> None:
    # 1,000 at 8 % from 1-1-2017, 100 paid on 30-6-2017, to 1-1-2018:
    # 1,000 × 8 % × 181/365 = 39.67; 900 × 8 % × 184/365 = 36.30; 39.67 + 36.30 = 75.97 capitalised;
    # 975.97 × 8 % × 1/365 = 0.2139 -> 0.21
    w = statutory_interest(NL, BUSINESS, 100_000, date(2017, 1, 1), date(2018, 1, 1), rates,
                           payments=[(date(2017, 6, 30), 10_000)])
    assert lines(interest_part(w, Language.EN).working) == [
        "1 January 2017 to 30 June 2017 (181 days): €1,000.00 × 8% × 181/365 = €39.67",
        "30 June 2017: payment of €100.00; the base is lower from 1 July 2017",
        "1 July 2017 to 31 December 2017 (184 days): €900.00 × 8% × 184/365 = €36.30",
        "1 January 2018: the past year's interest (€75.97) added to the principal; new base €975.97",
        "1 January 2018 (1 day): €975.97 × 8% × 1/365 = €0.21",
    ]
    assert lines(interest_part(w, Language.NL).working)[3] == (
        "1 januari 2018: rente van het afgelopen jaar (€ 75,97) bij de hoofdsom geteld; nieuwe grondslag € 975,97")


def test_belgian_labels(rates: RateBook) -> None:
    first, last = date(2024, 1, 1), date(2024, 1, 31)
    business = statutory_interest(BE, BUSINESS, 100_000, first, last, rates)
    consumer = statutory_interest(BE, CONSUMER, 100_000, first, last, rates)
    agreed = statutory_interest(BE, CONSUMER, 100_000, first, last, rates, agreed_percent=Decimal(9))
    assert interest_part(business, Language.NL).label.startswith("Verwijlinterest (wet van 2 augustus 2002) van")
    assert interest_part(consumer, Language.FR).label.startswith("Intérêts au taux légal du 1 janvier 2024")
    assert interest_part(agreed, Language.EN).label.startswith("Agreed interest (capped at the rate")


def test_an_empty_working_has_no_lines(rates: RateBook) -> None:
    w = statutory_interest(NL, CONSUMER, 100_000, date(2024, 3, 2), date(2024, 3, 1), rates)
    part = interest_part(w, Language.NL)
    assert (part.label, part.amount_cents, part.working) == ("Wettelijke rente", 0, ())


def test_wik_costs_in_words() -> None:
    # 2,500 × 15 % = 375; 700 × 10 % = 70; 375 + 70 = 445
    part = costs_part(collection_costs(NL, CONSUMER, 3_200_00), Language.NL)
    assert part.label == "Buitengerechtelijke incassokosten (Besluit BIK)"
    assert part.amount_cents == 445_00 and part.due
    assert lines(part.working) == [
        "15% over € 2.500,00 (deel tot € 2.500,00) = € 375,00",
        "10% over € 700,00 (deel van € 2.500,00 tot € 5.000,00) = € 70,00",
    ]


def test_an_exact_tier_shows_all_its_decimals() -> None:
    # 2,500.01: 0.01 × 10 % = 0.001
    part = costs_part(collection_costs(NL, CONSUMER, 2_500_01), Language.EN)
    assert lines(part.working)[1] == "10% of €0.01 (the part from €2,500.00 to €5,000.00) = €0.001"


def test_minimum_and_maximum_are_said() -> None:
    # 100 × 15 % = 15 < 40
    low = costs_part(collection_costs(NL, CONSUMER, 100_00), Language.NL)
    assert lines(low.working)[-1] == "Berekend € 15,00; het minimum van € 40,00 geldt"
    # 2,775 + 800,000.01 × 0.5 % = 6,775.00005 > 6,775
    high = costs_part(collection_costs(NL, CONSUMER, 1_000_000_01), Language.EN)
    assert lines(high.working)[-1] == "Computed €6,775.00005; the maximum of €6,775.00 applies"
    assert high.amount_cents == 6_775_00


def test_flat_amounts_per_invoice() -> None:
    # 40 × 3 = 120
    part = costs_part(collection_costs(BE, BUSINESS, 5_000_00, invoices=3), Language.NL)
    assert part.label == "Forfaitaire vergoeding (art. 6 WBH)"
    assert lines(part.working) == ["€ 40,00 × 3 facturen = € 120,00"]
    one = costs_part(collection_costs(NL, BUSINESS, 5_000_00), Language.EN)
    assert one.label == "Compensation for recovery costs (art. 6:96(4) Dutch Civil Code)"
    assert lines(one.working) == ["€40.00 × 1 invoice = €40.00"]


def test_book_xix_in_words() -> None:
    # 65 + (1,000 - 500) × 5 % = 65 + 25 = 90
    part = costs_part(collection_costs(BE, CONSUMER, 1_000_00), Language.NL)
    assert part.label == "Schadebeding (boek XIX WER)" and part.amount_cents == 90_00
    assert lines(part.working) == ["Vast bedrag: € 65,00", "5% over € 500,00 (deel boven € 500,00) = € 25,00"]
    fr = costs_part(collection_costs(BE, CONSUMER, 300_00), Language.FR)
    # 30 + (300 - 150) × 10 % = 45
    assert fr.label == "Clause pénale (livre XIX du Code de droit économique)"
    assert lines(fr.working) == ["Montant fixe : 30,00 €", "10 % de 150,00 € (tranche de 150,00 € à 500,00 €) = 15,00 €"]


def test_announced_costs_say_when_they_become_due() -> None:
    announced = costs_part(collection_costs(NL, CONSUMER, 3_200_00), Language.NL, due=False)
    assert not announced.due
    assert announced.working[-1] == "Verschuldigd als niet binnen 14 dagen na ontvangst van de aanmaning is betaald"
    waiting = costs_part(collection_costs(BE, CONSUMER, 3_200_00), Language.EN, due=False)
    assert waiting.working[-1] == "Due if not paid within the term of the first reminder"
    # Costs due at once have no condition to state.
    assert costs_part(collection_costs(NL, BUSINESS, 1_00), Language.NL, due=False).working == (
        "€\u00a040,00 × 1 factuur = €\u00a040,00",)


@pytest.mark.parametrize("language", list(Language))
def test_every_language_has_every_word(language: Language) -> None:
    words = WORDS[language]
    assert set(words.interest) == {"nl_commercial", "nl_statutory", "be_commercial", "be_statutory", "agreed"}
    assert set(words.costs) == {(CostsMethod.WIK_SCALE, NL), (CostsMethod.FLAT, NL), (CostsMethod.FLAT, BE),
                                (CostsMethod.BOOK_XIX, BE)}
    for country in (NL, BE):
        for debtor in (BUSINESS, CONSUMER):
            for wik in (False, True):
                part = costs_part(collection_costs(country, debtor, 3_200_00, wik_terms=wik), language, due=False)
                assert part.label and part.working
