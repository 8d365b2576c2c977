"""The dossier export as one ZIP: the PDF to read, the JSON to re-check, a README that says
how, and every original document (invoice PDFs, sent emails, letters) as it was kept.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from debtordesk.core.dossier_export import DossierExport
from debtordesk.core.dossier_json import export_json
from debtordesk.core.dossier_readme import readme_text
from debtordesk.core.model import Language
from debtordesk.documents.dossier_pdf import render_dossier


def write_dossier_zip(export: DossierExport, language: Language) -> bytes:
    """``dossier.pdf``, ``dossier.json``, ``README.txt`` and ``documents/<chain>-<seq>-<filename>``.

    Every entry carries the export's time (UTC), so the same export gives the same ZIP.
    """
    stamp = export.made_at.timetuple()[:6]
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, data: bytes) -> None:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)

        add("dossier.pdf", render_dossier(export, language))
        add("dossier.json", export_json(export).encode("utf-8"))
        add("README.txt", readme_text(export, language).replace("\n", "\r\n").encode("utf-8"))
        for document in export.documents:
            add(document.path, document.data)
    return buffer.getvalue()
