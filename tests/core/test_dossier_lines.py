"""Records told in full for an export, in English, Dutch and French."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from dossier_support import CALL_NOTES, EMAIL_BODY, NOW, DossierBusiness, build_dossier_business, open_store

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import RecordKind, StoredRecord
from debtordesk.core.dossier_export import DossierExport, DossierExportService, record_details
from debtordesk.core.dossier_lines import RecordDescriber, RecordText, email_text, local_moment
from debtordesk.core.dossier_record_words import KINDS, LABELS
from debtordesk.core.dossier_words import TEXTS, DossierWords
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Language


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> DossierExport:
    business: DossierBusiness = build_dossier_business(tmp_path_factory.mktemp("lines") / "business.debtordesk")
    with open_store(business.path) as store:
        return DossierExportService(store, fixed_clock(NOW)).for_client(business.client)


def describer(language: Language, numbers: dict[int, str] | None = None) -> RecordDescriber:
    return RecordDescriber(DossierWords(language), Formatter(language.value), numbers or {})


def record(kind: str, details: dict[str, Any]) -> StoredRecord:
    return StoredRecord(id=1, chain="invoice:1", seq=1, created_at="2026-11-23T10:00:00.000000Z", kind=kind,
                        summary="sealed", client_id=1, invoice_id=1, details_json=json.dumps(details),
                        prev_hash="0" * 64, hash="f" * 64, documents=(), document_actual_sha256=())


def told(export: DossierExport, kind: str, language: Language = Language.NL) -> RecordText:
    found = next(r for r in export.records if r.kind == kind)
    numbers = {row.invoice.id or 0: row.invoice.number for row in export.invoices}
    return describer(language, numbers).describe(found, record_details(found), export.documents_of(found.id))


def test_a_sent_email_is_shown_whole(export: DossierExport) -> None:
    text = told(export, "email_sent")
    lines = dict(text.lines)
    assert text.kind == "E-mail verstuurd"
    assert lines["Onderwerp"] == "Herinnering factuur 2026-101"
    assert lines["Aan"] == "zoe@elise.example" and lines["CC"] == "info@elise.example"
    assert lines["Van"] == "Studio Test <studio@test.example>"
    assert lines["Bijlagen"] == "2026-101.pdf" and lines["Stap"] == "Vriendelijke herinnering"
    assert lines["Bericht-ID"].startswith("<") and "Verstuurd om" in lines
    assert text.body == EMAIL_BODY


def test_a_call_shows_what_was_said_and_agreed(export: DossierExport) -> None:
    lines = dict(told(export, "call", Language.FR).lines)
    assert lines["Interlocuteur"] == "Zoë Peeters" and lines["Fonction"] == "comptabilité fournisseurs"
    assert lines["Cause"] == "oubli" and lines["Facture reçue"] == "oui"
    assert lines["Notes"] == CALL_NOTES
    assert lines["Paiement convenu"] == "810,00\u00a0€ · 1 déc. 2026 (Zoë)"
    assert lines["Factures"] == "2026-101"  # the call keeps invoice ids; the export names numbers
    assert lines["Durée"] == "6 min." and re.fullmatch(r".+ \d\d:\d\d–\d\d:\d\d \(UTC[+-]\d\d:\d\d\)",
                                                         lines["Heure"])


def test_a_payment_and_a_dispute_in_words(export: DossierExport) -> None:
    payment = dict(told(export, "payment_recorded", Language.EN).lines)
    assert payment["Amount"] == "€400.00" and payment["Method"] == "bank transfer"
    assert payment["Open after"] == "€810.00" and payment["Paid on"] == "19 Oct 2026"
    dispute = dict(told(export, "disputed").lines)
    assert dispute["Reden"] == "Werk niet volledig geleverd" and dispute["Opnieuw bekijken op"] == "15 dec 2026"


def test_a_letter_shows_carrier_tracking_and_dates() -> None:
    letter = record("letter_sent", {"letter_kind": "notice_of_default", "carrier": "PostNL",
                                    "tracking": "3SABCD1234567", "sent_on": "2026-11-23",
                                    "presumed_receipt": "2026-11-25", "term_end": "2026-12-09",
                                    "total_cents": 1234_56})
    text = describer(Language.NL).describe(letter, record_details(letter))
    assert text.kind == "Brief verstuurd"
    assert text.lines[:6] == (("Brief", "ingebrekestelling"), ("Vervoerder", "PostNL"),
                              ("Track & trace-code", "3SABCD1234567"), ("Verstuurd op", "23 nov 2026"),
                              ("Vermoedelijk ontvangen op", "25 nov 2026"), ("Termijn eindigt op", "9 dec 2026"))
    assert ("Totaal", "€\u00a01.234,56") in text.lines


def test_an_unknown_kind_shows_every_detail_as_stored() -> None:
    new = record("bailiff_visit", {"bailiff": "Mr. Smit", "costs_cents": 95_00, "on": "2026-12-01",
                                   "visit_id": 7, "items": ["car", "desk"], "done": True})
    text = describer(Language.EN).describe(new, record_details(new))
    assert text.kind == "bailiff visit"
    assert text.lines == (("Bailiff", "Mr. Smit"), ("Costs cents", "€95.00"), ("Done", "yes"),
                          ("Items", "car, desk"), ("Date", "1 Dec 2026"))


def test_a_promise_outcome_is_named_in_the_heading() -> None:
    kept = record("promise_resolved", {"status": "kept", "on": "2026-11-23"})
    broken = record("promise_resolved", {"status": "broken", "on": "2026-11-23", "short_cents": 10_00})
    assert describer(Language.NL).describe(kept, record_details(kept)).kind == "Betaalbelofte nagekomen"
    text = describer(Language.FR).describe(broken, record_details(broken))
    assert text.kind == "Promesse rompue" and ("Manque", "10,00\u00a0€") in text.lines


def test_changes_are_shown_before_and_after() -> None:
    changed = record("invoice_changed", {"changes": {"net_cents": [100_00, 120_00], "due_date": ["2026-10-01",
                                                                                               "2026-10-15"]}})
    lines = describer(Language.EN).describe(changed, record_details(changed)).lines
    assert lines == (("Changed: Due date", "1 Oct 2026 → 15 Oct 2026"),
                     ("Changed: Amount excl. VAT", "€100.00 → €120.00"))


@pytest.mark.parametrize("language", list(Language))
def test_every_kind_and_word_exists_in_every_language(language: Language) -> None:
    words = DossierWords(language)
    for kind in RecordKind:
        assert kind.value in KINDS and words.pick(KINDS, kind.value)
    for table in (TEXTS, KINDS, LABELS):
        assert all(len(entry) == 3 and all(entry) for entry in table.values())
    assert words.format("footer", client="X", day="d", page=1, pages=2).endswith("1/2")


def test_times_are_local_with_their_offset() -> None:
    text = local_moment("2026-11-23T10:00:00.000000Z", Formatter("nl"))
    assert re.fullmatch(r"2[34] nov 2026 \d\d:\d\d \(UTC[+-]\d\d:\d\d\)", text)


def test_an_email_without_a_plain_part_has_no_body() -> None:
    html = (b"From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"\r\n<p>hello</p>\r\n")
    found = email_text(html)
    assert found is not None and found.sender == "a@b.example" and found.body == ""
