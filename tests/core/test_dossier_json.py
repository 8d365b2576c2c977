"""The export's JSON: every hashed field as stored, no floats, and re-verification that finds tampering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dossier_support import NOW, DossierBusiness, build_dossier_business, copy_file, fake_claims, open_store, tamper

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier_export import DossierExport, DossierExportService
from debtordesk.core.dossier_json import export_json, money, verify_json


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> DossierBusiness:
    return build_dossier_business(tmp_path_factory.mktemp("json") / "business.debtordesk")


@pytest.fixture(scope="module")
def export(business: DossierBusiness) -> DossierExport:
    with open_store(business.path) as store:
        return DossierExportService(store, fixed_clock(NOW), fake_claims([])).for_client(business.client)


@pytest.fixture
def files(export: DossierExport) -> dict[str, bytes]:
    return {document.path: document.data for document in export.documents}


def no_floats(text: str) -> Any:
    def refuse(value: str) -> None:
        raise AssertionError(f"a float in the export: {value}")

    return json.loads(text, parse_float=refuse)


def edited(text: str, change) -> str:  # type: ignore[no-untyped-def]
    data = json.loads(text)
    change(data)
    return json.dumps(data, ensure_ascii=False)


def test_the_json_re_verifies_with_its_documents(export: DossierExport, files: dict[str, bytes]) -> None:
    result = verify_json(export_json(export), files)
    assert result.ok, result.describe()
    assert result.documents_checked == 2
    assert [c.chain for c in result.checks] == [c.chain for c in export.checks]
    assert [c.head_hash for c in result.checks] == [c.head_hash for c in export.checks]
    assert verify_json(export_json(export)).ok  # the chains alone, without the files


def test_every_hashed_field_is_there_as_stored_and_money_has_no_floats(export: DossierExport) -> None:
    data = no_floats(export_json(export))
    assert data["format"] == "debtordesk-dossier" and data["made_at"] == "2026-11-23T10:00:00.000000Z"
    first = data["records"][0]
    stored = export.records[0]
    assert set(first) >= {"id", "chain", "seq", "created_at", "kind", "summary", "client_id", "invoice_id",
                          "details_json", "prev_hash", "hash", "documents"}
    assert (first["created_at"], first["details_json"], first["hash"]) == (
        stored.created_at, stored.details_json, stored.hash)
    invoice = data["invoices"][0]
    assert (invoice["total_cents"], invoice["total"], invoice["open"]) == (1210_00, "1210.00", "810.00")
    assert data["claims"][0] == {"label": "Wettelijke handelsrente t/m 23 november 2026", "amount_cents": 12_34,
                                 "amount": "12.34", "working": ["€ 810,00 × 10,15 % × 53/365 dagen"], "due": True}
    assert data["open"] == "1415.00" and data["total"] == "1427.34"
    documents = [d for r in data["records"] for d in r["documents"]]
    assert {d["path"] for d in documents} == {d.path for d in export.documents}
    assert all(set(d) == {"filename", "media_type", "sha256", "size", "path"} for d in documents)


@pytest.mark.parametrize(("cents", "text"), [(0, "0.00"), (5, "0.05"), (151250, "1512.50"), (-1234, "-12.34")])
def test_money_is_a_decimal_string_with_two_places(cents: int, text: str) -> None:
    assert money(cents) == text


def test_a_changed_amount_in_the_details_is_found(export: DossierExport) -> None:
    def change(data: dict[str, Any]) -> None:
        payment = next(r for r in data["records"] if r["kind"] == "payment_recorded")
        payment["details_json"] = payment["details_json"].replace('"amount_cents":40000', '"amount_cents":90000')
        assert "90000" in payment["details_json"]

    result = verify_json(edited(export_json(export), change))
    assert not result.ok
    (line,) = result.describe()
    assert "content was changed after it was written" in line


def test_a_removed_record_is_found(export: DossierExport) -> None:
    def remove_middle(data: dict[str, Any]) -> None:
        data["records"] = [r for r in data["records"] if r["kind"] != "payment_recorded"]

    def remove_newest(data: dict[str, Any]) -> None:
        newest = max((r for r in data["records"] if r["chain"].startswith("client:")), key=lambda r: r["seq"])
        data["records"].remove(newest)

    middle = verify_json(edited(export_json(export), remove_middle))
    assert not middle.ok
    assert any("a record before this one is missing" in line for line in middle.describe())
    newest = verify_json(edited(export_json(export), remove_newest))
    assert not newest.ok and all(c.intact for c in newest.checks)  # the chain alone cannot tell ...
    assert "the export names 4 records" in newest.describe()[0]  # ... its declared head can


def test_a_changed_or_missing_document_is_found(export: DossierExport, files: dict[str, bytes]) -> None:
    text = export_json(export)
    pdf = next(path for path in files if path.endswith(".pdf"))
    changed = dict(files)
    changed[pdf] = files[pdf][:-2] + b"X\n"
    result = verify_json(text, changed)
    assert not result.ok and "attached document '2026-101.pdf' was changed" in result.describe()[0]
    missing = {path: data for path, data in files.items() if path != pdf}
    assert "attached document '2026-101.pdf' is missing from the export" in verify_json(text, missing).describe()[0]


def test_a_changed_document_hash_in_the_json_is_found(export: DossierExport, files: dict[str, bytes]) -> None:
    """Editing the hash a record names for its document (to match a swapped file) breaks the record."""

    def change(data: dict[str, Any]) -> None:
        document = next(d for r in data["records"] for d in r["documents"])
        document["sha256"] = "0" * 64

    assert not verify_json(edited(export_json(export), change)).ok


@pytest.mark.parametrize(("text", "problem"), [
    ("not json", "not JSON"),
    ('{"format": "something else"}', "not a DebtorDesk dossier export"),
    ('{"format": "debtordesk-dossier", "records": [{"id": 1}]}', "a record is incomplete or malformed"),
    ('{"format": "debtordesk-dossier", "chains": [], "records": [{"id": "1", "chain": "x", "seq": 1, '
     '"documents": []}]}', "a record is incomplete or malformed"),
])
def test_what_is_not_an_export_is_reported_not_raised(text: str, problem: str) -> None:
    result = verify_json(text)
    assert not result.ok and result.problems[0].startswith(problem)


def test_a_break_already_in_the_file_stays_visible_in_the_json(business: DossierBusiness, tmp_path: Path) -> None:
    path = copy_file(business.path, tmp_path / "tampered.debtordesk")
    tamper(path, "UPDATE dossier_record SET summary = 'Nothing happened' WHERE kind = 'note'")
    with open_store(path) as store:
        export = DossierExportService(store, fixed_clock(NOW)).for_client(business.client)
    data = json.loads(export_json(export))
    (broken,) = [c for c in data["chains"] if not c["intact"]]
    assert broken["chain"] == f"client:{business.client}" and "content was changed" in broken["problem"]
    assert not verify_json(export_json(export)).ok
