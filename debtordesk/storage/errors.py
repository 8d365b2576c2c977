"""Storage errors the user can act on, kept apart from bugs (cf. qutebrowser's sql.py).

Each carries a ``code`` the UI turns into a sentence that says what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from debtordesk.core.ports import FileProblem


class DataFileError(FileProblem):
    code = "data_file_error"


class FileInUse(DataFileError):
    code = "file_in_use"


class NotADataFile(DataFileError):
    code = "not_a_data_file"


class FileTooNew(DataFileError):
    code = "file_too_new"


class FileCorrupt(DataFileError):
    code = "file_corrupt"


class FileReadOnly(DataFileError):
    code = "file_read_only"


class DiskFull(DataFileError):
    code = "disk_full"


class FileMissing(DataFileError):
    code = "file_missing"


class TargetExists(DataFileError):
    code = "target_exists"


def classify(path: Path, error: BaseException) -> DataFileError | None:
    """Map a sqlite3/OS error to a known storage error, or None for a bug."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if isinstance(original, PermissionError) or "readonly" in text or "read-only" in text:
        return FileReadOnly(path, str(original))
    if "disk is full" in text or "database or disk is full" in text or getattr(original, "errno", None) == 28:
        return DiskFull(path, str(original))
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return FileCorrupt(path, str(original))
    if isinstance(original, sqlite3.OperationalError) and "locked" in text:
        return FileInUse(path, str(original))
    if "unable to open database file" in text or isinstance(original, FileNotFoundError):
        return FileMissing(path, str(original)) if not path.exists() else FileReadOnly(path, str(original))
    if isinstance(original, IsADirectoryError | NotADirectoryError):
        return NotADataFile(path, str(original))
    if getattr(original, "errno", None) in (errno.EEXIST, errno.EACCES, errno.EPERM, errno.EROFS):
        return FileReadOnly(path, str(original))
    if "no such table" in text:
        return NotADataFile(path, str(original))
    return None
