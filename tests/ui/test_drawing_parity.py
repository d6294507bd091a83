"""One drawing for screen and paper: the canvas and the PDF show the same map.

For every template and for generated maps, the scene's items (what the user sees) and the PDF's
geometry (what is printed) agree on every box, every wrapped line, every arrow's route (each
polyline point) and every label's place, in map units. Also the edges of the promise: a box
that moved on screen stays parallel with paper, and the text Qt draws takes the room that
was measured for it.
"""

from __future__ import annotations

import random

import pytest

from app.export.pdf_plan import build_geometry
from app.model import Activity, Flow, edits
from app.model import style
from app.model.templates import from_template
from app.ui.canvas import MapScene
from app.ui.canvas.items import TITLE_FONT
from app.ui.canvas.scene import render_scene
from app.ui.controller import DocumentController
from bench.generate import make_map

TEMPLATES = ("generic", "aalborg-aktiv", "blank")


def canvas_view(scene: MapScene) -> dict:
    """What the canvas shows, read back from its items."""
    boxes = {i: ((b.x(), b.y(), b.width(), b.height()), tuple(item._lines))
             for i, item in scene.activities.items() for b in [item.box()]}
    arrows = {}
    for i, item in scene.flows.items():
        r = item.label_rect()
        arrows[i] = (tuple(item.points()), tuple(item.label_lines()),
                     (r.x(), r.y(), r.width(), r.height()) if item.label_lines() else None)
    lanes = {i: tuple(item._name) for i, item in scene.lanes.items()}
    return {"boxes": boxes, "arrows": arrows, "lanes": lanes}


def paper_view(doc) -> dict:
    """What the PDF prints (its geometry, before it is cut into pages)."""
    geo = build_geometry(doc)
    boxes = {b.act.id: ((b.rect.x, b.rect.y, b.rect.width, b.rect.height), tuple(b.lines))
             for b in geo.boxes}
    arrows = {}
    for a in geo.arrows:
        r = a.label_rect
        arrows[a.flow.id] = (tuple(a.points), tuple(a.label),
                             (r.x, r.y, r.width, r.height) if a.label else None)
    lanes = {lv.actor.id: tuple(lv.lines) for lv in geo.lanes}
    return {"boxes": boxes, "arrows": arrows, "lanes": lanes}


def assert_same(doc) -> None:
    screen, paper = canvas_view(render_scene(doc)), paper_view(doc)
    for part in ("boxes", "arrows", "lanes"):
        assert screen[part].keys() == paper[part].keys(), part
        differ = [k for k in screen[part] if screen[part][k] != paper[part][k]]
        assert differ == [], f"{part} differ on canvas and paper: {differ[:5]}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_is_the_same_on_canvas_and_paper(qapp, template):
    doc = from_template(template)
    assert_same(doc)
    if template != "blank":
        assert len(doc.flows) > 5 and any(len(a.points) > 2 for a in build_geometry(doc).arrows)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_generated_maps_are_the_same_on_canvas_and_paper(qapp, seed):
    rng = random.Random(seed)
    doc = make_map(rng.randint(20, 90), rng.randint(30, 200), seed)
    for act in doc.activities[::3]:  # long titles, co-produced or not: wrapping decides
        act.title = " ".join(rng.choice(["Afklaring", "møde", "med", "borgeren", "og",
                                         "jobkonsulenten", "Helbredsoplysninger"])
                             for _ in range(rng.randint(2, 9)))
        act.co_produced = rng.random() < 0.5
    doc.invalidate_index()
    assert_same(doc)


def test_the_star_rule_is_one_rule(qapp):
    """Room for the `*` is kept only on a co-produced box, on screen and on paper alike: the
    Aalborg Aktiv template's "makker" box wraps to the same lines on both."""
    doc = from_template("aalborg-aktiv")
    act = next(a for a in doc.activities if "makker" in a.title)
    screen = canvas_view(render_scene(doc))["boxes"][act.id][1]
    assert screen == paper_view(doc)["boxes"][act.id][1]
    act.co_produced = not act.co_produced
    flipped = canvas_view(render_scene(doc))["boxes"][act.id][1]
    assert flipped == paper_view(doc)["boxes"][act.id][1]
    widths = [style.FONTS["title"][0]]
    assert widths and (len(flipped) >= len(screen)) == act.co_produced


def _random_edit(controller: DocumentController, rng: random.Random, step: int) -> None:
    doc = controller.document
    act = rng.choice(doc.activities)
    kind = step % 6
    if kind == 0:
        other = rng.choice([a.id for a in doc.activities if a.id != act.id] +
                           [a.id for a in doc.actors])
        flow = Flow(id=edits.new_id(doc, "f"), kind="information", source=act.id,
                    target=other, what=rng.choice(["Status", "Ønsker og behov om arbejdstider"]))
        controller.execute("flow", lambda d, f=flow: edits.add_flow(d, f))
    elif kind == 1:
        controller.execute("lane", lambda d, a=act: edits.update(
            d, a.id, actor=rng.choice(doc.actors).id))
    elif kind == 2 and len(doc.activities) > 4:
        controller.execute("delete", lambda d, a=act: edits.remove_many(d, [a.id]))
    elif kind == 3:
        controller.execute("title", lambda d, a=act: edits.update(
            d, a.id, title=a.title + " og opfølgning", co_produced=not a.co_produced))
    elif kind == 4 and controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    else:
        controller.execute("move", lambda d, a=act: edits.update(
            d, a.id, x=max(0.0, a.x + rng.uniform(-150, 150)),
            y=max(0.0, a.y + rng.uniform(-40, 60))))


# aalborg-aktiv 5 and 21: labels that a fresh drawing places elsewhere when the canvas
# placed them again in the order they changed
@pytest.mark.parametrize("template,seed", [("aalborg-aktiv", 7), ("aalborg-aktiv", 5),
                                           ("aalborg-aktiv", 21), ("generic", 8),
                                           ("generic", 9)])
def test_edits_on_the_canvas_keep_it_the_same_as_paper(qapp, template, seed):
    """The canvas draws incrementally: after moves, lane changes, new and deleted boxes and
    flows, retitles and undos, its boxes, lines, routes and label places still equal a fresh
    drawing of the document: the PDF of an edited map shows what the screen shows."""
    controller = DocumentController(from_template(template))
    scene = MapScene(controller)
    rng = random.Random(seed)
    for step in range(30):
        _random_edit(controller, rng, step)
    screen, paper = canvas_view(scene), paper_view(controller.document)
    assert screen["boxes"] == paper["boxes"]
    assert screen["arrows"] == paper["arrows"]


def test_qt_draws_text_in_the_room_measured_for_it(qapp):
    """The plan measures with the font's own advance widths; Qt draws the same font without
    kerning, so a drawn title is within half a pixel of its measured width (it never spills)."""
    from PySide6.QtGui import QFontMetricsF

    from app.export.pdf_style import text_measure

    measure, metrics = text_measure(), QFontMetricsF(TITLE_FONT)
    for template in TEMPLATES:
        for act in from_template(template).activities:
            assert abs(metrics.horizontalAdvance(act.title) - measure("title", act.title)) < 0.5
    assert isinstance(Activity, type)
