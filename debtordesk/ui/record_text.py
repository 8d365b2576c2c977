"""Dossier records in the user's language.

A record's sealed summary is written once, in English, by the service that made
it, and can never change. The timeline describes each record again from its
kind and details, in the UI's language with local amounts and dates; a record
whose details do not fit (an older or unknown kind) shows its sealed summary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication


from debtordesk.core.dossier import DossierRecord, RecordKind
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import ladder_from_json
from debtordesk.ui import labels


def kinds() -> list[tuple[RecordKind, str]]:
    """Every kind of record with its name, in the order of a debtor's story."""
    return [
        (RecordKind.CLIENT_CREATED, QCoreApplication.translate("RecordText", "Client added")),
        (RecordKind.CLIENT_CHANGED, QCoreApplication.translate("RecordText", "Client changed")),
        (RecordKind.CONTACT_SAVED, QCoreApplication.translate("RecordText", "Contact saved")),
        (RecordKind.INVOICE_REGISTERED, QCoreApplication.translate("RecordText", "Invoice registered")),
        (RecordKind.INVOICE_CHANGED, QCoreApplication.translate("RecordText", "Invoice changed")),
        (RecordKind.PAYMENT_RECORDED, QCoreApplication.translate("RecordText", "Payment")),
        (RecordKind.PROMISE_MADE, QCoreApplication.translate("RecordText", "Promise to pay")),
        (RecordKind.PROMISE_RESOLVED, QCoreApplication.translate("RecordText", "Promise kept or broken")),
        (RecordKind.TASK_CREATED, QCoreApplication.translate("RecordText", "Follow-up planned")),
        (RecordKind.TASK_DONE, QCoreApplication.translate("RecordText", "Follow-up done")),
        (RecordKind.NOTE, QCoreApplication.translate("RecordText", "Note")),
        (RecordKind.PUT_ON_HOLD, QCoreApplication.translate("RecordText", "Put on hold")),
        (RecordKind.DISPUTED, QCoreApplication.translate("RecordText", "Disputed")),
        (RecordKind.HOLD_RELEASED, QCoreApplication.translate("RecordText", "Taken off hold")),
        (RecordKind.WRITTEN_OFF, QCoreApplication.translate("RecordText", "Written off")),
        (RecordKind.HANDED_OVER, QCoreApplication.translate("RecordText", "Handed over")),
        (RecordKind.PROFILE_SAVED, QCoreApplication.translate("RecordText", "Business profile saved")),
        (RecordKind.STEP_DONE, QCoreApplication.translate("RecordText", "Follow-up step done")),
        (RecordKind.STEP_SKIPPED, QCoreApplication.translate("RecordText", "Follow-up step skipped")),
        (RecordKind.EMAIL_SENT, QCoreApplication.translate("RecordText", "Email sent")),
        (RecordKind.LADDER_SAVED, QCoreApplication.translate("RecordText", "Follow-up ladder saved")),
        (RecordKind.TEMPLATE_SAVED, QCoreApplication.translate("RecordText", "Message text saved")),
        (RecordKind.MAIL_SETTINGS_SAVED, QCoreApplication.translate("RecordText", "Email settings saved")),
        (RecordKind.CALL, QCoreApplication.translate("RecordText", "Phone call")),
        (RecordKind.CALL_ATTEMPT, QCoreApplication.translate("RecordText", "Call that reached no one")),
        (RecordKind.PAYMENT_PLAN_AGREED, QCoreApplication.translate("RecordText", "Payment plan")),
        (RecordKind.LETTER_SENT, QCoreApplication.translate("RecordText", "Letter sent")),
        (RecordKind.FILE_IMPORTED, QCoreApplication.translate("RecordText", "File imported")),
    ]


def kind_name(kind: str) -> str:
    return labels.label_of(kinds(), kind)  # type: ignore[arg-type]


def describe(record: DossierRecord, formatter: Formatter) -> str:
    """One line saying what happened, in the user's language."""
    describer = _DESCRIBERS.get(record.kind)
    try:
        if record.kind == RecordKind.CONTACT_SAVED:
            return _contact(record.details, record.summary)
        if record.kind == RecordKind.PROFILE_SAVED:
            return _profile(record.details)
        if describer is None:
            return record.summary
        return describer(record.details, formatter) or record.summary
    except (KeyError, TypeError, ValueError, AttributeError):
        return record.summary


def _day(text: str | None, formatter: Formatter) -> str:
    return formatter.date(date.fromisoformat(text)) if text else ""


def _payment(d: Mapping[str, Any], f: Formatter) -> str:
    method = labels.label_of(labels.payment_methods(), d["method"])  # type: ignore[arg-type]
    if d["open_after_cents"] == 0:
        text = QCoreApplication.translate("RecordText", "{amount} paid on {day} ({method}); the invoice is paid in full")
    else:
        text = QCoreApplication.translate("RecordText", "{amount} paid on {day} ({method}); {open} still open")
    return text.format(amount=f.amount(d["amount_cents"]), day=_day(d["paid_on"], f), method=method,
                       open=f.amount(d["open_after_cents"]))


def _registered(d: Mapping[str, Any], f: Formatter) -> str:
    return QCoreApplication.translate("RecordText", "Invoice {number} of {amount}, due {day}").format(
        number=d["number"], amount=f.amount(d["total_cents"]), day=_day(d["due_date"], f))


def _field_names() -> dict[str, str]:
    """The names of the client and invoice fields a change record lists."""
    return {
        "name": QCoreApplication.translate("RecordText", "name"),
        "kind": QCoreApplication.translate("RecordText", "type"),
        "street": QCoreApplication.translate("RecordText", "street"),
        "postcode": QCoreApplication.translate("RecordText", "postcode"),
        "city": QCoreApplication.translate("RecordText", "city"),
        "country": QCoreApplication.translate("RecordText", "country"),
        "language": QCoreApplication.translate("RecordText", "language"),
        "vat_number": QCoreApplication.translate("RecordText", "VAT number"),
        "notes": QCoreApplication.translate("RecordText", "notes"),
        "work_paused": QCoreApplication.translate("RecordText", "work paused"),
        "relationship_ended": QCoreApplication.translate("RecordText", "relationship ended"),
        "number": QCoreApplication.translate("RecordText", "invoice number"),
        "issue_date": QCoreApplication.translate("RecordText", "invoice date"),
        "due_date": QCoreApplication.translate("RecordText", "due date"),
        "net_cents": QCoreApplication.translate("RecordText", "amount excl. VAT"),
        "vat_cents": QCoreApplication.translate("RecordText", "VAT"),
        "currency": QCoreApplication.translate("RecordText", "currency"),
        "description": QCoreApplication.translate("RecordText", "description"),
        "pdf": QCoreApplication.translate("RecordText", "invoice PDF"),
        "email": QCoreApplication.translate("RecordText", "email"),
        "phone": QCoreApplication.translate("RecordText", "phone"),
        "role": QCoreApplication.translate("RecordText", "role"),
        "active": QCoreApplication.translate("RecordText", "still there"),
        "iban": "IBAN",
        "bic": "BIC",
        "registration_number": QCoreApplication.translate("RecordText", "registration number"),
        "payment_term_days": QCoreApplication.translate("RecordText", "payment term"),
        "signature": QCoreApplication.translate("RecordText", "signature"),
    }


def _changed(d: Mapping[str, Any], _f: Formatter) -> str:
    names = _field_names()
    fields = ", ".join(names.get(field, field) for field in sorted(d["changes"]))
    return QCoreApplication.translate("RecordText", "Changed: {fields}").format(fields=fields)


def _promise(d: Mapping[str, Any], f: Formatter) -> str:
    return QCoreApplication.translate("RecordText", "Promised to pay {amount} on {day} ({invoices})").format(
        amount=f.amount(d["amount_cents"]), day=_day(d["promised_date"], f), invoices=", ".join(d["invoices"]))


def _resolved(d: Mapping[str, Any], f: Formatter) -> str:
    if d["status"] == "broken" and d.get("short_cents"):
        return QCoreApplication.translate("RecordText", "The promise of {day} was broken: {short} short").format(
            day=_day(d["promised_date"], f), short=f.amount(d["short_cents"]))
    return {"kept": QCoreApplication.translate("RecordText", "The promise was kept"), "broken": QCoreApplication.translate("RecordText", "The promise was broken")}[d["status"]]


def _causes() -> dict[str, str]:
    return {cause.value: name for cause, name in labels.causes()}


def _call(d: Mapping[str, Any], f: Formatter) -> str:
    minutes = max(1, round(d["duration_seconds"] / 60))
    text = QCoreApplication.translate("RecordText", "With {contact}, {minutes} min.; cause: {cause}").format(
        contact=d["contact"], minutes=minutes, cause=_causes().get(d["cause"], d["cause"]))
    agreement = d.get("agreement") or {}
    parts = []
    if "promise" in agreement:
        parts.append(QCoreApplication.translate("RecordText", "pays {amount} on {day}").format(
            amount=f.amount(agreement["promise"]["amount_cents"]), day=_day(agreement["promise"]["on"], f)))
    if "plan" in agreement:
        # A plan has two instalments at least: no singular needed.
        parts.append(QCoreApplication.translate("RecordText", "payment plan in {count} instalments").format(
            count=len(agreement["plan"])))
    if "dispute" in agreement:
        parts.append(QCoreApplication.translate("RecordText", "dispute: {reason}").format(
            reason=agreement["dispute"]["reason"]))
    if parts:
        text += " · " + "; ".join(parts)
    if d.get("notes"):
        text += " · " + d["notes"]
    return text


def _attempt(d: Mapping[str, Any], f: Formatter) -> str:
    what = {"no_answer": QCoreApplication.translate("RecordText", "No answer"),
            "voicemail": QCoreApplication.translate("RecordText", "Voicemail left"),
            "wrong_number": QCoreApplication.translate("RecordText", "Wrong number")}[d["attempt"]]
    return QCoreApplication.translate("RecordText", "{what} ({contact}, {phone}); call again on {day} at {time}").format(
        what=what, contact=d["contact"], phone=d["phone"], day=_day(d["retry_on"], f), time=d["retry_at"])


def _plan(d: Mapping[str, Any], f: Formatter) -> str:
    return "; ".join(f"{f.amount(i['amount_cents'])} · {_day(i['on'], f)}" for i in d["instalments"])


def _task(d: Mapping[str, Any], f: Formatter) -> str:
    if d.get("due_time"):
        text = QCoreApplication.translate("RecordText", "Follow-up on {day} at {time}").format(
            day=_day(d["due_date"], f), time=d["due_time"])
    else:
        text = QCoreApplication.translate("RecordText", "Follow-up on {day}").format(day=_day(d["due_date"], f))
    return f"{text}: {d['note']}" if d.get("note") else text


def _hold(d: Mapping[str, Any], f: Formatter) -> str:
    if d.get("disputed_cents"):
        d = {**d, "reason": QCoreApplication.translate("RecordText", "{amount} contested: {reason}").format(
            amount=f.amount(d["disputed_cents"]), reason=d["reason"])}
    if d.get("until"):
        return QCoreApplication.translate("RecordText", "{reason} (look again on {day})").format(reason=d["reason"], day=_day(d["until"], f))
    return str(d["reason"])


def _contact(d: Mapping[str, Any], summary: str) -> str:
    # The name and role live in the sealed summary only: "Contact saved: NAME (ROLE)".
    name, role = summary.removeprefix("Contact saved: ").rsplit(" (", 1)
    role_name = labels.label_of(labels.contact_roles(), role.rstrip(")"))  # type: ignore[arg-type]
    if d.get("created"):
        return QCoreApplication.translate("RecordText", "{name} added ({role})").format(name=name, role=role_name)
    return "{name}: {changes}".format(name=name, changes=_changed(d, None))  # type: ignore[arg-type]


def _profile(d: Mapping[str, Any]) -> str:
    if d.get("created"):
        return QCoreApplication.translate("RecordText", "Business profile filled in")
    return _changed(d, None)  # type: ignore[arg-type]


def _client_created(d: Mapping[str, Any], _f: Formatter) -> str:
    kind = labels.label_of(labels.client_kinds(), d["kind"])  # type: ignore[arg-type]
    country = labels.label_of(labels.countries(), d["country"])  # type: ignore[arg-type]
    return f"{kind}, {country}"


def _step(d: Mapping[str, Any]) -> str:
    return str(d.get("name") or labels.default_step_names().get(d["step"], d["step"]))


def _step_done(d: Mapping[str, Any], _f: Formatter) -> str:
    return f"{_step(d)}: {d['note']}" if d.get("note") else _step(d)


def _step_skipped(d: Mapping[str, Any], _f: Formatter) -> str:
    return QCoreApplication.translate("RecordText", "{step} skipped: {reason}").format(step=_step(d), reason=d["reason"])


def _email_sent(d: Mapping[str, Any], _f: Formatter) -> str:
    if d.get("via") == "mail_program":
        text = QCoreApplication.translate("RecordText", "“{subject}” to {to}, sent from the mail program")
    else:
        text = QCoreApplication.translate("RecordText", "“{subject}” sent to {to}")
    text = text.format(subject=d["subject"], to=", ".join(d["to"]))
    if d.get("cc"):
        text += " " + QCoreApplication.translate("RecordText", "(CC {cc})").format(cc=", ".join(d["cc"]))
    if d.get("refused"):
        text += "; " + QCoreApplication.translate("RecordText", "refused by the server: {addresses}").format(
            addresses=", ".join(d["refused"]))
    return f"{_step(d)} · {text}" if d.get("step") else text


def _ladder(d: Mapping[str, Any], _f: Formatter) -> str:
    if d["ladder"] is None:
        return QCoreApplication.translate("RecordText", "Follows the business's ladder again")
    steps = ", ".join(labels.step_name(step) for step in ladder_from_json(d["ladder"]).steps)
    return QCoreApplication.translate("RecordText", "Steps: {steps}").format(steps=steps)


def _template(d: Mapping[str, Any], _f: Formatter) -> str:
    kind = labels.label_of(labels.template_kinds(), d["kind"])  # type: ignore[arg-type]
    name = f"{labels.template_name(d['key'])} ({kind}, {d['language']})"
    if d.get("default"):
        return QCoreApplication.translate("RecordText", "{text}: back to the recommended text").format(text=name)
    return name


def _letter(d: Mapping[str, Any], f: Formatter) -> str:
    kind = labels.template_name(d["letter_kind"])
    sent_on = f.date(date.fromisoformat(d["sent_on"]))
    if d.get("registered"):
        text = QCoreApplication.translate("RecordText", "{kind} sent by registered mail on {date}, {carrier} {tracking}")
        text = text.format(kind=kind, date=sent_on, carrier=d.get("carrier", ""), tracking=d.get("tracking", ""))
    else:
        text = QCoreApplication.translate("RecordText", "{kind} sent by post on {date}").format(kind=kind, date=sent_on)
    return text + "; " + QCoreApplication.translate(
        "RecordText", "presumed received {receipt}, term ends {end}").format(
        receipt=f.date(date.fromisoformat(d["presumed_receipt"])), end=f.date(date.fromisoformat(d["term_end"])))


_DESCRIBERS: dict[str, Callable[[Mapping[str, Any], Formatter], str]] = {
    RecordKind.LADDER_SAVED: _ladder,
    RecordKind.TEMPLATE_SAVED: _template,
    RecordKind.MAIL_SETTINGS_SAVED: lambda d, _f: f"{d['host']}:{d['port']}, {d['sender']}",
    RecordKind.STEP_DONE: _step_done,
    RecordKind.STEP_SKIPPED: _step_skipped,
    RecordKind.EMAIL_SENT: _email_sent,
    RecordKind.PAYMENT_RECORDED: _payment,
    RecordKind.INVOICE_REGISTERED: _registered,
    RecordKind.INVOICE_CHANGED: _changed,
    RecordKind.CLIENT_CHANGED: _changed,
    RecordKind.PROMISE_MADE: _promise,
    RecordKind.PROMISE_RESOLVED: _resolved,
    RecordKind.TASK_CREATED: _task,
    RecordKind.PUT_ON_HOLD: _hold,
    RecordKind.DISPUTED: _hold,
    RecordKind.HOLD_RELEASED: lambda d, _f: str(d["note"]),
    RecordKind.WRITTEN_OFF: lambda d, _f: str(d["reason"]),
    RecordKind.HANDED_OVER: lambda d, f: QCoreApplication.translate("RecordText", "Handed over to {to}; {open} open").format(
        to=d["to"], open=f.amount(d["open_cents"])),
    RecordKind.CLIENT_CREATED: _client_created,
    RecordKind.TASK_DONE: lambda _d, _f: QCoreApplication.translate("RecordText", "Done"),
    RecordKind.CALL: _call,
    RecordKind.CALL_ATTEMPT: _attempt,
    RecordKind.PAYMENT_PLAN_AGREED: _plan,
    RecordKind.LETTER_SENT: _letter,
}
