"""The icon files in resources/icons: every size present, and what packaging/make_icons.py would
draw from the SVGs now (so an edited SVG without redrawn PNGs fails here); the window uses them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from debtordesk.resources import resource_path
from debtordesk.ui.app_icon import ICON_SIZES, app_icon

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "make_icons.py"


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_icons", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(make_icons: ModuleType, qapp_cls: type[QApplication]) -> dict[int, Image.Image]:
    """Every size drawn now; the test QApplication exists first, so the script reuses it."""
    QApplication.instance() or qapp_cls(sys.argv[:1])
    return make_icons.icon_images()


def icon(name: str) -> Path:
    return resource_path("icons", name)


def test_the_window_icon_offers_every_png_size(make_icons: ModuleType, qapp: QApplication) -> None:
    assert ICON_SIZES == make_icons.PNG_SIZES
    assert set(app_icon().availableSizes()) == {QSize(size, size) for size in ICON_SIZES}


def test_each_png_has_its_size_and_the_pixels_the_script_draws(
    make_icons: ModuleType, fresh: dict[int, Image.Image]
) -> None:
    for size in make_icons.PNG_SIZES:
        with Image.open(icon(f"debtordesk-{size}.png")) as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert make_icons.same_pixels(png, fresh[size]), f"redraw with {SCRIPT.name}: {size} px"


def test_the_ico_holds_each_windows_size_as_drawn(make_icons: ModuleType, fresh: dict[int, Image.Image]) -> None:
    with Image.open(icon("debtordesk.ico")) as ico:
        assert ico.info["sizes"] == {(size, size) for size in make_icons.ICO_SIZES}
        for size in make_icons.ICO_SIZES:
            ico.size = (size, size)
            assert make_icons.same_pixels(ico, fresh[size]), f"redraw with {SCRIPT.name}: .ico {size} px"


def test_the_icns_holds_each_macos_size_as_drawn(make_icons: ModuleType, fresh: dict[int, Image.Image]) -> None:
    with Image.open(icon("debtordesk.icns")) as icns:
        entries = icns.info["sizes"]
    assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (128, 128, 2), (256, 256, 1), (256, 256, 2),
            (512, 512, 1), (512, 512, 2)} <= set(entries)
    for width, _, scale in entries:
        with Image.open(icon("debtordesk.icns")) as icns:
            icns.size = (width, width)
            icns.load(scale=scale)
            assert make_icons.same_pixels(icns, fresh[width * scale]), f".icns {width}@{scale}x"


def test_small_sizes_come_from_the_pixel_grid_drawing(make_icons: ModuleType, fresh: dict[int, Image.Image]) -> None:
    # Drawn on whole pixels, the 16 px icon has hard edges: pure paper and line colours.
    assert fresh[16].getpixel((3, 3)) == fresh[16].getpixel((10, 3)) == (255, 255, 255, 255)
    assert fresh[16].getpixel((4, 4)) == (0x6F, 0x8F, 0xA8, 255)
    assert not make_icons.same_pixels(fresh[16], make_icons.render(icon("debtordesk.svg"), 16))


def test_the_script_reports_nothing_stale_for_the_committed_files(make_icons: ModuleType, fresh: object) -> None:
    assert make_icons.stale_files() == []


def test_the_script_reports_a_missing_or_changed_png(
    make_icons: ModuleType, fresh: object, tmp_path: Path
) -> None:
    for name in ("debtordesk.svg", "debtordesk-small.svg", "debtordesk-16.png", "debtordesk-48.png",
                 "debtordesk.icns"):
        (tmp_path / name).write_bytes(icon(name).read_bytes())
    Image.new("RGBA", (48, 48), (255, 0, 0, 255)).save(tmp_path / "debtordesk-48.png")
    (tmp_path / "debtordesk.ico").write_bytes(icon("debtordesk-32.png").read_bytes())
    stale = make_icons.stale_files(tmp_path)
    assert {"debtordesk-48.png", "debtordesk-32.png", "debtordesk.ico"} <= set(stale)
    assert "debtordesk-16.png" not in stale
    assert "debtordesk.icns" not in stale
