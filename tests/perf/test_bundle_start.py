"""The packaged app starts no slower than the source: first paint within 1.5 times ``uv run``'s.

Builds the bundle into a temporary folder (about 70 s), then runs both offscreen on the same
demo business, interleaved, after a warm-up (packaging/measure_start.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from bundle_build import build  # noqa: E402
from measure_start import measure  # noqa: E402

RUNS = 5
MAX_RATIO = 1.5


def test_bundle_first_paint_within_one_and_a_half_times_uv_run(tmp_path: Path) -> None:
    times = measure(build(tmp_path), RUNS)
    ratio = times["bundle"].painted / times["uv run"].painted
    print(f"first paint: bundle {times['bundle'].painted:.2f} s, uv run {times['uv run'].painted:.2f} s, "
          f"ratio {ratio:.2f}")
    assert ratio <= MAX_RATIO
