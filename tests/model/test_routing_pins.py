"""Arrows with a pinned end (a lane header's slot) leave and enter through the side the pin is
on, aim straight at the other box when nothing is in the way, and a long arrow across a crowded
row stays straight instead of winding around every box."""

from __future__ import annotations

from app.model import layout as lay
from app.model import routing

SRC, MIDDLE, DST = lay.Rect(0, 100, 100, 50), lay.Rect(200, 100, 100, 50), lay.Rect(400, 100, 100, 50)


def _row() -> routing.Grid:
    grid = routing.Grid()
    for key, r in (("S", SRC), ("B", MIDDLE), ("D", DST)):
        grid.add(r, key)
    return grid


def _around_the_middle(points) -> None:
    assert all(p[0] == q[0] or p[1] == q[1] for p, q in zip(points, points[1:]))
    assert not any(routing.crosses(p, q, MIDDLE, 0.0) for p, q in zip(points, points[1:]))


def test_a_pin_on_the_right_edge_leaves_rightwards_then_goes_around():
    points = routing.route(SRC, DST, _row(), ("S", "D"), start=(100, 125))
    (x0, y0), (x1, y1) = points[:2]
    assert (x0, y0) == (100, 125) and y1 == 125 and x1 - x0 >= routing.STUB
    _around_the_middle(points)
    assert points[-1][1] in (DST.y, DST.bottom) or points[-1][0] in (DST.x, DST.right)


def test_a_pin_on_the_top_or_bottom_edge_leaves_up_or_down():
    up = routing.route(SRC, DST, _row(), ("S", "D"), start=(50, 100))
    down = routing.route(SRC, DST, _row(), ("S", "D"), start=(50, 150))
    assert up[0] == (50, 100) and up[1][0] == 50 and up[0][1] - up[1][1] >= routing.STUB
    assert down[0] == (50, 150) and down[1][0] == 50 and down[1][1] - down[0][1] >= routing.STUB
    _around_the_middle(up)
    _around_the_middle(down)


def test_a_pinned_end_on_the_left_edge_is_entered_from_the_left():
    points = routing.route(SRC, DST, _row(), ("S", "D"), end=(400, 125))
    (u1, v1), (u0, v0) = points[-2:]
    assert (u0, v0) == (400, 125) and v1 == 125 and u0 - u1 >= routing.STUB
    _around_the_middle(points)


def test_with_nothing_in_the_way_a_pinned_end_aims_at_the_other_box_centre():
    below = lay.Rect(400, 300, 100, 50)  # centre (450, 325): the line from (100, 125) meets
    assert routing.route(SRC, below, routing.Grid(), start=(100, 125)) == [(100, 125), (406.25, 300.0)]
    assert routing.route(below, SRC, routing.Grid(), end=(100, 125)) == [(406.25, 300.0), (100, 125)]


def test_an_arrow_across_more_boxes_than_a_detour_is_worth_stays_straight():
    grid = routing.Grid()
    for i in range(routing.MAX_DETOUR + 2):
        grid.add(lay.Rect(150 + i * 40, 100, 20, 50), i)
    assert routing.route(SRC, DST, grid) == [(100.0, 125.0), (400.0, 125.0)]
