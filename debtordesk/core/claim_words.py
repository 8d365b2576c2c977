"""Interest and collection costs written out for a letter, in Dutch, English or French.

A letter must let the debtor check the figures (legal.md A.1: the exact costs; D.1, D.2:
every amount broken down), so the working of ``interest`` and ``collection_costs`` becomes
a ``ClaimPart``: a label, the amount and one line per period or tier. Amounts, dates and
percentages follow the language's style through babel; the words in between are letter
text (like the templates), kept per language in the tables below, not Qt strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.collection_costs import CostsCondition, CostsMethod, CostsTier, CostsWorking
from debtordesk.core.formatting import locale_for
from debtordesk.core.interest import InterestWorking
from debtordesk.core.model import Country, Language
from debtordesk.core.money import Cents, to_decimal


@dataclass(frozen=True)
class _Words:
    interest: dict[str, str]  # rate table name (or "agreed") -> label
    span: str  # label, first, last
    days: tuple[str, str]  # one day, several days (field: n)
    period: str  # when, days, base, percent, n, amount
    until: str  # start, end
    capitalised: str  # on, added, base
    payment: str  # on, amount, next
    costs: dict[tuple[CostsMethod, Country], str]
    invoices: tuple[str, str]  # one invoice, several
    flat: str  # each, n, invoices, total
    tier_first: str  # percent, base, high, amount
    tier: str  # percent, base, low, high, amount
    tier_open: str  # percent, base, low, amount
    fixed: str  # amount
    minimum: str  # exact, bound
    maximum: str  # exact, bound
    condition: dict[CostsCondition, str]


_AGREED = "agreed"

WORDS: dict[Language, _Words] = {
    Language.NL: _Words(
        interest={"nl_commercial": "Wettelijke handelsrente", "nl_statutory": "Wettelijke rente",
                  "be_commercial": "Verwijlinterest (wet van 2 augustus 2002)", "be_statutory": "Wettelijke interest",
                  _AGREED: "Overeengekomen interest (ten hoogste de rentevoet van de wet van 2 augustus 2002)"},
        span="{label} van {first} t/m {last}",
        days=("1 dag", "{n} dagen"),
        period="{when} ({days}): {base} × {percent} × {n}/365 = {amount}",
        until="{start} t/m {end}",
        capitalised="{on}: rente van het afgelopen jaar ({added}) bij de hoofdsom geteld; nieuwe grondslag {base}",
        payment="{on}: betaling van {amount}; de grondslag is lager vanaf {next}",
        costs={(CostsMethod.WIK_SCALE, Country.NL): "Buitengerechtelijke incassokosten (Besluit BIK)",
               (CostsMethod.FLAT, Country.NL): "Vergoeding incassokosten (art. 6:96 lid 4 BW)",
               (CostsMethod.FLAT, Country.BE): "Forfaitaire vergoeding (art. 6 WBH)",
               (CostsMethod.BOOK_XIX, Country.BE): "Schadebeding (boek XIX WER)"},
        invoices=("factuur", "facturen"),
        flat="{each} × {n} {invoices} = {total}",
        tier_first="{percent} over {base} (deel tot {high}) = {amount}",
        tier="{percent} over {base} (deel van {low} tot {high}) = {amount}",
        tier_open="{percent} over {base} (deel boven {low}) = {amount}",
        fixed="Vast bedrag: {amount}",
        minimum="Berekend {exact}; het minimum van {bound} geldt",
        maximum="Berekend {exact}; het maximum van {bound} geldt",
        condition={CostsCondition.AFTER_FOURTEEN_DAY_LETTER:
                   "Verschuldigd als niet binnen 14 dagen na ontvangst van de aanmaning is betaald",
                   CostsCondition.AFTER_WAITING_PERIOD:
                   "Verschuldigd als niet binnen de termijn van de eerste herinnering is betaald"},
    ),
    Language.EN: _Words(
        interest={"nl_commercial": "Statutory commercial interest", "nl_statutory": "Statutory interest",
                  "be_commercial": "Late-payment interest (Belgian Act of 2 August 2002)",
                  "be_statutory": "Statutory interest",
                  _AGREED: "Agreed interest (capped at the rate of the Belgian Act of 2 August 2002)"},
        span="{label} from {first} to {last} inclusive",
        days=("1 day", "{n} days"),
        period="{when} ({days}): {base} × {percent} × {n}/365 = {amount}",
        until="{start} to {end}",
        capitalised="{on}: the past year's interest ({added}) added to the principal; new base {base}",
        payment="{on}: payment of {amount}; the base is lower from {next}",
        costs={(CostsMethod.WIK_SCALE, Country.NL): "Extrajudicial collection costs (Dutch BIK Decree)",
               (CostsMethod.FLAT, Country.NL): "Compensation for recovery costs (art. 6:96(4) Dutch Civil Code)",
               (CostsMethod.FLAT, Country.BE):
                   "Fixed compensation for recovery costs (art. 6 Belgian Act of 2 August 2002)",
               (CostsMethod.BOOK_XIX, Country.BE): "Damages clause (Book XIX Belgian Code of Economic Law)"},
        invoices=("invoice", "invoices"),
        flat="{each} × {n} {invoices} = {total}",
        tier_first="{percent} of {base} (the part up to {high}) = {amount}",
        tier="{percent} of {base} (the part from {low} to {high}) = {amount}",
        tier_open="{percent} of {base} (the part above {low}) = {amount}",
        fixed="Fixed amount: {amount}",
        minimum="Computed {exact}; the minimum of {bound} applies",
        maximum="Computed {exact}; the maximum of {bound} applies",
        condition={CostsCondition.AFTER_FOURTEEN_DAY_LETTER:
                   "Due if not paid within 14 days after receipt of the reminder",
                   CostsCondition.AFTER_WAITING_PERIOD: "Due if not paid within the term of the first reminder"},
    ),
    Language.FR: _Words(
        interest={"nl_commercial": "Intérêts légaux commerciaux", "nl_statutory": "Intérêts au taux légal",
                  "be_commercial": "Intérêts de retard (loi du 2 août 2002)", "be_statutory": "Intérêts au taux légal",
                  _AGREED: "Intérêts conventionnels (plafonnés au taux de la loi du 2 août 2002)"},
        span="{label} du {first} au {last} inclus",
        days=("1 jour", "{n} jours"),
        period="{when} ({days}) : {base} × {percent} × {n}/365 = {amount}",
        until="du {start} au {end}",
        capitalised="{on} : intérêts de l'année écoulée ({added}) ajoutés au principal ; nouvelle base {base}",
        payment="{on} : paiement de {amount} ; la base diminue à partir du {next}",
        costs={(CostsMethod.WIK_SCALE, Country.NL): "Frais de recouvrement extrajudiciaires (décret BIK néerlandais)",
               (CostsMethod.FLAT, Country.NL):
                   "Indemnité pour frais de recouvrement (art. 6:96, al. 4, Code civil néerlandais)",
               (CostsMethod.FLAT, Country.BE): "Indemnité forfaitaire (art. 6 de la loi du 2 août 2002)",
               (CostsMethod.BOOK_XIX, Country.BE): "Clause pénale (livre XIX du Code de droit économique)"},
        invoices=("facture", "factures"),
        flat="{each} × {n} {invoices} = {total}",
        tier_first="{percent} de {base} (tranche jusqu'à {high}) = {amount}",
        tier="{percent} de {base} (tranche de {low} à {high}) = {amount}",
        tier_open="{percent} de {base} (tranche au-delà de {low}) = {amount}",
        fixed="Montant fixe : {amount}",
        minimum="Calculé {exact} ; le minimum de {bound} s'applique",
        maximum="Calculé {exact} ; le maximum de {bound} s'applique",
        condition={CostsCondition.AFTER_FOURTEEN_DAY_LETTER:
                   "Dû à défaut de paiement dans les 14 jours suivant la réception du rappel",
                   CostsCondition.AFTER_WAITING_PERIOD: "Dû à défaut de paiement dans le délai du premier rappel"},
    ),
}


class _Style:
    """babel formats for one language."""

    def __init__(self, language: Language) -> None:
        self.locale = locale_for(language.value)

    def day(self, day: date) -> str:
        return format_date(day, format="long", locale=self.locale)

    def money(self, cents: Cents) -> str:
        return self.exact(to_decimal(cents))

    def exact(self, euros: Decimal) -> str:
        """Euros with all their decimals: a tier of 10 % of € 0.01 shows as € 0.001, not € 0.00."""
        return format_currency(euros, "EUR", locale=self.locale, decimal_quantization=False)

    def percent(self, percent: Decimal) -> str:
        return format_percent(percent.scaleb(-2), locale=self.locale, decimal_quantization=False)


def interest_part(w: InterestWorking, language: Language) -> ClaimPart:
    """E.g. "Wettelijke handelsrente van 1 maart 2026 t/m 24 november 2026", one line per period."""
    words, style = WORDS[language], _Style(language)
    label = words.interest[_AGREED if w.agreed_percent is not None else w.table]
    if w.last_day < w.first_day:
        return ClaimPart(label, 0, ())
    label = words.span.format(label=label, first=style.day(w.first_day), last=style.day(w.last_day))
    events: list[tuple[date, int, str]] = []
    for period in w.periods:
        when = style.day(period.start) if period.start == period.end else words.until.format(
            start=style.day(period.start), end=style.day(period.end))
        days = words.days[0] if period.days == 1 else words.days[1].format(n=period.days)
        events.append((period.start, 2, words.period.format(
            when=when, days=days, base=style.money(period.base_cents), percent=style.percent(period.percent),
            n=period.days, amount=style.money(period.amount_cents))))
    for added in w.capitalisations:
        events.append((added.on, 0, words.capitalised.format(
            on=style.day(added.on), added=style.money(added.added_cents), base=style.money(added.new_base_cents))))
    for day, cents in w.payments:
        after = day + timedelta(days=1)
        if after <= w.last_day and cents:
            events.append((max(after, w.first_day), 1, words.payment.format(
                on=style.day(day), amount=style.money(cents), next=style.day(max(after, w.first_day)))))
    events.sort(key=lambda event: (event[0], event[1]))
    return ClaimPart(label, w.total_cents, tuple(text for _, _, text in events))


def _tier_line(words: _Words, style: _Style, tier: CostsTier) -> str:
    fields = {"percent": style.percent(tier.percent), "base": style.money(tier.base_cents),
              "low": style.money(tier.low_cents), "amount": style.exact(tier.amount)}
    if tier.high_cents is None:
        return words.tier_open.format(**fields)
    fields["high"] = style.money(tier.high_cents)
    return (words.tier_first if tier.low_cents == 0 else words.tier).format(**fields)


def costs_part(w: CostsWorking, language: Language, *, due: bool = True) -> ClaimPart:
    """E.g. "Buitengerechtelijke incassokosten (Besluit BIK)", one line per tier.

    Args:
        due: False when the costs are only announced (a 14-day letter, a first reminder):
            the part says when they become due and is not added to the total to pay now.
    """
    words, style = WORDS[language], _Style(language)
    lines: list[str] = []
    if w.method is CostsMethod.FLAT:
        each = w.fixed_cents // w.invoices
        lines.append(words.flat.format(each=style.money(each), n=w.invoices,
                                       invoices=words.invoices[0 if w.invoices == 1 else 1],
                                       total=style.money(w.fixed_cents)))
    elif w.fixed_cents:
        lines.append(words.fixed.format(amount=style.money(w.fixed_cents)))
    lines.extend(_tier_line(words, style, tier) for tier in w.tiers)
    if w.bound == "minimum":
        lines.append(words.minimum.format(exact=style.exact(w.exact), bound=style.money(w.minimum_cents)))
    elif w.bound == "maximum" and w.maximum_cents is not None:
        lines.append(words.maximum.format(exact=style.exact(w.exact), bound=style.money(w.maximum_cents)))
    if not due and w.condition is not None:
        lines.append(words.condition[w.condition])
    return ClaimPart(words.costs[(w.method, w.country)], w.total_cents, tuple(lines), due)
