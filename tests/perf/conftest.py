"""Large files for the benchmarks, generated once and kept between runs."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from generate import generate

from debtordesk.storage.revisions import head_revision

#: Bump when generate.py changes what it writes, so cached files are rebuilt.
GENERATOR_VERSION = 1
CACHE = Path(tempfile.gettempdir()) / "debtordesk-perf"


def _cached(name: str, **sizes: int) -> Path:
    # Of the newest schema: a file that needs migrating would time the migration, not the open.
    path = CACHE / f"{name}-v{GENERATOR_VERSION}-r{head_revision()}.debtordesk"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        partial.unlink(missing_ok=True)
        generate(partial, **sizes)
        partial.rename(path)
    return path


@pytest.fixture(scope="session")
def big_master() -> Path:
    """10,000 clients, 100,000 invoices, 1,000,000 dossier records (about 45 s to build, 320 MB)."""
    return _cached("big")


@pytest.fixture(scope="session")
def thousand_master() -> Path:
    """1,000 invoices: the size of the start-up goal."""
    return _cached("thousand", clients=150, invoices=1_000, records=10_000)


@pytest.fixture
def big_file(big_master: Path, tmp_path: Path) -> Path:
    """A copy per test: opening a file backs it up and may migrate it."""
    target = tmp_path / "big.debtordesk"
    shutil.copy(big_master, target)
    return target


@pytest.fixture
def thousand_file(thousand_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "thousand.debtordesk"
    shutil.copy(thousand_master, target)
    return target
