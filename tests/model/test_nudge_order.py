"""The order of arrows across a shared channel, as drawn: more than four arrows go by where
each comes from and goes (from the left and on to the right on the left of the channel); a
tangle of three is spread along both its directions; only truly straight parts share a line,
wherever the map reaches (above its top too)."""

from __future__ import annotations

import itertools

from app.model.nudge import Channels, _proper


def _drawn(routes: dict[str, list[tuple[float, float]]]) -> dict[str, list[tuple[float, float]]]:
    channels, keys = Channels(), set()
    for fid, points in routes.items():
        keys |= channels.set_route(fid, points, (None, None))
    channels.solve(keys)
    return {fid: channels.drawn(fid) for fid in routes}


def _crossings(paths) -> int:
    return sum(_proper(a, b, c, d) for p, q in itertools.combinations(paths, 2)
               for a, b in zip(p, p[1:]) for c, d in zip(q, q[1:]))


FIVE = {  # five arrows down x = 300, overlapping
    "f0": [(300, 230), (300, 300), (400, 300)],
    "f1": [(500, 0), (300, 0), (300, 280), (400, 280)],
    "f2": [(400, -30), (400, 0), (300, 0), (300, 140), (400, 140), (400, 170)],
    "f3": [(400, 90), (300, 90), (300, 380)],
    "f4": [(100, 130), (100, 160), (300, 160), (300, 380), (200, 380), (200, 410)],
}


def test_five_arrows_in_one_channel_go_by_where_they_come_from_and_go():
    drawn = _drawn({fid: [(float(x), float(y)) for x, y in p] for fid, p in FIVE.items()})
    assert drawn == {
        "f0": [(284, 230), (284, 300), (400, 300)],
        "f1": [(500, 4), (308, 4), (308, 280), (400, 280)],
        "f2": [(400, -30), (400, -4), (300, -4), (300, 140), (400, 140), (400, 170)],
        "f3": [(400, 90), (316, 90), (316, 380)],
        "f4": [(100, 130), (100, 160), (292, 160), (292, 380), (200, 380), (200, 410)],
    }


TANGLE = {  # three arrows turning through x = 300 between y 20 and 140
    "f0": [(100, 50), (300, 50), (300, 60), (400, 60)],
    "f1": [(100, 50), (300, 50), (300, 140)],
    "f2": [(500, -10), (500, 20), (300, 20), (300, 40), (200, 40), (200, 70)],
}


def test_a_tangle_of_three_through_one_corner_is_drawn_apart_in_both_directions():
    """Two arrows leave along y = 50 and one ends on x = 300 beside them: the level parts are
    spread across y and the upright ones across x, each 8 apart, in one fixed order."""
    drawn = _drawn({fid: [(float(x), float(y)) for x, y in p] for fid, p in TANGLE.items()})
    assert drawn == {
        "f0": [(100, 45), (300, 45), (300, 67), (400, 67)],
        "f1": [(100, 37), (292, 37), (292, 140)],
        "f2": [(500, -10), (500, 20), (308, 20), (308, 53), (200, 53), (200, 70)],
    }
    assert _crossings(list(drawn.values())) == 3  # the routes as filed cross twice


def test_parts_above_the_top_of_the_map_share_a_line_too():
    drawn = _drawn({"a": [(300.0, -10.0), (300.0, 10.0)], "b": [(300.0, -10.0), (300.0, 10.0)]})
    assert drawn == {"a": [(296, -10), (296, 10)], "b": [(304, -10), (304, 10)]}


def test_a_nearly_level_straight_arrow_is_not_spread_as_if_it_shared_a_line():
    """Only exactly level parts share a horizontal line: a straight diagonal arrow that
    drops half a unit stays where it was routed, and so does the level one beside it."""
    routes = {"level": [(0.0, 100.0), (300.0, 100.0)], "slant": [(50.0, 100.5), (250.0, 100.0)]}
    assert _drawn(routes) == routes


def test_when_one_of_two_arrows_on_a_line_goes_the_other_is_drawn_back_on_its_line():
    channels, keys = Channels(), set()
    for fid in ("a", "b"):
        keys |= channels.set_route(fid, [(300.0, 0.0), (300.0, 200.0)], (None, None))
    channels.solve(keys)
    assert channels.drawn("a") == [(296, 0), (296, 200)]
    assert channels.solve(channels.remove("b")) == {"a"}
    assert channels.drawn("a") == [(300, 0), (300, 200)]
    assert channels.drawn("b") == []


def test_when_an_arrow_on_a_nearby_line_goes_the_rest_are_drawn_as_a_fresh_open_draws_them():
    """Two arrows on x = 290 and one on x = 296 are spread as one channel; when the one on
    296 goes, the two are drawn just as if the map had been opened without it."""
    routes = {"a": [(290.0, 0.0), (290.0, 200.0)], "b": [(290.0, 0.0), (290.0, 200.0)],
              "c": [(296.0, 0.0), (296.0, 200.0)]}
    channels, keys = Channels(), set()
    for fid, points in routes.items():
        keys |= channels.set_route(fid, points, (None, None))
    channels.solve(keys)
    assert channels.drawn("a") == [(285, 0), (285, 200)]
    channels.solve(channels.remove("c"))
    fresh = _drawn({"a": routes["a"], "b": routes["b"]})
    assert {fid: channels.drawn(fid) for fid in ("a", "b")} == fresh == \
        {"a": [(286, 0), (286, 200)], "b": [(294, 0), (294, 200)]}


def test_lines_15_apart_are_one_channel():
    """Two arrows on x = 300 and one on x = 315: one channel, so the one on 315 moves out
    too (half a unit) to stay 8 from its neighbour once the two are spread."""
    drawn = _drawn({"a": [(300.0, 0.0), (300.0, 200.0)], "b": [(300.0, 0.0), (300.0, 200.0)],
                    "c": [(315.0, 0.0), (315.0, 200.0)]})
    assert drawn == {"a": [(296, 0), (296, 200)], "b": [(304, 0), (304, 200)],
                     "c": [(315.5, 0), (315.5, 200)]}


def test_level_parts_across_the_left_edge_of_the_map_share_a_line_too():
    drawn = _drawn({"a": [(-50.0, 100.0), (50.0, 100.0)], "b": [(-50.0, 100.0), (50.0, 100.0)]})
    assert drawn == {"a": [(-50, 96), (50, 96)], "b": [(-50, 104), (50, 104)]}
