"""Copies of a data file made with SQLite's online backup API.

The API copies a consistent snapshot even while the file is open in WAL mode,
which a plain file copy does not. Automatic backups go to a folder beside the
file and only the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

KEEP = 10
SUFFIX = ".debtordesk"
#: "<stem>-<UTC stamp>-<reason>": the stem may itself contain dashes.
_STAMPED = re.compile(r"-(\d{8}T\d{12}Z)-([a-z0-9-]+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(data_file: Path) -> Path:
    return data_file.with_name(f"{data_file.stem} backups")


def copy_database(source: Path, target: Path) -> None:
    """Snapshot ``source`` into ``target`` (created or replaced) through the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    # as_uri() escapes "#", "?" and "%", which would otherwise cut the path short.
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def restore_database(source: Path, target: Path) -> None:
    """Put ``source``'s content into the existing database ``target``, in place.

    Through the backup API into the live file, so SQLite's own locking and its
    WAL handling apply: replacing the file by a rename could pair it with a WAL
    file of the old content. The caller holds the data file's lock.
    """
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(data_file: Path, reason: str, now: datetime | None = None, folder: Path | None = None) -> Path:
    """Back up ``data_file``; automatic ones (no ``folder``) are rotated to the newest KEEP."""
    moment = now or datetime.now(UTC)
    target_dir = folder or backup_dir(data_file)
    target = target_dir / f"{data_file.stem}-{stamp(moment)}-{reason}{SUFFIX}"
    copy_database(data_file, target)
    if folder is None:
        prune(target_dir)
    return target


def list_backups(data_file: Path) -> list[BackupInfo]:
    """Automatic backups of ``data_file``, newest first."""
    folder = backup_dir(data_file)
    if not folder.is_dir():
        return []
    infos = []
    prefix = f"{data_file.stem}-"
    for path in folder.glob(f"*{SUFFIX}"):
        rest = path.name[len(prefix):-len(SUFFIX)] if path.name.startswith(prefix) else ""
        moment_text, _, reason = rest.partition("-")
        try:
            moment = datetime.strptime(moment_text, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        infos.append(BackupInfo(path, moment, reason))
    return sorted(infos, key=lambda info: info.taken_at, reverse=True)


def prune(folder: Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups of each kind ("open", "before-restore", …).

    Per kind, so that opening the file ten times never pushes out the copy taken
    before a restore or a migration.
    """
    by_reason: dict[str, list[Path]] = {}
    for path in folder.glob(f"*{SUFFIX}"):
        match = _STAMPED.search(path.name[: -len(SUFFIX)])
        reason = match.group(2) if match else ""
        by_reason.setdefault(reason, []).append(path)
    for files in by_reason.values():
        files.sort(key=lambda p: p.name)
        for old in files[:-keep]:
            old.unlink(missing_ok=True)
