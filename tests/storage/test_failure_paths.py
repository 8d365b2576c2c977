"""Failure paths of data files: each keeps the user's data whole and gives a FileProblem.

Restore and Save a Copy keep the user's data whole; a file moved away or made
read-only while open gives a FileProblem, not a crash or a new empty file; a
whole dossier deleted behind the app's back is found; symlinks lead to the same lock.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from storage_support import build_business, make_service, table_counts

from debtordesk import cli
from debtordesk.core.model import Client
from debtordesk.storage import backup, errors
from debtordesk.storage.datafile import DataFile, lock_path, open_data_file
from debtordesk.storage.verify import verify_file


def test_restoring_the_oldest_backup_when_ten_exist(data_file: DataFile) -> None:
    service = make_service(data_file)
    service.save_client(Client("First BV"))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    taken = [backup.make_backup(data_file.path, "open", now=start + timedelta(days=i)) for i in range(10)]
    service.save_client(Client("Second BV"))
    data_file.restore_from(taken[0])  # the safety backup must not prune the one being restored
    with data_file.store.reading() as reader:
        assert [row.client.name for row in reader.clients(start.date())] == ["First BV"]
    assert [b.reason for b in backup.list_backups(data_file.path)].count("before-restore") == 1
    assert verify_file(data_file.engine).intact


def test_restore_keeps_the_lock(data_file: DataFile, monkeypatch: pytest.MonkeyPatch) -> None:
    source = backup.make_backup(data_file.path, "manual", folder=data_file.path.parent / "keep")
    seen = []
    real = backup.restore_database

    def restore_and_try_to_open(src: Path, target: Path) -> None:
        with pytest.raises(errors.FileInUse):
            open_data_file(target)
        seen.append(True)
        real(src, target)

    monkeypatch.setattr(backup, "restore_database", restore_and_try_to_open)
    data_file.restore_from(source)
    assert seen == [True]


def test_save_a_copy_never_overwrites(data_file: DataFile, tmp_path: Path) -> None:
    build_business(make_service(data_file))
    other = tmp_path / "other.debtordesk"
    other.write_bytes(b"somebody's file")
    with pytest.raises(errors.TargetExists):
        data_file.save_copy(other)
    assert other.read_bytes() == b"somebody's file"
    stale_wal = tmp_path / "fresh.debtordesk-wal"
    stale_wal.write_bytes(b"x" * 100)
    with pytest.raises(errors.TargetExists):
        data_file.save_copy(tmp_path / "fresh.debtordesk")
    with pytest.raises(errors.TargetExists):
        data_file.save_copy(data_file.path)
    data_file.save_copy(tmp_path / "copy.debtordesk")
    assert table_counts(tmp_path / "copy.debtordesk") == table_counts(data_file.path)


def test_save_a_copy_onto_a_folder_is_a_file_problem(data_file: DataFile, tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(errors.TargetExists):
        data_file.save_copy(folder)


def test_a_file_moved_away_while_open_is_not_recreated(data_file: DataFile, tmp_path: Path) -> None:
    service = make_service(data_file)
    service.save_client(Client("Before BV"))
    moved = tmp_path / "moved.debtordesk"
    data_file.path.rename(moved)
    with pytest.raises(errors.FileMissing):
        service.save_client(Client("After BV"))
    with pytest.raises(errors.FileMissing):
        with data_file.store.reading() as reader:
            reader.profile()
    assert not data_file.path.exists()


def test_a_read_only_file_is_a_file_problem(data_file: DataFile) -> None:
    # query_only makes SQLite answer as for a read-only file ("attempt to write a readonly
    # database"), even for root, who may write files marked read-only.
    event.listen(data_file.engine, "connect", lambda connection, _record: connection.execute("PRAGMA query_only = ON"))
    with pytest.raises(errors.FileReadOnly):
        make_service(data_file).save_client(Client("X BV"))


def test_a_dossier_deleted_whole_is_found(built_file, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    path = built_file()
    with sqlite3.connect(path) as connection:
        invoice_id = connection.execute("SELECT min(id) FROM invoice").fetchone()[0]
        connection.execute("DROP TRIGGER dossier_record_no_DELETE")
        connection.execute("DROP TRIGGER dossier_document_no_DELETE")
        connection.execute("DELETE FROM dossier_document")
        connection.execute("DELETE FROM dossier_record WHERE chain = ?", (f"invoice:{invoice_id}",))
    connection.close()
    assert cli.main(["verify", str(path)]) == 1
    assert f"BROKEN: dossier invoice:{invoice_id}: all its records are missing" in capsys.readouterr().out


def test_a_symlink_leads_to_the_same_lock(data_file: DataFile, tmp_path: Path) -> None:
    link = tmp_path / "link.debtordesk"
    link.symlink_to(data_file.path)
    with pytest.raises(errors.FileInUse):
        open_data_file(link)
    assert lock_path(data_file.path).exists()


def test_verify_refuses_an_sqlite_file_without_our_schema(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    empty.write_bytes(b"")
    assert cli.main(["verify", str(empty)]) == 2
    bare = tmp_path / "bare.db"
    with sqlite3.connect(bare) as connection:
        connection.execute("PRAGMA user_version = 1")
    connection.close()
    assert cli.main(["verify", str(bare)]) == 2
    assert "not a DebtorDesk data file" in capsys.readouterr().err


def test_demo_today_must_be_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["demo", str(tmp_path / "d.debtordesk"), "--today", "garbage"])
    assert exit_info.value.code == 2
    assert "'garbage' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err
