"""Tampering behind the app's back (plain sqlite3, triggers dropped) is found by ``verify``.

One small business is built through the services; every case works on a fresh copy,
changes it one way, and checks that ``debtordesk-cli verify`` exits 1 and names the
first broken record of the affected dossier(s).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from storage_support import Business, build_business, make_service

from debtordesk import cli
from debtordesk.core.dossier import record_hash
from debtordesk.storage.datafile import open_data_file

TRIGGERS = ("dossier_record_no_UPDATE", "dossier_record_no_DELETE", "dossier_document_no_UPDATE",
            "dossier_document_no_DELETE")
BROKEN = re.compile(r"^BROKEN: dossier (\S+), record #(\d+) \(position \d+\): .+$")
COLUMNS = ("chain", "seq", "created_at", "client_id", "invoice_id", "kind", "summary", "details", "prev_hash", "hash")


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Business, list[int]]:
    """The built file, its ids, and the record ids of the invoice-with-PDF's chain."""
    path = tmp_path_factory.mktemp("tamper") / "original.debtordesk"
    with open_data_file(path, create=True) as data_file:
        business = build_business(make_service(data_file))
    connection = sqlite3.connect(path)
    try:
        chain = [row[0] for row in connection.execute(
            "SELECT id FROM dossier_record WHERE chain = ? ORDER BY id", (f"invoice:{business.invoice}",))]
    finally:
        connection.close()
    assert len(chain) == 5
    return path, business, chain


def fresh_copy(source: Path, target: Path) -> Path:
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    return target


def tamper(path: Path, change: Callable[[sqlite3.Connection], None]) -> None:
    connection = sqlite3.connect(path)
    try:
        for trigger in TRIGGERS:
            connection.execute(f"DROP TRIGGER {trigger}")
        change(connection)
        connection.commit()
    finally:
        connection.close()


def run_verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, int], str]:
    code = cli.main(["verify", str(path)])
    out = capsys.readouterr().out
    breaks: dict[str, int] = {}
    for line in out.splitlines():
        match = BROKEN.match(line)
        if match:
            breaks[match.group(1)] = int(match.group(2))
    return code, breaks, out


def row(connection: sqlite3.Connection, record_id: int) -> dict[str, object]:
    values = connection.execute(f"SELECT {', '.join(COLUMNS)} FROM dossier_record WHERE id = ?",
                                (record_id,)).fetchone()
    return dict(zip(COLUMNS, values, strict=True))


def set_row(connection: sqlite3.Connection, record_id: int, values: dict[str, object]) -> None:
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    connection.execute(f"UPDATE dossier_record SET {assignments} WHERE id = :id", {**values, "id": record_id})


def test_intact_file_verifies(original: tuple[Path, Business, list[int]], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    path = fresh_copy(original[0], tmp_path / "copy.debtordesk")
    code, breaks, out = run_verify(path, capsys)
    assert (code, breaks) == (0, {})
    assert out.startswith("OK: 12 records in 5 dossiers")


def test_dropping_the_triggers_alone_changes_nothing(original: tuple[Path, Business, list[int]], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = fresh_copy(original[0], tmp_path / "copy.debtordesk")
    tamper(path, lambda connection: None)
    assert run_verify(path, capsys)[:2] == (0, {})


def case_summary(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    c.execute("UPDATE dossier_record SET summary = summary || ' (paid in cash)' WHERE id = ?", (ids[2],))
    return {"invoice:1": ids[2]}


def case_details(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    details = c.execute("SELECT details FROM dossier_record WHERE id = ?", (ids[1],)).fetchone()[0]
    assert '"amount_cents":50000' in details
    c.execute("UPDATE dossier_record SET details = ? WHERE id = ?",
              (details.replace('"amount_cents":50000', '"amount_cents":5000'), ids[1]))
    return {"invoice:1": ids[1]}


def case_delete_middle(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    c.execute("DELETE FROM dossier_record WHERE id = ?", (ids[2],))
    return {"invoice:1": ids[3]}


def case_delete_first(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    c.execute("DELETE FROM dossier_document WHERE record_id = ?", (ids[0],))
    c.execute("DELETE FROM dossier_record WHERE id = ?", (ids[0],))
    return {"invoice:1": ids[1]}


def case_reorder(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    first, second = row(c, ids[1]), row(c, ids[2])
    # (chain, seq) is unique: park one row while swapping.
    set_row(c, ids[1], {"seq": -1})
    set_row(c, ids[2], first)
    set_row(c, ids[1], second)
    return {"invoice:1": ids[1]}


def case_reorder_keeping_seq(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    """Swap what two records say and when, keeping the positions (seq) in place."""
    first, second = row(c, ids[1]), row(c, ids[2])
    movable = ("created_at", "kind", "summary", "details")
    set_row(c, ids[1], {k: second[k] for k in movable})
    set_row(c, ids[2], {k: first[k] for k in movable})
    return {"invoice:1": ids[1]}


def case_document_bytes(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    c.execute("UPDATE dossier_document SET data = CAST(? AS BLOB) WHERE record_id = ?",
              (b"%PDF-1.4 a different invoice\n%%EOF\n", ids[0]))
    return {"invoice:1": ids[0]}


def case_document_bytes_and_sha(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    forged = b"%PDF-1.4 a different invoice\n%%EOF\n"
    c.execute("UPDATE dossier_document SET data = ?, sha256 = ?, size = ? WHERE record_id = ?",
              (forged, hashlib.sha256(forged).hexdigest(), len(forged), ids[0]))
    return {"invoice:1": ids[0]}


def case_move_to_other_chain(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    c.execute("UPDATE dossier_record SET chain = 'client:1' WHERE id = ?", (ids[2],))
    return {"invoice:1": ids[3], "client:1": ids[2]}


def case_reseal(c: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    """Edit a record and recompute its own hash with the public rules: the next link breaks."""
    assert c.execute("SELECT count(*) FROM dossier_document WHERE record_id = ?", (ids[2],)).fetchone()[0] == 0
    values: dict[str, Any] = row(c, ids[2])
    values["summary"] = "Client disputes the invoice"
    values["hash"] = record_hash(
        chain=values["chain"], seq=values["seq"], created_at=values["created_at"], kind=values["kind"],
        summary=values["summary"], client_id=values["client_id"], invoice_id=values["invoice_id"],
        details_json=values["details"], documents=(), prev_hash=values["prev_hash"],
    )
    set_row(c, ids[2], values)
    return {"invoice:1": ids[3]}


CASES = {
    "a-summary": case_summary,
    "b-details": case_details,
    "c-delete-middle": case_delete_middle,
    "c-delete-first": case_delete_first,
    "d-reorder": case_reorder,
    "d-reorder-keeping-seq": case_reorder_keeping_seq,
    "e-document-bytes": case_document_bytes,
    "e-document-bytes-and-sha": case_document_bytes_and_sha,
    "f-move-to-other-chain": case_move_to_other_chain,
    "g-reseal": case_reseal,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tampering_is_found(name: str, original: tuple[Path, Business, list[int]], tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    source, business, ids = original
    assert business.invoice == 1 and business.nl_client == 1
    path = fresh_copy(source, tmp_path / f"{name}.debtordesk")
    expected: dict[str, int] = {}

    def change(connection: sqlite3.Connection) -> None:
        expected.update(CASES[name](connection, ids))

    tamper(path, change)
    code, breaks, out = run_verify(path, capsys)
    assert code == 1, out
    assert breaks == expected, out
    # Dossiers are reported in name order; the first line names the first broken record.
    assert out.splitlines()[0].startswith(f"BROKEN: dossier {min(expected)}, record #{expected[min(expected)]} ")


def test_verify_reports_every_broken_dossier(original: tuple[Path, Business, list[int]], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    source, business, ids = original
    path = fresh_copy(source, tmp_path / "two.debtordesk")

    def change(connection: sqlite3.Connection) -> None:
        case_summary(connection, ids)
        connection.execute("UPDATE dossier_record SET summary = 'x' WHERE chain = 'business'")

    tamper(path, change)
    code, breaks, _ = run_verify(path, capsys)
    assert code == 1
    assert breaks == {"business": 1, "invoice:1": ids[2]}
