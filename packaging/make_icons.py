"""Render the app icon from its SVG into the PNG sizes, the .ico and the .icns installers use.

Run ``uv run python packaging/make_icons.py`` after editing ``resources/icons/debtordesk*.svg``;
``--check`` only says whether the files on disk are stale (tests/packaging/test_icons.py fails
while they are). Sizes up to SMALL_UP_TO come from ``debtordesk-small.svg``, drawn on a 16-pixel
grid so that its strokes land on whole pixels; the big SVG's thin lines blur at those sizes.

Qt draws (QSvgRenderer, offscreen, no display needed) and Pillow writes the .ico and .icns, so
no Inkscape or iconutil is needed on the build machine.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
LARGE_SVG = "debtordesk.svg"
SMALL_SVG = "debtordesk-small.svg"
#: Sizes at or below this are drawn from the pixel-grid SVG.
SMALL_UP_TO = 16
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows shows at most 256 px from an .ico.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Pillow's .icns writer stores 32..1024 (the @2x retina variants included); 1024 is drawn only
#: for the .icns, never kept as a PNG.
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"debtordesk-{size}.png"


def _ensure_gui() -> None:
    """QSvgRenderer wants a QGuiApplication; reuse the running one (tests) or start offscreen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn into a transparent size x size RGBA image."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(0)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    straight = canvas.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(straight.constBits())[: straight.sizeInBytes()]
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", straight.bytesPerLine(), 1).copy()


def render_size(size: int, icon_dir: Path = ICON_DIR) -> Image.Image:
    svg = SMALL_SVG if size <= SMALL_UP_TO else LARGE_SVG
    return render(icon_dir / svg, size)


def icon_images(icon_dir: Path = ICON_DIR) -> dict[int, Image.Image]:
    """Every size any of the files needs, drawn once."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    return {size: render_size(size, icon_dir) for size in sizes}


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def icon_files(images: dict[int, Image.Image]) -> dict[str, bytes]:
    """File name -> contents for everything this script writes."""
    files = {png_name(size): _encode(images[size], "PNG", optimize=True) for size in PNG_SIZES}
    largest_ico = max(ICO_SIZES)
    files["debtordesk.ico"] = _encode(
        images[largest_ico],
        "ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != largest_ico],
    )
    largest_icns = max(ICNS_SIZES)
    files["debtordesk.icns"] = _encode(
        images[largest_icns],
        "ICNS",
        append_images=[images[size] for size in ICNS_SIZES if size != largest_icns],
    )
    return files


def stale_files(icon_dir: Path = ICON_DIR) -> list[str]:
    """Names whose pixels differ from a fresh rendering (or that are missing)."""
    images = icon_images(icon_dir)
    drawn = {png_name(size): [(size, _open(icon_dir / png_name(size)))] for size in PNG_SIZES}
    drawn["debtordesk.ico"] = _frames(icon_dir / "debtordesk.ico", ICO_SIZES)
    drawn["debtordesk.icns"] = _frames(icon_dir / "debtordesk.icns", ICNS_SIZES)
    return [
        name
        for name, frames in drawn.items()
        if any(frame is None or not same_pixels(frame, images[size]) for size, frame in frames)
    ]


def _open(path: Path) -> Image.Image | None:
    if not path.is_file():
        return None
    with Image.open(path) as image:
        return image.convert("RGBA")


def _frames(path: Path, sizes: tuple[int, ...]) -> list[tuple[int, Image.Image | None]]:
    """Each picture in an .ico or .icns by its pixel size; (size, None) for each one missing."""
    if not path.is_file():
        return [(size, None) for size in sizes]
    with Image.open(path) as container:
        entries = container.info.get("sizes", ()) if container.format in ("ICO", "ICNS") else ()
    frames: list[tuple[int, Image.Image | None]] = []
    for entry in entries:
        with Image.open(path) as container:
            if len(entry) == 3:  # .icns: (width, height, scale)
                container.size = entry[:2]
                container.load(scale=entry[2])
            else:
                container.size = entry
            frames.append((container.size[0], container.convert("RGBA")))
    present = {size for size, _ in frames}
    return frames + [(size, None) for size in sizes if size not in present]


def same_pixels(a: Image.Image, b: Image.Image, tolerance: int = 2) -> bool:
    """Equal size and every channel within tolerance (anti-aliasing may shift by a unit)."""
    from PIL import ImageChops

    if a.size != b.size:
        return False
    difference = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
    return all(high <= tolerance for _, high in difference.getextrema())


def write_icons(icon_dir: Path = ICON_DIR) -> list[Path]:
    written = []
    for name, content in icon_files(icon_images(icon_dir)).items():
        path = icon_dir / name
        path.write_bytes(content)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    for path in write_icons():
        print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
