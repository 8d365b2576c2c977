"""Fixtures for widget tests: a real data file, a real workspace, the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.app import FileWorkspace
from debtordesk.core.clock import Clock
from debtordesk.core.formatting import Formatter
from debtordesk.ui import msgbox
from debtordesk.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def formatter() -> Formatter:
    return Formatter("en")


@pytest.fixture
def make_window(qtbot, settings: QSettings, formatter: Formatter, clock: Clock) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(FileWorkspace(clock), formatter, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.workspace.close()


@pytest.fixture
def window(make_window, demo_file: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = make_window()
    with qtbot.waitSignal(win.data_shown):
        assert win.open_path(demo_file)
    return win


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box shown, as (kind, title, text), instead of on screen."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "error"):
        monkeypatch.setattr(msgbox, kind, lambda parent, title, text, *rest, k=kind: shown.append((k, title, text)))
    return shown


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own user data folder, so first-start tests see a first start."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("DEBTORDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def as_large_file(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make the demo count as a large file, whose invoice list comes as its first rows, then all."""
    from debtordesk.core import first_paint
    from debtordesk.ui import main_window

    def use(first_rows: int) -> None:
        monkeypatch.setattr(first_paint, "READ_WHOLE_UP_TO", 0)
        monkeypatch.setattr(main_window, "FIRST_ROWS", first_rows)

    return use
