"""One SQLAlchemy engine per data file, with the pragmas that make it durable.

WAL lets the dossier be read while a write is under way; ``synchronous=FULL``
makes a committed transaction survive a power cut; foreign keys are off in SQLite
unless asked for on every connection. pysqlite's own transaction handling is
switched off so that SQLAlchemy's BEGIN is the one that counts (the recipe from
SQLAlchemy's SQLite dialect docs); a writing transaction begins IMMEDIATE, taking
the write lock up front so two writers never deadlock on an upgrade from read to
write, while a reading one begins deferred and never waits for a writer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


#: Execution option for sessions that only read (see SqlStore.reading).
READ_ONLY = "debtordesk_read_only"


def make_engine(path: Path) -> Engine:
    """An engine on an existing file; it never creates one.

    ``mode=rw``: a file moved away while open (by a sync tool, say) gives an error
    instead of a new empty database in its place. The path goes in as a file URI,
    where "#", "?" and "%" are escaped rather than cutting the path short.
    NullPool: a connection closes when its session ends, so closing the file
    really releases it.
    """
    uri = f"{path.absolute().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")  # deferred: reads a WAL snapshot, takes no write lock
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
