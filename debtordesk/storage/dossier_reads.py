"""Dossier records read raw for an export: exactly as stored, so the export can be re-verified.

``SqlReader.records`` parses details and timestamps for the UI; an export instead
needs the text the hashes were computed over (``details`` and ``created_at`` as
stored) and each document's SHA-256 recomputed from its bytes, as ``verify.py``
reads them for the whole file, but for a few chains only.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence

from debtordesk.core.dossier import DocumentRef, StoredRecord

_RECORDS = """
SELECT id, chain, seq, created_at, kind, summary, client_id, invoice_id, details, prev_hash, hash
FROM dossier_record WHERE chain IN (SELECT value FROM json_each(?)) ORDER BY chain, id"""
_DOCUMENTS = """
SELECT d.record_id, d.filename, d.media_type, d.sha256, d.size, d.data
FROM dossier_document AS d JOIN dossier_record AS r ON r.id = d.record_id
WHERE r.chain IN (SELECT value FROM json_each(?)) ORDER BY d.record_id, d.position"""


def stored_records(connection: sqlite3.Connection, chains: Sequence[str]) -> list[StoredRecord]:
    """The records of these chains as stored, by chain and then id (the order ``verify_chain`` wants)."""
    wanted = json.dumps(sorted(set(chains)))
    documents: dict[int, list[tuple[DocumentRef, str]]] = {}
    for record_id, filename, media_type, sha256, size, data in connection.execute(_DOCUMENTS, (wanted,)):
        documents.setdefault(record_id, []).append(
            (DocumentRef(filename, media_type, sha256, size), hashlib.sha256(data).hexdigest()))
    records = []
    for (record_id, chain, seq, created_at, kind, summary, client_id, invoice_id, details, prev_hash,
         digest) in connection.execute(_RECORDS, (wanted,)):
        docs = documents.get(record_id, [])
        records.append(StoredRecord(
            id=record_id, chain=chain, seq=seq, created_at=created_at, kind=kind, summary=summary,
            client_id=client_id, invoice_id=invoice_id, details_json=details, prev_hash=prev_hash, hash=digest,
            documents=tuple(ref for ref, _ in docs), document_actual_sha256=tuple(actual for _, actual in docs)))
    return records
