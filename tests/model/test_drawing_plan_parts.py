"""What the drawing plan hands the canvas and the PDF, part by part: a title wrapped to the
room its box leaves (less the `*`'s on a co-produced box), lanes and phase names, arrows to a
lane header, arrows side by side in document order, labels on crowded maps, and the queries
the canvas asks while the user points, drags and selects."""

from __future__ import annotations

import math
import random

import pytest

from app.export.pdf_style import text_measure
from app.model import Activity, Document, Flow, dumps, edits, loads
from app.model import layout as lay
from app.model import routing, style
from app.model.templates import from_template
from app.model.drawing import MapDrawing
from app.model.drawing_index import on
from app.model.layout import Rect
from bench.generate import make_map

MEASURE = text_measure()
TITLE = "Afklaringssamtale"


def _plan(doc: Document) -> MapDrawing:
    return MapDrawing(doc, MEASURE)


def _lines(doc: Document, width: float, co_produced: bool) -> tuple[str, ...]:
    act = Activity(id="s-9", title=f"{TITLE} {TITLE}", actor="a-city", width=width,
                   co_produced=co_produced)
    edits.add_activity(doc, act)
    return _plan(doc).boxes["s-9"].lines


def test_a_title_wraps_to_the_room_inside_the_padding_and_beside_the_stars(doc):
    words = MEASURE("title", f"{TITLE} {TITLE}")
    just_short = words + 2 * lay.BOX_PADDING - 1  # one unit too narrow for one line
    assert _lines(loads(dumps(doc)), just_short, False) == (TITLE, TITLE)
    assert _lines(loads(dumps(doc)), just_short + 1, False) == (f"{TITLE} {TITLE}",)
    with_stars = just_short + 2 * style.STAR_ROOM
    assert _lines(loads(dumps(doc)), with_stars, True) == (TITLE, TITLE)
    assert _lines(loads(dumps(doc)), with_stars, False) == (f"{TITLE} {TITLE}",)


def test_lanes_phases_and_boxes_carry_what_the_canvas_draws(doc):
    name = "Afklaring og samtale med borgeren om hele fremtiden"
    edits.update(doc, "ph-1", name=name)
    plan = _plan(doc)
    assert plan.lanes["a-citizen"].kind == "citizen" and plan.lanes["a-city"].kind == "public"
    column = plan.columns["ph-1"]
    assert len(column.lines) > 1 and " ".join(column.lines) == name
    room = column.column.width - style.PHASE_TEXT_ROOM
    assert all(MEASURE("phase", line) <= room for line in column.lines)
    co = {a.id: a.co_produced for a in doc.activities}
    assert {i: b.co_produced for i, b in plan.boxes.items()} == co and any(co.values())


def test_a_lone_arrow_to_a_lane_header_meets_the_middle_of_its_edge(doc):
    header = _plan(doc).layout.lane_by_actor["a-cafe"].header
    arrow = _plan(doc).arrows["f-2"]  # the only flow to the café's lane
    assert arrow.points[-1] == (header.right, header.y + header.height / 2)


def _with_pairs(doc: Document, ids: tuple[str, str]) -> Document:
    """Two more arrows beside f-1 (s-1 to s-2) and two more to the café's header."""
    copy = loads(dumps(doc))
    first, second = ids
    for fid, source, target in ((first, "s-1", "s-2"), (second, "s-1", "s-2"),
                                (f"h{first}", "s-2", "a-cafe"), (f"h{second}", "s-3", "a-cafe")):
        edits.add_flow(copy, Flow(id=fid, kind="information", source=source, target=target))
    return copy


def test_arrows_side_by_side_keep_their_places_by_document_order_not_by_id(doc):
    one, other = _with_pairs(doc, ("f-8", "f-9")), _with_pairs(doc, ("f-9", "f-8"))
    in_order = [[a.points for a in (_plan(d).arrows[f.id] for f in d.flows)] for d in (one, other)]
    assert in_order[0] == in_order[1]
    parallel = in_order[0][0], in_order[0][3], in_order[0][4]  # f-1 and its two companions
    assert len({p for points in parallel for p in points}) == sum(len(p) for p in parallel)
    starts = [points[0] for points in parallel]  # side by side, the middle one in the middle
    assert math.dist(starts[0], starts[1]) == pytest.approx(routing.PARALLEL_GAP)
    assert math.dist(starts[1], starts[2]) == pytest.approx(routing.PARALLEL_GAP)
    assert math.dist(starts[0], starts[2]) == pytest.approx(2 * routing.PARALLEL_GAP)


def test_on_a_crowded_map_each_label_sits_centred_on_its_arrow(doc, monkeypatch):
    monkeypatch.setattr(routing, "CROWDED_FLOWS", 1)
    edits.update(doc, "f-3", what="Aftale om arbejdstider")
    arrow = _plan(doc).arrows["f-3"]
    mx, my = routing.midpoint(list(arrow.points))
    r = arrow.label_rect
    assert (r.x + r.width / 2, r.y + r.height / 2) == (mx, my)


def test_personal_data_sent_without_words_shows_its_consent_mark_alone(doc):
    edits.update(doc, "f-2", what="", personal_data=True, consent="missing")
    arrow = _plan(doc).arrows["f-2"]
    assert arrow.label == () and arrow.consent == "missing" and arrow.consent_rect is not None


def test_region_boxes_on_and_flows_at_answer_as_looking_at_every_part_would():
    doc = make_map(30, 45, 4)
    plan = _plan(doc)
    rng = random.Random(4)
    labels = [a.label_rect for a in plan.arrows.values() if a.label_rect is not None]
    rects = [Rect(rng.uniform(-50, plan.layout.width), rng.uniform(-50, plan.layout.height),
                  rng.uniform(1, 90), rng.uniform(1, 90)) for _ in range(150)]
    rects += [Rect(r.right - 2, r.bottom - 2, 2, 2) for r in labels]  # a label's far corner
    for rect in rects:
        boxes = sorted(i for i, b in plan.boxes.items() if routing.overlaps(b.rect, rect))
        arrows = sorted(f for f, a in plan.arrows.items() if on(a, rect))
        assert plan.region(rect) == (boxes, arrows)
        assert plan.boxes_on(rect) == boxes
    for act in doc.activities[:10]:
        assert plan.flows_at(act.id) == {f.id for f in doc.flows if act.id in (f.source, f.target)}


def test_a_moved_box_is_found_where_it_now_is(doc):
    plan = _plan(doc)
    doc.events.connect(plan.note)
    assert plan.region(Rect(0, 0, 1, 1)) == ([], [])  # the index is built
    edits.update(doc, "s-3", x=900.0)
    plan.update()
    assert "s-3" in plan.region(plan.boxes["s-3"].rect)[0]


def test_while_dragging_an_arrow_runs_straight_from_the_dragged_box(doc):
    plan = _plan(doc)
    moved = Rect(600.0, 300.0, 180.0, 70.0)
    points = plan.straight("f-1", {"s-1": moved})
    assert points[0] == lay.border_point(moved, points[1]) and len(points) == 2
    assert plan.straight("f-404", {"s-1": moved}) is None


def test_after_changes_it_was_not_told_of_invalidating_draws_the_map_afresh(doc):
    plan = _plan(doc)
    edits.update(doc, "s-1", x=700.0, title="Ny samtale")  # the plan does not listen
    edits.remove(doc, "f-3")
    plan.invalidate()
    delta = plan.update()
    fresh = _plan(doc)
    assert {"s-1"} <= delta.boxes and "f-3" in delta.gone
    assert plan.boxes == fresh.boxes and plan.arrows.keys() == fresh.arrows.keys()



def test_a_label_sits_over_its_arrows_middle_when_that_place_is_free(doc):
    edits.update(doc, "f-3", what="Aftale om arbejdstider")
    plan = _plan(doc)
    for fid in ("f-2", "f-3"):
        arrow = plan.arrows[fid]
        mx, my = routing.midpoint(list(arrow.points))
        r = arrow.label_rect
        assert r.x <= mx <= r.right and r.y <= my <= r.bottom, fid


def test_no_label_sits_across_a_lane_border_where_a_place_within_a_lane_is_free():
    for doc in (make_map(30, 45, 1), make_map(30, 45, 3), from_template("generic"),
                from_template("aalborg-aktiv")):
        plan = _plan(doc)
        borders = [lane.top for lane in plan.layout.lanes[1:]]
        for fid, arrow in plan.arrows.items():
            r = arrow.label_rect
            assert r is None or not any(r.y < y < r.bottom for y in borders), fid


def test_a_removed_box_is_no_longer_found_and_a_box_without_arrows_has_none(doc):
    plan = _plan(doc)
    doc.events.connect(plan.note)
    where = plan.boxes["s-3"].rect
    assert "s-3" in plan.region(where)[0]  # the index is built
    edits.add_activity(doc, Activity(id="s-9", title="Alene", actor="a-city", x=900.0))
    edits.remove(doc, "s-3")
    plan.update()
    assert "s-3" not in plan.region(where)[0] and "s-3" not in plan.boxes_on(where)
    assert plan.flows_at("s-9") == set() and plan.flows_at("s-3") == set()
