"""Arrows that go around boxes, and labels that cover neither boxes nor each other. No Qt.

One routine for the canvas and the PDF, so both show the same map. An arrow drawn straight
through an unrelated box reads as a connection that does not exist (A -> C through B looks
like A -> B -> C), so an arrow whose straight line would cross a box takes an orthogonal path
(two to four segments) through the gaps between boxes instead: out of a side of its source,
along a free corridor (a lane boundary, the gap beside a box), into a side of its target.

Obstacles live in a coarse spatial hash (:class:`Grid`), so a query costs what the segment
passes, not the size of the map: 30,000 arrows over 10,000 boxes stay linear.
"""

from __future__ import annotations

import bisect
import math
from typing import Hashable, Iterable, Iterator, Sequence

from .layout import HEADER_WIDTH, PHASE_HEADER_HEIGHT, Rect, connect

Point = tuple[float, float]
MARGIN = 4.0  #: a path must keep this far from unrelated boxes
STUB = 12.0  #: an orthogonal path leaves and enters a box straight for at least this long
GAP = 14.0  #: corridors beside a box run this far from it
BEND_COST = 40.0  #: a bend costs as much as this much extra length
MAX_TRIES = 12  #: candidate paths tried per arrow, cheapest first (keeps big maps fast)
MAX_DETOUR = 3  #: an arrow crossing more boxes than this stays straight (no gap would do)
MAX_CANDIDATES = 16  #: orthogonal paths tried, cheapest first, before keeping the best found
#: above this many flows a map is drawn with straight arrows (canvas and PDF alike): routing
#: 30,000 arrows around 10,000 boxes would make opening a map take many seconds, and in such
#: a crowd detours cannot clear the lines anyway
CROWDED_FLOWS = 3000


def crowded(n_flows: int) -> bool:
    """Whether a map with ``n_flows`` flows is drawn with straight arrows."""
    return n_flows > CROWDED_FLOWS
#: a straight line through more unrelated boxes than this is in a crowd (a generated or
#: very dense map) where detours cannot clear it either; it stays straight, which keeps
#: routing linear on maps of thousands of activities
MAX_DETOUR_CROSSINGS = 3


class Grid:
    """A coarse spatial hash of keyed rectangles (boxes, labels); add, move, remove, query.

    Work never grows with distance: a rectangle spanning more than :attr:`MAX_SPAN` cells is
    kept in one list every query looks at, a query wider than the filled cells walks the filled
    cells, and a long segment is looked up by its bounding box instead of cell by cell. So a
    box 100,000 units wide or an arrow across a million units costs what a small one does.
    """

    CELL = 160.0
    MAX_SPAN = 64  #: cells a rectangle may be filed under; bigger ones go to ``wide``
    MAX_STEPS = 256  #: cells a segment is walked through; longer ones are looked up at once

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], dict[Hashable, Rect]] = {}
        self.rects: dict[Hashable, Rect] = {}
        self.wide: dict[Hashable, Rect] = {}

    def _range(self, r: Rect) -> tuple[int, int, int, int]:
        c = self.CELL
        return int(r.x // c), int(r.right // c), int(r.y // c), int(r.bottom // c)

    def _keys(self, r: Rect) -> Iterator[tuple[int, int]]:
        i0, i1, j0, j1 = self._range(r)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > len(self.cells):  # fewer filled cells than covered
            yield from [k for k in self.cells if i0 <= k[0] <= i1 and j0 <= k[1] <= j1]
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                yield (i, j)

    def _span(self, r: Rect) -> int:
        i0, i1, j0, j1 = self._range(r)
        return (i1 - i0 + 1) * (j1 - j0 + 1)

    def add(self, r: Rect, key: Hashable | None = None) -> None:
        """File ``r`` under ``key`` (replacing what the key held); keyless rects stay for good."""
        key = key if key is not None else ("#", len(self.rects))
        if key in self.rects:
            self.remove(key)
        self.rects[key] = r
        if self._span(r) > self.MAX_SPAN:
            self.wide[key] = r
            return
        i0, i1, j0, j1 = self._range(r)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                self.cells.setdefault((i, j), {})[key] = r

    def remove(self, key: Hashable) -> None:
        r = self.rects.pop(key, None)
        if r is None or self.wide.pop(key, None) is not None:
            return
        i0, i1, j0, j1 = self._range(r)
        for cell in ((i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)):
            bucket = self.cells.get(cell)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self.cells[cell]

    def near(self, r: Rect) -> dict[Hashable, Rect]:
        """Every rectangle filed in a cell that ``r`` touches (a superset of the overlaps)."""
        found: dict[Hashable, Rect] = dict(self.wide)
        for cell in self._keys(r):
            bucket = self.cells.get(cell)
            if bucket:
                found.update(bucket)
        return found

    def hits(self, r: Rect, ignore: Iterable[Hashable] = ()) -> bool:
        skip = set(ignore)
        return any(k not in skip and overlaps(o, r) for k, o in self.near(r).items())

    def walk(self, a: Point, b: Point) -> Iterator[dict[Hashable, Rect]]:
        """The rectangles near a segment, a cell at a time from ``a`` to ``b``, so a caller
        that has seen enough stops early instead of gathering a whole long arrow's strip.
        A segment longer than :attr:`MAX_STEPS` cells is answered at once, by its box."""
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        steps = max(1, int(length // self.CELL))
        half = self.CELL / 2
        if steps > self.MAX_STEPS:
            x0, x1 = min(a[0], b[0]) - half, max(a[0], b[0]) + half
            y0, y1 = min(a[1], b[1]) - half, max(a[1], b[1]) + half
            yield self.near(Rect(x0, y0, x1 - x0, y1 - y0))
            return
        for k in range(steps + 1):
            t = k / steps
            x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
            yield self.near(Rect(x - half, y - half, self.CELL, self.CELL))


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def crosses(a: Point, b: Point, r: Rect, margin: float = MARGIN) -> bool:
    """Does segment a-b pass through ``r`` grown by ``margin`` (Liang-Barsky)?"""
    x0, y0, x1, y1 = r.x - margin, r.y - margin, r.right + margin, r.bottom + margin
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True


def crossings(points: Sequence[Point], grid: Grid, ignore: Iterable[Hashable] = (),
              limit: int | None = None) -> int:
    """How many distinct boxes (other than ``ignore``) the polyline passes through; counting
    stops at ``limit`` (a caller comparing against a best so far needs no more)."""
    skip = set(ignore)
    hit: set[Hashable] = set()
    m = MARGIN
    for a, b in zip(points, points[1:]):
        x0, x1 = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
        y0, y1 = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
        for key, r in ((k, r) for chunk in grid.walk(a, b) for k, r in chunk.items()):
            if (r.x - m > x1 or r.x + r.width + m < x0 or r.y - m > y1
                    or r.y + r.height + m < y0):
                continue  # the segment's box misses the rectangle: no need to clip
            if key not in skip and key not in hit and crosses(a, b, r):
                hit.add(key)
                if limit is not None and len(hit) >= limit:
                    return len(hit)
    return len(hit)


def path_length(points: Sequence[Point]) -> float:
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(points, points[1:]))


def route(src: Rect, dst: Rect, grid: Grid, ignore: Iterable[Hashable] = (),
          start: Point | None = None, end: Point | None = None,
          corridors: Sequence[float] = ()) -> list[Point]:
    """The arrow from ``src`` to ``dst``: straight when that line clears every other box,
    else the orthogonal path with the fewest box crossings, then the shortest.

    ``start``/``end`` pin an end (a slot on a lane header, whose arrows leave its right
    edge); ``corridors`` are extra horizontal lines free of boxes (lane boundaries).
    The arrow head belongs at the last point, pointing along the last segment.
    """
    skip = tuple(ignore)
    a, b = connect(src, dst)
    a, b = start or a, end or b
    if start is not None and end is None:
        b = connect(Rect(a[0], a[1], 0, 0), dst)[1]
    elif end is not None and start is None:
        a = connect(src, Rect(b[0], b[1], 0, 0))[0]
    straight = [a, b]
    best = crossings(straight, grid, skip, MAX_DETOUR + 1)
    if best == 0 or best > MAX_DETOUR:  # clear, or a long arrow across a crowded map
        return straight
    found = straight
    scored = sorted(((path_length(p) + BEND_COST * (len(p) - 2), i, p) for i, p in
                     enumerate(_candidates(src, dst, start, end, corridors))))
    for _cost, _i, points in scored[:MAX_CANDIDATES]:
        n = crossings(points, grid, skip, limit=best)
        if n < best:
            best, found = n, points
            if n == 0:
                break
    return found


def _sides(r: Rect, pin: Point | None, toward: Point) -> list[tuple[str, Point]]:
    """Where an arrow may leave or enter a box: the middle of each side not facing away from
    the other end, or its pinned point."""
    if pin is not None:
        side = "R" if abs(pin[0] - r.right) < 1 else "L" if abs(pin[0] - r.x) < 1 else \
            "T" if abs(pin[1] - r.y) < 1 else "B"
        return [(side, pin)]
    cx, cy = r.center
    dx, dy = toward[0] - cx, toward[1] - cy
    sides = [("R", (r.right, cy)), ("L", (r.x, cy)), ("T", (cx, r.y)), ("B", (cx, r.bottom))]
    return [(s, p) for s, p in sides if OUT[s][0] * dx + OUT[s][1] * dy >= 0]


OUT = {"R": (1, 0), "L": (-1, 0), "T": (0, -1), "B": (0, 1)}


def _candidates(src: Rect, dst: Rect, start: Point | None, end: Point | None,
                corridors: Sequence[float]) -> Iterator[list[Point]]:
    """Orthogonal paths out of a side of ``src`` and into a side of ``dst``."""
    xs = _lines(src.x, src.right, dst.x, dst.right, ())
    ys = _lines(src.y, src.bottom, dst.y, dst.bottom, corridors)
    for sa, pa in _sides(src, start, dst.center):
        for sb, pb in _sides(dst, end, src.center):
            for path in _shapes(sa, pa, sb, pb, xs, ys):
                if _outward(path, sa, sb):
                    yield _simplify(path)


def _lines(a0: float, a1: float, b0: float, b1: float, extra: Sequence[float]) -> list[float]:
    """Corridor positions: beside either box, between them, and the given free lines."""
    lo, hi = min(a0, b0), max(a1, b1)
    values = {a0 - GAP, a1 + GAP, b0 - GAP, b1 + GAP}
    if a1 < b0:
        values.add((a1 + b0) / 2)
    elif b1 < a0:
        values.add((b1 + a0) / 2)
    values.update(v for v in extra if lo - 200 <= v <= hi + 200)
    return sorted(values)


def _shapes(sa: str, pa: Point, sb: str, pb: Point, xs: list[float],
            ys: list[float]) -> Iterator[list[Point]]:
    ha, hb = sa in ("L", "R"), sb in ("L", "R")
    if ha and hb:  # out sideways, down a vertical corridor, in sideways
        for x in xs:
            yield [pa, (x, pa[1]), (x, pb[1]), pb]
        for y in ys:  # around: out, along a horizontal corridor, back in
            xa = pa[0] + OUT[sa][0] * STUB
            xb = pb[0] + OUT[sb][0] * STUB
            yield [pa, (xa, pa[1]), (xa, y), (xb, y), (xb, pb[1]), pb]
    elif not ha and not hb:  # out of top/bottom, along a horizontal corridor, in
        for y in ys:
            yield [pa, (pa[0], y), (pb[0], y), pb]
    elif ha:  # one bend: sideways, then down into the top/bottom
        yield [pa, (pb[0], pa[1]), pb]
        for y in ys:
            xa = pa[0] + OUT[sa][0] * STUB
            yield [pa, (xa, pa[1]), (xa, y), (pb[0], y), pb]
    else:
        yield [pa, (pa[0], pb[1]), pb]
        for x in xs:  # up or down out of the box, across, down a vertical corridor, in
            ya = pa[1] + OUT[sa][1] * STUB
            yield [pa, (pa[0], ya), (x, ya), (x, pb[1]), pb]


def _outward(path: list[Point], sa: str, sb: str) -> bool:
    """The path leaves through its side (not back across its own box) and enters the same way."""
    (x0, y0), (x1, y1) = path[0], path[1]
    (u0, v0), (u1, v1) = path[-1], path[-2]
    da, db = OUT[sa], OUT[sb]
    lead = (x1 - x0) * da[0] + (y1 - y0) * da[1]
    tail = (u1 - u0) * db[0] + (v1 - v0) * db[1]
    return lead >= STUB - 0.01 and tail >= STUB - 0.01


def _simplify(path: list[Point]) -> list[Point]:
    """Drop points in the middle of a straight run (a repeated point is one: it is in line
    with the two before it, so it replaces the last and the next point replaces it)."""
    out: list[Point] = []
    for p in path:
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if abs((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)) < 1e-6:
                out[-1] = p
                continue
        out.append(p)
    return out


LABEL_POSITIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78)
PARALLEL_GAP = 14.0  #: distance between arrows joining the same two things


def spread(src: Rect, dst: Rect, offset: float, flip: bool = False) -> tuple[Rect, Rect]:
    """Both ends moved sideways by ``offset`` (arrows joining the same two things run
    PARALLEL_GAP apart). ``flip``: measure the side from ``dst`` (same side both ways)."""
    if not offset:
        return src, dst
    c1, c2 = (dst.center, src.center) if flip else (src.center, dst.center)
    length = math.hypot(c2[0] - c1[0], c2[1] - c1[1]) or 1.0
    nx, ny = -(c2[1] - c1[1]) / length * offset, (c2[0] - c1[0]) / length * offset
    return (Rect(src.x + nx, src.y + ny, src.width, src.height),
            Rect(dst.x + nx, dst.y + ny, dst.width, dst.height))


def place_label(points: Sequence[Point], w: float, h: float, hard: Sequence[Grid],
                soft: Grid | None = None, own: Hashable | None = None,
                corner: float = 0.0, borders: Sequence[float] = ()) -> Rect:
    """A spot on the path where a ``w`` x ``h`` label covers no box and no other label
    (the rectangles in the ``hard`` grids), on the longest segment that has room; it avoids the
    rectangles in ``soft`` (other arrows' midpoints, except ``own``) when it can. Falls
    back to the middle of the longest segment. ``corner``: the label's top-left corner
    reaches this much further out (where a findings badge sits), and must be clear too.
    ``borders``: the heights of lane borders; a label that would sit across one is moved just
    above or below it (still touching its arrow), and sits across one only when no spot is free."""
    segs = sorted(zip(points, points[1:]), key=lambda s: -math.hypot(s[1][0] - s[0][0],
                                                                      s[1][1] - s[0][1]))
    first: Rect | None = None
    best: tuple[tuple[int, int, int], Rect] | None = None  #: (across a border, reach, soft)
    for rank, reach in enumerate(dict.fromkeys((corner, 0.0))):  # the badge's corner too,
        for a, b in segs:                                       # if at all possible
            for t in LABEL_POSITIONS:
                at = _label_at(a, b, t, w, h)
                first = first or at
                for rect in _within_lanes(at, a, b, borders):
                    grown = Rect(rect.x - reach, rect.y - reach, w + reach, h + reach)
                    if any(grid.hits(grown) for grid in hard):
                        continue
                    soft_hit = soft is not None and soft.hits(grown, (own,))
                    key = (int(rect is at and _across(at, borders)), rank, int(soft_hit))
                    if key == (0, rank, 0):  # within a lane, clear of everything
                        return rect
                    if best is None or key < best[0]:
                        best = (key, rect)
        if best is not None and best[0][:2] == (0, rank):
            return best[1]  # nothing after this pass can beat it
    return best[1] if best is not None else (first or Rect(0, 0, w, h))


def label_reach(points: Sequence[Point], w: float, h: float,
                corner: float = 0.0) -> list[Rect]:
    """Where :func:`place_label` may look for a ``w`` x ``h`` label on ``points`` (with the
    badge's ``corner``), one rectangle a segment: every spot it tries on the segment, moved off
    a lane border or kept off the headers, lies in it. A change of what is taken elsewhere
    cannot move the label."""
    left, top = HEADER_WIDTH + 2.0, PHASE_HEADER_HEIGHT + 2.0
    lo, hi = min(LABEL_POSITIONS), max(LABEL_POSITIONS)
    found = []
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        xs = (ax + (bx - ax) * lo, ax + (bx - ax) * hi)
        ys = (ay + (by - ay) * lo, ay + (by - ay) * hi)
        x0, x1 = max(min(xs) - w / 2, left), max(max(xs) - w / 2, left) + w
        y0 = min(max(min(ys) - h / 2, top), min(ay, by) - h - 3.0)
        y1 = max(max(max(ys) - h / 2, top) + h, max(ay, by) + h + 3.0)
        found.append(Rect(x0 - corner - 1.0, y0 - corner - 1.0, x1 - x0 + corner + 2.0,
                          y1 - y0 + corner + 2.0))
    return found


def _across(r: Rect, borders: Sequence[float]) -> bool:
    """Whether ``r`` sits across one of the (ascending) ``borders``."""
    i = bisect.bisect_right(borders, r.y)
    return i < len(borders) and borders[i] < r.bottom


def _within_lanes(r: Rect, a: Point, b: Point, borders: Sequence[float]) -> list[Rect]:
    """``r`` if it lies within one lane; else ``r`` moved just above or just below the border
    it crosses (the nearer side first) where it still touches the segment a-b, then ``r``."""
    if not _across(r, borders):
        return [r]
    y = borders[bisect.bisect_right(borders, r.y)]
    above = Rect(r.x, y - r.height - 1.0, r.width, r.height)
    below = Rect(r.x, y + 1.0, r.width, r.height)
    seg = Rect(min(a[0], b[0]) - 2.0, min(a[1], b[1]) - 2.0, abs(b[0] - a[0]) + 4.0,
               abs(b[1] - a[1]) + 4.0)
    tries = [above, below] if r.y + r.height / 2 < y else [below, above]
    return [q for q in tries if overlaps(q, seg) and not _across(q, borders)] + [r]


def _label_at(a: Point, b: Point, t: float, w: float, h: float) -> Rect:
    mx, my = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
    x = max(mx - w / 2, HEADER_WIDTH + 2.0)  # never under the lane names
    y = max(my - h / 2, PHASE_HEADER_HEIGHT + 2.0)
    return Rect(x, y, w, h)


def midpoint(points: Sequence[Point]) -> Point:
    """Halfway along the polyline."""
    half = path_length(points) / 2
    for a, b in zip(points, points[1:]):
        seg = math.hypot(b[0] - a[0], b[1] - a[1])
        if seg >= half and seg > 0:
            t = half / seg
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        half -= seg
    return points[-1]
