"""Printed letters read back from the PDF: every required element, fonts, window, QR code."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from io import BytesIO

import pytest
import segno
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.pdfmetrics import stringWidth

from debtordesk.core.letter_content import LetterContent
from debtordesk.core.letter_samples import COMPANIES, sample_request, sample_rows
from debtordesk.core.letters import LetterKind, build_letter
from debtordesk.core.model import Country, Invoice, InvoiceRow, Language
from debtordesk.documents.fonts import REGULAR, register_fonts
from debtordesk.documents.letter_page import FOLD_MARKS, QrCode, window_lines
from debtordesk.documents.letter_pdf import QR_SIZE, qr_matrix, render_letter, render_letters

MM = 72 / 25.4
A4 = (595.2756, 841.8898)
ALL = [(kind, language) for kind in LetterKind for language in Language]


def creditor_for(kind: LetterKind) -> Country:
    return Country.BE if kind == LetterKind.FIRST_REMINDER else Country.NL


@cache
def letter(kind: LetterKind, language: Language, creditor: Country) -> LetterContent:
    return build_letter(sample_request(kind, language, creditor))


@cache
def pdf(kind: LetterKind, language: Language, creditor: Country) -> PdfReader:
    return PdfReader(BytesIO(render_letter(letter(kind, language, creditor))))


def normal(text: str) -> str:
    """Text as the PDF gives it back: any run of (no-break) spaces and line ends as one space."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def pdf_text(reader: PdfReader) -> str:
    return normal(" ".join(page.extract_text() for page in reader.pages))


def required(content: LetterContent) -> list[str]:
    """Every element a letter must print, as core wrote it."""
    statement, payment = content.statement, content.payment
    texts = [content.author, *content.recipient_lines, content.place_date, content.subject, *content.sender_lines]
    texts += [value for _, value in content.references]
    for line in statement.lines:
        texts += [line.number, line.invoice_date, line.due_date, line.amount, line.paid, line.open]
    for claim in (*statement.claims, *statement.announced):
        texts += [claim.label, *claim.working, claim.amount]
    texts += [statement.total_label, statement.total, *statement.notices]
    if statement.announced:
        texts.append(statement.announced_heading)
    if any(block.kind == "payment" for block in content.blocks):
        texts += [value for _, value in payment.rows] + [payment.qr_caption]
    if content.registered_mark:
        texts.append(content.registered_mark.upper())
    return [normal(text) for text in texts]


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_every_letter_prints_every_required_element(kind: LetterKind, language: Language) -> None:
    creditor = creditor_for(kind)
    content, text = letter(kind, language, creditor), pdf_text(pdf(kind, language, creditor))
    missing = [item for item in required(content) if item not in text]
    assert missing == []
    # The payment details in particular, by value.
    if kind != LetterKind.HAND_OVER:
        iban = "BE71 0961 2345 6769" if creditor == Country.BE else "NL91 ABNA 0417 1643 00"
        assert iban in text and content.payment.reference.printed in text
    # The body's own sentences come through too (the first words of each paragraph).
    for block in content.blocks:
        if block.text:
            assert normal(block.text)[:40] in text


@pytest.mark.parametrize("language", list(Language))
def test_the_fourteen_day_letter_prints_its_term_and_the_exact_costs(language: Language) -> None:
    text = pdf_text(pdf(LetterKind.FOURTEEN_DAY_LETTER, language, Country.NL))
    term = {Language.NL: "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd",
            Language.EN: "within fourteen days from the day after this letter is delivered to you",
            Language.FR: "dans les quatorze jours à compter du lendemain de la remise de la présente lettre"}[language]
    costs = {Language.NL: "€ 185,18", Language.EN: "€185.18", Language.FR: "185,18 €"}[language]
    assert text.count(term) >= 3  # the payment block, the consequence, the text
    assert costs in text
    assert {Language.NL: "8 december", Language.EN: "8 December", Language.FR: "8 décembre"}[language] not in text


@pytest.mark.parametrize(("language", "sentences"), [
    (Language.NL, ["Deze eerste herinnering is kosteloos.", "ondernemingsnummer 0123.456.749",
                   "ten minste veertien kalenderdagen", "+++000/9261/12449+++", "€ 101,73"]),
    (Language.EN, ["This first reminder is free of charge.", "enterprise no. 0123.456.749",
                   "at least fourteen calendar days", "+++000/9261/12449+++", "€101.73"]),
    (Language.FR, ["Ce premier rappel est gratuit.", "numéro d'entreprise 0123.456.749",
                   "au moins quatorze jours calendrier", "+++000/9261/12449+++", "101,73 €"]),
])
def test_the_first_reminder_prints_what_book_xix_asks(language: Language, sentences: list[str]) -> None:
    text = pdf_text(pdf(LetterKind.FIRST_REMINDER, language, Country.BE))
    assert [sentence for sentence in sentences if sentence not in text] == []


def test_the_registered_mark_is_printed_only_when_registered() -> None:
    assert "AANGETEKEND" in pdf_text(pdf(LetterKind.NOTICE_OF_DEFAULT, Language.NL, Country.NL))
    assert "RECOMMANDÉ" in pdf_text(pdf(LetterKind.NOTICE_OF_DEFAULT, Language.FR, Country.NL))
    assert "REGISTERED" in pdf_text(pdf(LetterKind.NOTICE_OF_DEFAULT, Language.EN, Country.NL))
    assert "AANGETEKEND" not in pdf_text(pdf(LetterKind.PAYMENT_REMINDER, Language.NL, Country.NL))


def test_fonts_are_embedded_and_the_euro_sign_and_accents_come_out() -> None:
    for reader in (pdf(LetterKind.FOURTEEN_DAY_LETTER, Language.NL, Country.NL),
                   pdf(LetterKind.FIRST_REMINDER, Language.FR, Country.BE)):
        fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
        assert fonts
        for font in fonts:
            descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else \
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "DejaVuSans" in font["/BaseFont"]
    assert "Zoë van Dijk" in pdf_text(pdf(LetterKind.FOURTEEN_DAY_LETTER, Language.NL, Country.NL))
    french = pdf_text(pdf(LetterKind.FIRST_REMINDER, Language.FR, Country.BE))
    assert "Élodie Dubois" in french and "Échéance" in french and "Bénéficiaire" in french and "€" in french


def test_pages_are_a4_with_title_author_and_language() -> None:
    reader = pdf(LetterKind.NOTICE_OF_DEFAULT, Language.FR, Country.NL)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.01)
    assert reader.metadata.title == "Mise en demeure : 2026-014 et 2026-015"
    assert reader.metadata.author == "Studio Marijke de Boer"
    assert reader.trailer["/Root"]["/Lang"] == "fr-BE"


def positions(reader: PdfReader, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y from the top) of every text run on a page, in millimetres."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / MM, (A4[1] - y) / MM))

    reader.pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(("creditor", "left", "right"), [(Country.NL, 20, 105), (Country.BE, 110, 195)])
def test_the_address_sits_in_the_envelope_window(creditor: Country, left: float, right: float) -> None:
    content = letter(LetterKind.NOTICE_OF_DEFAULT, Language.NL, creditor)
    runs = positions(pdf(LetterKind.NOTICE_OF_DEFAULT, Language.NL, creditor))
    for line in (*content.recipient_lines, "AANGETEKEND"):
        (x, y), = [(x, y) for text, x, y in runs if text == line]
        assert left <= x <= right - 30 and 45 + 5 <= y <= 90, line  # below the return-line zone
    # The return line runs along the window's top, the letterhead stays out of the window.
    (x, y), = [(x, y) for text, x, y in runs if text == content.return_line]
    assert left <= x and 45 <= y <= 50
    for line in content.sender_lines:  # the name is also the signature: its first time is the letterhead
        x, y = next((x, y) for text, x, y in runs if text == line)
        assert y < 45 or not left <= x <= right


def test_fold_marks_at_a_third_and_two_thirds() -> None:
    page = pdf(LetterKind.PAYMENT_REMINDER, Language.NL, Country.NL).pages[0]
    operations = ContentStream(page.get_contents(), page.pdf).operations
    moves = [(float(ops[0]) / MM, (A4[1] - float(ops[1])) / MM) for ops, op in operations if op == b"m"]
    for mark in FOLD_MARKS:
        assert any(x < 10 and abs(y - mark / MM) < 0.01 for x, y in moves)


def dark_modules(page: object, modules: int) -> set[tuple[int, int]]:
    """The QR code's dark modules as drawn: one filled rectangle per run of a row."""
    module = QR_SIZE / (modules + 2 * QrCode.QUIET)
    dark: set[tuple[int, int]] = set()
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:  # type: ignore[attr-defined]
        if operator != b"re":
            continue
        x, y, width, height = (float(value) for value in operands)
        if abs(height - module * 1.02) > 1e-3:
            continue
        row = round((QR_SIZE - y) / module) - QrCode.QUIET - 1
        start = round(x / module) - QrCode.QUIET
        dark |= {(row, column) for column in range(start, start + round(width / module))}
    return dark


@pytest.mark.parametrize("creditor", [Country.NL, Country.BE])
def test_the_qr_code_encodes_the_epc_payload_at_level_m(creditor: Country) -> None:
    content = letter(LetterKind.PAYMENT_REMINDER, Language.NL, creditor)
    payload = content.payment.epc_payload
    lines = payload.split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert lines[5] == content.author and lines[7] == f"EUR{content.total_cents // 100}.{content.total_cents % 100:02d}"
    assert lines[9] == content.payment.reference.structured
    code = segno.make(payload, error="m", boost_error=False, micro=False)
    assert code.error == "M" and code.version <= 13
    expected = {(r, c) for r, row in enumerate(code.matrix) for c, dark in enumerate(row) if dark}
    assert qr_matrix(payload) == [list(row) for row in code.matrix]
    drawn = dark_modules(pdf(LetterKind.PAYMENT_REMINDER, Language.NL, creditor).pages[0], len(code.matrix))
    assert drawn == expected


def test_a_payload_beyond_version_13_is_refused() -> None:
    with pytest.raises(ValueError):
        qr_matrix("x" * 400)


def test_several_letters_each_start_a_page_and_count_their_own_pages() -> None:
    two_pages = letter(LetterKind.NOTICE_OF_DEFAULT, Language.NL, Country.NL)
    one_page = letter(LetterKind.PAYMENT_REMINDER, Language.FR, Country.BE)
    reader = PdfReader(BytesIO(render_letters([two_pages, one_page, two_pages])))
    texts = [normal(page.extract_text()) for page in reader.pages]
    assert len(texts) == 5
    assert texts[0].endswith("1/2") and texts[1].endswith("2/2")
    assert texts[3].endswith("1/2") and texts[4].endswith("2/2")
    assert not re.search(r"\d/\d$", texts[2])  # one page: no number
    assert "Drukkerij Maes BV" in texts[2] and "Bakkerij Bos B.V." in texts[3]
    with pytest.raises(ValueError):
        render_letters([])


def test_a_long_statement_runs_over_pages_and_repeats_its_heading() -> None:
    request = sample_request(LetterKind.PAYMENT_REMINDER, Language.NL)
    client = COMPANIES[Country.NL]
    rows = [InvoiceRow(Invoice(7, f"2026-{n:03d}", row.invoice.issue_date, row.invoice.due_date, 12100, 2100, id=n),
                       client.name, 0) for n in range(1, 80) for row in sample_rows(client)[:1]]
    content = build_letter(dataclasses.replace(request, rows=rows))
    reader = PdfReader(BytesIO(render_letter(content)))
    texts = [normal(page.extract_text()) for page in reader.pages]
    assert len(texts) >= 3
    assert all(re.search(rf"{n}/{len(texts)}$", text) for n, text in enumerate(texts, start=1))
    assert all("Vervaldatum" in text for text in texts[:2])  # the table's heading on each page it spans
    joined = " ".join(texts)
    assert all(f"2026-{n:03d}" in joined for n in range(1, 80))
    # Seventy-nine invoice numbers do not fit beside the window: they open the body instead.
    assert "Facturen: 2026-001, 2026-002" in texts[0]


def test_a_long_name_gets_smaller_type_in_the_window_rather_than_cut() -> None:
    name = "Stichting Vrienden van het Stedelijk Museum Amsterdam"
    client = dataclasses.replace(COMPANIES[Country.NL], name=name)
    reader = PdfReader(BytesIO(render_letter(build_letter(dataclasses.replace(
        sample_request(LetterKind.PAYMENT_REMINDER, Language.NL), client=client)))))
    runs = positions(reader)
    first, second = [(text, x, y) for text, x, y in runs if text in name]
    assert f"{first[0]} {second[0]}" == name  # over two lines, both in the window
    assert all(20 <= x <= 105 and 45 <= y <= 90 for _, x, y in (first, second))


@pytest.mark.parametrize(("lines", "expected"), [
    (("Short", "Lines"), [("Short", 10), ("Lines", 10)]),
    (("A" * 30 + " " + "B" * 30,), [("A" * 30, 10), ("B" * 30, 10)]),  # broken over two lines
])
def test_window_lines_break_a_line_too_wide(lines: tuple[str, ...], expected: list) -> None:
    register_fonts()  # measuring text needs the typeface, whichever test runs first
    assert window_lines(lines, 75 * MM) == expected


def test_window_lines_without_room_shrink_then_cut() -> None:
    register_fonts()
    got = window_lines(("x",) * 5 + ("W" * 80,), 75 * MM)
    assert got[:5] == [("x", 10)] * 5 and len(got) == 6
    text, size = got[5]
    assert size == 8 and text.startswith("WWWW") and text.endswith("…")
    assert stringWidth(text, REGULAR, size) <= 75 * MM
