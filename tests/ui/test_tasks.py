"""Background work: results on the main thread, and no Qt object freed on a worker."""

from __future__ import annotations

import gc
import threading

from debtordesk.ui import tasks
from debtordesk.ui.tasks import run_in_thread


def test_results_and_errors_come_back_on_the_main_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    main = threading.current_thread()
    seen: list[tuple[str, object, threading.Thread]] = []
    run_in_thread(lambda: 42, lambda r: seen.append(("done", r, threading.current_thread())),
                  lambda e: seen.append(("failed", e, threading.current_thread())))
    run_in_thread(lambda: 1 / 0, lambda r: seen.append(("done", r, threading.current_thread())),
                  lambda e: seen.append(("failed", type(e), threading.current_thread())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(s[:2] for s in seen) == [("done", 42), ("failed", ZeroDivisionError)]  # type: ignore[type-var]
    assert all(s[2] is main for s in seen)


def test_no_cycle_collection_while_a_worker_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The collector runs in whichever thread allocates; freeing Qt wrappers on a worker crashes.
    assert gc.isenabled()
    gate = threading.Event()
    enabled_in_worker: list[bool] = []
    results: list[object] = []

    def work() -> None:
        gate.wait(5)
        enabled_in_worker.append(gc.isenabled())

    run_in_thread(work, results.append, results.append)
    run_in_thread(lambda: None, results.append, results.append)
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert not gc.isenabled()  # one worker still runs
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert enabled_in_worker == [False]
    assert gc.isenabled() and not tasks._running
