"""The app's icon for its windows, from the PNG sizes packaging/make_icons.py draws.

Each size is its own drawing (16 px from a pixel-grid SVG), so title bars and task bars get a
sharp picture instead of Qt shrinking the 512 px one; the SVG itself is only the source.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from debtordesk.resources import resource_path

#: Kept equal to packaging/make_icons.py PNG_SIZES (tests/packaging/test_icons.py checks).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Set once on the QApplication; every window and dialog without its own icon shows it."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"debtordesk-{size}.png")), QSize(size, size))
    return icon
