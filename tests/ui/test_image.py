"""PNG and SVG of the map, drawn by the canvas (app.ui.canvas.image): real files, text kept as text in SVG, headless."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from app.ui.canvas.image import export_image
from app.model import load

ROOT = Path(__file__).resolve().parents[2]
AALBORG = ROOT / "resources" / "templates" / "aalborg-aktiv.oppspace"


def test_png_is_a_png_of_the_map_size(tmp_path, qapp):
    out = tmp_path / "map.png"
    export_image(load(AALBORG), out, "png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() > 1500 and image.height() > 1500  # 2 px per map unit
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    assert len(colours) > 10  # lanes, boxes and arrows, not a blank sheet


def test_svg_keeps_names_and_titles_as_text(tmp_path, qapp):
    doc = load(AALBORG)
    out = tmp_path / "map.svg"
    export_image(doc, out, "svg")
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    texts = " ".join(re.findall(r"<text[^>]*>\s*([^<]*)</text>", svg))
    assert "<text" in svg
    for word in ("Sagsbehandler", "Botilbud", "Samdesign", "Visitation", "Caféen"):
        assert word in texts, word


def test_cli_exports_images_headless_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    for suffix, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
        out = tmp_path / f"aa.{suffix}"
        done = subprocess.run([sys.executable, "-m", "app", "export", str(AALBORG), "-o", str(out)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(magic)


def test_unwritable_image_target_is_a_clear_error(tmp_path, qapp):
    from app.export import ExportError

    blocker = tmp_path / "file"
    blocker.write_text("keep")
    try:
        export_image(load(AALBORG), blocker / "x.png", "png")
    except ExportError as exc:
        assert "cannot be written" in str(exc)
    else:
        raise AssertionError("expected an ExportError")
    assert blocker.read_text() == "keep"
