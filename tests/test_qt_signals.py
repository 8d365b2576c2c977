"""A guard on the Qt binding itself: emitting signals must not eat Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` per emit() of a
signal without arguments; after a few thousand the interpreter aborted
("deallocating True"). A long session with the app emits far more than that.
pyproject.toml keeps that release out; should it come back, this test fails (or the run aborts).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    with_values = Signal(object, object)


def test_emitting_signals_keeps_reference_counts() -> None:
    sender = _Sender()
    sender.plain.connect(lambda: None)
    sender.with_values.connect(lambda a, b: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(50):  # few enough that a leaking binding fails here rather than aborting
        sender.plain.emit()
        sender.with_values.emit(1, None)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
