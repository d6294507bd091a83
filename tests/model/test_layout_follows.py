"""The drawing plan lays out lanes and columns from the boxes that changed, not by walking
every activity; after any edit its lanes, columns and map size are those of a fresh open --
also when the box that made a lane tall or the map wide moves back, goes to another lane,
or goes away (a lane one box too short would cut that box in half on screen)."""

from __future__ import annotations

from app.export.pdf_style import text_measure
from app.model import Document, edits
from app.model.drawing import MapDrawing
from app.model.layout import compute
from bench.generate import make_lanes_map

MEASURE = text_measure()


def _follows(doc: Document, plan: MapDrawing, edit) -> None:
    edit()
    plan.update()
    fresh = MapDrawing(doc, MEASURE)
    assert plan.layout == fresh.layout
    assert plan.layout == compute(doc, fresh._drawn_height)
    assert plan.lanes == fresh.lanes and plan.columns == fresh.columns


def _extreme(doc: Document, key) -> str:
    return max(doc.activities, key=key).id


def test_the_layout_after_edits_is_that_of_a_fresh_open():
    doc = make_lanes_map(60, seed=3)
    plan = MapDrawing(doc, MEASURE)
    doc.events.connect(plan.note)
    act = doc.activities[7]
    lane = next(a for a in doc.activities if a.actor == act.actor and a.id != act.id)
    _follows(doc, plan, lambda: edits.update(doc, act.id, y=act.y + 300))  # its lane grows
    assert plan.layout.lane_by_actor[act.actor].height >= act.y + act.height
    _follows(doc, plan, lambda: edits.update(doc, act.id, y=lane.y))  # and shrinks back
    rightmost = _extreme(doc, lambda a: a.x + a.width)
    _follows(doc, plan, lambda: edits.update(doc, rightmost, x=0.0))  # the map narrows
    above = -plan.layout.lane_by_actor[act.actor].top - 50.0
    _follows(doc, plan, lambda: edits.update(doc, act.id, x=-400.0, y=above))  # left and above
    assert plan.layout.left < 0 and plan.layout.top < 0
    _follows(doc, plan, lambda: edits.update(doc, act.id, x=40.0, y=10.0))  # back inside
    assert plan.layout.left == 0 and plan.layout.top == 0
    other = next(a.id for a in doc.actors if a.id != act.actor)
    _follows(doc, plan, lambda: edits.update(doc, act.id, y=500.0))
    _follows(doc, plan, lambda: edits.update(doc, act.id, actor=other))  # the tall lane moves
    _follows(doc, plan, lambda: edits.update(doc, act.id, title="A title long enough to wrap "
                                            "over many lines of the box " * 4))  # drawn taller
    assert act.id in plan.layout.heights
    _follows(doc, plan, lambda: edits.update(doc, act.id, title="Short"))  # and back
    assert act.id not in plan.layout.heights
    _follows(doc, plan, lambda: edits.remove_many(doc, [act.id]))  # it goes
    _follows(doc, plan, lambda: edits.update(doc, doc.actors[2].id, lane_height=900.0))
    _follows(doc, plan, lambda: edits.update(doc, doc.phases[1].id, width=620.0))  # a column
    _follows(doc, plan, lambda: edits.move(doc, ("actors",), 0, 3))  # lanes reordered
    emptied = doc.actors[4].id
    _follows(doc, plan, lambda: edits.remove_many(doc, [a.id for a in doc.activities
                                                        if a.actor == emptied]))  # no box left
    assert plan.layout.lane_by_actor[emptied].height == max(doc.actors[4].lane_height, 60.0)
