"""Work in a background thread, with the result delivered on the main thread (cf. Picard's run_task).

The work function gets no widget and no ORM object: it opens what it reads
itself and returns plain values. The result or the error comes back through a
queued Qt signal, so the callbacks run on the main thread between events.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

_running: set[_Relay] = set()  # a relay lives until it has delivered
#: Whether run_in_thread turned the cycle collector off (see _pause_gc).
_gc_paused = False


def _pause_gc() -> None:
    """No cycle collection while a worker runs: the collector runs in whichever thread allocates,
    and a cycle holding Qt wrappers freed on a worker goes through Shiboken's cross-thread
    deletion, which crashes the process (seen with PySide6 6.12). The main thread collects
    once the last worker has delivered."""
    global _gc_paused
    if not _running and gc.isenabled():
        gc.disable()
        _gc_paused = True


def _resume_gc() -> None:
    global _gc_paused
    if not _running and _gc_paused:
        _gc_paused = False
        gc.enable()


class _Relay(QObject):
    """Created on the main thread, so the worker's signal is queued to it there."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        super().__init__()
        self._done = done
        self._failed = failed
        self.thread: threading.Thread | None = None
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Exception | None) -> None:
        # The worker's last act was the emit; once it has ended it holds no reference to this
        # relay, so the last one goes here, on the main thread. Dropped in the worker, it would
        # leave the deletion to Shiboken's pending-call path, which crashes the process.
        if self.thread is not None:
            self.thread.join()
        _running.discard(self)
        _resume_gc()
        if error is None:
            self._done(result)
        else:
            self._failed(error)


def run_in_thread(work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None],
                  name: str = "debtordesk-task") -> threading.Thread:
    """Run ``work()`` in a daemon thread; then ``done(result)`` or ``failed(error)`` on the main thread.

    A daemon thread: quitting does not wait for a read whose result nobody needs any more.
    """
    relay = _Relay(done, failed)
    _pause_gc()
    _running.add(relay)

    def run() -> None:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - handed to the main thread, which decides
            relay.finished.emit(None, error)
        else:
            relay.finished.emit(result, None)

    thread = threading.Thread(target=run, name=name, daemon=True)
    relay.thread = thread
    thread.start()
    return thread
