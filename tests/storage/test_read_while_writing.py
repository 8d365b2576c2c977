"""Reading never waits for a writer: the lists stay usable while a change is being saved."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from debtordesk.core.model import Client
from debtordesk.storage.datafile import open_data_file


def test_a_reader_sees_the_last_commit_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    with open_data_file(tmp_path / "f.debtordesk", create=True) as data_file:
        store = data_file.store
        with store.transaction() as tx:
            tx.add_client(Client("Committed BV"))
        writing = threading.Event()
        release = threading.Event()

        def writer() -> None:
            with store.transaction() as tx:
                tx.add_client(Client("Uncommitted BV"))
                writing.set()
                release.wait(10)

        thread = threading.Thread(target=writer)
        thread.start()
        assert writing.wait(10)
        try:
            with store.reading() as reader:  # would raise "database is locked" after busy_timeout if it waited
                names = [row.client.name for row in reader.clients(today=date(2026, 11, 23))]
        finally:
            release.set()
            thread.join(10)
        assert names == ["Committed BV"]
