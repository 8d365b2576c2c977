"""The dossier chain rules, on plain ``StoredRecord`` lists (no database)."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from debtordesk.core.dossier import (
    GENESIS,
    ChainBreak,
    DocumentRef,
    RecordDraft,
    RecordKind,
    StoredRecord,
    canonical_details,
    chain_for,
    first_kind,
    parse_timestamp,
    record_hash,
    utc_timestamp,
    verify_chain,
)

PDF = b"%PDF-1.4 test document"


def seal(record: StoredRecord) -> StoredRecord:
    """Recompute the record's hash, as someone rewriting history with the public rules would."""
    digest = record_hash(
        chain=record.chain, seq=record.seq, created_at=record.created_at, kind=record.kind,
        summary=record.summary, client_id=record.client_id, invoice_id=record.invoice_id,
        details_json=record.details_json, documents=record.documents, prev_hash=record.prev_hash,
    )
    return dataclasses.replace(record, hash=digest)


def make_chain(length: int, *, client_id: int | None = 3, invoice_id: int | None = 7, first_id: int = 10,
               id_step: int = 3) -> list[StoredRecord]:
    """A correctly sealed chain; record 2 (seq 2) carries a document."""
    chain = chain_for(client_id, invoice_id)
    records: list[StoredRecord] = []
    prev = GENESIS
    for seq in range(1, length + 1):
        documents: tuple[DocumentRef, ...] = ()
        actual: tuple[str, ...] = ()
        if seq == 2:
            sha = hashlib.sha256(PDF).hexdigest()
            documents, actual = (DocumentRef("f.pdf", "application/pdf", sha, len(PDF)),), (sha,)
        record = seal(StoredRecord(
            id=first_id + (seq - 1) * id_step, chain=chain, seq=seq,
            created_at=utc_timestamp(datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(hours=seq)),
            kind=(first_kind(chain) if seq == 1 and first_kind(chain) else RecordKind.NOTE).value,
            summary=f"note {seq}", client_id=client_id, invoice_id=invoice_id,
            details_json=canonical_details({"n": seq, "amount_cents": 100 * seq}), prev_hash=prev, hash="",
            documents=documents, document_actual_sha256=actual,
        ))
        records.append(record)
        prev = record.hash
    return records


def test_intact_chains() -> None:
    assert verify_chain([]) is None
    assert verify_chain(make_chain(1)) is None
    assert verify_chain(make_chain(6)) is None
    assert verify_chain(make_chain(4, invoice_id=None)) is None
    assert verify_chain(make_chain(4, client_id=None, invoice_id=None)) is None


def test_first_record_follows_genesis() -> None:
    records = make_chain(3)
    assert records[0].prev_hash == GENESIS
    assert [r.prev_hash for r in records[1:]] == [r.hash for r in records[:-1]]


@pytest.mark.parametrize("field", ["summary", "kind", "created_at", "details_json", "client_id"])
@pytest.mark.parametrize("index", [0, 2, 4])
def test_changed_content_breaks_at_that_record(field: str, index: int) -> None:
    records = make_chain(5)
    changed = {"summary": "edited", "kind": "payment_recorded", "created_at": "2020-01-01T00:00:00.000000Z",
               "details_json": canonical_details({"n": 99}), "client_id": 4}[field]
    records[index] = dataclasses.replace(records[index], **{field: changed})
    found = verify_chain(records)
    assert found is not None
    assert (found.record_id, found.seq) == (records[index].id, index + 1)
    assert "changed" in found.reason


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_removed_record_breaks_at_its_successor(index: int) -> None:
    records = make_chain(5)
    successor = records[index + 1]
    del records[index]
    found = verify_chain(records)
    assert found is not None
    assert found.record_id == successor.id
    assert "missing" in found.reason


def test_removed_newest_record_is_not_visible_from_the_chain_alone() -> None:
    """Documented limit: truncation needs a backup or export to compare against."""
    assert verify_chain(make_chain(5)[:-1]) is None


def test_reordered_records_break_at_the_first_moved_one() -> None:
    records = make_chain(5)
    first, second = records[1], records[2]
    # Swap the content but keep the ids in storage order: what an UPDATE of all columns would do.
    records[1] = dataclasses.replace(second, id=first.id)
    records[2] = dataclasses.replace(first, id=second.id)
    found = verify_chain(records)
    assert found is not None and found.record_id == first.id
    assert found.reason in ("records are out of order", "a record before this one is missing")


def test_ids_out_of_storage_order_break() -> None:
    """Storage order is by id: a later position in the chain with a lower id is a reorder."""
    records = make_chain(3)
    records[1] = dataclasses.replace(records[1], id=records[2].id + 1)
    found = verify_chain(records)
    assert found is not None and found.record_id == records[2].id and "out of order" in found.reason


def test_duplicate_id_breaks() -> None:
    records = make_chain(3)
    records[2] = dataclasses.replace(records[2], id=records[1].id)
    found = verify_chain(records)
    assert found is not None and found.seq == 3 and "out of order" in found.reason


def test_seq_lower_than_expected_is_out_of_order() -> None:
    records = make_chain(3)
    records[2] = seal(dataclasses.replace(records[2], seq=2))
    found = verify_chain(records)
    assert found is not None and found.record_id == records[2].id and "out of order" in found.reason


def test_inserted_record_with_valid_own_hash_breaks_the_link() -> None:
    records = make_chain(4)
    forged = seal(dataclasses.replace(records[2], summary="forged", prev_hash="f" * 64))
    records[2] = forged
    found = verify_chain(records)
    assert found is not None and found.record_id == forged.id
    assert "does not follow" in found.reason


def test_resealed_record_breaks_the_next_link() -> None:
    """Rewriting a record and its own hash still breaks the following record's link."""
    records = make_chain(4)
    records[1] = seal(dataclasses.replace(records[1], summary="rewritten"))
    found = verify_chain(records)
    assert found is not None and found.record_id == records[2].id
    assert "does not follow" in found.reason


def test_changed_document_bytes_break() -> None:
    records = make_chain(3)
    records[1] = dataclasses.replace(records[1], document_actual_sha256=(hashlib.sha256(b"%PDF-forged").hexdigest(),))
    found = verify_chain(records)
    assert found is not None and found.record_id == records[1].id
    assert "'f.pdf' was changed" in found.reason


def test_changed_document_reference_breaks() -> None:
    """Replacing bytes *and* their stored SHA-256 changes the sealed content."""
    records = make_chain(3)
    forged_sha = hashlib.sha256(b"%PDF-forged").hexdigest()
    ref = dataclasses.replace(records[1].documents[0], sha256=forged_sha)
    records[1] = dataclasses.replace(records[1], documents=(ref,), document_actual_sha256=(forged_sha,))
    found = verify_chain(records)
    assert found is not None and found.record_id == records[1].id and "content was changed" in found.reason


def test_removed_document_breaks() -> None:
    records = make_chain(3)
    records[1] = dataclasses.replace(records[1], documents=(), document_actual_sha256=())
    found = verify_chain(records)
    assert found is not None and found.record_id == records[1].id


def test_record_moved_to_another_chain_is_detected_even_if_resealed() -> None:
    """A record re-sealed at the end of another chain still names its own invoice."""
    target = make_chain(2, invoice_id=None)  # client:3
    source = make_chain(3)  # invoice:7
    moved = seal(dataclasses.replace(source[2], id=100, chain=target[0].chain, seq=3, prev_hash=target[-1].hash))
    found = verify_chain([*target, moved])
    assert found is not None and found.record_id == 100
    assert "moved to another dossier" in found.reason


def test_chain_break_describe_names_the_record() -> None:
    text = ChainBreak("invoice:7", 42, 3, "content was changed after it was written").describe()
    assert text == "dossier invoice:7, record #42 (position 3): content was changed after it was written"


def test_record_hash_covers_every_field() -> None:
    base = dict(chain="invoice:1", seq=1, created_at="2026-01-01T09:00:00.000000Z", kind="note", summary="s",
                client_id=1, invoice_id=1, details_json="{}", documents=(), prev_hash=GENESIS)
    reference = record_hash(**base)  # type: ignore[arg-type]
    variants = dict(chain="invoice:2", seq=2, created_at="2026-01-01T09:00:00.000001Z", kind="task_done",
                    summary="t", client_id=2, invoice_id=None, details_json='{"a":1}',
                    documents=(DocumentRef("f.pdf", "application/pdf", "0" * 64, 1),), prev_hash="1" * 64)
    for name, value in variants.items():
        assert record_hash(**{**base, name: value}) != reference, name  # type: ignore[arg-type]
    assert record_hash(**base) == reference  # type: ignore[arg-type]


def test_chain_for() -> None:
    assert chain_for(3, 7) == "invoice:7"
    assert chain_for(None, 7) == "invoice:7"
    assert chain_for(3, None) == "client:3"
    assert chain_for(None, None) == "business"
    assert RecordDraft(RecordKind.NOTE, "x", client_id=3).chain == "client:3"


def test_timestamps_are_utc_with_microseconds() -> None:
    amsterdam = timezone(timedelta(hours=1))
    moment = datetime(2026, 1, 1, 10, 30, 0, 5, tzinfo=amsterdam)
    text = utc_timestamp(moment)
    assert text == "2026-01-01T09:30:00.000005Z"
    assert parse_timestamp(text) == moment
    with pytest.raises(ValueError):
        utc_timestamp(datetime(2026, 1, 1, 10, 30))


def test_canonical_details() -> None:
    assert canonical_details({"b": 1, "a": {"y": [1, "é"], "x": None}}) == '{"a":{"x":null,"y":[1,"é"]},"b":1}'
    assert canonical_details({"a": 1, "b": 2}) == canonical_details({"b": 2, "a": 1})


@pytest.mark.parametrize("details", [{"amount": 12.5}, {"a": {"b": [1, 2.0]}}, {"a": (1.0,)}, {"x": float("nan")}])
def test_canonical_details_refuses_floats(details: dict[str, object]) -> None:
    with pytest.raises(TypeError, match="floats are not allowed"):
        canonical_details(details)


def test_a_record_dated_before_its_predecessor_breaks_the_chain() -> None:
    records = make_chain(3)
    earlier = seal(dataclasses.replace(records[2], created_at=utc_timestamp(datetime(2025, 1, 1, tzinfo=UTC))))
    found = verify_chain([*records[:2], earlier])
    assert found is not None and found.record_id == earlier.id
    assert found.reason == "recorded before the record it follows"


def test_an_invoice_dossier_must_begin_with_its_registration() -> None:
    records = make_chain(3)
    # Drop the first record and re-seal the rest from the start: the chain is whole but headless.
    rest, prev = [], GENESIS
    for seq, record in enumerate(records[1:], start=1):
        record = seal(dataclasses.replace(record, seq=seq, prev_hash=prev))
        rest.append(record)
        prev = record.hash
    found = verify_chain(rest)
    assert found is not None and found.reason == "the dossier's first records are missing"
