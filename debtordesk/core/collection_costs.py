"""Collection costs a creditor may add to a late claim, with their working.

The rules (legal.md A.1, A.2, B.1, B.2):

* NL business: at least € 40 per late invoice, due without a reminder (art. 6:96 lid 4 BW;
  per invoice per CJEU C-78/22). When the contract applies the WIK scale ("volgens de WIK"),
  the scale on the summed principals, but never less than € 40 per invoice.
* NL consumer: the scale of the Besluit vergoeding voor buitengerechtelijke incassokosten
  (art. 2): 15 % of the first € 2,500, 10 % of the next € 2,500, 5 % of the next € 5,000,
  1 % of the next € 190,000, 0.5 % above € 200,000; at least € 40, at most € 6,775; on the
  principals added up (art. 6:96 lid 7). Due only once a 14-day letter went unpaid.
* BE business: a fixed € 40 per invoice (art. 6 WBH, Directive 2011/7 art. 6).
* BE consumer: the Book XIX WER caps on a damage clause: ≤ € 150 → € 20; up to € 500 →
  € 30 + 10 % of the balance above € 150; above → € 65 + 5 % of the balance above € 500,
  at most € 2,000. Due only after the free first reminder's waiting period.

No VAT is added, ever: art. 2 lid 3 of the Besluit allows 21 % only to a creditor who pays
a VAT-charged collection service and cannot deduct that VAT. A freelancer collecting their
own invoices uses no such service (legal.md A.1), and the Belgian rules have no such rule.

Tiers are computed exactly in Decimal euros; the total is rounded half-up to cents once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Literal

from debtordesk.core.interest import DebtorType
from debtordesk.core.model import Country
from debtordesk.core.money import Cents, from_decimal, to_decimal

_CENT = Decimal("0.01")
#: € 40 per late invoice (art. 6:96 lid 4 BW; art. 6 WBH).
FLAT_CENTS = 40_00
#: (from, to, percent) of the BIK scale (Besluit art. 2 lid 1), in cents; the last band is open.
WIK_BANDS: tuple[tuple[Cents, Cents | None, Decimal], ...] = (
    (0, 2_500_00, Decimal(15)),
    (2_500_00, 5_000_00, Decimal(10)),
    (5_000_00, 10_000_00, Decimal(5)),
    (10_000_00, 200_000_00, Decimal(1)),
    (200_000_00, None, Decimal("0.5")),
)
WIK_MINIMUM_CENTS = 40_00
WIK_MAXIMUM_CENTS = 6_775_00
#: Book XIX WER (art. XIX.4) caps: (balance up to, fixed part, percent above the band's floor).
XIX_BANDS: tuple[tuple[Cents | None, Cents, Cents, Decimal], ...] = (
    (150_00, 20_00, 0, Decimal(0)),
    (500_00, 30_00, 150_00, Decimal(10)),
    (None, 65_00, 500_00, Decimal(5)),
)
XIX_MAXIMUM_CENTS = 2_000_00


class CostsMethod(StrEnum):
    FLAT = "flat"  # € 40 per invoice
    WIK_SCALE = "wik_scale"  # the Dutch BIK scale
    BOOK_XIX = "book_xix"  # the Belgian consumer caps


class CostsCondition(StrEnum):
    """When the costs become due, if not at once."""

    AFTER_FOURTEEN_DAY_LETTER = "after_fourteen_day_letter"  # NL consumer, art. 6:96 lid 6 BW
    AFTER_WAITING_PERIOD = "after_waiting_period"  # BE consumer, art. XIX.2 WER


@dataclass(frozen=True)
class CostsTier:
    """One slice of the principal and its share.

    Attributes:
        low_cents, high_cents: the band (high None: open-ended).
        percent: the band's rate.
        base_cents: the part of the principal in this band.
        amount: ``base × percent / 100`` in euros, exact (may have more than two decimals).
    """

    low_cents: Cents
    high_cents: Cents | None
    percent: Decimal
    base_cents: Cents
    amount: Decimal


Bound = Literal["minimum", "maximum"]


@dataclass(frozen=True)
class CostsWorking:
    """The collection costs on one claim and how they were reached.

    Attributes:
        fixed_cents: a fixed part (€ 40 per invoice, or the Book XIX base amount).
        minimum_cents, maximum_cents: the floor and cap that applied to this method (0 / None: none).
        bound: which of them decided the total, if one did.
        condition: when the costs become due, None when due at once.
        exact: fixed part plus tiers in euros, before the floor, the cap and rounding.
    """

    country: Country
    debtor: DebtorType
    method: CostsMethod
    principal_cents: Cents
    invoices: int
    tiers: tuple[CostsTier, ...]
    fixed_cents: Cents
    minimum_cents: Cents
    maximum_cents: Cents | None
    bound: Bound | None
    total_cents: Cents
    condition: CostsCondition | None
    exact: Decimal = Decimal(0)


def _share(base_cents: Cents, percent: Decimal) -> Decimal:
    """``percent`` % of ``base_cents``, in euros, exact (scaleb divides by 100 without rounding)."""
    return (to_decimal(base_cents) * percent).scaleb(-2)


def wik_tiers(principal_cents: Cents) -> tuple[CostsTier, ...]:
    """The BIK scale's slices of ``principal_cents`` (marginal: each band taxes only its part)."""
    tiers = []
    for low, high, percent in WIK_BANDS:
        if principal_cents <= low:
            break
        top = principal_cents if high is None else min(principal_cents, high)
        tiers.append(CostsTier(low, high, percent, top - low, _share(top - low, percent)))
    return tuple(tiers)


def _bounded(exact: Decimal, minimum: Cents, maximum: Cents | None) -> tuple[Cents, Bound | None]:
    """Cap, then floor (the € 40 per invoice is a floor the cap cannot lower), then round once."""
    bound: Bound | None = None
    if maximum is not None and exact > to_decimal(maximum):
        exact, bound = to_decimal(maximum), "maximum"
    if exact < to_decimal(minimum):
        exact, bound = to_decimal(minimum), "minimum"
    return from_decimal(exact.quantize(_CENT, rounding=ROUND_HALF_UP)), bound


def collection_costs(
    country: Country,
    debtor: DebtorType,
    principal_cents: Cents,
    *,
    invoices: int = 1,
    wik_terms: bool = False,
) -> CostsWorking:
    """The costs on ``principal_cents`` (all late invoices of this debtor, added up).

    Args:
        invoices: how many late invoices make up the principal (€ 40 is due per invoice).
        wik_terms: the contract with a Dutch business says costs follow the WIK scale.

    A principal of 0 gives no scale costs (nothing is left to collect); the € 40 per late
    invoice stays due even when the invoice was paid late.

    Raises:
        ValueError: negative principal, fewer than one invoice, a country other than NL/BE.
    """
    if principal_cents < 0:
        raise ValueError(f"the principal cannot be negative: {principal_cents} cents")
    if invoices < 1:
        raise ValueError(f"costs need at least one invoice, not {invoices}")
    if country not in (Country.NL, Country.BE):
        raise ValueError(f"no collection-cost rules for {country}: only NL and BE are covered")
    flat = FLAT_CENTS * invoices
    if debtor is DebtorType.BUSINESS and not (country is Country.NL and wik_terms):
        return CostsWorking(country, debtor, CostsMethod.FLAT, principal_cents, invoices, (), flat, 0, None,
                            None, flat, None, to_decimal(flat))
    if country is Country.BE:
        return _book_xix(debtor, principal_cents, invoices)
    tiers = wik_tiers(principal_cents)
    exact = sum((tier.amount for tier in tiers), Decimal(0))
    if debtor is DebtorType.CONSUMER:
        minimum, condition = WIK_MINIMUM_CENTS, CostsCondition.AFTER_FOURTEEN_DAY_LETTER
    else:
        minimum, condition = max(WIK_MINIMUM_CENTS, flat), None
    if principal_cents == 0 and debtor is DebtorType.CONSUMER:
        minimum = 0
    total, bound = _bounded(exact, minimum, WIK_MAXIMUM_CENTS)
    return CostsWorking(country, debtor, CostsMethod.WIK_SCALE, principal_cents, invoices, tiers, 0, minimum,
                        WIK_MAXIMUM_CENTS, bound, total, condition, exact)


def _book_xix(debtor: DebtorType, balance_cents: Cents, invoices: int) -> CostsWorking:
    condition = CostsCondition.AFTER_WAITING_PERIOD
    if balance_cents == 0:
        return CostsWorking(Country.BE, debtor, CostsMethod.BOOK_XIX, 0, invoices, (), 0, 0, XIX_MAXIMUM_CENTS,
                            None, 0, condition, Decimal(0))
    for up_to, fixed, floor, percent in XIX_BANDS:
        if up_to is None or balance_cents <= up_to:
            break
    tiers: tuple[CostsTier, ...] = ()
    if percent:
        tiers = (CostsTier(floor, up_to, percent, balance_cents - floor, _share(balance_cents - floor, percent)),)
    exact = to_decimal(fixed) + sum((tier.amount for tier in tiers), Decimal(0))
    total, bound = _bounded(exact, 0, XIX_MAXIMUM_CENTS)
    return CostsWorking(Country.BE, debtor, CostsMethod.BOOK_XIX, balance_cents, invoices, tiers, fixed, 0,
                        XIX_MAXIMUM_CENTS, bound, total, condition, exact)
