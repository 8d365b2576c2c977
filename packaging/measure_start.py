"""Start time of the built bundle against ``uv run debtordesk``, for packaging/README.md.

``uv run python packaging/measure_start.py [runs]`` after ``packaging/build_linux.sh``: each
program runs ``--smoke`` offscreen ``runs`` times (after one warm-up) on the same data file, a
demo business with its invoices, in a throw-away home. Printed per program: the median of
what ``--smoke`` reports (seconds from process start to the first paint with data) and the
median wall-clock time until it exited. ``tests/perf/test_bundle_start.py`` holds the ratio
to its goal.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "DebtorDesk"


@dataclass(frozen=True)
class StartTimes:
    """Medians in seconds: first paint as ``--smoke`` reports it, and until the process exited."""

    painted: float
    exited: float


def smoke(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.monotonic()
    result = subprocess.run([*command, "--smoke"], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    wall = time.monotonic() - started
    match = re.search(r"^painted in (\d+\.\d+) s$", result.stdout, re.M)
    assert match, result.stdout
    return float(match.group(1)), wall


def measure(bundle: Path, runs: int) -> dict[str, StartTimes]:
    """``bundle`` (the folder with the executable) and ``uv run debtordesk``, on the same demo file."""
    home = Path(tempfile.mkdtemp(prefix="debtordesk-measure-"))
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DEBTORDESK_DATA_DIR", None)
    demo = home / "demo.debtordesk"
    try:
        subprocess.run(["uv", "run", "debtordesk-cli", "demo", str(demo)], env=env, check=True, cwd=ROOT,
                       capture_output=True)
        programs = {"bundle": [str(bundle / "DebtorDesk"), str(demo)],
                    "uv run": ["uv", "run", "debtordesk", str(demo)]}
        for command in programs.values():
            smoke(command, env)  # warm-up: the page cache, Qt's font cache
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
            for name, command in programs.items():
                samples[name].append(smoke(command, env))
        return {name: StartTimes(statistics.median(s[0] for s in taken), statistics.median(s[1] for s in taken))
                for name, taken in samples.items()}
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = measure(BUNDLE, runs)
    for name, taken in times.items():
        print(f"{name:7} first paint {taken.painted:.2f} s (median of {runs}), exited after {taken.exited:.2f} s")
    print(f"ratio bundle / uv run: {times['bundle'].painted / times['uv run'].painted:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
