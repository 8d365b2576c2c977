"""The audit dossier's rules: what a record is, how it is sealed, how a chain is checked.

Every dossier (one per invoice, one per client for what concerns the client as a
whole, one for the business itself) is a chain: each record's hash covers its own
content, the SHA-256 of its attached documents and the previous record's hash.
Changing, removing or reordering a record breaks the chain from that record on.
Removing the *newest* records of a chain cannot be seen from the chain alone; a
backup or an exported dossier holds the head to compare against.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


class RecordKind(enum.StrEnum):
    PROFILE_SAVED = "profile_saved"
    CLIENT_CREATED = "client_created"
    CLIENT_CHANGED = "client_changed"
    CONTACT_SAVED = "contact_saved"
    INVOICE_REGISTERED = "invoice_registered"
    INVOICE_CHANGED = "invoice_changed"
    PAYMENT_RECORDED = "payment_recorded"
    PROMISE_MADE = "promise_made"
    PROMISE_RESOLVED = "promise_resolved"
    TASK_CREATED = "task_created"
    TASK_DONE = "task_done"
    NOTE = "note"
    PUT_ON_HOLD = "put_on_hold"
    DISPUTED = "disputed"
    HOLD_RELEASED = "hold_released"
    WRITTEN_OFF = "written_off"
    HANDED_OVER = "handed_over"
    STEP_DONE = "step_done"
    STEP_SKIPPED = "step_skipped"
    EMAIL_SENT = "email_sent"
    LADDER_SAVED = "ladder_saved"
    TEMPLATE_SAVED = "template_saved"
    MAIL_SETTINGS_SAVED = "mail_settings_saved"
    CALL = "call"
    CALL_ATTEMPT = "call_attempt"
    PAYMENT_PLAN_AGREED = "payment_plan_agreed"
    LETTER_SENT = "letter_sent"  # printed and posted; the exact PDF is attached
    FILE_IMPORTED = "file_imported"  # what came in from which file (name and SHA-256)


#: Records that move an invoice up its ladder; their details name the step and the day.
LADDER_KINDS = (RecordKind.STEP_DONE, RecordKind.STEP_SKIPPED, RecordKind.EMAIL_SENT)


def chain_for(client_id: int | None, invoice_id: int | None) -> str:
    """The dossier a record belongs to: the invoice's if any, else the client's."""
    if invoice_id is not None:
        return f"invoice:{invoice_id}"
    if client_id is not None:
        return f"client:{client_id}"
    return "business"


@dataclass(frozen=True)
class Document:
    """A file kept with a record (an invoice PDF, a sent email, a printed letter)."""

    filename: str
    media_type: str
    data: bytes = field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class DocumentRef:
    filename: str
    media_type: str
    sha256: str
    size: int


@dataclass(frozen=True)
class RecordDraft:
    """What a service wants written; storage seals it into the chain."""

    kind: RecordKind
    summary: str
    client_id: int | None = None
    invoice_id: int | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    documents: tuple[Document, ...] = ()

    @property
    def chain(self) -> str:
        return chain_for(self.client_id, self.invoice_id)


@dataclass(frozen=True)
class DossierRecord:
    id: int | None
    chain: str
    seq: int
    created_at: datetime
    kind: str
    summary: str
    client_id: int | None
    invoice_id: int | None
    details: Mapping[str, Any]
    documents: tuple[DocumentRef, ...]
    prev_hash: str
    hash: str


def utc_timestamp(moment: datetime) -> str:
    """The one text form of a record's time: UTC, microseconds, ``Z``."""
    if moment.tzinfo is None:
        raise ValueError("dossier times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def canonical_details(details: Mapping[str, Any]) -> str:
    """Details as canonical JSON: sorted keys, no floats (money is cents)."""
    _refuse_floats(details)
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _refuse_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("floats are not allowed in dossier details; store cents or text")
    if isinstance(value, Mapping):
        for item in value.values():
            _refuse_floats(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _refuse_floats(item)


def record_hash(
    *,
    chain: str,
    seq: int,
    created_at: str,
    kind: str,
    summary: str,
    client_id: int | None,
    invoice_id: int | None,
    details_json: str,
    documents: Iterable[DocumentRef],
    prev_hash: str,
) -> str:
    """SHA-256 over every field of a record plus the previous record's hash."""
    content = {
        "chain": chain,
        "seq": seq,
        "created_at": created_at,
        "kind": kind,
        "summary": summary,
        "client_id": client_id,
        "invoice_id": invoice_id,
        "details": details_json,
        "documents": [[d.filename, d.media_type, d.sha256, d.size] for d in documents],
        "prev_hash": prev_hash,
    }
    payload = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredRecord:
    """A record exactly as read back from the file, for verification."""

    id: int
    chain: str
    seq: int
    created_at: str
    kind: str
    summary: str
    client_id: int | None
    invoice_id: int | None
    details_json: str
    prev_hash: str
    hash: str
    documents: tuple[DocumentRef, ...]
    #: SHA-256 of each stored document's bytes, recomputed on read.
    document_actual_sha256: tuple[str, ...]


@dataclass(frozen=True)
class ChainBreak:
    chain: str
    record_id: int
    seq: int
    reason: str

    def describe(self) -> str:
        if self.record_id == 0:
            return f"dossier {self.chain}: {self.reason}"
        return f"dossier {self.chain}, record #{self.record_id} (position {self.seq}): {self.reason}"


def first_kind(chain: str) -> RecordKind | None:
    """The record every dossier of this kind must begin with."""
    if chain.startswith("invoice:"):
        return RecordKind.INVOICE_REGISTERED
    if chain.startswith("client:"):
        return RecordKind.CLIENT_CREATED
    return None


def verify_chain(records: Iterable[StoredRecord]) -> ChainBreak | None:
    """Check one chain given in storage order (by id); return the first break."""
    expected_prev = GENESIS
    expected_seq = 1
    last_id = 0
    last_time = ""
    for record in records:
        if record.id <= last_id:
            return ChainBreak(record.chain, record.id, record.seq, "records are out of order")
        last_id = record.id
        if record.seq != expected_seq:
            reason = "a record before this one is missing" if record.seq > expected_seq else "records are out of order"
            return ChainBreak(record.chain, record.id, record.seq, reason)
        if record.prev_hash != expected_prev:
            return ChainBreak(record.chain, record.id, record.seq, "does not follow the previous record (removed, inserted or reordered)")
        for ref, actual in zip(record.documents, record.document_actual_sha256, strict=True):
            if ref.sha256 != actual:
                return ChainBreak(record.chain, record.id, record.seq, f"attached document {ref.filename!r} was changed")
        computed = record_hash(
            chain=record.chain,
            seq=record.seq,
            created_at=record.created_at,
            kind=record.kind,
            summary=record.summary,
            client_id=record.client_id,
            invoice_id=record.invoice_id,
            details_json=record.details_json,
            documents=record.documents,
            prev_hash=record.prev_hash,
        )
        if computed != record.hash:
            return ChainBreak(record.chain, record.id, record.seq, "content was changed after it was written")
        if record.chain != chain_for(record.client_id, record.invoice_id):
            return ChainBreak(record.chain, record.id, record.seq, "record was moved to another dossier")
        if record.created_at < last_time:  # the fixed-width UTC form sorts as text
            return ChainBreak(record.chain, record.id, record.seq, "recorded before the record it follows")
        expected_first = first_kind(record.chain)
        if record.seq == 1 and expected_first is not None and record.kind != expected_first:
            return ChainBreak(record.chain, record.id, record.seq, "the dossier's first records are missing")
        last_time = record.created_at
        expected_prev = record.hash
        expected_seq += 1
    return None
