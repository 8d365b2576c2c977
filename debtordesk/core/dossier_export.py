"""What a dossier export holds, as plain data: the PDF, the JSON and the ZIP are all made from it.

A collection agency, bailiff or lawyer asks for the whole story of a claim: who the
parties are, what is open, what interest and costs run, and every record with its
original documents. The records are taken exactly as stored, so the export can be
checked again later by the same rule (``core.dossier.verify_chain``), and each
dossier's final (head) hash is part of it: removing the newest records of a chain
cannot be seen from the chain alone, but it can against an export's head.
"""

from __future__ import annotations

import enum
import itertools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.clock import Clock
from debtordesk.core.dossier import ChainBreak, DocumentRef, StoredRecord, parse_timestamp, verify_chain
from debtordesk.core.model import BusinessProfile, Client, Contact, InvoiceRow, Payment
from debtordesk.core.money import Cents
from debtordesk.core.ports import Reader, Store

#: Interest and costs to date for these invoices (the legal rules); the export only shows them.
ClaimsToDate = Callable[[Client, Sequence[InvoiceRow], Sequence[Payment], date], tuple[ClaimPart, ...]]

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


class ExportScope(enum.StrEnum):
    INVOICE = "invoice"  # one invoice's dossier
    CLIENT = "client"  # the client's own dossier and the dossiers of all its invoices


@dataclass(frozen=True)
class ChainCheck:
    """One dossier's verification: how many records, its head hash, and the first break if any."""

    chain: str
    records: int
    head_hash: str  # "" for a dossier without records
    problem: ChainBreak | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        return "" if self.problem is None else self.problem.describe()


def check_chains(records: Iterable[StoredRecord], chains: Sequence[str]) -> tuple[ChainCheck, ...]:
    """Verify every chain named, in that order; a named chain without records is broken."""
    by_chain: dict[str, list[StoredRecord]] = {}
    for chain, group in itertools.groupby(sorted(records, key=lambda r: (r.chain, r.id)), key=lambda r: r.chain):
        by_chain[chain] = list(group)
    checks = []
    for chain in chains:
        items = by_chain.get(chain, [])
        if not items:
            checks.append(ChainCheck(chain, 0, "", ChainBreak(chain, 0, 0, "all its records are missing")))
            continue
        checks.append(ChainCheck(chain, len(items), items[-1].hash, verify_chain(items)))
    return tuple(checks)


def document_path(chain: str, seq: int, position: int, filename: str) -> str:
    """Where a record's document lies in the ZIP: ``documents/<chain>-<seq>-<filename>``.

    The chain's colon and anything a file system refuses become "-"; a record's
    second and later documents carry their position, so two names never collide.
    """
    safe = _UNSAFE.sub("-", filename).strip(" .") or "document"
    extra = f"-{position + 1}" if position else ""
    return f"documents/{chain.replace(':', '-')}-{seq}{extra}-{safe}"


@dataclass(frozen=True)
class ExportedDocument:
    """An original document of a record (an invoice PDF, a sent email, a letter), with its bytes."""

    record_id: int
    chain: str
    seq: int
    position: int
    ref: DocumentRef
    data: bytes = field(repr=False)

    @property
    def path(self) -> str:
        return document_path(self.chain, self.seq, self.position, self.ref.filename)


def record_details(record: StoredRecord) -> Mapping[str, Any]:
    """A record's details parsed; details that are not a JSON object come out empty."""
    try:
        details = json.loads(record.details_json)
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def record_time(record: StoredRecord) -> datetime:
    return parse_timestamp(record.created_at)


@dataclass(frozen=True)
class DossierExport:
    """Everything an export shows, read in one snapshot of the file.

    Attributes:
        scope: one invoice or a whole client.
        made_at: when the export was made (UTC).
        today: the day interest and costs run to.
        invoices: the invoices in scope, by issue date and number.
        payments: the payments on them, by date.
        claims: interest and costs to date, as the legal rules worded them (empty when not computed).
        records: every record of the chains in scope, chronological, exactly as stored.
        documents: the records' original documents, in record order.
        checks: per dossier (the client's first, then each invoice's) the verification.
    """

    scope: ExportScope
    made_at: datetime
    today: date
    profile: BusinessProfile | None
    client: Client
    contacts: tuple[Contact, ...]
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[Payment, ...]
    claims: tuple[ClaimPart, ...]
    records: tuple[StoredRecord, ...]
    documents: tuple[ExportedDocument, ...]
    checks: tuple[ChainCheck, ...]

    @property
    def intact(self) -> bool:
        return all(check.intact for check in self.checks)

    @property
    def open_cents(self) -> Cents:
        return sum(row.open_cents for row in self.invoices)

    @property
    def claims_due_cents(self) -> Cents:
        return sum(part.amount_cents for part in self.claims if part.due)

    @property
    def total_cents(self) -> Cents:
        """Open amount plus the interest and costs due now."""
        return self.open_cents + self.claims_due_cents

    def chain_names(self) -> dict[str, str]:
        """Each chain with what it is about: the client's name or the invoice's number."""
        names = {f"client:{self.client.id}": self.client.name}
        names.update({f"invoice:{row.invoice.id}": row.invoice.number for row in self.invoices})
        return names

    def documents_of(self, record_id: int) -> tuple[ExportedDocument, ...]:
        return tuple(d for d in self.documents if d.record_id == record_id)


class DossierExportService:
    """Reads an invoice's or a client's dossier for export.

    Attributes:
        store: the data file (only read).
        clock: the export's time; its ``today`` is the day interest and costs run to.
        claims_to_date: the legal rules' interest and costs, or None to leave them out.
    """

    def __init__(self, store: Store, clock: Clock, claims_to_date: ClaimsToDate | None = None) -> None:
        self.store = store
        self.clock = clock
        self.claims_to_date = claims_to_date

    def for_invoice(self, invoice_id: int) -> DossierExport:
        """One invoice's dossier (``NotFound`` for an unknown id)."""
        with self.store.reading() as reader:
            invoice = reader.invoice(invoice_id)
            rows = list(reader.invoices_with_ids([invoice_id]))
            return self._export(reader, ExportScope.INVOICE, reader.client(invoice.client_id), rows,
                                [f"invoice:{invoice_id}"])

    def for_client(self, client_id: int) -> DossierExport:
        """The client's dossier and those of all its invoices (``NotFound`` for an unknown id)."""
        with self.store.reading() as reader:
            client = reader.client(client_id)
            rows = sorted(reader.invoices(client_id), key=lambda r: (r.invoice.issue_date, r.invoice.number))
            chains = [f"client:{client_id}"] + [f"invoice:{row.invoice.id}" for row in rows]
            return self._export(reader, ExportScope.CLIENT, client, rows, chains)

    def _export(self, reader: Reader, scope: ExportScope, client: Client, rows: Sequence[InvoiceRow],
                chains: Sequence[str]) -> DossierExport:
        today = self.clock.today()
        payments = sorted((p for row in rows for p in reader.payments(row.invoice.id or 0)),
                          key=lambda p: (p.paid_on, p.id or 0))
        stored = reader.stored_records(chains)
        records = tuple(sorted(stored, key=lambda r: (r.created_at, r.id)))
        documents = tuple(
            ExportedDocument(record.id, record.chain, record.seq, position, ref,
                             reader.document_bytes(record.id, position))
            for record in records for position, ref in enumerate(record.documents))
        claims = ()
        if self.claims_to_date is not None:
            claims = tuple(self.claims_to_date(client, rows, payments, today))
        return DossierExport(
            scope=scope, made_at=self.clock.now().astimezone(UTC), today=today, profile=reader.profile(), client=client,
            contacts=tuple(reader.contacts(client.id or 0)), invoices=tuple(rows), payments=tuple(payments),
            claims=claims, records=records, documents=documents, checks=check_chains(stored, chains))
