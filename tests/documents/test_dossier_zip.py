"""The dossier ZIP: the PDF, the JSON, the README and every original document, checkable without DebtorDesk."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from dossier_support import NOW, DossierBusiness, build_dossier_business, fake_claims, open_store

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier_export import DossierExport, DossierExportService
from debtordesk.core.dossier_json import verify_json
from debtordesk.core.dossier_readme import CHECK_SCRIPT
from debtordesk.core.model import Language
from debtordesk.documents.dossier_zip import write_dossier_zip


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> DossierExport:
    business: DossierBusiness = build_dossier_business(tmp_path_factory.mktemp("zip") / "business.debtordesk")
    with open_store(business.path) as store:
        return DossierExportService(store, fixed_clock(NOW), fake_claims([])).for_client(business.client)


@pytest.fixture(scope="module")
def archive(export: DossierExport) -> bytes:
    return write_dossier_zip(export, Language.NL)


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(BytesIO(data)) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def test_the_zip_holds_pdf_json_readme_and_every_document(export: DossierExport, archive: bytes) -> None:
    files = entries(archive)
    assert files["dossier.pdf"].startswith(b"%PDF")
    documents = {name: data for name, data in files.items() if name.startswith("documents/")}
    assert set(files) == {"dossier.pdf", "dossier.json", "README.txt", *documents}
    assert len(documents) == len(export.documents) == 2
    records = json.loads(files["dossier.json"])["records"]
    for ref in (d for r in records for d in r["documents"]):
        assert hashlib.sha256(documents[ref["path"]]).hexdigest() == ref["sha256"]
        assert len(documents[ref["path"]]) == ref["size"]


def test_the_json_in_the_zip_re_verifies_with_its_files(archive: bytes) -> None:
    files = entries(archive)
    result = verify_json(files["dossier.json"].decode("utf-8"), files)
    assert result.ok and result.documents_checked == 2


def test_the_readme_names_the_heads_and_the_rule(export: DossierExport, archive: bytes) -> None:
    readme = entries(archive)["README.txt"].decode("utf-8")
    assert readme.startswith("Dossier Brasserie Élise — geëxporteerd door DebtorDesk op 2026-11-23T10:00:00")
    for check in export.checks:
        assert check.head_hash in readme
    assert "\r\n" in readme and CHECK_SCRIPT.replace("\n", "\r\n") in readme
    english = entries(write_dossier_zip(export, Language.EN))["README.txt"].decode("utf-8")
    assert "How to check this export without DebtorDesk" in english


def _run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    script = folder / "check.py"
    script.write_text(CHECK_SCRIPT, encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], cwd=folder, capture_output=True, text=True, timeout=60)


def test_the_readmes_script_checks_the_unpacked_zip(archive: bytes, tmp_path: Path) -> None:
    with zipfile.ZipFile(BytesIO(archive)) as opened:
        opened.extractall(tmp_path)
    result = _run_check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
    document = next((tmp_path / "documents").iterdir())
    document.write_bytes(document.read_bytes() + b" ")
    result = _run_check(tmp_path)
    assert result.returncode != 0 and "document changed" in result.stderr


def test_the_same_export_gives_the_same_zip(export: DossierExport, archive: bytes) -> None:
    assert write_dossier_zip(export, Language.NL) == archive
    with zipfile.ZipFile(BytesIO(archive)) as opened:
        assert {info.date_time for info in opened.infolist()} == {(2026, 11, 23, 10, 0, 0)}
