"""Helper process for test_kill.py (not a test module).

Importing SQLAlchemy, Alembic and the validators takes seconds, so this process imports
them once and then, for every tab-separated command line ``run PATH INVOICE_ID TAG`` on stdin, forks a
*writer*: a separate process that opens the data file through ``open_data_file`` (taking
its lock) and writes through ``DebtorService`` in an endless loop, alternating a note and
a one-cent payment. After each commit the writer prints what is now committed:

    note RECORD_ID TAG-N
    pay PAYMENT_ID RECORD_ID

The test kills the writer with SIGKILL. This process reaps it and prints
``dead PID EXITCODE`` only after it is gone, so the test never opens the file while the
writer might still be running. Every line goes out with one unbuffered ``os.write``.

Where there is no fork() (Windows), ``kill_writer.py write PATH INVOICE_ID TAG`` is the
writer itself, started afresh for each round and killed with TerminateProcess.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import DossierRecord, RecordDraft
from debtordesk.core.model import Payment
from debtordesk.core.ports import Transaction
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PAID_ON = date(2026, 11, 20)


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


class RecordingService(DebtorService):
    """Remembers the id of the dossier record its last use case wrote."""

    last_record_id: int | None = None

    def _record(self, tx: Transaction, draft: RecordDraft) -> DossierRecord:
        record = super()._record(tx, draft)
        self.last_record_id = record.id
        return record


def write_forever(path: Path, invoice_id: int, tag: str) -> None:
    with open_data_file(path, take_backup=False) as data_file:
        service = RecordingService(data_file.store, fixed_clock(NOW))
        say("ready")
        n = 0
        while True:
            n += 1
            if n % 2:
                service.add_note(f"{tag}-{n}", client_id=None, invoice_id=invoice_id)
                say(f"note {service.last_record_id} {tag}-{n}")
            else:
                payment_id = service.record_payment(Payment(invoice_id, PAID_ON, 1, reference=f"{tag}-{n}"))
                say(f"pay {payment_id} {service.last_record_id}")


def main() -> None:
    if sys.argv[1:2] == ["write"]:
        _command, path, invoice_id, tag = sys.argv[1:]
        try:
            write_forever(Path(path), int(invoice_id), tag)
        except BaseException as error:  # noqa: BLE001 - reported to the test, which fails on it
            os.write(2, f"writer failed: {error!r}\n".encode())
        os._exit(3)
    say("zygote")
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        _command, path, invoice_id, tag = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 3
            try:
                write_forever(Path(path), int(invoice_id), tag)
            except BaseException as error:  # noqa: BLE001 - reported to the test, which fails on it
                os.write(2, f"writer failed: {error!r}\n".encode())
            finally:
                os._exit(code)
        say(f"worker {pid}")
        _pid, status = os.waitpid(pid, 0)
        say(f"dead {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    main()
