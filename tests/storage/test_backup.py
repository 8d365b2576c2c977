"""Backups: taken on open, rotated to the newest ten, consistent copies, and the CLI's own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from storage_support import build_business, make_service, table_counts

from debtordesk import cli
from debtordesk.storage import backup
from debtordesk.storage.datafile import open_data_file
from debtordesk.storage.engine import make_engine
from debtordesk.storage.verify import verify_file


def backups_on_disk(path: Path) -> list[Path]:
    return sorted(backup.backup_dir(path).glob("*.debtordesk"))


def test_opening_backs_up_and_keeps_the_newest_ten(built_file: Callable[[], Path]) -> None:
    path = built_file()
    assert backups_on_disk(path) == []  # a new file has nothing to back up
    taken = []
    for _ in range(12):
        with open_data_file(path) as data_file:
            assert data_file.opened_backup is not None and data_file.opened_backup.exists()
            taken.append(data_file.opened_backup)
    assert backup.backup_dir(path) == path.parent / "business backups"
    on_disk = backups_on_disk(path)
    assert len(on_disk) == backup.KEEP == 10
    assert set(on_disk) == set(taken[-10:])  # the two oldest were removed
    listed = backup.list_backups(path)
    assert [info.path for info in listed] == list(reversed(taken[-10:]))
    assert all(a.taken_at > b.taken_at for a, b in zip(listed, listed[1:]))
    assert {info.reason for info in listed} == {"open"}


def test_rotation_keeps_ten_of_each_kind_and_lists_newest_first(built_file: Callable[[], Path]) -> None:
    path = built_file()
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    safety = [backup.make_backup(path, reason, now=start + timedelta(hours=i))
              for i, reason in enumerate(("before-restore", "before-migration-0001"))]
    times = [start + timedelta(days=i + 1, microseconds=i) for i in range(12)]
    opened = [backup.make_backup(path, "open", now=moment) for moment in times]
    listed = backup.list_backups(path)
    # Twelve opens keep the newest ten "open" copies and push out neither safety copy.
    assert [info.path for info in listed] == list(reversed(opened[2:])) + list(reversed(safety))
    assert [info.taken_at for info in listed[:10]] == list(reversed(times[2:]))
    assert not opened[0].exists() and not opened[1].exists()
    assert all(p.exists() for p in safety)
    assert [info.reason for info in listed[-2:]] == ["before-migration-0001", "before-restore"]


def test_listing_skips_other_files(built_file: Callable[[], Path]) -> None:
    path = built_file()
    backup.make_backup(path, "open", now=datetime(2026, 3, 1, tzinfo=UTC))
    folder = backup.backup_dir(path)
    (folder / "readme.txt").write_text("not a backup")
    (folder / "business-garbage.debtordesk").write_bytes(b"")
    assert [info.taken_at for info in backup.list_backups(path)] == [datetime(2026, 3, 1, tzinfo=UTC)]
    assert backup.list_backups(path.with_name("other.debtordesk")) == []


def test_backup_content_equals_the_source(built_file: Callable[[], Path], tmp_path: Path) -> None:
    path = built_file()
    target = backup.make_backup(path, "manual", folder=tmp_path / "elsewhere")
    assert table_counts(target) == table_counts(path)
    engine = make_engine(target)
    try:
        report = verify_file(engine)
    finally:
        engine.dispose()
    assert report.intact and report.records == 12
    with open_data_file(target) as restored:  # a backup is itself a data file
        with restored.store.reading() as reader:
            assert {row.invoice.number for row in reader.invoices()} == {"2026-001", "2026-002"}


def test_backup_of_an_open_file_has_every_committed_change(tmp_path: Path) -> None:
    """Committed data still in the WAL is in the copy: the online backup API, not a file copy."""
    path = tmp_path / "live.debtordesk"
    with open_data_file(path, create=True) as data_file:
        # Another reader keeps the WAL from being checkpointed into the file when the
        # service's connections close, as a second window or a viewer would.
        keeper = sqlite3.connect(path)
        try:
            keeper.execute("SELECT count(*) FROM client").fetchone()
            build_business(make_service(data_file))
            assert Path(f"{path}-wal").stat().st_size > 0
            target = backup.make_backup(path, "manual", folder=tmp_path / "copies")
            expected = table_counts(path)
        finally:
            keeper.close()
    assert expected["dossier_record"] == 12
    assert table_counts(target) == expected
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def test_cli_backup_writes_next_to_the_data_file(built_file: Callable[[], Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = built_file()
    assert cli.main(["backup", str(path)]) == 0
    target = Path(capsys.readouterr().out.strip())
    assert target.exists() and target.parent == path.parent
    assert target.name.startswith("business-") and target.name.endswith("-manual.debtordesk")
    assert table_counts(target) == table_counts(path)
    assert backup.list_backups(path) == []  # a manual copy is not one of the rotated ones


def test_cli_backup_refuses_what_is_not_a_data_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.debtordesk"
    assert cli.main(["backup", str(missing)]) == 2
    text = tmp_path / "text.debtordesk"
    text.write_text("hello")
    assert cli.main(["backup", str(text)]) == 2
    assert "not a DebtorDesk data file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["text.debtordesk"]


@pytest.mark.parametrize("folder", ["Klant #3", "100% zeker", "vraag?"])
def test_backups_work_whatever_the_folder_is_called(tmp_path: Path, folder: str) -> None:
    """A '#', '%' or '?' in the path must not send SQLite to another (new, empty) file."""
    path = tmp_path / folder / "Facturen #2.debtordesk"
    with open_data_file(path, create=True) as data_file:
        build_business(make_service(data_file))
    with open_data_file(path) as data_file:
        opened_backup = data_file.opened_backup
    assert opened_backup is not None
    assert table_counts(opened_backup) == table_counts(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file made by a cut-off path


def test_restore_puts_a_backup_back_into_the_live_wal_file(tmp_path: Path) -> None:
    from debtordesk.core.model import Client
    from debtordesk.storage.datafile import open_data_file
    from debtordesk.storage.verify import verify_file

    path = tmp_path / "live.debtordesk"
    with open_data_file(path, create=True) as data_file:
        make_service(data_file).save_client(Client("Before BV"))
    old = backup.make_backup(path, "manual", folder=tmp_path / "keep")
    with open_data_file(path) as data_file:
        make_service(data_file).save_client(Client("After BV"))
        # The app's engine has the file open in WAL mode while the restore runs.
        backup.restore_database(old, path)
        with data_file.store.reading() as reader:
            names = sorted(row.client.name for row in reader.clients(date(2026, 11, 23)))
        assert names == ["Before BV"]
        assert verify_file(data_file.engine).intact
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_background_backup_is_joined_before_listing_and_closing(built_file: Callable[[], Path]) -> None:
    path = built_file()
    data_file = open_data_file(path, take_backup=False)
    data_file.start_backup("open")
    data_file.close()  # waits for the copy: the lock is never released under a running backup
    listed = backup.list_backups(path)
    assert [info.reason for info in listed] == ["open"]
    assert table_counts(listed[0].path) == table_counts(path)


def test_a_failed_background_backup_leaves_the_file_usable(built_file: Callable[[], Path]) -> None:
    path = built_file()
    backup.backup_dir(path).write_text("a file where the backup folder should be")
    with open_data_file(path, take_backup=False) as data_file:
        data_file.start_backup("open")
        data_file.wait_for_backup()
        assert data_file.backup_error is not None
        make_service(data_file).add_note("still works", client_id=None, invoice_id=None)
        assert verify_file(data_file.engine).intact
