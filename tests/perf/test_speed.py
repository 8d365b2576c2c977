"""Issue 3's speed and memory goals on large files, run on demand:

    uv run pytest tests/perf --perf

Each measurement is also printed, so a run gives the figures for the README.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings

from debtordesk.app import FileWorkspace
from debtordesk.core.clock import Clock
from debtordesk.core.formatting import Formatter
from debtordesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from debtordesk.startup import seconds_since_start
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(f"painted in {seconds_since_start():.3f} s", flush=True), app.quit()))
app.exec()
"""


def _run(args: list[str], tmp_path: Path) -> tuple[float, int | None]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEBTORDESK_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: bytecode is cached
    result = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    seconds = float(re.search(r"painted in (\d+\.\d+) s", result.stdout).group(1))  # type: ignore[union-attr]
    peak = re.search(r"peak memory (\d+) MB", result.stdout)
    return seconds, int(peak.group(1)) if peak else None


def test_smoke_with_1000_invoices_within_three_bare_windows(thousand_file: Path, tmp_path: Path) -> None:
    _run(["-c", BARE_WINDOW], tmp_path)  # warm the caches for both
    # Taken in turns, so a busy moment of the machine falls on both alike, and compared by their
    # medians: the fastest of a few runs swings with one lucky run (0.12-0.16 s for the bare window
    # on this machine), the median of seven far less.
    bare_runs, app_runs = [], []
    for _ in range(7):
        bare_runs.append(_run(["-c", BARE_WINDOW], tmp_path)[0])
        app_runs.append(_run(["-m", "debtordesk", "--smoke", str(thousand_file)], tmp_path)[0])
    bare, app = statistics.median(bare_runs), statistics.median(app_runs)
    print(f"\nbare PySide6 window {min(bare_runs):.3f}-{max(bare_runs):.3f} s, median {bare:.3f} s; "
          f"debtordesk --smoke (1,000 invoices) {min(app_runs):.3f}-{max(app_runs):.3f} s, median {app:.3f} s; "
          f"ratio of medians {app / bare:.1f}")
    assert app <= 3 * bare


def test_big_file_memory_under_250_mb(big_file: Path, tmp_path: Path) -> None:
    seconds, peak = _run(["-m", "debtordesk", "--smoke", str(big_file)], tmp_path)
    print(f"\nbig file: --smoke painted after {seconds:.3f} s, peak memory {peak} MB")
    assert peak is not None and peak < 250


class _PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_big_file_painted_within_a_second_of_opening(big_file: Path, tmp_path: Path, qtbot, clock: Clock) -> None:
    window = MainWindow(FileWorkspace(clock), Formatter("nl"),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    spy = _PaintSpy()
    for page in (window.today, window.invoices, window.clients):  # whichever list is on screen
        page.table.viewport().installEventFilter(spy)
    try:
        start = time.perf_counter()
        assert window.open_path(big_file)
        qtbot.waitUntil(lambda: spy.painted and window.invoices_model.rowCount() > 0, timeout=120_000)
        elapsed = time.perf_counter() - start
    finally:
        window.workspace.close()
    print(f"\nbig file: open to painted {elapsed:.3f} s")
    assert elapsed <= 1.0


def test_big_file_search_keystroke_within_50_ms(big_file: Path, tmp_path: Path, qtbot, clock: Clock,
                                                benchmark) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(FileWorkspace(clock), Formatter("nl"),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.invoices_complete, timeout=120_000):  # every row, not the first ones
            assert window.open_path(big_file)
        model = window.invoices_model
        model.set_search("studio")  # the first search builds the cached texts
        texts = iter(["studio b", "studio bo", "studio bou", "studio bouw"] * 100)
        benchmark.pedantic(lambda: model.set_search(next(texts)), rounds=20, iterations=1)
        worst = benchmark.stats.stats.max
    finally:
        window.workspace.close()
    print(f"\nbig file: search keystroke worst {worst * 1000:.1f} ms")
    assert worst <= 0.050
