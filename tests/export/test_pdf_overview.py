"""The PDF's first page shows the whole map; the page turns with the map's shape (issue 16)."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pypdf
import pytest

from app.export import export
from app.export.pdf import plan_map
from app.model import save
from app.model.templates import from_template
from tests.export.test_pdf_tiling import big_map


def page_texts(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in pypdf.PdfReader(str(path)).pages]


def sizes(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in pypdf.PdfReader(str(path)).pages]


def test_a_tiled_map_opens_with_the_whole_map_on_one_page(tmp_path):
    doc = from_template("aalborg-aktiv")  # too large to read on one A4 page
    pages = plan_map(doc, "A4")
    tiles = len(pages.plan.tiles)
    assert tiles >= 2 and pages.overview is not None
    assert pages.overview.scale < pages.plan.scale  # smaller, but all of it
    out = tmp_path / "a.pdf"
    export(doc, out, "pdf", paper="A4", report=False)
    texts = page_texts(out)
    assert len(texts) == 1 + tiles
    first = texts[0]
    for act in doc.activities:  # every box on the first page
        assert " ".join(act.title.split()) in first, act.title
    assert f"The whole map. Pages 2–{tiles + 1} show it large enough to read." in first
    for n in range(2, tiles + 2):  # which page shows which part
        assert f"page {n}" in first
    assert "row 1, column 1" in texts[1] and "row 1, column 1" not in first


def test_a_map_readable_on_one_page_is_that_one_page():
    for name in ("generic", "blank"):
        pages = plan_map(from_template(name), "A4")
        assert pages.overview is None and len(pages.map_pages) == 1


def test_the_map_shape_chooses_the_orientation_unless_the_user_does(tmp_path):
    tall, wide = big_map(n_lanes=9, n_phases=2), big_map(n_lanes=2, n_phases=6)
    out = tmp_path / "m.pdf"
    export(tall, out, "pdf", report=False)
    assert set(sizes(out)) == {(595, 842)}  # A4 portrait
    export(wide, out, "pdf", report=False)
    assert set(sizes(out)) == {(842, 595)}  # A4 landscape
    export(tall, out, "pdf", report=False, portrait=False)
    assert set(sizes(out)) == {(842, 595)}  # the user's choice wins
    export(wide, out, "pdf", report=False, portrait=True)
    assert set(sizes(out)) == {(595, 842)}


def test_command_line_landscape_and_portrait(tmp_path):
    src, out = tmp_path / "tall.oppspace", tmp_path / "tall.pdf"
    save(big_map(n_lanes=9, n_phases=2), src)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "export", str(src), "-o", str(out),
                               "--no-report", *args], capture_output=True, text=True, timeout=120)

    assert run().returncode == 0 and set(sizes(out)) == {(595, 842)}
    assert run("--landscape").returncode == 0 and set(sizes(out)) == {(842, 595)}
    both = run("--landscape", "--portrait")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
    assert "Traceback" not in both.stderr


def _footer_runs(page, page_width: float) -> list[tuple[float, float, float, str]]:
    """(left, right, baseline, text) of each text run in the band under a map page's map."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.export import pdf_style as st

    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        size = font_size * tm[0] * cm[0]
        text = text.strip()
        if text and y < 80:
            bold = "Bold" in str((font_dict or {}).get("/BaseFont", ""))
            width = stringWidth(text, st.FONT_BOLD if bold else st.FONT, size)
            runs.append((x, x + width, round(y, 1), text))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("lang", ["en", "da", "fi"])
@pytest.mark.parametrize("shape", ["tall", "wide"])
def test_the_legend_and_notes_under_the_map_never_overlap(tmp_path, lang, shape):
    from app import i18n
    from app.export import pdf_style as st
    from app.export.pdf import MARGIN

    st.register_fonts()
    doc = big_map(n_lanes=9, n_phases=2) if shape == "tall" else from_template("aalborg-aktiv")
    out = tmp_path / "m.pdf"
    with i18n.speaking(lang):
        export(doc, out, "pdf", report=False)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) >= 2  # an overview and a tile: both kinds of note
    for page in reader.pages:
        width = float(page.mediabox.width)
        runs = _footer_runs(page, width)
        assert runs
        for left, right, _base, text in runs:
            assert MARGIN - 1 <= left and right <= width - MARGIN + 1, text
        for a, b in itertools.combinations(runs, 2):
            same_line = abs(a[2] - b[2]) < 6
            assert not (same_line and a[0] < b[1] - 0.5 and b[0] < a[1] - 0.5), (a[3], b[3])
