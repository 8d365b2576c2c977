"""Walk every dossier chain in a file and report the first break of each."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, text

from debtordesk.core.dossier import ChainBreak, DocumentRef, StoredRecord, verify_chain


@dataclass(frozen=True)
class VerifyReport:
    chains: int
    records: int
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def _stored_records(engine: Engine) -> Iterator[StoredRecord]:
    with engine.connect() as connection:
        documents: dict[int, list[tuple[DocumentRef, str]]] = {}
        # Files made before schema revision 0002 have no document table: nothing attached.
        has_documents = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dossier_document'"
        )).first() is not None
        for row in connection.execute(text(
            "SELECT record_id, filename, media_type, sha256, size, data FROM dossier_document "
            "ORDER BY record_id, position"
        )) if has_documents else ():
            documents.setdefault(row.record_id, []).append(
                (DocumentRef(row.filename, row.media_type, row.sha256, row.size), hashlib.sha256(row.data).hexdigest())
            )
        result = connection.execution_options(yield_per=5000).execute(text(
            "SELECT id, chain, seq, created_at, kind, summary, client_id, invoice_id, details, prev_hash, hash "
            "FROM dossier_record ORDER BY chain, id"
        ))
        for row in result:
            docs = documents.get(row.id, [])
            yield StoredRecord(
                id=row.id, chain=row.chain, seq=row.seq, created_at=row.created_at, kind=row.kind,
                summary=row.summary, client_id=row.client_id, invoice_id=row.invoice_id, details_json=row.details,
                prev_hash=row.prev_hash, hash=row.hash, documents=tuple(d for d, _ in docs),
                document_actual_sha256=tuple(actual for _, actual in docs),
            )


def _expected_chains(engine: Engine) -> set[str]:
    """Every invoice and client has a dossier from the moment it was created."""
    with engine.connect() as connection:
        invoices = {f"invoice:{row[0]}" for row in connection.execute(text("SELECT id FROM invoice"))}
        clients = {f"client:{row[0]}" for row in connection.execute(text("SELECT id FROM client"))}
    return invoices | clients


def verify_file(engine: Engine) -> VerifyReport:
    chains = records = 0
    breaks = []
    seen = set()
    for chain, group in itertools.groupby(_stored_records(engine), key=lambda r: r.chain):
        items = list(group)
        seen.add(chain)
        chains += 1
        records += len(items)
        found = verify_chain(items)
        if found is not None:
            breaks.append(found)
    for missing in sorted(_expected_chains(engine) - seen):
        breaks.append(ChainBreak(missing, 0, 0, "all its records are missing"))
    return VerifyReport(chains, records, tuple(breaks))
