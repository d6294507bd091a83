"""The drawing plan (app.model.drawing), headless: arrows that can be followed and labels that
hide nothing, on every template and on generated maps; the plan follows edits by id."""

from __future__ import annotations

import itertools
import random

import pytest

from app.export.pdf_style import text_measure
from app.model import Activity, Flow, edits, routing
from app.model.drawing import BADGE_REACH, MapDrawing
from app.model.layout import Rect
from app.model.nudge import SPREAD, Channels
from app.model.templates import from_template
from bench.generate import make_map


def plan_of(doc) -> MapDrawing:
    return MapDrawing(doc, text_measure())


def maps():
    yield "generic", from_template("generic")
    yield "aalborg-aktiv", from_template("aalborg-aktiv")
    for seed in (1, 2, 3):
        yield f"generated-{seed}", make_map(40, 60, seed)


def segments(plan: MapDrawing):
    for fid, arrow in plan.arrows.items():
        for i, (a, b) in enumerate(zip(arrow.points, arrow.points[1:])):
            yield fid, i, a, b


def too_close(s, t) -> bool:
    """Two axis-parallel segments less than 6 units apart that run side by side for more
    than a unit: a reader cannot tell them apart."""
    (a, b), (c, d) = s, t
    for axis in (0, 1):
        other = 1 - axis
        if a[axis] == b[axis] and c[axis] == d[axis] and abs(a[axis] - c[axis]) < 6.0:
            lo = max(min(a[other], b[other]), min(c[other], d[other]))
            hi = min(max(a[other], b[other]), max(c[other], d[other]))
            return hi - lo > 1.0
    return False


@pytest.mark.parametrize("name,doc", list(maps()))
def test_no_two_arrows_run_on_top_of_each_other(name, doc):
    """Parallel parts of different arrows are at least 6 units (6 px at 100 %) apart."""
    plan = plan_of(doc)
    segs = [(f, i, a, b) for f, i, a, b in segments(plan)]
    bad = [(f, g) for (f, _i, a, b), (g, _j, c, d) in itertools.combinations(segs, 2)
           if f != g and too_close((a, b), (c, d))]
    assert bad == [], f"{name}: {bad[:5]}"


@pytest.mark.parametrize("name,doc", list(maps()))
def test_labels_cover_no_box_no_badge_and_no_other_label(name, doc):
    plan = plan_of(doc)
    boxes = [(i, b.rect) for i, b in plan.boxes.items()]
    badges = [(i, Rect(r.x - BADGE_REACH, r.y - BADGE_REACH, 18, 18)) for i, r in boxes]
    labels = [(i, a.label_rect) for i, a in plan.arrows.items() if a.label_rect is not None]
    bad = [f"{f} on box {b}" for f, r in labels for b, box in boxes if routing.overlaps(r, box)]
    bad += [f"{f} on badge of {b}" for f, r in labels for b, spot in badges
            if routing.overlaps(r, spot)]
    bad += [f"{f} on {g}" for (f, r), (g, q) in itertools.combinations(labels, 2)
            if routing.overlaps(r, q)]
    badges += [(f, Rect(r.x - BADGE_REACH, r.y - BADGE_REACH, 18, 18)) for f, r in labels]
    bad += [f"{f} on the badge of {g}" for f, r in labels for g, spot in badges[len(boxes):]
            if g != f and routing.overlaps(r, spot)]
    assert bad == [], f"{name}: {bad[:5]}"


def test_parts_sharing_a_channel_are_spread_in_an_order_that_does_not_cross():
    """Three arrows leave boxes on the left at three heights, run down one vertical line and
    come back left into boxes lower down (nested, like the arrows beside a column of boxes):
    spread apart by SPREAD (>= 6), in the one order where none crosses another, and the same
    whatever order they were filed in."""
    routes = {  # out to the right at y, down the line x=100, back left at y'
        "a": [(0.0, 10.0), (100.0, 10.0), (100.0, 200.0), (0.0, 200.0)],
        "b": [(0.0, 30.0), (100.0, 30.0), (100.0, 180.0), (0.0, 180.0)],
        "c": [(0.0, 50.0), (100.0, 50.0), (100.0, 160.0), (0.0, 160.0)],
    }
    drawn = []
    for order in (("a", "b", "c"), ("c", "a", "b")):
        channels = Channels()
        keys = set()
        for fid in order:
            keys |= channels.set_route(fid, routes[fid], (None, None))
        channels.solve(keys)
        drawn.append({f: channels.drawn(f) for f in routes})
    assert drawn[0] == drawn[1]
    xs = {f: p[1][0] for f, p in drawn[0].items()}
    assert sorted(xs.values()) == [100.0 - SPREAD, 100.0, 100.0 + SPREAD] and SPREAD >= 6.0
    assert xs["a"] > xs["b"] > xs["c"]  # the outermost turn runs outside
    paths = list(drawn[0].values())
    assert not any(_crosses(p, q) for p, q in itertools.combinations(paths, 2))


def _crosses(p, q) -> bool:
    from app.model.nudge import _proper

    return any(_proper(a, b, c, d) for a, b in zip(p, p[1:]) for c, d in zip(q, q[1:]))


def test_the_plan_follows_edits_by_id_and_says_what_changed():
    doc = from_template("generic")
    plan = plan_of(doc)
    doc.events.connect(plan.note)
    act = doc.activities[0]
    edits.update(doc, act.id, title=act.title + " and a much longer title to wrap")
    delta = plan.update()
    assert act.id in delta.boxes and len(delta.boxes) < len(doc.activities)
    assert delta.arrows <= plan.flows_at(act.id) | set(plan.arrows)
    assert not plan.update()  # nothing changed since
    edits.remove_many(doc, [act.id])
    delta = plan.update()
    assert act.id in delta.gone and act.id not in plan.boxes
    fresh = plan_of(doc)
    assert {i: b.rect for i, b in plan.boxes.items()} == {i: b.rect for i, b in fresh.boxes.items()}
    assert {i: a.points for i, a in plan.arrows.items()} == \
        {i: a.points for i, a in fresh.arrows.items()}


def test_region_lists_what_lies_on_a_rectangle():
    doc = from_template("aalborg-aktiv")
    plan = plan_of(doc)
    gap = routing.PARALLEL_GAP  # parallel arrows start beside the middle of a side
    for box in plan.boxes.values():
        r = box.rect
        boxes, arrows = plan.region(Rect(r.x - gap, r.y - gap, r.width + 2 * gap,
                                         r.height + 2 * gap))
        assert box.id in boxes
        assert set(plan.flows_at(box.id)) <= set(arrows)
    rng = random.Random(3)
    for _ in range(20):
        x, y = rng.uniform(0, plan.layout.width), rng.uniform(0, plan.layout.height)
        r = Rect(x, y, 120, 90)
        boxes, _ = plan.region(r)
        assert set(boxes) == {i for i, b in plan.boxes.items() if routing.overlaps(b.rect, r)}
