"""Opening a DebtorDesk data file: lock it, check it, back it up, migrate it.

A data file is an SQLite database, like a word processor's document. Only one
DebtorDesk may have it open: an OS lock on the hidden ``.FILE.lock`` is taken for
as long as it is open and released by the OS even when the process is killed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from debtordesk.storage import backup, errors
from debtordesk.storage.backup import backup_dir
from debtordesk.storage.errors import DataFileError
from debtordesk.storage.engine import make_engine
from debtordesk.storage.repository import SqlStore
from debtordesk.storage.revisions import MIGRATIONS, current_revision, head_revision, known_revisions
from debtordesk.storage.verify import VerifyReport, verify_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def lock_path(path: Path) -> Path:
    """A hidden lock file beside the data file, as LibreOffice's ``.~lock.NAME#``.

    It is left in place after closing: removing it could let two DebtorDesks hold
    locks on different inodes of the same name.
    """
    return path.with_name(f".{path.name}.lock")


@dataclass
class DataFile:
    """An open data file. Close it to release the lock.

    Attributes:
        path: the file on disk.
        engine: the SQLAlchemy engine (NullPool: nothing stays open between uses).
        store: repositories for the services.
        opened_backup: the backup taken when it was opened, if the file already existed.
    """

    path: Path
    engine: Engine
    store: SqlStore
    lock: FileLock = field(repr=False)
    opened_backup: Path | None = None
    backup_error: DataFileError | None = None
    _backup_thread: threading.Thread | None = field(default=None, repr=False)

    def start_backup(self, reason: str = "open",
                     on_failure: Callable[[DataFileError], None] | None = None) -> None:
        """Back up in a background thread, so a large file is on screen before its copy is done.

        SQLite's backup API copies a consistent snapshot even while this process
        reads and writes; ``wait_for_backup`` (called by close, restore and
        ``backups``) joins it. A failure is kept in ``backup_error`` and logged.
        """
        self.wait_for_backup()

        def run() -> None:
            _yield_to_the_window()
            try:
                with _classified(self.path):
                    self.opened_backup = backup.make_backup(self.path, reason)
            except DataFileError as error:
                log.warning("backup of %s failed: %s", self.path, error)
                self.backup_error = error
            except Exception as error:  # noqa: BLE001 - a thread has no caller to raise to
                log.exception("backup of %s failed unexpectedly", self.path)
                self.backup_error = DataFileError(self.path, repr(error))
            if self.backup_error is not None and on_failure is not None:
                on_failure(self.backup_error)  # called in this thread: the receiver must be thread-safe

        self._backup_thread = threading.Thread(target=run, name="debtordesk-backup", daemon=False)
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def close(self) -> None:
        self.wait_for_backup()
        self.engine.dispose()
        self.lock.release()

    def verify(self) -> VerifyReport:
        with _classified(self.path):
            try:
                return verify_file(self.engine)
            except SQLAlchemyError as error:
                raise (errors.classify(self.path, error) or error) from error

    def save_copy(self, target: Path) -> None:
        """A consistent copy at ``target``, which must not exist: a data file is never overwritten."""
        target = Path(target).resolve()
        if target == self.path:
            raise errors.TargetExists(target, "the open file itself")
        if any(p.exists() for p in (target, target.with_name(target.name + "-wal"), lock_path(target))):
            raise errors.TargetExists(target)
        with _classified(target):
            backup.copy_database(self.path, target)

    def restore_from(self, source: Path) -> None:
        """Replace this file's content with a backup's, keeping the lock throughout.

        The chosen backup is staged first (taking the safety backup may prune old
        ones), the current state is backed up as "before-restore", and the staged
        copy goes into the live file through SQLite's backup API. An older schema
        is then migrated.
        """
        source = Path(source).resolve()
        self.wait_for_backup()
        check_is_data_file(source, thorough=True)
        # Not ending in .debtordesk: the rotation must never count (and prune) it.
        staged = backup_dir(self.path) / f".{source.name}.restoring"
        try:
            with _classified(source):
                backup.copy_database(source, staged)
            with _classified(self.path):
                backup.make_backup(self.path, "before-restore")
                self.engine.dispose()
                backup.restore_database(staged, self.path)
                if current_revision(self.path) != head_revision():
                    migrate(self.engine)
        finally:
            staged.unlink(missing_ok=True)

    def __enter__(self) -> DataFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _yield_to_the_window() -> None:
    """Lower the calling thread's CPU priority, so copying a large file never slows the first paint.

    Linux only, where the nice value belongs to a thread; elsewhere it would
    belong to the whole process.
    """
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError as error:  # not allowed in this sandbox, say: the backup still runs
            log.debug("could not lower the backup's priority: %s", error)


def check_is_data_file(path: Path, *, thorough: bool = False) -> None:
    """Refuse anything that is not an SQLite file with DebtorDesk's schema.

    Reading the schema catches a damaged header or schema; ``thorough`` adds
    SQLite's ``quick_check`` over every page, which takes about a second per
    300 MB: worth it for a backup about to be restored, not on every open (damage
    found later while reading comes out as FileCorrupt all the same).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise errors.FileMissing(path) from None
    except PermissionError as error:
        raise errors.FileReadOnly(path, str(error)) from None
    except IsADirectoryError:
        raise errors.NotADataFile(path, "is a folder") from None
    if header and header != SQLITE_HEADER:
        raise errors.NotADataFile(path, "not an SQLite database")
    if not header:
        return  # an empty file becomes a new data file
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        if thorough:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise errors.FileCorrupt(path, str(result[0] if result else "no answer"))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise (errors.classify(path, error) or errors.FileCorrupt(path, str(error))) from None
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        raise errors.NotADataFile(path, "an SQLite database of another program")


def open_data_file(path: Path, *, create: bool = False, take_backup: bool = True) -> DataFile:
    """Open (or with ``create``, make) a data file, migrated to the newest schema.

    Raises:
        errors.DataFileError: for every problem the user can act on.
    """
    # resolve(): a symlink or a second name must lead to the same lock and backups.
    path = Path(path).resolve()
    if not path.exists() and not create:
        raise errors.FileMissing(path)
    if path.exists():
        check_is_data_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(lock_path(path), timeout=0, is_singleton=False)
        lock.acquire()
    except Timeout:
        raise errors.FileInUse(path) from None
    except PermissionError as error:
        raise errors.FileReadOnly(path, str(error)) from None
    try:
        return _open_locked(path, lock, take_backup)
    except BaseException:
        lock.release()
        raise


def _open_locked(path: Path, lock: FileLock, take_backup: bool) -> DataFile:
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        with _classified(path):
            sqlite3.connect(path).close()  # the engine itself never creates a file
    engine = make_engine(path)
    try:
        opened_backup = None
        revision = current_revision(path) if existed else None
        if revision is not None and revision not in known_revisions():
            raise errors.FileTooNew(path, f"schema revision {revision}")
        if existed and take_backup:
            opened_backup = backup.make_backup(path, "open")
        if revision != head_revision():
            if existed:
                backup.make_backup(path, f"before-migration-{revision or 'none'}")
            migrate(engine)
        return DataFile(path, engine, SqlStore(engine, path), lock, opened_backup)
    except errors.DataFileError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        known = errors.classify(path, error)
        if known is None:
            raise
        raise known from error


@contextmanager
def _classified(path: Path) -> Iterator[None]:
    """Turn sqlite3/OS errors the user can act on into DataFileErrors; bugs pass through."""
    try:
        yield
    except errors.DataFileError:
        raise
    except (sqlite3.Error, OSError) as error:
        known = errors.classify(path, error)
        if known is None:
            raise
        raise known from error


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema in one transaction, as SQLite's docs prescribe for schema changes.

    Foreign keys are switched off first (a table copied by batch mode could not be
    dropped while others refer to it) and checked before the commit instead.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # On the DBAPI connection: in autocommit, so the pragma is outside any transaction.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise errors.FileCorrupt(Path(engine.url.database or ""), f"foreign keys broken: {broken[:3]}")


def new_file_at_revision(path: Path, revision: str) -> None:
    """Create a file at an old schema revision (for migration tests and fixtures)."""
    sqlite3.connect(path).close()
    engine = make_engine(path)
    try:
        migrate(engine, revision)
    finally:
        engine.dispose()
