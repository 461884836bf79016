"""Render the application icon (duocoder.svg) in the sizes and formats each system wants:
PNGs for Linux desktops (hicolor theme sizes), .ico for Windows, .icns for macOS.

    python3 tasks.py icons

Qt draws the SVG (the program's own renderer, so the icon looks as it does in the window);
Pillow writes the two container formats. The files are committed, so building the program
or a bundle does not need Pillow."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"Could not write {out}.")


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = HERE / "duocoder.svg"
    pngs = {size: HERE / f"duocoder-{size}.png" for size in SIZES}
    for size, out in pngs.items():
        render(svg, size, out)
    largest = Image.open(pngs[512])
    largest.save(HERE / "duocoder.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(HERE / "duocoder.icns")
    print(f"Wrote {len(pngs)} PNGs, duocoder.ico and duocoder.icns in {HERE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
