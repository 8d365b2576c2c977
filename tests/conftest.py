"""Test set-up shared by every test: offscreen Qt, no real home, a fixed "today".

Nothing here reads the network, the real clock, the user's home or a real keyring.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

# Before anything imports Qt: draw offscreen, and keep every per-user folder
# (platformdirs, QSettings, crash logs) inside a throw-away directory.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="debtordesk-test-home-"))
for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())
os.environ["DEBTORDESK_DATA_DIR"] = str(_HOME / "data")
# Never the user's keyring: the app's PasswordStore finds this one, which stores nothing
# (tests that store a password pass an in-memory backend of their own).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402

from debtordesk.core.clock import Clock, fixed_clock  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def clock() -> Clock:
    return fixed_clock(NOW)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo business built once per run; tests get copies."""
    from debtordesk.cli import main as cli_main

    path = tmp_path_factory.mktemp("demo") / "demo.debtordesk"
    assert cli_main(["demo", str(path), "--today", TODAY.isoformat()]) == 0
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.debtordesk"
    shutil.copy(demo_master, target)
    return target


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--perf", action="store_true",
                     help="run the benchmarks in tests/perf (large generated files; minutes)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Benchmarks run on demand (--perf), never in the normal suite."""
    perf_dir = Path(__file__).parent / "perf"
    selected, deselected = [], []
    for item in items:
        is_perf = perf_dir in Path(str(item.fspath)).parents
        (selected if is_perf == config.getoption("--perf") else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
