"""The dossier export as one A4 PDF: a cover with the parties and amounts, every record in
order of time with its details and documents, and the verification of each dossier.

This is the document a collection agency, bailiff or lawyer reads first, so it says
everything in words and in the business's language; the JSON beside it in the ZIP
is for re-checking by machine. Layout only: the content comes ready from
``core.dossier_export`` and the words from ``core.dossier_words``.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from debtordesk.core.dossier_export import DossierExport, ExportScope
from debtordesk.core.dossier_lines import country_name
from debtordesk.core.dossier_record_words import LABELS, METHODS, ROLES
from debtordesk.core.dossier_words import DossierWords
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BusinessProfile, Language
from debtordesk.documents.dossier_pdf_record import record_flowables, verification_flowables
from debtordesk.documents.dossier_styles import GRID, MUTED, Styles, esc, make_styles

#: The text column: between 20 mm margins, less the frame's own padding of 6 pt on each side.
WIDTH = A4[0] - 40 * mm - 12


def render_dossier(export: DossierExport, language: Language) -> bytes:
    """The export as PDF bytes, in ``language`` (the business profile's, as a rule)."""
    words = DossierWords(language)
    fmt = Formatter(Language(language).value)
    styles = make_styles()
    story: list[Flowable] = []
    story += _cover(export, words, fmt, styles)
    story.append(PageBreak())
    story += record_flowables(export, words, fmt, styles)
    story += verification_flowables(export, words, fmt, styles)
    footer = _footer(export, words, fmt)
    buffer = BytesIO()
    business = export.profile.name if export.profile else ""
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
        title=f"{words['title']} {export.client.name}", author=business, creator="DebtorDesk",
        subject=_scope_text(export, words), invariant=True,
        initialFontName=styles.regular)  # else each page names Helvetica, which is not embedded
    document.build(story, canvasmaker=_numbered_canvas(footer, styles.regular))
    return buffer.getvalue()


def _footer(export: DossierExport, words: DossierWords, fmt: Formatter) -> Callable[[int, int], str]:
    day = fmt.date(export.made_at.astimezone().date())
    return lambda page, pages: words.format("footer", client=export.client.name, day=day, page=page, pages=pages)


def _numbered_canvas(footer: Callable[[int, int], str], font: str) -> type[canvas.Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say "page n/m"."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(MUTED)
                self.drawCentredString(A4[0] / 2, 11 * mm, footer(number, len(self._held)))
                super().showPage()
            super().save()

    return NumberedCanvas


def _scope_text(export: DossierExport, words: DossierWords) -> str:
    if export.scope == ExportScope.INVOICE and export.invoices:
        return words.format("scope_invoice", number=export.invoices[0].invoice.number)
    return words["scope_client"]


def _cover(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    business = export.profile.name if export.profile else ""
    moment = fmt.date(export.made_at.astimezone().date()) + export.made_at.astimezone().strftime(" %H:%M")
    story: list[Flowable] = [
        Paragraph(f"{esc(words['title'])} {esc(export.client.name)}", styles.title),
        Paragraph(esc(_scope_text(export, words)), styles.subtitle),
        Paragraph(esc(words.format("exported_on", moment=moment, business=business)), styles.muted),
        Spacer(1, 6 * mm),
    ]
    parties = Table([[Paragraph(esc(words["creditor"]), styles.h2), Paragraph(esc(words["debtor"]), styles.h2)],
                     [_creditor(export.profile, words, fmt, styles), _debtor(export, words, fmt, styles)]],
                    colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    parties.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.regular, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    story += [parties, Spacer(1, 3 * mm)]
    story += _contacts(export, words, styles)
    story += _invoices(export, words, fmt, styles)
    story += _claims(export, words, fmt, styles)
    story += _payments(export, words, fmt, styles)
    story.append(Spacer(1, 4 * mm))
    broken = sum(1 for check in export.checks if not check.intact)
    if broken:
        text = words.format("summary_broken", broken=broken, dossiers=len(export.checks))
        story.append(Paragraph(esc(text), styles.alert))
    else:
        text = words.format("summary_intact", dossiers=len(export.checks), records=len(export.records))
        story.append(Paragraph(esc(text), styles.body))
    return story


def _lines(lines: list[str], style: Any) -> list[Flowable]:
    return [Paragraph(esc(line), style) for line in lines if line.strip()]


def _creditor(profile: BusinessProfile | None, words: DossierWords, fmt: Formatter,
              styles: Styles) -> list[Flowable]:
    if profile is None:
        return [Paragraph("—", styles.body)]
    registration = words.get(f"registration_{profile.country.value}", words["registration_NL"])
    c = words.colon
    lines = [f"{profile.postcode} {profile.city}".strip(), country_name(profile.country.value, fmt),
             f"{words['vat_number']}{c} {profile.vat_number}" if profile.vat_number else "",
             f"{registration}{c} {profile.registration_number}" if profile.registration_number else "",
             f"IBAN{c} {profile.iban}" + (f" · BIC{c} {profile.bic}" if profile.bic else "") if profile.iban else "",
             f"{words['email']}{c} {profile.email}" if profile.email else "",
             f"{words['phone']}{c} {profile.phone}" if profile.phone else ""]
    return [Paragraph(f"<b>{esc(profile.name)}</b>", styles.body), *_lines([profile.street, *lines], styles.body)]


def _debtor(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    client = export.client
    lines = [client.street, f"{client.postcode} {client.city}".strip(),
             f"{country_name(client.country.value, fmt)} · {words[client.kind.value]}",
             f"{words['vat_number']}{words.colon} {client.vat_number}" if client.vat_number else ""]
    flowables: list[Flowable] = [Paragraph(f"<b>{esc(client.name)}</b>", styles.body), *_lines(lines, styles.body)]
    if client.work_paused:
        flowables.append(Paragraph(esc(words["work_paused"]), styles.body))
    if client.relationship_ended:
        flowables.append(Paragraph(esc(words["relationship_ended"]), styles.body))
    return flowables


def _contacts(export: DossierExport, words: DossierWords, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(esc(words["contacts"]), styles.h2)]
    if not export.contacts:
        return story + [Paragraph(esc(words["no_contacts"]), styles.body)]
    for contact in export.contacts:
        parts = [words.pick(ROLES, contact.role.value), contact.email, contact.phone]
        if not contact.active:
            parts.append(words["inactive"])
        text = f"<b>{esc(contact.name)}</b> — " + esc(" · ".join(p for p in parts if p))
        story.append(Paragraph(text, styles.body))
    return story


def _table(rows: list[list[Any]], widths: list[float], styles: Styles, total_rows: int = 0) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.regular, 8.5), ("FONT", (0, 0), (-1, 0), styles.bold, 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]
    if total_rows:
        commands += [("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.6, GRID),
                     ("FONT", (0, -total_rows), (-1, -1), styles.bold, 8.5)]
    table.setStyle(TableStyle(commands))
    return table


def _invoices(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    head = [words[k] for k in ("col_number", "col_issued", "col_due", "col_amount", "col_paid", "col_open")]
    rows: list[list[Any]] = [head]
    for row in export.invoices:
        invoice = row.invoice
        label: Any = invoice.number
        state = _state_text(row, words, fmt)
        if state:
            label = Paragraph(f"{esc(invoice.number)}<br/><font size=7 color='#555555'>{esc(state)}</font>",
                              styles.cell)
        rows.append([label, fmt.date(invoice.issue_date), fmt.date(invoice.due_date),
                     fmt.amount(invoice.total_cents), fmt.amount(row.paid_cents), fmt.amount(row.open_cents)])
    rows.append([words["total_open"], "", "", "", "", fmt.amount(export.open_cents)])
    table = _table(rows, [WIDTH * f for f in (0.25, 0.13, 0.13, 0.163, 0.163, 0.164)], styles, total_rows=1)
    table.setStyle(TableStyle([("ALIGN", (3, 0), (-1, -1), "RIGHT")]))
    return [Paragraph(esc(words["invoices"]), styles.h1), table]


def _state_text(row: Any, words: DossierWords, fmt: Formatter) -> str:
    state = row.state
    if state.written_off:
        return words.format("state_written_off", day=fmt.date(state.written_off_on))
    if state.handed_over:
        return words.format("state_handed_over", to=state.handed_over_to, day=fmt.date(state.handed_over_on))
    if state.hold_kind is not None:
        key = "state_dispute" if state.hold_kind.value == "dispute" else "state_hold"
        return words.format(key, reason=state.hold_reason)
    return ""


def _claims(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    if not export.claims:
        return []
    day = fmt.date(export.today)
    rows: list[list[Any]] = [[words.format("claims", day=day), ""]]
    for part in export.claims:
        text = f"<b>{esc(part.label)}</b>"
        if not part.due:
            text += f" ({esc(words['not_due'])})"
        text += "".join(f"<br/><font size=7.5 color='#555555'>{esc(line)}</font>" for line in part.working)
        rows.append([Paragraph(text, styles.cell), fmt.amount(part.amount_cents)])
    rows.append([words["total_open"], fmt.amount(export.open_cents)])
    rows.append([words.format("total_claimed", day=day), fmt.amount(export.total_cents)])
    table = _table(rows, [WIDTH * 0.75, WIDTH * 0.25], styles, total_rows=2)
    table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    return [Spacer(1, 3 * mm), table]


def _payments(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(esc(words["payments"]), styles.h1)]
    if not export.payments:
        return story + [Paragraph(esc(words["no_payments"]), styles.body)]
    numbers = {row.invoice.id: row.invoice.number for row in export.invoices}
    rows: list[list[Any]] = [[words["col_issued"], words["col_number"], words["col_amount"],
                              words.pick(LABELS, "method"), words.pick(LABELS, "reference")]]
    for payment in export.payments:
        rows.append([fmt.date(payment.paid_on), numbers.get(payment.invoice_id, ""),
                     fmt.amount(payment.amount_cents), words.pick(METHODS, payment.method.value),
                     Paragraph(esc(payment.reference), styles.cell)])
    table = _table(rows, [WIDTH * f for f in (0.15, 0.2, 0.18, 0.2, 0.27)], styles)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return story + [table]
