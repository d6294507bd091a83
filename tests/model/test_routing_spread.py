"""Two arrows joining the same two boxes run side by side, PARALLEL_GAP apart across their
line, on the same side whichever way each points; a label or badge anchors halfway along."""

from __future__ import annotations

import pytest

from app.model import layout as lay
from app.model import routing

A, B = lay.Rect(0, 0, 100, 50), lay.Rect(300, 400, 100, 50)  # centres 300 across, 400 down


def _shift(before: lay.Rect, after: lay.Rect) -> tuple[float, float]:
    return (after.x - before.x, after.y - before.y)


def test_a_spread_arrow_moves_across_its_line_by_the_gap():
    a, b = routing.spread(A, B, routing.PARALLEL_GAP)
    assert _shift(A, a) == pytest.approx((-11.2, 8.4))  # at right angles to (300, 400), 14 long
    assert _shift(B, b) == pytest.approx((-11.2, 8.4))
    assert (a.width, a.height, b.width, b.height) == (100, 50, 100, 50)
    assert routing.spread(A, B, 0) == (A, B)


def test_the_arrow_back_measured_from_its_target_lies_on_the_same_side():
    back_b, back_a = routing.spread(B, A, routing.PARALLEL_GAP, flip=True)
    assert _shift(A, back_a) == pytest.approx((-11.2, 8.4))
    assert _shift(B, back_b) == pytest.approx((-11.2, 8.4))
    unflipped = routing.spread(B, A, routing.PARALLEL_GAP)[1]
    assert _shift(A, unflipped) == pytest.approx((11.2, -8.4))


@pytest.mark.parametrize(("points", "half"), [
    ([(0, 0), (100, 0), (100, 50)], (75, 0)),  # halfway is on the first segment
    ([(0, 0), (40, 0), (40, 100)], (40, 30)),  # and here on the second
    ([(10, 20), (10, 60), (10, 60)], (10, 40)),
    ([(5, 5), (5, 5)], (5, 5)),  # no length at all: the end
])
def test_midpoint_is_halfway_along_the_path(points, half):
    assert routing.midpoint(points) == pytest.approx(half)
