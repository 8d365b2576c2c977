"""Start time of the built bundle against ``uv run debtordesk``, for packaging/README.md.

``uv run python packaging/measure_start.py [runs]`` after ``packaging/build_linux.sh``: each
program runs ``--smoke`` offscreen ``runs`` times (after one warm-up) on the same data file, a
demo business with its invoices, in a throw-away home. Printed per program: the median of
what ``--smoke`` reports (seconds from process start to the first paint with data) and the
median wall-clock time until it exited.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "DebtorDesk" / "DebtorDesk"


def smoke(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.monotonic()
    result = subprocess.run([*command, "--smoke"], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    wall = time.monotonic() - started
    match = re.search(r"^painted in (\d+\.\d+) s$", result.stdout, re.M)
    assert match, result.stdout
    return float(match.group(1)), wall


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    home = Path(tempfile.mkdtemp(prefix="debtordesk-measure-"))
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DEBTORDESK_DATA_DIR", None)
    demo = home / "demo.debtordesk"
    try:
        subprocess.run(["uv", "run", "debtordesk-cli", "demo", str(demo)], env=env, check=True, cwd=ROOT,
                       capture_output=True)
        return _measure(runs, env, demo)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _measure(runs: int, env: dict[str, str], demo: Path) -> int:
    programs = {"bundle": [str(BUNDLE), str(demo)], "uv run": ["uv", "run", "debtordesk", str(demo)]}
    for name, command in programs.items():
        smoke(command, env)  # warm-up: the page cache, Qt's font cache
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
        for name, command in programs.items():
            results[name].append(smoke(command, env))
    for name, samples in results.items():
        painted = statistics.median(s[0] for s in samples)
        wall = statistics.median(s[1] for s in samples)
        print(f"{name:7} first paint {painted:.2f} s (median of {runs}), exited after {wall:.2f} s")
    bundle_paint = statistics.median(s[0] for s in results["bundle"])
    source_paint = statistics.median(s[0] for s in results["uv run"])
    print(f"ratio bundle / uv run: {bundle_paint / source_paint:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
