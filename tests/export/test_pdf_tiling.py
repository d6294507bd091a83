"""Fit or tile: big maps are spread over readable pages; every page renders with ink on it."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from app.export import export
from app.export import pdf_style as st
from app.export.pdf import plan_map
from app.export.pdf_plan import Tile
from app.model import layout as lay
from app.model.document import Activity, Actor, Document, Flow, Meta, Phase
from app.model import load
from app.model.templates import from_template

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
LONG = ("Fælles afklaring af borgerens ønsker, behov, hensyn og muligheder for meningsfuldt "
        "arbejde sammen med pårørende og botilbud")


def big_map(n_lanes: int = 8, n_phases: int = 12, per_cell: int = 1) -> Document:
    """A map of n_lanes x n_phases activities (64+ by default with per_cell=1 and 8 x 12)."""
    phases = [Phase(id=f"ph-{j}", name=f"Fase {j + 1} – Øvelse") for j in range(n_phases)]
    actors = [Actor(id=f"a-{i}", name=f"Aktør {i + 1} på Ærø",
                    kind="citizen" if i == n_lanes - 1 else "public") for i in range(n_lanes)]
    acts, flows = [], []
    for i in range(n_lanes):
        for j in range(n_phases):
            for k in range(per_cell):
                n = len(acts)
                title = LONG if n % 7 == 0 else f"Aktivitet {n} – åben dør"
                acts.append(Activity(id=f"s-{n}", title=title, actor=f"a-{i}", phase=f"ph-{j}",
                                     co_produced=n % 3 == 0, x=j * 260.0 + 40.0,
                                     y=30.0 + k * 90.0))
                if n:
                    kind = "information" if n % 2 else "sequence"
                    flows.append(Flow(id=f"f-{n}", kind=kind, source=f"s-{n - 1}",
                                      target=f"s-{n}", what=f"Besked {n}" if n % 2 else ""))
    return Document(format="oppspace", version=1, meta=Meta(title="Stort kort"), phases=phases,
                    actors=actors, activities=acts, flows=flows)


@pytest.mark.parametrize("name", ["generic", "blank"])
def test_templates_fit_one_a4_page(name):
    pages = plan_map(from_template(name), "A4")
    assert len(pages.plan.tiles) == 1 and pages.plan.scale >= st.MIN_SCALE


def test_aalborg_fits_a3_and_tiles_a4_in_whole_lanes():
    assert len(plan_map(from_template("aalborg-aktiv"), "A3").plan.tiles) == 1
    pages = plan_map(from_template("aalborg-aktiv"), "A4")
    plan = pages.plan
    assert (plan.rows, plan.cols) == (2, 1)
    lane_tops = {lv.lane.top for lv in pages.geo.lanes}
    assert plan.row_spans[0][1] in lane_tops  # the cut falls between two lanes
    assert plan.scale >= st.MIN_SCALE


def test_big_map_is_tiled_readably_and_every_box_is_whole_on_some_page(tmp_path):
    doc = big_map()
    assert len(doc.activities) >= 64
    pages = plan_map(doc, "A4")
    plan = pages.plan
    assert plan.rows > 1 and plan.cols > 1
    assert plan.scale >= st.MIN_SCALE  # titles print at 7 pt or more
    for box in pages.geo.boxes:
        assert any(t.x0 <= box.rect.x and box.rect.right <= t.x1 and t.y0 <= box.rect.y
                   and box.rect.bottom <= t.y1 for t in plan.tiles), box.act.id
    out = tmp_path / "big.pdf"
    export(doc, out, "pdf", report=False)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1 + plan.rows * plan.cols  # the overview, then the tiles
    texts = [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]
    assert f"Pages 2–{plan.rows * plan.cols + 1} show it large enough to read" in texts[0]
    assert f"row 1, column 1 (of {plan.rows} × {plan.cols} pages)" in texts[1]
    assert f"row {plan.rows}, column {plan.cols}" in texts[-1]
    assert "continues: row 1, column 2" in texts[1]
    every = " ".join(texts)
    for act in doc.activities:
        assert act.title in every, act.title
    for i in range(len(doc.actors)):  # lane names are repeated on every page of their row
        assert f"Aktør {i + 1} på Ærø" in every


def test_long_titles_grow_their_box_and_lane_instead_of_shrinking():
    doc = big_map(n_lanes=2, n_phases=2)
    pages = plan_map(doc, "A4")
    grown = [b for b in pages.geo.boxes if b.act.title == LONG]
    assert grown
    for box in grown:
        needed = len(box.lines) * st.TITLE_LEADING + 2 * lay.BOX_PADDING
        assert box.rect.height >= needed > doc.activity(box.act.id).height
        lane = pages.geo.layout.lane_by_actor[box.act.actor]
        assert box.rect.bottom <= lane.top + lane.height
        assert " ".join(box.lines) == LONG  # nothing cut


def test_portrait_and_a3_change_the_page_count():
    doc = big_map()
    a4 = len(plan_map(doc, "A4").plan.tiles)
    a3 = len(plan_map(doc, "A3").plan.tiles)
    assert a3 < a4


def _ink(pgm: Path) -> float:
    """Share of pixels that are not white in a binary PGM written by pdftoppm -gray."""
    data = pgm.read_bytes()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    pixels = parts[4][-width * height:]
    return sum(1 for v in pixels if v < 235) / len(pixels)


def test_every_page_renders_with_content(tmp_path):
    assert shutil.which("pdftoppm"), "poppler-utils is needed (scripts/setup.sh installs it)"
    out = tmp_path / "aa.pdf"
    export(from_template("aalborg-aktiv"), out, "pdf")
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(out), str(tmp_path / "p")], check=True,
                   timeout=120)
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == len(pypdf.PdfReader(str(out)).pages)
    shares = [_ink(p) for p in images]
    assert all(share > 0.01 for share in shares), shares
    assert shares[0] > 0.10  # the map page is mostly drawn: lanes, boxes, arrows


def _fill(pages, tile) -> tuple[float, float]:
    """Share of the map area's width and height that a tile's drawing uses."""
    from app.export.pdf import FOOTER, GAP, MARGIN

    s = pages.plan.scale
    avail_w = pages.page[0] - 2 * MARGIN
    avail_h = pages.page[1] - 2 * MARGIN - pages.head.height - GAP - FOOTER
    w = (lay.HEADER_WIDTH + tile.x1 - tile.x0) * s
    h = (lay.PHASE_HEADER_HEIGHT + tile.y1 - tile.y0) * s
    return w / avail_w, h / avail_h


def test_aalborg_a4_landscape_tiles_fill_the_page_width_at_a_readable_size():
    pages = plan_map(from_template("aalborg-aktiv"), "A4")
    plan = pages.plan
    # one page would need titles under 7 pt, so two pages, as large as two pages allow
    assert len(plan.tiles) == 2
    assert st.TITLE_SIZE * plan.scale >= 8.0
    for tile in plan.tiles:
        w, h = _fill(pages, tile)
        assert w <= 1.001 and h <= 1.001
        assert max(w, h) >= 0.99, (w, h)  # the binding side is filled, not 60 % of it
        assert h >= 0.9, h  # spare height holds whole neighbouring lanes, no empty band
    lane_tops = {lv.lane.top for lv in pages.geo.lanes} | {pages.geo.height}
    assert all(t.y0 in lane_tops and t.y1 in lane_tops for t in plan.tiles)


def test_aalborg_a3_fills_one_page():
    pages = plan_map(from_template("aalborg-aktiv"), "A3")
    (tile,) = pages.plan.tiles
    assert max(_fill(pages, tile)) >= 0.99


def _left_column_texts(pages, tile) -> list[tuple[str, float, float]]:
    """(text, baseline y, size) of the lane-name column when ``tile`` is drawn at (0, 800)."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from app.export.pdf_map import draw_tile
    from app.export.pdf_plan import _assign

    plan = _assign(pages.geo, replace(pages.plan, tiles=[tile], rows=1, cols=1,
                                      row_spans=[(tile.y0, tile.y1)],
                                      col_spans=[(tile.x0, tile.x1)]))
    buf = BytesIO()
    c = Canvas(buf, pagesize=(1400, 900))
    draw_tile(c, pages.geo, plan, plan.tiles[0], 0, 800)
    c.save()
    drawn: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and tm[4] < lay.HEADER_WIDTH * plan.scale:
            drawn.append((text.strip(), tm[5], size * tm[0]))

    pypdf.PdfReader(BytesIO(buf.getvalue())).pages[0].extract_text(visitor_text=visit)
    return drawn


@pytest.mark.parametrize("into", [12.0, 30.0, 80.0])
def test_lane_names_repeated_on_a_tile_stay_inside_their_lane(into):
    """A tile that starts ``into`` units above a lane's end repeats that lane's name only
    where the lane shows; the next lane's name is never overprinted."""
    pages = plan_map(from_template("aalborg-aktiv"), "A4")
    lanes = pages.geo.lanes
    cut = lanes[3].lane.top
    tile = Tile(0, 0, lay.HEADER_WIDTH, pages.geo.width, cut - into, pages.geo.height)
    s = pages.plan.scale
    top = 800 - lay.PHASE_HEADER_HEIGHT * s
    drawn = _left_column_texts(pages, tile)
    assert any(text in lanes[3].lines for text, _, _ in drawn)
    for lv in lanes[2:]:
        lane_top = max(lv.lane.top, tile.y0)
        lane_bottom = lv.lane.top + lv.lane.height
        y_hi, y_lo = top - (lane_top - tile.y0) * s, top - (lane_bottom - tile.y0) * s
        for text, y, size in drawn:
            if text in lv.lines:
                assert y_lo <= y - 0.25 * size and y + size <= y_hi + 0.5, (text, into)


def test_a_box_left_of_the_lane_names_and_above_the_map_is_printed_whole():
    """x and y may be negative (down to -1,000,000): such a box fell outside every page's
    clipped body, so it was not on paper at all. Now the body begins where it does."""
    doc = from_template("generic")
    far = doc.activities[0]
    far.x, far.y = -3000.0, -500.0
    pages = plan_map(doc, "A4")
    for box in pages.geo.boxes:
        assert any(t.x0 <= box.rect.x and box.rect.right <= t.x1 and t.y0 <= box.rect.y
                   and box.rect.bottom <= t.y1 for t in pages.plan.tiles), box.act.id
    limits = load(HOSTILE / "geometry-at-the-limits.oppspace")
    pages = plan_map(limits, "A4")
    assert len(pages.plan.tiles) == 1 and pages.plan.squeezed
    tile = pages.plan.tiles[0]
    for box in pages.geo.boxes:
        assert tile.x0 <= box.rect.x and tile.y0 <= box.rect.y, box.act.id
