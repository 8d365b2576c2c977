"""Translated names for the core's enum values, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication


from debtordesk.core.call import Cause
from debtordesk.core.model import ClientKind, ContactRole, Country, Language, PaymentMethod
from debtordesk.core.figures import Reliability
from debtordesk.core.ladder import Channel, DelayFrom, LadderStep, Pause, Recipient
from debtordesk.core.stage import Badge, Stage

if TYPE_CHECKING:
    from debtordesk.core.template_texts import TemplateKind



def countries() -> list[tuple[Country, str]]:
    return [(Country.NL, QCoreApplication.translate("Labels", "Netherlands")), (Country.BE, QCoreApplication.translate("Labels", "Belgium")), (Country.DE, QCoreApplication.translate("Labels", "Germany")),
            (Country.FR, QCoreApplication.translate("Labels", "France")), (Country.LU, QCoreApplication.translate("Labels", "Luxembourg")), (Country.GB, QCoreApplication.translate("Labels", "United Kingdom"))]


def languages() -> list[tuple[Language, str]]:
    return [(Language.NL, QCoreApplication.translate("Labels", "Dutch")), (Language.EN, QCoreApplication.translate("Labels", "English")), (Language.FR, QCoreApplication.translate("Labels", "French"))]


def client_kinds() -> list[tuple[ClientKind, str]]:
    return [(ClientKind.COMPANY, QCoreApplication.translate("Labels", "Company")), (ClientKind.CONSUMER, QCoreApplication.translate("Labels", "Consumer"))]


def contact_roles() -> list[tuple[ContactRole, str]]:
    return [(ContactRole.ACCOUNTS_PAYABLE, QCoreApplication.translate("Labels", "Accounts payable")), (ContactRole.PURCHASING, QCoreApplication.translate("Labels", "Purchasing")),
            (ContactRole.MANAGER, QCoreApplication.translate("Labels", "Manager")), (ContactRole.GENERAL_INBOX, QCoreApplication.translate("Labels", "General inbox")),
            (ContactRole.OTHER, QCoreApplication.translate("Labels", "Other"))]


def payment_methods() -> list[tuple[PaymentMethod, str]]:
    return [(PaymentMethod.BANK_TRANSFER, QCoreApplication.translate("Labels", "Bank transfer")), (PaymentMethod.DIRECT_DEBIT, QCoreApplication.translate("Labels", "Direct debit")),
            (PaymentMethod.CARD, QCoreApplication.translate("Labels", "Card")), (PaymentMethod.CASH, QCoreApplication.translate("Labels", "Cash")), (PaymentMethod.OTHER, QCoreApplication.translate("Labels", "Other"))]


def label_of(choices: list[tuple[object, str]], value: object) -> str:
    return next((label for v, label in choices if v == value), str(value))


def stages() -> list[tuple[Stage, str]]:
    return [(Stage.PROMISE_BROKEN, QCoreApplication.translate("Labels", "Promise broken")),
            (Stage.OVERDUE, QCoreApplication.translate("Labels", "Overdue")),
            (Stage.DISPUTED, QCoreApplication.translate("Labels", "Disputed")),
            (Stage.ON_HOLD, QCoreApplication.translate("Labels", "On hold")),
            (Stage.PROMISED, QCoreApplication.translate("Labels", "Promised")),
            (Stage.NOT_DUE, QCoreApplication.translate("Labels", "Not yet due")),
            (Stage.HANDED_OVER, QCoreApplication.translate("Labels", "Handed over")),
            (Stage.PAID, QCoreApplication.translate("Labels", "Paid")),
            (Stage.WRITTEN_OFF, QCoreApplication.translate("Labels", "Written off"))]


def badges() -> list[tuple[Badge, str]]:
    return [(Badge.PROMISE_BROKEN, QCoreApplication.translate("Labels", "promise broken")),
            (Badge.WORK_PAUSED, QCoreApplication.translate("Labels", "work paused"))]


def reliability() -> list[tuple[Reliability, str]]:
    return [(Reliability.NO_HISTORY, QCoreApplication.translate("Labels", "No payments yet")),
            (Reliability.ON_TIME, QCoreApplication.translate("Labels", "Pays on time")),
            (Reliability.SLIGHTLY_LATE, QCoreApplication.translate("Labels", "Pays a little late")),
            (Reliability.OFTEN_LATE, QCoreApplication.translate("Labels", "Often pays late: follow up early")),
            (Reliability.UNRELIABLE, QCoreApplication.translate("Labels", "Broke promises: agree firm dates"))]


def default_step_names() -> dict[str, str]:
    """The recommended ladder's steps; a step the user added carries its own name."""
    return {
        "friendly_reminder": QCoreApplication.translate("Labels", "Friendly reminder"),
        "phone_call": QCoreApplication.translate("Labels", "Phone call"),
        "payment_reminder": QCoreApplication.translate("Labels", "Payment reminder"),
        "last_reminder": QCoreApplication.translate("Labels", "Last reminder"),
        "stop_work": QCoreApplication.translate("Labels", "Stop work"),
        "notice_of_default": QCoreApplication.translate("Labels", "Notice of default"),
        "hand_over": QCoreApplication.translate("Labels", "Hand over"),
    }


def step_name(step: LadderStep, defaults: dict[str, str] | None = None) -> str:
    """``defaults``: ``default_step_names()`` made once, for a list that names many steps."""
    return step.name.strip() or (defaults or default_step_names()).get(step.key, step.key)


def pauses() -> list[tuple[Pause, str]]:
    return [(Pause.PROMISE, QCoreApplication.translate("Labels", "Waiting for a promise")),
            (Pause.PAYMENT_PLAN, QCoreApplication.translate("Labels", "Payment plan runs")),
            (Pause.HOLD, QCoreApplication.translate("Labels", "On hold")),
            (Pause.DISPUTE, QCoreApplication.translate("Labels", "Disputed"))]


def template_name(key: str) -> str:
    """The name of a step's message text; the call's text is the summary sent after it."""
    if key == "phone_call":
        return QCoreApplication.translate("Labels", "Summary after a phone call")
    if key == "fourteen_day_letter":
        return QCoreApplication.translate("Labels", "14-day letter (Dutch consumer)")
    if key == "first_reminder":
        return QCoreApplication.translate("Labels", "First reminder (Belgian consumer)")
    return default_step_names().get(key, key)


def channels() -> list[tuple[Channel, str]]:
    return [(Channel.EMAIL, QCoreApplication.translate("Labels", "Email")),
            (Channel.CALL, QCoreApplication.translate("Labels", "Phone call")),
            (Channel.LETTER, QCoreApplication.translate("Labels", "Printed letter")),
            (Channel.HAND_OVER, QCoreApplication.translate("Labels", "Hand-over"))]


def channel_name(channel: Channel) -> str:
    return label_of(channels(), channel)  # type: ignore[arg-type]


def delay_froms() -> list[tuple[DelayFrom, str]]:
    return [(DelayFrom.DUE_DATE, QCoreApplication.translate("Labels", "after the due date")),
            (DelayFrom.PREVIOUS_STEP, QCoreApplication.translate("Labels", "after the previous step"))]


def recipients() -> list[tuple[Recipient, str]]:
    return [(Recipient.CONTACT, QCoreApplication.translate("Labels", "The contact person")),
            (Recipient.GENERAL_WITH_CONTACT_CC,
             QCoreApplication.translate("Labels", "The general address, the contact in CC"))]


def template_kinds() -> list[tuple[TemplateKind, str]]:
    from debtordesk.core.template_texts import TemplateKind  # with the templates: not at start-up

    return [(TemplateKind.EMAIL, QCoreApplication.translate("Labels", "email")),
            (TemplateKind.LETTER, QCoreApplication.translate("Labels", "letter"))]


def delay_text(step: LadderStep) -> str:
    """When a step falls due, e.g. "5 working days after the previous step"."""
    n, from_due = step.delay_days, step.delay_from == DelayFrom.DUE_DATE
    if n == 0:
        return (QCoreApplication.translate("Labels", "On the due date") if from_due
                else QCoreApplication.translate("Labels", "Right after the previous step"))
    # One string per case, so a translation never has to build grammar from pieces.
    if step.working_days:
        if n == 1:
            text = (QCoreApplication.translate("Labels", "1 working day after the due date") if from_due
                    else QCoreApplication.translate("Labels", "1 working day after the previous step"))
        else:
            text = (QCoreApplication.translate("Labels", "{n} working days after the due date") if from_due
                    else QCoreApplication.translate("Labels", "{n} working days after the previous step"))
    elif n == 1:
        text = (QCoreApplication.translate("Labels", "1 day after the due date") if from_due
                else QCoreApplication.translate("Labels", "1 day after the previous step"))
    else:
        text = (QCoreApplication.translate("Labels", "{n} days after the due date") if from_due
                else QCoreApplication.translate("Labels", "{n} days after the previous step"))
    return text.format(n=n)


def causes() -> list[tuple[Cause, str]]:
    translate = QCoreApplication.translate
    return [(Cause.FORGOTTEN, translate("Labels", "Forgotten")),
            (Cause.NOT_RECEIVED, translate("Labels", "Invoice not received")),
            (Cause.ADMIN_ERROR, translate("Labels", "Administrative error")),
            (Cause.AWAITING_APPROVAL, translate("Labels", "Waiting for internal approval")),
            (Cause.DISPUTE, translate("Labels", "Dissatisfied with the work (dispute)")),
            (Cause.FINANCIAL_DIFFICULTY, translate("Labels", "Financial difficulty")),
            (Cause.OTHER, translate("Labels", "Other"))]
