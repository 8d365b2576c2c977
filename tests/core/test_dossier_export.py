"""Reading a dossier for export from a real data file: scope, order, documents, claims, verification."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date
from pathlib import Path

import pytest
from dossier_support import NOW, DossierBusiness, build_dossier_business, copy_file, fake_claims, open_store, tamper
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import ChainBreak
from debtordesk.core.dossier_export import (
    DossierExport,
    DossierExportService,
    ExportScope,
    check_chains,
    document_path,
)
from debtordesk.core.ports import NotFound


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> DossierBusiness:
    return build_dossier_business(tmp_path_factory.mktemp("export") / "business.debtordesk")


def export_client(path: Path, client_id: int, claims=None) -> DossierExport:  # type: ignore[no-untyped-def]
    with open_store(path) as store:
        return DossierExportService(store, fixed_clock(NOW), claims).for_client(client_id)


def raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_a_client_export_holds_its_own_dossier_and_every_invoice_dossier(business: DossierBusiness) -> None:
    export = export_client(business.path, business.client)
    assert export.scope == ExportScope.CLIENT
    assert export.client.name == "Brasserie Élise" and export.profile is not None
    assert [c.name for c in export.contacts] == ["Zoë Peeters", "Info"]
    assert [row.invoice.number for row in export.invoices] == ["2026-101", "2026-102"]
    assert [c.chain for c in export.checks] == [f"client:{business.client}", f"invoice:{business.invoice}",
                                                f"invoice:{business.disputed}"]
    expected = raw(business.path, "SELECT count(*) FROM dossier_record WHERE chain IN (?, ?, ?)",
                   tuple(c.chain for c in export.checks))[0][0]
    assert len(export.records) == expected == 13
    assert all(r.client_id == business.client for r in export.records)  # nothing of the other client
    assert export.open_cents == (1210_00 - 400_00) + 605_00
    assert [p.amount_cents for p in export.payments] == [400_00]


def test_records_are_chronological_and_exactly_as_stored(business: DossierBusiness) -> None:
    export = export_client(business.path, business.client)
    keys = [(r.created_at, r.id) for r in export.records]
    assert keys == sorted(keys)
    stored = {row[0]: row[1:] for row in raw(business.path, "SELECT id, created_at, details, hash FROM dossier_record")}
    for record in export.records:
        assert (record.created_at, record.details_json, record.hash) == stored[record.id]


def test_documents_come_with_their_bytes_and_a_path_in_the_zip(business: DossierBusiness) -> None:
    export = export_client(business.path, business.client)
    assert sorted(d.ref.media_type for d in export.documents) == ["application/pdf", "message/rfc822"]
    for document in export.documents:
        assert hashlib.sha256(document.data).hexdigest() == document.ref.sha256
        assert len(document.data) == document.ref.size
        assert document.path.startswith(f"documents/invoice-{business.invoice}-")
    pdf = next(d for d in export.documents if d.ref.media_type == "application/pdf")
    assert pdf.path == f"documents/invoice-{business.invoice}-1-2026-101.pdf"


def test_each_dossier_is_verified_with_its_head_hash(business: DossierBusiness) -> None:
    export = export_client(business.path, business.client)
    assert export.intact
    heads = dict(raw(business.path, "SELECT chain, hash FROM dossier_record r WHERE seq = "
                                    "(SELECT max(seq) FROM dossier_record WHERE chain = r.chain)"))
    for check in export.checks:
        assert check.intact and check.describe() == ""
        assert check.head_hash == heads[check.chain]
    assert sum(c.records for c in export.checks) == len(export.records)


def test_claims_come_from_the_callable_with_the_exports_day(business: DossierBusiness) -> None:
    calls: list[tuple[str, int, int, date]] = []
    export = export_client(business.path, business.client, fake_claims(calls))
    assert calls == [("Brasserie Élise", 2, 1, NOW.date())]
    assert [c.amount_cents for c in export.claims] == [12_34, 40_00]
    assert export.claims_due_cents == 12_34  # the announced part is not due yet
    assert export.total_cents == export.open_cents + 12_34
    assert export_client(business.path, business.client).claims == ()


def test_an_invoice_export_holds_that_invoice_only(business: DossierBusiness) -> None:
    with open_store(business.path) as store:
        export = DossierExportService(store, fixed_clock(NOW)).for_invoice(business.invoice)
    assert export.scope == ExportScope.INVOICE
    assert [row.invoice.number for row in export.invoices] == ["2026-101"]
    assert {r.chain for r in export.records} == {f"invoice:{business.invoice}"}
    assert [c.chain for c in export.checks] == [f"invoice:{business.invoice}"]
    assert export.client.name == "Brasserie Élise" and len(export.contacts) == 2
    assert export.made_at == NOW and export.made_at.tzinfo == UTC and export.today == date(2026, 11, 23)


def test_unknown_ids_are_not_found(business: DossierBusiness) -> None:
    with open_store(business.path) as store:
        service = DossierExportService(store, fixed_clock(NOW))
        with pytest.raises(NotFound):
            service.for_invoice(9999)
        with pytest.raises(NotFound):
            service.for_client(9999)


def test_a_record_changed_in_the_file_shows_as_a_break(business: DossierBusiness, tmp_path: Path) -> None:
    path = copy_file(business.path, tmp_path / "tampered.debtordesk")
    (record_id,) = raw(path, "SELECT id FROM dossier_record WHERE kind = 'payment_recorded'")[0]
    tamper(path, "UPDATE dossier_record SET details = replace(details, '40000', '90000') WHERE id = ?",
           (record_id,))
    export = export_client(path, business.client)
    assert not export.intact
    (broken,) = [c for c in export.checks if not c.intact]
    assert broken.chain == f"invoice:{business.invoice}" and broken.problem is not None
    assert broken.problem.record_id == record_id
    assert broken.describe().endswith("content was changed after it was written")


def test_a_changed_document_shows_as_a_break(business: DossierBusiness, tmp_path: Path) -> None:
    path = copy_file(business.path, tmp_path / "tampered.debtordesk")
    tamper(path, "UPDATE dossier_document SET data = CAST(? AS BLOB) WHERE media_type = 'application/pdf'",
           (b"%PDF-1.4 another invoice",))
    export = export_client(path, business.client)
    (broken,) = [c for c in export.checks if not c.intact]
    assert "attached document '2026-101.pdf' was changed" in broken.describe()


def test_a_dossier_without_records_is_broken() -> None:
    (check,) = check_chains([], ["invoice:7"])
    assert check.problem == ChainBreak("invoice:7", 0, 0, "all its records are missing")
    assert check.records == 0 and check.head_hash == ""


def test_every_demo_client_exports_intact(demo_file: Path) -> None:
    clients = [row[0] for row in raw(demo_file, "SELECT id FROM client ORDER BY id")]
    total = 0
    with open_store(demo_file) as store:
        service = DossierExportService(store, fixed_clock(NOW))
        for client_id in clients:
            export = service.for_client(client_id)
            assert export.intact, [c.describe() for c in export.checks]
            total += len(export.records)
    # Every record of the demo except the business's own chain belongs to one client's export.
    assert total == raw(demo_file, "SELECT count(*) FROM dossier_record WHERE chain != 'business'")[0][0]


@given(chain=st.sampled_from(["invoice:1", "client:22", "invoice:300"]), seq=st.integers(1, 10_000),
       position=st.integers(0, 5), filename=st.text(min_size=0, max_size=40))
def test_document_paths_stay_inside_the_documents_folder(chain: str, seq: int, position: int, filename: str) -> None:
    path = document_path(chain, seq, position, filename)
    name = path.removeprefix("documents/")
    assert path.startswith("documents/") and name
    assert not any(c in name for c in '/\\:*?"<>|') and not any(ord(c) < 32 for c in name)
    assert name.startswith(f"{chain.replace(':', '-')}-{seq}-" if position == 0 else
                           f"{chain.replace(':', '-')}-{seq}-{position + 1}-")
