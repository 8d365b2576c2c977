"""The dossier PDF's chronological record and its verification section.

Every record gets a heading (local time, kind, which dossier), its sealed summary,
its details in words, the full text of an email it keeps, its documents with their
SHA-256, and its own hash shortened; the verification names each dossier's result
and its final hash in full, the value a later export is compared against.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from debtordesk.core.dossier_export import DossierExport, record_details
from debtordesk.core.dossier_lines import RecordDescriber, local_moment
from debtordesk.core.dossier_words import DossierWords
from debtordesk.core.formatting import Formatter
from debtordesk.documents.dossier_styles import Styles, esc

#: How much of a record's own hash the record section shows (the verification shows heads whole).
SHORT_HASH = 16


def _text(value: str) -> str:
    """Escaped, with the writer's line breaks kept."""
    return esc(value.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def dossier_names(export: DossierExport, words: DossierWords) -> dict[str, str]:
    names = {f"client:{export.client.id}": words.format("client_dossier", name=export.client.name)}
    names.update({f"invoice:{row.invoice.id}": words.format("invoice_dossier", number=row.invoice.number)
                  for row in export.invoices})
    return names


def record_flowables(export: DossierExport, words: DossierWords, fmt: Formatter, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(esc(words["record"]), styles.h1),
                             Paragraph(esc(words["times_note"]), styles.muted)]
    if not export.records:
        return story + [Paragraph(esc(words["no_records"]), styles.body)]
    names = dossier_names(export, words)
    several = len(export.checks) > 1
    describer = RecordDescriber(words, fmt, {row.invoice.id or 0: row.invoice.number for row in export.invoices})
    c = words.colon
    for record in export.records:
        documents = export.documents_of(record.id)
        text = describer.describe(record, record_details(record), documents)
        head = f"{local_moment(record.created_at, fmt)} · {text.kind}"
        if several:
            head += f" · {names.get(record.chain, record.chain)}"
        parts: list[Flowable] = [Paragraph(esc(head), styles.record), Paragraph(_text(record.summary), styles.body)]
        parts += [Paragraph(f"<b>{esc(label)}{c}</b> {_text(value)}", styles.detail) for label, value in text.lines]
        if text.body:
            parts += [Paragraph(f"<b>{esc(words['message_text'])}{c}</b>", styles.detail),
                      Paragraph(_text(text.body), styles.message)]
        for document in documents:
            ref = document.ref
            size = words.format("bytes", size=f"{ref.size:,}".replace(",", "\u202f"))
            parts.append(Paragraph(
                f"{esc(words['document'])}{c} <b>{esc(ref.filename)}</b> ({esc(ref.media_type)}, {size}) "
                f"· SHA-256 {ref.sha256}", styles.small))
        parts.append(Paragraph(
            f"{esc(words.format('record_ref', id=record.id, seq=record.seq))} · {esc(record.chain)} "
            f"· hash {record.hash[:SHORT_HASH]}…", styles.small))
        story.append(KeepTogether(parts))
    return story


def verification_flowables(export: DossierExport, words: DossierWords, fmt: Formatter,
                           styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(esc(words["verification"]), styles.h1)]
    names = dossier_names(export, words)
    for check in export.checks:
        name = names.get(check.chain, check.chain)
        parts: list[Flowable] = [Paragraph(f"{esc(name[:1].upper() + name[1:])} ({esc(check.chain)})", styles.h2)]
        if check.intact:
            parts.append(Paragraph(esc(words.format("intact", records=check.records)), styles.ok))
        else:
            parts.append(Paragraph(esc(words.format("broken", problem=check.describe())), styles.alert))
        parts.append(Paragraph(f"<b>{esc(words['final_hash'])}{words.colon}</b> {check.head_hash or '—'}",
                               styles.detail))
        story.append(KeepTogether(parts))
    story.append(Paragraph(esc(words["verification_note"]), styles.muted))
    return story
