"""PNG and SVG of the map through Qt's scene rendering: what the user sees on the canvas.

It lives beside the canvas (the export layer below stays free of Qt); the command line and the
window's export call it here. Works headless: without a display the offscreen platform is chosen before Qt starts. The SVG
keeps text as text (QSvgGenerator writes <text> elements for drawText).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app.export import ExportError
from app.export.atomic import write_bytes
from app.export.xml_safe import xml_safe_bytes
from app.model import Document

IMAGE_FORMATS = ("png", "svg")

PNG_SCALE = 2.0  #: pixels per map unit, so the PNG stays crisp on projectors and in print
MAX_PIXELS = 12_000  #: longest side of a PNG; bigger maps are scaled down to it
MAX_AREA = 40_000_000  #: pixels in all (160 MB in memory); a huge square map is scaled to it


def export_image(doc: Document, path: Path, fmt: str) -> None:
    """Write the map as ``fmt`` ("png" or "svg") to ``path``, atomically."""
    if fmt not in ("png", "svg"):
        raise ExportError(f"unknown image format {fmt!r}")
    _ensure_app()
    scene = _build_scene(doc)
    try:
        data = _png(scene) if fmt == "png" else _svg(scene, doc.meta.title)
    finally:
        scene.deleteLater()
    try:
        write_bytes(Path(path), data)
    except OSError as exc:
        raise ExportError(f"cannot be written ({exc.strerror or exc})") from None


def _ensure_app() -> None:
    """A QGuiApplication must exist before painting; headless, use the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _APP  # keep it alive for the rest of the process
    from PySide6.QtWidgets import QApplication

    _APP = QApplication(sys.argv[:1])


_APP = None


def _build_scene(doc: Document):
    """The canvas's own scene of ``doc``, drawn once without a controller."""
    from .scene import render_scene  # imports Qt's widgets: only once the app exists

    return render_scene(doc)


def _source_rect(scene):
    return scene.drawn_rect().adjusted(-16, -16, 16, 16)


def _png(scene) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    source = _source_rect(scene)
    scale = min(PNG_SCALE, MAX_PIXELS / max(source.width(), source.height(), 1.0),
                (MAX_AREA / max(source.width() * source.height(), 1.0)) ** 0.5)
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"the map is too large for a PNG ({width} x {height} pixels)")
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the PNG could not be encoded")
    buffer.close()
    return bytes(data.data())


def _svg(scene, title: str) -> bytes:
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    source = _source_rect(scene)
    size = QSize(max(1, round(source.width())), max(1, round(source.height())))
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / "map.svg"
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title or "OppSpace map")
        generator.setDescription("Co-production service map made with OppSpace")
        painter = QPainter(generator)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        return xml_safe_bytes(tmp.read_bytes())  # titles may hold characters XML forbids
