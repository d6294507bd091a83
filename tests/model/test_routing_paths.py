"""The exact path an arrow takes around boxes in its way, in every direction and anywhere on
the map (above its top, left of the lane names, 50,000 units long), and where its label sits.

A reader follows these lines: each case names the boxes, the arrow, and every point it is
drawn through (app.model.routing, shared by canvas and PDF)."""

from __future__ import annotations

from app.model import layout as lay
from app.model import routing

R = lay.Rect


def _grid(**boxes: lay.Rect) -> routing.Grid:
    grid = routing.Grid()
    for key, r in boxes.items():
        grid.add(r, key)
    return grid


def _clear(points, *boxes: lay.Rect) -> bool:
    return not any(routing.crosses(p, q, r) for p, q in zip(points, points[1:]) for r in boxes)


# a box at the top left, one further down to the right, a box on the line between them
SRC, DST, BETWEEN = R(0, 0, 100, 50), R(400, 300, 100, 50), R(230, 150, 40, 40)
RIGHT_OF_SRC, BELOW_SRC = R(420, 0, 60, 50), R(20, 300, 60, 50)


def test_a_step_down_goes_right_just_beside_its_source_box():
    """Both elbows of the arrow blocked too: out of the right side, down the corridor 14
    right of the source, into the target's left side; the way back takes the same line."""
    grid = _grid(S=SRC, T=DST, B=BETWEEN, C1=RIGHT_OF_SRC, C2=BELOW_SRC)
    there = routing.route(SRC, DST, grid, ("S", "T"))
    assert there == [(100, 25), (114, 25), (114, 325), (400, 325)]
    assert routing.route(DST, SRC, grid, ("S", "T")) == there[::-1]
    assert _clear(there, BETWEEN, RIGHT_OF_SRC, BELOW_SRC)


def test_one_bend_when_a_corner_is_free():
    """Only the box between in the way: right, then down into the target's top; with the
    way right blocked, down, then right into the target's left side."""
    assert routing.route(SRC, DST, _grid(S=SRC, T=DST, B=BETWEEN), ("S", "T")) == \
        [(100, 25), (450, 25), (450, 300)]
    grid = _grid(S=SRC, T=DST, B=BETWEEN, C1=RIGHT_OF_SRC)
    assert routing.route(SRC, DST, grid, ("S", "T")) == [(50, 50), (50, 325), (400, 325)]
    assert routing.route(DST, SRC, grid, ("S", "T")) == [(400, 325), (50, 325), (50, 50)]


ROW = dict(A=R(0, 500, 100, 50), B=R(200, 500, 100, 50), C=R(400, 500, 100, 50))
BAND_ABOVE, BAND_BELOW = R(0, 440, 600, 44), R(0, 566, 600, 44)


def test_a_row_lower_down_goes_over_the_middle_box_both_ways():
    a, c = ROW["A"], ROW["C"]
    grid = _grid(**ROW)
    assert routing.crossings([(50, 525), (450, 525)], grid, ("A", "C")) == 1
    assert routing.crossings([(450, 525), (50, 525)], grid, ("A", "C")) == 1
    assert routing.route(a, c, grid, ("A", "C")) == [(50, 500), (50, 486), (450, 486), (450, 500)]
    assert routing.route(c, a, grid, ("A", "C")) == [(450, 500), (450, 486), (50, 486), (50, 500)]


def test_a_row_with_a_box_close_above_goes_under_and_with_boxes_on_both_sides_squeezes():
    a, c = ROW["A"], ROW["C"]
    under = routing.route(a, c, _grid(**ROW, TOP=BAND_ABOVE), ("A", "C"))
    assert under == [(50, 550), (50, 564), (450, 564), (450, 550)]
    squeezed = routing.route(a, c, _grid(**ROW, TOP=BAND_ABOVE, BOT=BAND_BELOW), ("A", "C"))
    assert squeezed == [(50, 500), (50, 488), (386, 488), (386, 525), (400, 525)]
    assert _clear(squeezed, ROW["B"], BAND_ABOVE, BAND_BELOW)


def test_the_route_with_no_crossing_wins_over_an_earlier_one_with_fewer():
    """The straight line crosses two boxes, the cheapest detour (over them) one band: the
    search goes on to the way under them, which crosses nothing."""
    row = dict(A=R(0, 500, 100, 50), B1=R(150, 500, 60, 50), B2=R(260, 500, 60, 50),
               C=R(400, 500, 100, 50))
    path = routing.route(row["A"], row["C"], _grid(**row, TOP=BAND_ABOVE), ("A", "C"))
    assert path == [(50, 550), (50, 564), (450, 564), (450, 550)]


def test_boxes_above_the_map_are_in_the_way_too():
    """A box raised above the first lane (negative y) still blocks a straight arrow."""
    row = dict(A=R(0, -300, 100, 50), B=R(200, -300, 100, 50), C=R(400, -300, 100, 50))
    grid = _grid(**row)
    assert grid.hits(R(220, -290, 10, 10))
    assert routing.route(row["A"], row["C"], grid, ("A", "C")) == \
        [(50, -300), (50, -314), (450, -314), (450, -300)]
    many = _grid(**row, **{f"X{i}": R(160.0 * i, 800, 50, 50) for i in range(12)})
    assert many.hits(R(220, -290, 10, 10)) and not many.hits(R(320, -290, 10, 10))


def test_a_line_across_the_left_edge_of_the_map_notices_the_box_in_its_middle():
    """From left of the lane names (negative x) to as far right: the middle is not skipped."""
    grid = _grid(A=R(-1100, 100, 100, 50), B=R(-50, 100, 100, 50), C=R(1000, 100, 100, 50))
    assert routing.crossings([(-1000, 125), (1000, 125)], grid, ("A", "C")) == 1


def test_a_very_long_arrow_notices_a_box_near_either_end():
    """50,000 units (past the cell-by-cell walk): boxes near its far end and its start count."""
    near_start = R(-300, 80, 110, 90)
    grid = _grid(A=R(0, 100, 100, 50), B=near_start, C=R(50000, 100, 100, 50))
    assert routing.crossings([(50000, 125), (-400, 125)], grid, ("A", "C")) == 1
    assert routing.crossings([(-400, 125), (50000, 125)], grid, ("A", "C")) == 1
    down = _grid(B=R(80, -300, 90, 110))
    assert routing.crossings([(125, 50000), (125, -400)], down) == 1
    assert routing.crossings([(125, -400), (125, 50000)], down) == 1


def test_a_removed_box_no_longer_blocks_even_a_very_wide_one():
    grid = _grid(WIDE=R(0, 100, 20000, 50), SMALL=R(0, 300, 50, 50))
    assert grid.hits(R(15000, 120, 10, 10)) and grid.hits(R(10, 310, 10, 10))
    grid.remove("WIDE")
    grid.remove("SMALL")
    assert not grid.hits(R(15000, 120, 10, 10)) and not grid.hits(R(10, 310, 10, 10))
    assert grid.near(R(0, 0, 30000, 400)) == {}


def test_boxes_that_only_touch_do_not_overlap_and_a_line_grazing_a_corner_does_not_cross():
    assert not routing.overlaps(R(0, 0, 10, 10), R(10, 0, 10, 10))
    assert not routing.overlaps(R(10, 0, 10, 10), R(0, 0, 10, 10))
    assert not routing.overlaps(R(0, 0, 10, 10), R(0, 10, 10, 10))
    assert routing.overlaps(R(0, 0, 10, 10), R(9, 9, 10, 10))
    assert not routing.crosses((0, 0), (10, 10), R(5, 0, 5, 5), 0.0)
    assert routing.crosses((0, 0), (10, 10), R(4, 0, 5, 5), 0.0)


def _label(points, **kw) -> lay.Rect:
    return routing.place_label(points, 40, 20, (routing.Grid(),), **kw)


def test_a_label_sits_in_the_middle_of_the_longest_part():
    down_long = _label([(400, 100), (400, 400), (500, 400)])
    assert (down_long.x + 20, down_long.y + 10) == (400, 250)
    across_long = _label([(400, 100), (400, 150), (800, 150)])
    assert (across_long.x + 20, across_long.y + 10) == (600, 150)


def test_a_label_moves_off_another_arrows_middle_but_not_off_its_own():
    points = [(400, 300), (800, 300)]
    mids = routing.Grid()
    mids.add(R(595, 295, 10, 10), "other")
    moved = routing.place_label(points, 40, 20, (routing.Grid(),), mids, "mine")
    assert not routing.overlaps(moved, R(595, 295, 10, 10))
    assert moved.y == 290 and moved.x + 20 == 560  # the next spot along (0.4 of the way)
    own = routing.Grid()
    own.add(R(595, 295, 10, 10), "mine")
    kept = routing.place_label(points, 40, 20, (routing.Grid(),), own, "mine")
    assert (kept.x + 20, kept.y + 10) == (600, 300)


def test_a_label_stays_clear_of_the_lane_names_and_the_phase_row():
    left = _label([(lay.HEADER_WIDTH - 100, 400), (lay.HEADER_WIDTH + 10, 400)])
    assert left.x == lay.HEADER_WIDTH + 2
    top = _label([(400, 0), (400, lay.PHASE_HEADER_HEIGHT + 10)])
    assert top.y == lay.PHASE_HEADER_HEIGHT + 2


def test_with_the_line_beside_the_source_blocked_the_step_takes_the_middle_between():
    """A box just right of the source and one on the diagonal: the step runs down halfway
    between the two boxes (x 250), in both directions."""
    grid = _grid(S=SRC, T=DST, B=R(130, 80, 40, 40), N=R(105, 200, 20, 40), C1=RIGHT_OF_SRC,
                 C2=BELOW_SRC)
    there = routing.route(SRC, DST, grid, ("S", "T"))
    assert there == [(100, 25), (250, 25), (250, 325), (400, 325)]
    assert routing.route(DST, SRC, grid, ("S", "T")) == there[::-1]


def test_an_arrow_from_a_lane_header_goes_over_the_box_between_into_the_side_or_top():
    """Pinned to the header's right edge: out 12 to the right, up to the line 14 above the
    row, across, and down into the target's top; with boxes on the target's top and bottom,
    in through its left side 12 out, as it would have come straight."""
    src, dst, middle = R(0, 100, 100, 50), R(400, 100, 100, 50), R(200, 100, 100, 50)
    top = routing.route(src, dst, _grid(S=src, T=dst, M=middle), ("S", "T"), start=(100, 125))
    assert top == [(100, 125), (112, 125), (112, 86), (450, 86), (450, 100)]
    grid = _grid(S=src, T=dst, M=middle, TOP=R(430, 60, 40, 30), BOT=R(430, 160, 40, 30))
    side = routing.route(src, dst, grid, ("S", "T"), start=(100, 125))
    assert side == [(100, 125), (112, 125), (112, 86), (388, 86), (388, 125), (400, 125)]
    assert routing.route(dst, src, grid, ("S", "T"), end=(100, 125)) == side[::-1]


def test_a_label_lands_inside_the_reach_the_plan_watches_for_it():
    """Wherever a label ends up (a free spot, moved off a lane border, pushed off the lane
    names, the fallback), it lies inside label_reach of its path, badge corner included:
    so a change outside that reach never needs the label placed again."""
    import random
    rng = random.Random(7)
    for _ in range(300):
        x0, y0 = rng.uniform(0, 900), rng.uniform(0, 700)
        points = [(x0, y0)]
        for _ in range(rng.randint(1, 4)):
            x, y = points[-1]
            step = rng.uniform(-400, 400)
            points.append((x + step, y) if len(points) % 2 else (x, y + step))
        if rng.random() < 0.3:
            points = [points[0], (rng.uniform(0, 900), rng.uniform(0, 700))]
        w, h, corner = rng.uniform(20, 120), rng.uniform(12, 40), rng.choice([0.0, 9.0])
        taken = routing.Grid()
        for i in range(rng.randint(0, 25)):
            taken.add(R(rng.uniform(0, 1000), rng.uniform(0, 800), 60, 30), i)
        borders = sorted(rng.uniform(40, 800) for _ in range(rng.randint(0, 4)))
        rect = routing.place_label(points, w, h, (taken,), None, None, corner, borders)
        spot = R(rect.x - corner, rect.y - corner, rect.width + corner, rect.height + corner)
        reach = routing.label_reach(points, w, h, corner)
        assert any(r.x <= spot.x and r.y <= spot.y and spot.right <= r.right and
                   spot.bottom <= r.bottom for r in reach), (points, rect)


def test_with_no_free_spot_within_a_lane_a_label_sits_across_the_border_beside_the_box():
    """An arrow along a lane border, bands just above and below it taken, a box at its
    middle: the label sits across the border at the first free spot (0.4 of the way), not on
    the box."""
    taken = routing.Grid()
    taken.add(R(0, 179, 1000, 10), "above")
    taken.add(R(0, 211, 1000, 10), "below")
    taken.add(R(495, 195, 10, 10), "box")
    rect = routing.place_label([(300, 200), (700, 200)], 40, 20, (taken,), borders=(200.0,))
    assert (rect.x, rect.y) == (440, 190)


def test_a_route_of_one_point_still_gets_a_label_rectangle():
    assert routing.place_label([(50, 50)], 40, 20, (routing.Grid(),)) == R(0, 0, 40, 20)


def test_a_box_moved_away_no_longer_blocks_where_it_was():
    grid = _grid(B=R(200, 100, 100, 50))
    grid.add(R(2000, 900, 100, 50), "B")  # moved: filed again under its id
    assert not grid.hits(R(220, 110, 10, 10))
    assert grid.hits(R(2020, 910, 10, 10))
