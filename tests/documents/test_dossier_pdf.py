"""The dossier PDF read back as text (pypdf): parties, amounts, every record, verification, footer."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from dossier_support import (
    CALL_NOTES,
    NOW,
    DossierBusiness,
    build_dossier_business,
    copy_file,
    fake_claims,
    open_store,
    tamper,
)
from pypdf import PdfReader

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier_export import DossierExport, DossierExportService
from debtordesk.core.model import Language
from debtordesk.core.services import DebtorService
from debtordesk.documents.dossier_pdf import render_dossier
from debtordesk.documents.fonts import register_fonts
from debtordesk.storage.datafile import open_data_file


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> DossierBusiness:
    return build_dossier_business(tmp_path_factory.mktemp("pdf") / "business.debtordesk")


def client_export(path: Path, client_id: int, claims: bool = True) -> DossierExport:
    with open_store(path) as store:
        return DossierExportService(store, fixed_clock(NOW), fake_claims([]) if claims else None).for_client(
            client_id)


@pytest.fixture(scope="module")
def export(business: DossierBusiness) -> DossierExport:
    return client_export(business.path, business.client)


def pages_text(data: bytes) -> list[str]:
    """Each page's text with runs of white space (line ends, no-break spaces) as one space."""
    return [" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in PdfReader(BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_pdf_tells_the_whole_dossier(export: DossierExport) -> None:
    pages = pages_text(render_dossier(export, Language.NL))
    text = " ".join(pages)
    assert "Dossier Brasserie Élise" in pages[0] and "Veldstraat 5" in pages[0] and "BE0403170701" in pages[0]
    assert "Zoë Peeters" in pages[0] and "zoe@elise.example" in pages[0]
    for number in ("2026-101", "2026-102"):
        assert number in pages[0]
    assert "Totaal openstaand € 1.415,00" in pages[0]
    assert "Wettelijke handelsrente t/m 23 november 2026 € 810,00 × 10,15 % × 53/365 dagen € 12,34" in pages[0]
    assert "Buitengerechtelijke incassokosten (aangekondigd, nog niet verschuldigd) forfait € 40,00" in pages[0]
    assert "Totaal verschuldigd op 23 nov 2026 € 1.427,34" in pages[0]
    for record in export.records:
        assert flat(record.summary) in text, record.summary
        assert record.hash[:16] in text
    assert "Wilt u die voldoen?" in text and flat(CALL_NOTES) in text
    for document in export.documents:
        assert document.ref.sha256 in text and document.ref.filename in text
    for check in export.checks:
        assert check.head_hash in text
    assert text.count("elke hash klopt") == 3


def test_every_page_has_the_running_footer(export: DossierExport) -> None:
    pages = pages_text(render_dossier(export, Language.NL))
    for number, page in enumerate(pages, start=1):
        assert f"Dossier Brasserie Élise — geëxporteerd 23 nov 2026 — pagina {number}/{len(pages)}" in page


@pytest.mark.parametrize(("language", "words"), [
    (Language.EN, ("Debtor", "Chronological record", "Verification", "Total open €1,415.00", "page 1/")),
    (Language.FR, ("Débiteur", "Historique chronologique", "Vérification", "Total impayé 1 415,00 €", "page 1/")),
])
def test_other_languages(export: DossierExport, language: Language, words: tuple[str, ...]) -> None:
    text = " ".join(pages_text(render_dossier(export, language)))
    for word in words:
        assert word in text


def test_a_broken_dossier_says_where(business: DossierBusiness, tmp_path: Path) -> None:
    path = copy_file(business.path, tmp_path / "tampered.debtordesk")
    tamper(path, "UPDATE dossier_record SET summary = 'Nothing happened' WHERE kind = 'note'")
    export = client_export(path, business.client)
    (broken,) = [c for c in export.checks if not c.intact]
    text = " ".join(pages_text(render_dossier(export, Language.NL)))
    assert "Let op: 1 van de 3 dossiers doorstaan de verificatie niet" in text
    assert f"GEBROKEN: {broken.describe()}" in text


def test_an_invoice_export_and_no_claims(business: DossierBusiness) -> None:
    with open_store(business.path) as store:
        export = DossierExportService(store, fixed_clock(NOW)).for_invoice(business.disputed)
    text = " ".join(pages_text(render_dossier(export, Language.NL)))
    assert "Dossier van factuur 2026-102" in text and "2026-101" not in text
    assert "betwist: Werk niet volledig geleverd" in text
    assert "Rente en kosten" not in text and "Geen betalingen ontvangen." in text


def test_a_long_note_flows_over_pages(business: DossierBusiness, tmp_path: Path) -> None:
    path = copy_file(business.path, tmp_path / "long.debtordesk")
    lines = [f"Regel {n}: de klant belde over de levering en de factuur." for n in range(1, 241)]
    with open_data_file(path, take_backup=False) as data_file:
        DebtorService(data_file.store, fixed_clock(datetime(2026, 11, 23, 11, tzinfo=UTC))).add_note(
            "\n".join(lines), client_id=business.client, invoice_id=None)
    pages = pages_text(render_dossier(client_export(path, business.client), Language.NL))
    assert len(pages) >= 6
    text = " ".join(pages)
    assert lines[0] in text and lines[-1] in text


def test_the_demo_client_with_most_records(demo_file: Path) -> None:
    with open_store(demo_file) as store:
        export = DossierExportService(store, fixed_clock(NOW)).for_client(12)
    pages = pages_text(render_dossier(export, Language.NL))
    text = " ".join(pages)
    assert export.client.name in pages[0] and "Pieter Claes" in text
    assert all(row.invoice.number in pages[0] for row in export.invoices)
    assert re.search(r"Totaal openstaand € [\d.]+,\d\d", pages[0])
    assert text.count("elke hash klopt") == len(export.checks)


def test_fonts_are_registered_once_and_embedded(export: DossierExport) -> None:
    assert register_fonts() == register_fonts() == ("DejaVuSans", "DejaVuSans-Bold")
    reader = PdfReader(BytesIO(render_dossier(export, Language.NL)))
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert reader.metadata is not None and reader.metadata.title == "Dossier Brasserie Élise"
