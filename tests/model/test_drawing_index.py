"""Asking what lies on a part of the map (scrolling, rubber-band selection, redrawing) finds
exactly the boxes, arrows and labels there: by a label alone, and still after arrows that
shared its cells were deleted or re-routed."""

from __future__ import annotations

import random

from app.export.pdf_style import text_measure
from app.model import Activity, Flow, edits, routing
from app.model.drawing import MapDrawing
from app.model.drawing_index import on
from app.model.layout import Rect
from app.model.templates import from_template


def _expected(plan: MapDrawing, r: Rect) -> tuple[set[str], set[str]]:
    boxes = {i for i, b in plan.boxes.items() if routing.overlaps(b.rect, r)}
    return boxes, {i for i, a in plan.arrows.items() if on(a, r)}


def _regions_match(plan: MapDrawing, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        r = Rect(rng.uniform(0, plan.layout.width), rng.uniform(0, plan.layout.height), 140, 100)
        boxes, arrows = plan.region(r)
        assert (set(boxes), set(arrows)) == _expected(plan, r), r


def test_an_arrow_is_found_by_its_label_alone():
    plan = MapDrawing(from_template("aalborg-aktiv"), text_measure())
    labelled = [a for a in plan.arrows.values() if a.label_rect is not None]
    assert labelled
    for arrow in labelled:
        r = arrow.label_rect
        inner = Rect(r.x + 1, r.y + 1, r.width - 2, r.height - 2)
        assert arrow.id in plan.region(inner)[1]


def test_what_lies_on_a_region_stays_exact_after_arrows_go_and_boxes_move():
    doc = from_template("aalborg-aktiv")
    plan = MapDrawing(doc, text_measure())
    doc.events.connect(plan.note)
    plan.region(Rect(0, 0, 10, 10))  # the index is built on first use, then kept up to date
    _regions_match(plan, 1)
    for flow in list(doc.flows)[::3]:
        edits.remove(doc, flow.id)
    act = doc.activities[2]
    edits.update(doc, act.id, x=act.x + 90, y=act.y + 10)
    plan.update()
    _regions_match(plan, 2)


def _long_row():
    """Two boxes 1,000 apart in one lane: one long level arrow between them."""
    doc = from_template("blank")
    doc.actors.append(from_template("generic").actors[0])
    lane = doc.actors[0].id
    doc.activities += [Activity(id="s-a", title="A", actor=lane, x=0.0, y=300.0),
                       Activity(id="s-b", title="B", actor=lane, x=1000.0, y=300.0)]
    doc.flows.append(Flow(id="f-ab", kind="sequence", source="s-a", target="s-b"))
    doc.invalidate_index()
    return doc


def test_every_part_of_every_arrow_is_found_where_it_runs():
    """Long straight parts and diagonals alike: a small square on any point along an arrow
    (its ends too) finds that arrow."""
    for name, doc in (("aalborg-aktiv", from_template("aalborg-aktiv")),
                      ("generic", from_template("generic")), ("long row", _long_row())):
        plan = MapDrawing(doc, text_measure())
        for arrow in plan.arrows.values():
            for (ax, ay), (bx, by) in zip(arrow.points, arrow.points[1:]):
                for t in (0.0, 0.25, 0.5, 0.75, 1.0):
                    x, y = ax + (bx - ax) * t, ay + (by - ay) * t
                    assert arrow.id in plan.region(Rect(x - 1, y - 1, 2, 2))[1], (name, arrow.id)
