"""Two arrows that share a line are drawn SPREAD apart; where a moved part meets a box, its end
stays on that box's side (END_INSET inside its corners, or the middle of a side too short for
that); a lone arrow is drawn where it was routed; solving again changes nothing."""

from __future__ import annotations

import pytest

from app.model.layout import Rect
from app.model.nudge import Channels

DOWN = [(100.0, 0.0), (100.0, 200.0)]  # both arrows come down x = 100 into a box's top


def _two_into(box: Rect) -> tuple[Channels, set[str]]:
    channels, keys = Channels(), set()
    for fid in ("a", "b"):
        keys |= channels.set_route(fid, DOWN, (None, box))
    return channels, channels.solve(keys)


def test_two_arrows_on_one_line_are_drawn_apart_and_both_reported_changed():
    channels, changed = _two_into(Rect(50, 200, 100, 50))
    assert changed == {"a", "b"}
    assert channels.drawn("a") == [(96.0, 0.0), (96.0, 200.0)]
    assert channels.drawn("b") == [(104.0, 0.0), (104.0, 200.0)]
    assert channels.solve({("v", 100)}) == set()  # nothing moved: nothing to redraw


@pytest.mark.parametrize(("box", "ends"), [
    (Rect(0, 200, 102, 50), (96.0, 97.0)),  # the right-hand one stays 5 inside the right corner
    (Rect(98, 200, 100, 50), (103.0, 104.0)),  # the left-hand one 5 inside the left corner
    (Rect(96, 200, 8, 50), (100.0, 100.0)),  # a side too short for that: its middle
])
def test_a_moved_end_stays_on_the_side_of_the_box_it_meets(box, ends):
    channels, _changed = _two_into(box)
    assert (channels.drawn("a")[-1], channels.drawn("b")[-1]) == ((ends[0], 200.0), (ends[1], 200.0))
    assert (channels.drawn("a")[0], channels.drawn("b")[0]) == ((96.0, 0.0), (104.0, 0.0))


def test_a_lone_arrow_is_drawn_where_it_was_routed():
    channels = Channels()
    assert channels.solve(channels.set_route("a", DOWN, (None, Rect(50, 200, 100, 50)))) == set()
    assert channels.drawn("a") == DOWN
