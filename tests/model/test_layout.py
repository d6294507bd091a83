"""The map's geometry that screen and paper share: where lanes, phase columns and boxes are,
which lane or column a drop lands in, where arrows meet boxes, how titles wrap."""

from __future__ import annotations

import math

import pytest

from app.model import Activity
from app.model.layout import (Layout, Rect, arrow_head, border_point, box_height, compute,
                              connect, endpoint_rect, wrap_lines)


def test_lanes_and_columns_of_the_complete_map(doc):
    layout = compute(doc)
    # 170 header + the rightmost box (560.5 + 160) + 40 margin; lanes as tall as stored
    assert (layout.width, layout.height) == (930.5, 640.0)
    assert [(lane.actor_id, lane.index, lane.top, lane.height) for lane in layout.lanes] == [
        ("a-city", 0, 40.0, 160.0), ("a-worker", 1, 200.0, 120.0), ("a-cafe", 2, 320.0, 160.0),
        ("a-citizen", 3, 480.0, 160.0)]
    worker = layout.lane_by_actor["a-worker"]
    assert worker.band == Rect(0.0, 200.0, 930.5, 120.0)
    assert worker.header == Rect(0.0, 200.0, 170.0, 120.0)
    assert [(c.phase_id, c.index, c.left, c.width) for c in layout.columns] == [
        ("ph-1", 0, 170.0, 260.0), ("ph-2", 1, 430.0, 300.0)]
    assert layout.columns[1].header == Rect(430.0, 0.0, 300.0, 40.0)
    assert layout.columns[1].band == Rect(430.0, 40.0, 300.0, 600.0)
    assert layout.bounds == Rect(0.0, 0.0, 930.5, 640.0)


def test_a_box_drawn_taller_than_stored_grows_its_lane_and_those_below_move(doc):
    layout = compute(doc, lambda act: 150.0 if act.id == "s-2" else 10.0)
    assert layout.heights == {"s-2": 150.0}
    assert [(lane.top, lane.height) for lane in layout.lanes] == [
        (40.0, 160.0), (200.0, 120.0), (320.0, 200.0), (520.0, 160.0)]  # 30 + 150 + 20
    assert layout.activity_rect(doc.activity("s-2")) == Rect(490.0, 350.0, 180.0, 150.0)
    assert layout.activity_rect(doc.activity("s-1")) == Rect(210.0, 230.0, 180.0, 70.0)


def test_lanes_are_never_lower_than_the_minimum_and_a_narrow_map_keeps_its_width(doc):
    for actor in doc.actors:
        actor.lane_height = 10.0
    doc.activities.clear()
    layout = compute(doc)
    assert [lane.height for lane in layout.lanes] == [60.0] * 4
    assert layout.width == 170.0 + 600.0
    assert compute(doc.model_copy(update={"actors": []})).lanes == []


def test_which_lane_and_column_a_point_is_in(doc):
    layout = compute(doc)
    assert layout.lane_at(0.0).actor_id == "a-city"  # above the first: the nearest
    assert layout.lane_at(199.9).actor_id == "a-city"
    assert layout.lane_at(200.0).actor_id == "a-worker"
    assert layout.lane_at(5000.0).actor_id == "a-citizen"  # below the last
    assert Layout().lane_at(100.0) is None
    assert layout.column_at(169.9) is None
    assert layout.column_at(170.0).phase_id == "ph-1"
    assert layout.column_at(429.9).phase_id == "ph-1"
    assert layout.column_at(430.0).phase_id == "ph-2"
    assert layout.column_at(730.0) is None
    assert layout.to_activity_position("a-cafe", 500.0, 400.0) == (330.0, 80.0)


def test_an_activity_without_a_lane_sits_below_the_phase_header():
    layout = Layout()
    act = Activity(id="s", title="t", actor="nobody", x=10.0, y=5.0, width=100.0, height=50.0)
    assert layout.activity_rect(act) == Rect(180.0, 45.0, 100.0, 50.0)


def test_a_flow_attaches_to_a_box_or_to_a_lane_header(doc):
    layout = compute(doc)
    assert endpoint_rect(layout, doc, "s-1") == Rect(210.0, 230.0, 180.0, 70.0)
    assert endpoint_rect(layout, doc, "a-cafe") == Rect(0.0, 320.0, 170.0, 160.0)
    assert endpoint_rect(layout, doc, "nothing") is None


def test_rectangles():
    rect = Rect(10.0, 20.0, 30.0, 40.0)
    assert (rect.right, rect.bottom, rect.center) == (40.0, 60.0, (25.0, 40.0))
    assert rect.contains(10.0, 20.0) and rect.contains(40.0, 60.0)
    assert not rect.contains(9.9, 30.0) and not rect.contains(20.0, 60.1)
    assert not rect.contains(40.1, 30.0) and not rect.contains(20.0, 19.9)
    assert rect.united(Rect(0.0, 50.0, 5.0, 30.0)) == Rect(0.0, 20.0, 40.0, 60.0)


def test_arrows_meet_boxes_on_their_border():
    box = Rect(0.0, 0.0, 100.0, 50.0)
    assert border_point(box, (50.0, 25.0)) == (50.0, 25.0)
    assert border_point(box, (250.0, 25.0)) == (100.0, 25.0)
    assert border_point(box, (50.0, -100.0)) == (50.0, 0.0)
    assert border_point(box, (150.0, 75.0)) == (100.0, 50.0)  # the corner
    assert border_point(box, (150.0, 125.0)) == (75.0, 50.0)
    assert border_point(box, (-50.0, 50.0)) == (0.0, 37.5)
    assert connect(box, Rect(200.0, 0.0, 100.0, 50.0)) == ((100.0, 25.0), (200.0, 25.0))


def test_an_arrow_head_points_at_the_end_with_two_wings():
    tip, left, right = arrow_head((0.0, 0.0), (10.0, 0.0), size=9.0)
    assert tip == (10.0, 0.0)
    wing = (10.0 - 9.0 * math.cos(math.radians(25)), 9.0 * math.sin(math.radians(25)))
    assert left == pytest.approx((wing[0], wing[1]))
    assert right == pytest.approx((wing[0], -wing[1]))
    assert arrow_head((0.0, 0.0), (0.0, 10.0))[1] == pytest.approx(
        (-9.0 * math.sin(math.radians(25)), 10.0 - 9.0 * math.cos(math.radians(25))))


def test_titles_wrap_by_words_and_break_only_words_too_long():
    width = len  # one unit a character
    assert wrap_lines("Arbejde i caféen", 10, width) == ["Arbejde i", "caféen"]
    assert wrap_lines("Arbejde i caféen", 16, width) == ["Arbejde i caféen"]
    assert wrap_lines("a Samskabelsesforløb b", 6, width) == ["a", "Samska", "belses", "forløb",
                                                              "b"]
    assert wrap_lines("ab\n\ncd\n\n", 10, width) == ["ab", "", "cd"]
    assert wrap_lines("", 10, width) == [""]
    assert wrap_lines("abcdef", 3, width) == ["abc", "def"]


def test_a_box_is_as_tall_as_stored_or_as_its_lines_need():
    assert box_height(70.0, 2, 14.0) == 70.0
    assert box_height(30.0, 2, 14.0) == 2 * 14.0 + 16.0
