"""Which printed letters exist, and which of them fit a debtor.

Most letters suit every debtor. Two exist because the law of the debtor's country asks for
them when the debtor is a consumer (legal.md A.1 and B.2): the Dutch 14-day letter, without
which no collection costs are due, and the Belgian first reminder of Book XIX, which must
be free of charge and comes before any damage clause. Consumer protection follows the
consumer's habitual residence (Rome I, art. 6), so the debtor's country decides, not ours.
"""

from __future__ import annotations

import enum

from debtordesk.core.model import ClientKind, Country


class LetterKind(enum.StrEnum):
    """The kinds of printed letter; each value is also the key of its template."""

    PAYMENT_REMINDER = "payment_reminder"
    LAST_REMINDER = "last_reminder"
    STOP_WORK = "stop_work"
    NOTICE_OF_DEFAULT = "notice_of_default"
    FOURTEEN_DAY_LETTER = "fourteen_day_letter"  # NL consumer: art. 6:96 lid 6 BW
    FIRST_REMINDER = "first_reminder"  # BE consumer: the free first reminder, art. XIX.2 WER
    HAND_OVER = "hand_over"


#: Kinds that ask the debtor to pay us; a hand-over tells them someone else will collect.
ASKS_PAYMENT = frozenset(LetterKind) - {LetterKind.HAND_OVER}


def kinds_for(creditor_country: Country, debtor_country: Country, client_kind: ClientKind) -> tuple[LetterKind, ...]:
    """The letters that apply, in the order the follow-up would send them.

    A Belgian consumer gets the first reminder before anything else; a Dutch consumer gets
    the 14-day letter beside the notice of default (the notice puts the debtor in default
    where no fatal term did; the 14-day letter is what makes collection costs due).
    ``creditor_country`` does not change the list today: both creditor countries follow the
    consumer's law. It is asked for so that a rule that does depend on it changes no caller.
    """
    del creditor_country  # see the docstring
    consumer = ClientKind(client_kind) == ClientKind.CONSUMER
    kinds: list[LetterKind] = []
    if consumer and debtor_country == Country.BE:
        kinds.append(LetterKind.FIRST_REMINDER)
    kinds += [LetterKind.PAYMENT_REMINDER, LetterKind.LAST_REMINDER, LetterKind.STOP_WORK,
              LetterKind.NOTICE_OF_DEFAULT]
    if consumer and debtor_country == Country.NL:
        kinds.append(LetterKind.FOURTEEN_DAY_LETTER)
    kinds.append(LetterKind.HAND_OVER)
    return tuple(kinds)
