"""The invoice's own PDF, embedded in a UBL file as base64 (AdditionalDocumentReference/Attachment).

Peppol, NLCIUS, UBL.BE and e-FFF senders put the human-readable invoice there so the buyer
sees what the seller printed; the app attaches it to reminders. What counts:

* an EmbeddedDocumentBinaryObject with mimeCode "application/pdf" (or, without a mimeCode,
  a filename ending in ".pdf");
* whose base64 text decodes strictly (line breaks and spaces inside it are allowed; characters
  outside the alphabet, missing or surplus padding are not); text that does not decode is the
  problem "attachment_invalid", since the sender meant to send something;
* an empty placeholder (UBL.BE test cases carry one) is no PDF;
* decoded bytes without the PDF signature ("%PDF-" within the first 1024 bytes, as readers
  allow) are not taken as the invoice's PDF either: the NLCIUS full test case labels a bit
  of base64 text "drawing.pdf", and mailing that to a client as the invoice would be wrong.
  The invoice itself is still read.

The first attachment that qualifies is taken. Its name is the filename attribute, else the
document reference's ID, else the invoice number, made safe as a file name.
"""

from __future__ import annotations

import binascii
import re
from xml.etree.ElementTree import Element

from debtordesk.core.import_model import AttachedPdf, ImportProblem, shorten
from debtordesk.importers.ubl_buyer import NS, text
from debtordesk.importers.ubl_xml import XmlDocument

ATTACHMENT_PATH = "cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject"
_UNSAFE = re.compile(r"[^\w.()+ -]+")
_MAX_NAME = 120


def embedded_pdf(document: XmlDocument, root: Element, number: str) -> tuple[AttachedPdf | None, list[ImportProblem]]:
    """The first embedded PDF of the invoice at ``root``, and the problems of attachments that do not decode."""
    problems: list[ImportProblem] = []
    found: AttachedPdf | None = None
    for reference in root.findall("cac:AdditionalDocumentReference", NS):
        binary = reference.find("cac:Attachment/cbc:EmbeddedDocumentBinaryObject", NS)
        if binary is None or not _says_pdf(binary):
            continue
        encoded = "".join((binary.text or "").split())
        if not encoded:
            continue  # a placeholder
        try:
            data = binascii.a2b_base64(encoded, strict_mode=True)
        except (binascii.Error, ValueError):
            problems.append(ImportProblem("attachment_invalid", document.line(binary), ATTACHMENT_PATH,
                                          shorten(_invalid_part(encoded))))
            continue
        if found is None and b"%PDF-" in data[:1024]:
            found = AttachedPdf(_file_name(binary, reference, number), data)
    return found, problems


def _says_pdf(binary: Element) -> bool:
    mime = binary.get("mimeCode", "").strip().lower()
    if mime:
        return mime == "application/pdf"
    return binary.get("filename", "").strip().lower().endswith(".pdf")


def _invalid_part(encoded: str) -> str:
    """Where base64 text goes wrong: from the first character outside the alphabet, else its end."""
    bad = re.search(r"[^A-Za-z0-9+/=]", encoded)
    return encoded[bad.start():] if bad else encoded[-40:]


def _file_name(binary: Element, reference: Element, number: str) -> str:
    """A name that is safe on every file system: no folders, no odd characters, ending in .pdf."""
    written = binary.get("filename", "").replace("\\", "/").rpartition("/")[2]
    name = written or text(reference, "cbc:ID") or number or "invoice"
    name = _UNSAFE.sub("_", name).strip(" ._") or "invoice"
    if not name.lower().endswith(".pdf"):
        name = f"{name}.pdf"
    return name if len(name) <= _MAX_NAME else name[: _MAX_NAME - 4] + ".pdf"
