"""One amount a letter or an export claims beside the invoices, with its working in words.

The legal rules (interest, collection costs) compute structured results; a letter, the
dossier cover and the calculator show them as parts like this, already written in the
reader's language, so the documents layer lays out text and never re-does the arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtordesk.core.money import Cents


@dataclass(frozen=True)
class ClaimPart:
    """E.g. "Wettelijke handelsrente t/m 24 november 2026", € 12,34, with one line per period.

    Attributes:
        label: what is claimed, in the reader's language.
        amount_cents: the amount, rounded half-up to cents by the rule that made it.
        working: how it was computed, one line per period, tier or step.
        due: False when the amount is only announced (due later, e.g. once the term of a
            14-day letter has passed): shown, but not added to the total to pay now.
    """

    label: str
    amount_cents: Cents
    working: tuple[str, ...] = ()
    due: bool = True
