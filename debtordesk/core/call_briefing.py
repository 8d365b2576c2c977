"""What the panel shows before the call: whom to ring, what is open, what happened so far.

Worked out from the client's contacts, open invoices, promises and dossier
records, so the caller does not have to remember the last three conversations.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from debtordesk.core.dossier import DossierRecord, RecordKind
from debtordesk.core.model import Client, Contact, ContactRole, InvoiceRow, Promise, PromiseStatus

#: Whom to ring first: the person who pays, then someone who can make them.
CALL_ORDER = (ContactRole.ACCOUNTS_PAYABLE, ContactRole.MANAGER, ContactRole.PURCHASING, ContactRole.OTHER,
              ContactRole.GENERAL_INBOX)
#: Calls that reached no one before a switch is suggested.
FAILED_ATTEMPTS_BEFORE_SWITCH = 2


class SwitchReason(enum.StrEnum):
    WRONG_NUMBER = "wrong_number"
    FAILED_ATTEMPTS = "failed_attempts"
    BROKEN_PROMISES = "broken_promises"


@dataclass(frozen=True)
class SwitchSuggestion:
    """Ring someone else. ``to`` is None when nobody else with a number is on file: ask for them."""

    away_from: Contact
    to: Contact | None
    reason: SwitchReason
    count: int  # failed attempts or broken promises behind the reason


@dataclass(frozen=True)
class CallHistory:
    reminders: int = 0  # emails and letters sent
    last_reminder: date | None = None
    calls: int = 0
    last_call: date | None = None
    attempts: int = 0  # calls that reached no one
    last_attempt: date | None = None
    promises_kept: int = 0
    promises_broken: int = 0
    promises_open: int = 0


@dataclass(frozen=True)
class CallBriefing:
    client: Client
    contacts: tuple[Contact, ...]  # active ones with a phone number, in call order
    to_call: Contact | None
    switch: SwitchSuggestion | None
    rows: tuple[InvoiceRow, ...]  # open invoices, most overdue first
    history: CallHistory

    @property
    def open_cents(self) -> int:
        return sum(row.open_cents for row in self.rows)


def callable_contacts(contacts: Sequence[Contact]) -> list[Contact]:
    """Active contacts with a number, by role; of two with one role the newer first (they took over)."""
    reachable = [c for c in contacts if c.active and c.phone.strip()]
    return sorted(reachable, key=lambda c: (CALL_ORDER.index(c.role), -(c.id or 0)))


def _day(record: DossierRecord) -> date:
    on = record.details.get("on")
    return date.fromisoformat(on) if isinstance(on, str) else record.created_at.date()


def history_of(records: Sequence[DossierRecord], promises: Sequence[Promise], today: date) -> CallHistory:
    """Counts per conversation, not per invoice: one email naming three invoices is one reminder."""

    def distinct(kinds: tuple[RecordKind, ...], key: str) -> list[date]:
        seen: dict[object, date] = {}
        for record in records:
            if record.kind in kinds:
                seen.setdefault(record.details.get(key) or record.id, _day(record))
        return list(seen.values())

    reminders = distinct((RecordKind.EMAIL_SENT,), "message_id")
    reminders += [_day(r) for r in records if r.kind == RecordKind.STEP_DONE and r.details.get("channel") == "letter"]
    calls = distinct((RecordKind.CALL,), "call_id")
    attempts = distinct((RecordKind.CALL_ATTEMPT,), "call_id")
    kept = [p for p in promises if p.status == PromiseStatus.KEPT]
    broken = [p for p in promises if p.status == PromiseStatus.BROKEN
              or (p.status == PromiseStatus.OPEN and p.promised_date < today)]
    waiting = [p for p in promises if p.status == PromiseStatus.OPEN and p.promised_date >= today]
    return CallHistory(len(reminders), max(reminders, default=None), len(calls), max(calls, default=None),
                       len(attempts), max(attempts, default=None), len(kept), len(broken), len(waiting))


def switch_suggestion(contact: Contact, contacts: Sequence[Contact], records: Sequence[DossierRecord],
                      promises: Sequence[Promise], today: date) -> SwitchSuggestion | None:
    """Suggest someone else when ringing ``contact`` keeps failing or their promises were broken.

    Attempts count since the last conversation with them; a wrong number counts at once.
    """
    failed: list[str] = []
    for record in sorted({r.details.get("call_id") or r.id: r for r in records
                          if r.kind in (RecordKind.CALL, RecordKind.CALL_ATTEMPT)
                          and r.details.get("contact_id") == contact.id}.values(), key=lambda r: r.created_at):
        if record.kind == RecordKind.CALL:
            failed = []
        else:
            failed.append(str(record.details.get("attempt", "")))
    broken = [p for p in promises if p.contact_id == contact.id and (
        p.status == PromiseStatus.BROKEN or (p.status == PromiseStatus.OPEN and p.promised_date < today))]
    if failed and failed[-1] == "wrong_number":
        reason, count = SwitchReason.WRONG_NUMBER, 1
    elif broken:
        reason, count = SwitchReason.BROKEN_PROMISES, len(broken)
    elif len(failed) >= FAILED_ATTEMPTS_BEFORE_SWITCH:
        reason, count = SwitchReason.FAILED_ATTEMPTS, len(failed)
    else:
        return None
    others = [c for c in callable_contacts(contacts) if c.id != contact.id]
    preferred = [ContactRole.ACCOUNTS_PAYABLE, ContactRole.MANAGER]
    if contact.role == ContactRole.ACCOUNTS_PAYABLE:
        preferred = [ContactRole.MANAGER, ContactRole.ACCOUNTS_PAYABLE]
    to = next((c for role in preferred for c in others if c.role == role), others[0] if others else None)
    return SwitchSuggestion(contact, to, reason, count)


def briefing(client: Client, contacts: Sequence[Contact], rows: Sequence[InvoiceRow],
             records: Sequence[DossierRecord], promises: Sequence[Promise], today: date) -> CallBriefing:
    reachable = callable_contacts(contacts)
    to_call = reachable[0] if reachable else None
    switch = switch_suggestion(to_call, contacts, records, promises, today) if to_call else None
    open_rows = sorted((r for r in rows if r.open_cents > 0 and not r.state.handed_over),
                       key=lambda r: (r.invoice.due_date, r.invoice.number))
    return CallBriefing(client, tuple(reachable), to_call, switch, tuple(open_rows),
                        history_of(records, promises, today))
