"""A dossier export as JSON, and checking such a JSON again from its own content.

The JSON carries every field a record's hash covers, exactly as stored (the
timestamp text, the details as the canonical JSON text that was hashed), so anyone
can recompute each hash by the rule in ``core.dossier.record_hash`` (written out
in the ZIP's README.txt) without DebtorDesk. Money is whole cents plus a decimal
string for people; there are no floats anywhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from debtordesk.core.dossier import ChainBreak, DocumentRef, StoredRecord, utc_timestamp
from debtordesk.core.dossier_export import ChainCheck, DossierExport, check_chains, document_path
from debtordesk.core.model import Client, Contact, InvoiceRow, Payment
from debtordesk.core.money import Cents, to_decimal

FORMAT = "debtordesk-dossier"
VERSION = 1
_CENT = Decimal("0.01")
_MISSING = "missing"


def money(cents: Cents) -> str:
    """Cents as a decimal string with two places: 151250 -> "1512.50"."""
    return str(to_decimal(cents).quantize(_CENT))


def export_json(export: DossierExport) -> str:
    """The export as UTF-8 JSON text (indented, keys in reading order)."""
    profile = export.profile
    content = {
        "format": FORMAT,
        "version": VERSION,
        "made_at": utc_timestamp(export.made_at),
        "today": export.today.isoformat(),
        "scope": export.scope.value,
        "business": None if profile is None else {
            "name": profile.name, "street": profile.street, "postcode": profile.postcode, "city": profile.city,
            "country": profile.country.value, "vat_number": profile.vat_number,
            "registration_number": profile.registration_number, "iban": profile.iban, "bic": profile.bic,
            "email": profile.email, "phone": profile.phone, "language": profile.language.value},
        "client": _client(export.client),
        "contacts": [_contact(c) for c in export.contacts],
        "invoices": [_invoice(row) for row in export.invoices],
        "payments": [_payment(p, export.invoices) for p in export.payments],
        "claims": [{"label": c.label, "amount_cents": c.amount_cents, "amount": money(c.amount_cents),
                    "working": list(c.working), "due": c.due} for c in export.claims],
        "open_cents": export.open_cents, "open": money(export.open_cents),
        "total_cents": export.total_cents, "total": money(export.total_cents),
        "chains": [{"chain": c.chain, "records": c.records, "head_hash": c.head_hash, "intact": c.intact,
                    "problem": c.describe() or None} for c in export.checks],
        "records": [_record(r) for r in export.records],
    }
    return json.dumps(content, ensure_ascii=False, indent=2)


def _client(client: Client) -> dict[str, Any]:
    return {"id": client.id, "name": client.name, "kind": client.kind.value, "street": client.street,
            "postcode": client.postcode, "city": client.city, "country": client.country.value,
            "language": client.language.value, "vat_number": client.vat_number, "notes": client.notes,
            "work_paused": client.work_paused, "relationship_ended": client.relationship_ended}


def _contact(contact: Contact) -> dict[str, Any]:
    return {"id": contact.id, "name": contact.name, "role": contact.role.value, "email": contact.email,
            "phone": contact.phone, "active": contact.active}


def _invoice(row: InvoiceRow) -> dict[str, Any]:
    invoice, state = row.invoice, row.state
    return {
        "id": invoice.id, "number": invoice.number, "issue_date": invoice.issue_date.isoformat(),
        "due_date": invoice.due_date.isoformat(), "currency": invoice.currency, "description": invoice.description,
        "net_cents": invoice.net_cents, "vat_cents": invoice.vat_cents, "total_cents": invoice.total_cents,
        "paid_cents": row.paid_cents, "open_cents": row.open_cents,
        "total": money(invoice.total_cents), "paid": money(row.paid_cents), "open": money(row.open_cents),
        "hold": state.hold_kind.value if state.hold_kind else None, "hold_reason": state.hold_reason,
        "disputed_cents": state.disputed_cents,
        "written_off_on": state.written_off_on.isoformat() if state.written_off_on else None,
        "handed_over_on": state.handed_over_on.isoformat() if state.handed_over_on else None,
        "handed_over_to": state.handed_over_to,
    }


def _payment(payment: Payment, rows: Sequence[InvoiceRow]) -> dict[str, Any]:
    number = next((r.invoice.number for r in rows if r.invoice.id == payment.invoice_id), None)
    return {"invoice_id": payment.invoice_id, "invoice": number, "paid_on": payment.paid_on.isoformat(),
            "amount_cents": payment.amount_cents, "amount": money(payment.amount_cents),
            "method": payment.method.value, "reference": payment.reference}


def _record(record: StoredRecord) -> dict[str, Any]:
    return {
        "id": record.id, "chain": record.chain, "seq": record.seq, "created_at": record.created_at,
        "kind": record.kind, "summary": record.summary, "client_id": record.client_id,
        "invoice_id": record.invoice_id, "details_json": record.details_json,
        "documents": [{"filename": d.filename, "media_type": d.media_type, "sha256": d.sha256, "size": d.size,
                       "path": document_path(record.chain, record.seq, position, d.filename)}
                      for position, d in enumerate(record.documents)],
        "prev_hash": record.prev_hash, "hash": record.hash,
    }


@dataclass(frozen=True)
class JsonVerification:
    """The outcome of checking an exported JSON (and its document files) again.

    Attributes:
        checks: per dossier, recomputed from the records in the JSON.
        problems: what else does not hold: unreadable JSON, a head or record count that
            differs from what the export declared (its newest records removed), a dossier
            declared without records.
        documents_checked: document files whose bytes were hashed.
    """

    checks: tuple[ChainCheck, ...]
    problems: tuple[str, ...] = ()
    documents_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and all(check.intact for check in self.checks)

    def describe(self) -> list[str]:
        return [*self.problems, *(check.describe() for check in self.checks if not check.intact)]


def verify_json(text: str, files: Mapping[str, bytes] | None = None) -> JsonVerification:
    """Re-verify every dossier in an exported JSON by ``verify_chain``.

    Args:
        text: the JSON as ``export_json`` wrote it.
        files: the document files by their path in the ZIP; when given, each document's
            bytes must match the SHA-256 its record names (and must be there).
    """
    try:
        data = json.loads(text)
    except ValueError as error:
        return JsonVerification((), (f"not JSON: {error}",))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return JsonVerification((), ("not a DebtorDesk dossier export",))
    try:
        declared = {str(c["chain"]): c for c in data.get("chains", [])}
        records, missing, hashed = _stored(data["records"], files)
    except (KeyError, TypeError, ValueError) as error:
        return JsonVerification((), (f"a record is incomplete or malformed: {error}",))
    chains = list(declared) + sorted({r.chain for r in records} - set(declared))
    checks = tuple(_name_missing(check, missing) for check in check_chains(records, chains))
    problems = []
    for check in checks:
        said = declared.get(check.chain)
        if said is None:
            problems.append(f"dossier {check.chain}: not in the export's list of dossiers")
        elif (said.get("records"), said.get("head_hash")) != (check.records, check.head_hash):
            problems.append(f"dossier {check.chain}: the export names {said.get('records')} records ending in "
                            f"{said.get('head_hash')}, but holds {check.records} ending in {check.head_hash or '-'}")
    return JsonVerification(checks, tuple(problems), hashed)


def _stored(items: list[dict[str, Any]], files: Mapping[str, bytes] | None
            ) -> tuple[list[StoredRecord], set[tuple[int, str]], int]:
    records, missing, hashed = [], set(), 0
    for item in items:
        refs, actual = [], []
        for doc in item["documents"]:
            ref = DocumentRef(_text(doc, "filename"), _text(doc, "media_type"), _text(doc, "sha256"),
                              _number(doc, "size"))
            refs.append(ref)
            if files is None:
                actual.append(ref.sha256)
            elif doc.get("path") in files:
                actual.append(hashlib.sha256(files[doc["path"]]).hexdigest())
                hashed += 1
            else:
                actual.append(_MISSING)
                missing.add((_number(item, "id"), ref.filename))
        records.append(StoredRecord(
            id=_number(item, "id"), chain=_text(item, "chain"), seq=_number(item, "seq"),
            created_at=_text(item, "created_at"), kind=_text(item, "kind"), summary=_text(item, "summary"),
            client_id=_number(item, "client_id", optional=True), invoice_id=_number(item, "invoice_id", optional=True),
            details_json=_text(item, "details_json"), prev_hash=_text(item, "prev_hash"), hash=_text(item, "hash"),
            documents=tuple(refs), document_actual_sha256=tuple(actual)))
    return records, missing, hashed


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} must be text")
    return value


def _number(item: Mapping[str, Any], key: str, optional: bool = False) -> Any:
    value = item[key]
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key} must be a whole number")
    return value


def _name_missing(check: ChainCheck, missing: set[tuple[int, str]]) -> ChainCheck:
    """A document file absent from the export is reported as missing, not as changed."""
    found = check.problem
    if found is None:
        return check
    for record_id, filename in missing:
        if record_id == found.record_id and found.reason == f"attached document {filename!r} was changed":
            reason = f"attached document {filename!r} is missing from the export"
            return ChainCheck(check.chain, check.records, check.head_hash,
                              ChainBreak(found.chain, found.record_id, found.seq, reason))
    return check
