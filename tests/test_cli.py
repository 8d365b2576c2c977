"""debtordesk-cli: the demo business, verify's exit codes, refusing to overwrite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtordesk import cli
from debtordesk.storage.datafile import open_data_file
from debtordesk.storage.verify import verify_file

TODAY = "2026-11-23"


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def scalar(path: Path, sql: str) -> object:
    return query(path, sql)[0][0]


#: The demo folder's contents right after ``demo`` ran, before other tests open the file.
CREATED: list[str] = []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("demo") / "demo.debtordesk"
    assert cli.main(["demo", str(path), "--today", TODAY]) == 0
    CREATED[:] = sorted(p.name for p in path.parent.iterdir())
    yield path


def test_demo_writes_a_complete_business(demo: Path) -> None:
    invoices = scalar(demo, "SELECT count(*) FROM invoice")
    assert isinstance(invoices, int) and 50 <= invoices <= 80
    countries = dict(query(demo, "SELECT country, count(*) FROM client GROUP BY country"))
    assert countries.get("NL", 0) >= 3 and countries.get("BE", 0) >= 3
    assert scalar(demo, "SELECT count(*) FROM business_profile") == 1
    assert scalar(demo, "SELECT count(*) FROM contact") >= scalar(demo, "SELECT count(*) FROM client")
    assert scalar(demo, "SELECT count(*) FROM payment") >= 20
    statuses = dict(query(demo, "SELECT status, count(*) FROM promise GROUP BY status"))
    assert statuses.get("open", 0) >= 1 and statuses.get("broken", 0) >= 1
    assert scalar(demo, "SELECT count(*) FROM task WHERE done = 0") >= 1
    # Every state a debtor list shows: paid, partly paid, open and overdue.
    open_rows = query(demo, """
        SELECT i.total_cents - coalesce(sum(p.amount_cents), 0) AS open, i.due_date
        FROM invoice i LEFT JOIN payment p ON p.invoice_id = i.id GROUP BY i.id""")
    assert any(open_ == 0 for open_, _ in open_rows)
    assert any(open_ > 0 and due < TODAY for open_, due in open_rows)
    assert any(open_ > 0 and due >= TODAY for open_, due in open_rows)
    assert all(open_ >= 0 for open_, _ in open_rows)
    assert scalar(demo, "SELECT count(*) FROM invoice i WHERE EXISTS (SELECT 1 FROM payment p WHERE p.invoice_id "
                        "= i.id) AND i.total_cents > (SELECT sum(amount_cents) FROM payment p WHERE "
                        "p.invoice_id = i.id)") >= 1


def test_demo_follows_the_given_today(demo: Path) -> None:
    assert scalar(demo, "SELECT max(issue_date) FROM invoice") <= TODAY
    assert scalar(demo, "SELECT max(paid_on) FROM payment") <= TODAY
    # Nothing in the dossier is dated after the demo's today.
    assert scalar(demo, "SELECT max(created_at) FROM dossier_record") < "2026-11-24"
    assert scalar(demo, "SELECT min(created_at) FROM dossier_record") >= "2025-10-19"


def test_demo_dossier_verifies(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", str(demo)]) == 0
    out = capsys.readouterr().out
    records = scalar(demo, "SELECT count(*) FROM dossier_record")
    assert out.startswith(f"OK: {records} records in ")
    with open_data_file(demo, take_backup=False) as data_file:
        report = verify_file(data_file.engine)
    assert report.intact and report.records == records
    kinds = {kind for (kind,) in query(demo, "SELECT DISTINCT kind FROM dossier_record")}
    assert {"profile_saved", "client_created", "contact_saved", "invoice_registered", "payment_recorded",
            "promise_made", "promise_resolved", "task_created", "note"} <= kinds


def test_demo_leaves_no_working_files(demo: Path) -> None:
    """Built as FILE.part and renamed: no .part, lock, WAL or backup folder is left behind."""
    assert CREATED == ["demo.debtordesk"]


def test_demo_is_deterministic(demo: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.debtordesk"
    assert cli.main(["demo", str(again), "--today", TODAY]) == 0
    sql = "SELECT chain, seq, hash FROM dossier_record ORDER BY id"
    assert query(again, sql) == query(demo, sql)


def test_demo_refuses_an_existing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.debtordesk"
    path.write_bytes(b"my precious data")
    assert cli.main(["demo", str(path), "--today", TODAY]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"my precious data"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.debtordesk"]


def test_demo_refuses_an_existing_data_file(demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    assert cli.main(["demo", str(demo), "--today", "2027-01-01"]) == 2
    assert demo.read_bytes() == before


def test_verify_exit_codes_for_file_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", str(tmp_path / "missing.debtordesk")]) == 2
    assert "there is no such file" in capsys.readouterr().err
    text = tmp_path / "letter.debtordesk"
    text.write_text("Dear client,")
    assert cli.main(["verify", str(text)]) == 2
    assert "not a DebtorDesk data file" in capsys.readouterr().err
    foreign = tmp_path / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert cli.main(["verify", str(foreign)]) == 2


def test_verify_refuses_an_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.debtordesk"
    empty.touch()
    assert cli.main(["verify", str(empty)]) == 2
    assert "not a DebtorDesk data file" in capsys.readouterr().err


def test_verify_a_fresh_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.debtordesk"
    with open_data_file(path, create=True):
        pass
    assert cli.main(["verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("OK: 0 records in 0 dossiers")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main([])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        cli.main(["frobnicate", "x"])
    assert caught.value.code == 2
