"""Killing DebtorDesk mid-write (SIGKILL, no clean-up) never loses or half-writes a commit.

A writer process (see kill_writer.py) writes notes and one-cent payments through the
services, printing each id once its transaction has committed. After a seeded random
moment it is killed with SIGKILL (TerminateProcess on Windows, where each writer is a
fresh process rather than a fork). Once it is dead the file must open normally (the lock
died with the process), pass SQLite's integrity check, hold every id the writer reported,
and have every dossier chain intact. Repeated on the same file, so damage would add up.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from storage_support import make_service

from debtordesk.core.model import Client, Invoice
from debtordesk.storage.datafile import open_data_file
from debtordesk.storage.verify import verify_file

pytestmark = pytest.mark.slow
CAN_FORK = hasattr(os, "fork") and sys.platform != "win32"
#: Fresh writer processes are how Windows runs this; run that way here too, so it is proven on CI.
WAYS = ["fork", "fresh process"] if CAN_FORK else ["fresh process"]

HELPER = Path(__file__).with_name("kill_writer.py")
ROUNDS = 25
SEED = 20261123
TIMEOUT = 30.0  # seconds for any one answer from the helper; generous for slow CI


@dataclass
class Reported:
    records: set[int] = field(default_factory=set)
    payments: set[int] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)


class Helper:
    """A helper process (the forking zygote, or one writer) and a thread that queues its stdout lines."""

    def __init__(self, stderr_path: Path, *args: object) -> None:
        self.stderr = stderr_path.open("a")
        root = Path(__file__).resolve().parents[2]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER), *map(str, args)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.stderr, cwd=root, env=env, text=True, bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.worker: int | None = None

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut short by the kill is not a report
                self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str:
        try:
            line = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"helper silent for {TIMEOUT}s; stderr: {self.errors()}") from None
        if line is None:
            raise AssertionError(f"helper ended; stderr: {self.errors()}")
        return line

    def expect(self, prefix: str) -> str:
        line = self.next_line()
        assert line.startswith(prefix), f"expected {prefix!r}, got {line!r}; stderr: {self.errors()}"
        return line

    def send(self, *fields: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join(map(str, fields)) + "\n")
        self.process.stdin.flush()

    def errors(self) -> str:
        self.stderr.flush()
        return Path(self.stderr.name).read_text()

    def kill_round(self, path: Path, invoice_id: int, tag: str, wait: float) -> list[str]:
        """Start a writer through the zygote, SIGKILL it after ``wait`` seconds, return what it reported."""
        self.send("run", path, invoice_id, tag)
        self.worker = int(self.expect("worker ").split()[1])
        self.expect("ready")
        time.sleep(wait)
        os.kill(self.worker, signal.SIGKILL)
        lines = []
        while not (line := self.next_line()).startswith("dead "):
            lines.append(line)
        _dead, pid, exit_code = line.split()
        assert int(pid) == self.worker
        assert int(exit_code) == -signal.SIGKILL, f"writer ended by itself: {self.errors()}"
        self.worker = None  # reaped: from here on the file is ours alone
        return lines

    def close(self) -> None:
        if self.worker is not None:
            try:
                os.kill(self.worker, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=10)
        except (subprocess.TimeoutExpired, BrokenPipeError):
            self.process.kill()
            self.process.wait()
        self.stderr.close()


def kill_fresh_writer(stderr_path: Path, path: Path, invoice_id: int, tag: str, wait: float) -> list[str]:
    """Without fork(): start a writer process, kill it after ``wait`` seconds, return what it reported."""
    writer = Helper(stderr_path, "write", path, invoice_id, tag)
    try:
        writer.expect("ready")
        time.sleep(wait)
        assert writer.process.poll() is None, f"writer ended by itself: {writer.errors()}"
        writer.process.kill()  # TerminateProcess: no clean-up, like SIGKILL
        writer.process.wait()
        lines = []
        while (line := writer.lines.get(timeout=TIMEOUT)) is not None:
            lines.append(line)
        return lines
    finally:
        writer.close()


def parse(lines: list[str], reported: Reported) -> int:
    commits = 0
    for line in lines:
        kind, *values = line.split()
        if kind == "note":
            reported.records.add(int(values[0]))
            reported.notes.add(values[1])
        elif kind == "pay":
            reported.payments.add(int(values[0]))
            reported.records.add(int(values[1]))
        else:
            raise AssertionError(f"unexpected line from the writer: {line!r}")
        commits += 1
    return commits


@pytest.mark.parametrize("way", WAYS)
def test_sigkill_never_loses_a_commit(tmp_path: Path, way: str) -> None:
    forking = way == "fork"
    path = tmp_path / "killed.debtordesk"
    with open_data_file(path, create=True) as data_file:
        service = make_service(data_file)
        client_id = service.save_client(Client(name="Bakkerij Bos"))
        invoice_id = service.save_invoice(Invoice(client_id, "2026-001", date(2026, 11, 1), date(2026, 12, 1),
                                                  1_000_000_00, 0))
    with open_data_file(path) as data_file, data_file.engine.connect() as connection:
        records_before = connection.execute(text("SELECT count(*) FROM dossier_record")).scalar_one()
    assert records_before == 2

    rng = random.Random(SEED)
    reported = Reported()
    total_commits = 0
    started = time.monotonic()
    stderr_path = tmp_path / "helper-stderr.txt"
    helper = Helper(stderr_path) if forking else None
    try:
        if helper is not None:
            helper.expect("zygote")
        for round_ in range(ROUNDS):
            wait = rng.uniform(0.0, 0.25)
            if helper is not None:
                lines = helper.kill_round(path, invoice_id, f"r{round_}", wait)
            else:
                lines = kill_fresh_writer(stderr_path, path, invoice_id, f"r{round_}", wait)
            total_commits += parse(lines, reported)

            with open_data_file(path) as data_file:
                with data_file.engine.connect() as connection:
                    assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
                    records = set(connection.execute(text("SELECT id FROM dossier_record")).scalars())
                    payments = set(connection.execute(text("SELECT id FROM payment")).scalars())
                    notes = set(connection.execute(text(
                        "SELECT summary FROM dossier_record WHERE kind = 'note'")).scalars())
                    paid = connection.execute(text("SELECT sum(amount_cents) FROM payment")).scalar_one() or 0
                assert reported.records <= records, f"round {round_}: lost {sorted(reported.records - records)}"
                assert reported.payments <= payments, f"round {round_}: lost payments"
                assert reported.notes <= notes
                # At most one commit per kill can have landed without being reported.
                unreported = len(records) - records_before - len(reported.records)
                assert 0 <= unreported <= round_ + 1
                assert paid == len(payments)  # one cent each, none half-written
                report = verify_file(data_file.engine)
                assert report.intact, [b.describe() for b in report.breaks]
    finally:
        if helper is not None:
            helper.close()

    elapsed = time.monotonic() - started
    assert total_commits >= ROUNDS, "the writers hardly wrote anything: the test would prove little"
    # A fresh writer process per round (no fork) pays the imports each time.
    assert elapsed < (120 if forking else 600), f"{ROUNDS} rounds took {elapsed:.0f}s"
