"""The PyInstaller bundle: built from this checkout, started as the installed app, small enough.

One build per run (about a minute on two cores); each test then starts the frozen
``DebtorDesk`` offscreen in a throw-away home with nothing of this test's Python in its
environment, so a module or resource the bundle lacks fails here and not on a user's desk.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from bundle_build import build  # noqa: E402

MAX_BUNDLE_BYTES = 200 * 1000 * 1000
PAINTED = re.compile(r"^painted in (\d+\.\d+) s$", re.M)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/DebtorDesk built into a temporary folder; the checkout's dist/ and build/ are untouched."""
    return build(tmp_path_factory.mktemp("pyinstaller"))


def run_frozen(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The bundle's executable as a user's desktop starts it: its own home, no developer's Python."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    home.mkdir(parents=True, exist_ok=True)
    # Started from the home, not the checkout: nothing may be found relative to the source tree.
    return subprocess.run([str(bundle / "DebtorDesk"), *args], env=env, cwd=home, capture_output=True, text=True,
                          timeout=120)


def painted_seconds(result: subprocess.CompletedProcess[str]) -> float:
    assert result.returncode == 0, result.stderr[-4000:]
    match = PAINTED.search(result.stdout)
    assert match, result.stdout
    return float(match.group(1))


def test_the_frozen_app_makes_a_fresh_data_file_then_opens_it(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data_file = home / ".local" / "share" / "DebtorDesk" / "My business.debtordesk"

    # No file yet: the new business is made in the user's data folder (Alembic's scripts run frozen).
    assert 0 < painted_seconds(run_frozen(bundle, home, "--smoke")) < 60
    assert data_file.is_file()
    # That fresh file named on the command line, as a double-click passes it.
    assert 0 < painted_seconds(run_frozen(bundle, home, "--smoke", str(data_file))) < 60


def test_the_frozen_app_writes_the_demo_business_with_its_letters(bundle: Path, tmp_path: Path) -> None:
    """The demo's letters are PDFs: reportlab, the bundled fonts, babel's Dutch and the QR code."""
    home = tmp_path / "home"
    assert painted_seconds(run_frozen(bundle, home, "--smoke", "--demo", "--language", "nl")) > 0
    assert (home / ".local" / "share" / "DebtorDesk" / "Demo business.debtordesk").is_file()


def test_the_frozen_app_refuses_a_file_that_is_not_a_data_file(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.debtordesk"
    bad.write_text("not a data file")
    result = run_frozen(bundle, tmp_path / "home", "--smoke", str(bad))
    assert result.returncode == 1
    assert "no data file could be opened" in result.stderr


def test_the_bundle_holds_what_the_app_uses_and_stays_under_200_mb(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    assert size < MAX_BUNDLE_BYTES, f"{size / 1e6:.0f} MB"
    internal = bundle / "_internal"
    assert (internal / "resources" / "translations" / "debtordesk_nl.qm").is_file()
    assert (internal / "debtordesk" / "storage" / "migrations" / "versions" / "0001_initial.py").is_file()
    names = {path.relative_to(bundle).as_posix() for path in files}
    # Nothing of what the spec leaves out crept in.
    assert not [name for name in names if re.search(r"QtWebEngine|QtQml|QtQuick|Qt63D|QtMultimedia|tkinter|"
                                                   r"pytest|hypothesis|plugins/(sqldrivers|tls|designer)/", name)]
