"""Seconds since the process started, for ``--smoke`` and the benchmarks.

On Linux the kernel's start time of the process is used, so interpreter start-up
and imports count too; elsewhere the time since this module was first imported.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.monotonic()


def seconds_since_start() -> float:
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED


def peak_memory_mb() -> int | None:
    """Peak resident memory of this process in MB, where the OS tells it (Linux, macOS)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // (1024 * 1024) if sys.platform == "darwin" else peak // 1024
