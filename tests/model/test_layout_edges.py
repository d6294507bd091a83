"""Lane heights hold the lowest box whatever the order boxes are filed in, a box raised above
the first lane makes the map reach up to it, a box drawn exactly as tall as stored changes
nothing, and a title ending in a new line is one line."""

from __future__ import annotations

import math

from app.model import Activity
from app.model.layout import LANE_PADDING, PHASE_HEADER_HEIGHT, compute, wrap_lines


def test_a_lane_holds_its_lowest_box_even_when_a_higher_box_comes_later(doc):
    lane = doc.actors[1].id
    doc.activities.insert(0, Activity(id="s-low", title="Nederst", actor=lane, x=10.0, y=300.0))
    doc.activities.append(Activity(id="s-high", title="Øverst", actor=lane, x=300.0, y=5.0))
    doc.invalidate_index()
    layout = compute(doc)
    assert layout.lane_by_actor[lane].height == 300.0 + 70.0 + LANE_PADDING


def test_a_box_raised_above_the_first_lane_makes_the_map_reach_up_to_it(doc):
    assert compute(doc).top == 0.0
    doc.activities.append(Activity(id="s-up", title="Op", actor=doc.actors[0].id, x=10.0,
                                   y=-130.0))
    doc.invalidate_index()
    assert compute(doc).top == PHASE_HEADER_HEIGHT - 130.0


def test_a_box_drawn_exactly_as_tall_as_stored_changes_no_height(doc):
    layout = compute(doc, lambda act: act.height)
    assert layout.heights == {}
    assert [lane.height for lane in layout.lanes] == [lane.height for lane in compute(doc).lanes]


def test_a_title_ending_in_a_new_line_is_one_line():
    assert wrap_lines("Opfølgning\n", 200, len) == ["Opfølgning"]
    assert wrap_lines("Opfølgning\n\n", 200, len) == ["Opfølgning"]
    assert wrap_lines("", 200, len) == [""]


def test_phases_wider_than_the_boxes_reach_set_the_maps_width(doc):
    from app.model.layout import HEADER_WIDTH
    for phase in doc.phases:
        phase.width = 500.0
    assert compute(doc).width == HEADER_WIDTH + 1000.0


def test_the_rectangle_around_two_boxes_holds_both():
    from app.model.layout import Rect
    assert Rect(10, 20, 5, 5).united(Rect(30, 40, 5, 5)) == Rect(10, 20, 25, 25)
    assert Rect(30, 40, 5, 5).united(Rect(10, 20, 5, 5)) == Rect(10, 20, 25, 25)


def test_a_box_raised_far_above_a_lower_lane_reaches_from_that_lanes_top(doc):
    lane = doc.actors[1].id  # its lane starts at 200
    doc.activities.append(Activity(id="s-up", title="Op", actor=lane, x=10.0, y=-250.0))
    doc.invalidate_index()
    layout = compute(doc)
    assert layout.top == layout.lane_by_actor[lane].top - 250.0 == -50.0


def test_an_arrow_head_points_the_way_its_arrow_goes_leftwards_and_down():
    """Its tip at the end, its two back corners 9 back along the arrow, 25 degrees either
    side of it: right of the tip for an arrow going left, above it for one going down."""
    import pytest

    from app.model.layout import arrow_head
    back, side = 9 * math.cos(math.radians(25)), 9 * math.sin(math.radians(25))
    tip, c1, c2 = arrow_head((300, 100), (100, 100))
    assert tip == (100, 100)
    assert c1 == pytest.approx((100 + back, 100 - side))
    assert c2 == pytest.approx((100 + back, 100 + side))
    tip, c1, c2 = arrow_head((100, 0), (100, 200))
    assert c1 == pytest.approx((100 - side, 200 - back))
    assert c2 == pytest.approx((100 + side, 200 - back))
