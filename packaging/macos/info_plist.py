"""The macOS app bundle's Info.plist entries beyond PyInstaller's own (name, id, version, icon).

Kept out of the spec so a test on any platform can check them against the Linux MIME type and
the Windows installer: one app id, one file extension, one document type everywhere.
"""

from __future__ import annotations

import re
from typing import Any

#: What the user sees for a data file in Finder's "Kind" column.
DOCUMENT_NAME = "DebtorDesk data file"
#: The extension of a data file (debtordesk/storage/backup.py's SUFFIX, without the dot).
EXTENSION = "debtordesk"


def document_type(app_id: str) -> str:
    """The Uniform Type Identifier of a data file: the app id plus ``.datafile``."""
    return f"{app_id}.datafile"


def numeric_version(version: str) -> str:
    """Up to three numbers, as CFBundleVersion and CFBundleShortVersionString must be: 0.2.0rc1 is 0.2.0."""
    match = re.match(r"\d+(\.\d+){0,2}", version)
    if match is None:
        raise ValueError(f"no version number in {version!r}")
    return match.group(0)


def info_plist(app_id: str, name: str, version: str, icon_file: str | None) -> dict[str, Any]:
    """Merged by PyInstaller's BUNDLE into the Info.plist it writes.

    The app owns the data-file type (exported, so Finder knows it even before the first launch)
    and is its editor: a double-click opens the file in DebtorDesk, which Qt hands to the running
    app as a FileOpen event (debtordesk/ui/file_open_events.py).
    """
    kind = document_type(app_id)
    document: dict[str, Any] = {
        "CFBundleTypeName": DOCUMENT_NAME,
        "CFBundleTypeRole": "Editor",
        "LSHandlerRank": "Owner",
        "LSItemContentTypes": [kind],
    }
    exported: dict[str, Any] = {
        "UTTypeIdentifier": kind,
        "UTTypeDescription": DOCUMENT_NAME,
        # An SQLite database, but no other SQLite tool should claim it: plain data to the system.
        "UTTypeConformsTo": ["public.data"],
        "UTTypeTagSpecification": {
            "public.filename-extension": [EXTENSION],
            "public.mime-type": ["application/x-debtordesk"],
        },
    }
    if icon_file is not None:
        document["CFBundleTypeIconFile"] = icon_file
        exported["UTTypeIconFile"] = icon_file
    return {
        "CFBundleName": name,
        "CFBundleDisplayName": name,
        "CFBundleShortVersionString": numeric_version(version),
        "CFBundleVersion": numeric_version(version),
        "CFBundleDevelopmentRegion": "en",
        # Finder and the menu bar show the app's own menus in these languages (the UI's two).
        "CFBundleLocalizations": ["en", "nl"],
        "LSApplicationCategoryType": "public.app-category.finance",
        "NSHighResolutionCapable": True,
        # Qt follows the system's dark mode.
        "NSRequiresAquaSystemAppearance": False,
        # The oldest macOS that PySide6 6.10's and 6.11's wheels run on (tag macosx_13_0).
        "LSMinimumSystemVersion": "13.0",
        "NSHumanReadableCopyright": "DebtorDesk",
        "CFBundleDocumentTypes": [document],
        "UTExportedTypeDeclarations": [exported],
    }
