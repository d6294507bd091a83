"""Spread arrows that share a channel, so each can be followed. No Qt.

The router (:mod:`app.model.routing`) sends arrows along the same few corridors: beside a box,
along a lane boundary. Two arrows whose straight parts lie on one line and overlap read as one
arrow. Like the nudging step of orthogonal connector routers (libavoid's), this moves such
parts apart, :data:`SPREAD` map units from each other, centred on the line they shared. The
order across the channel is the one that makes the fewest crossings with the parts just before
and after (tried over all orders for up to :data:`EXACT` arrows; by where they come from
beyond), so arrows do not cross needlessly, and it is the same order on every run.

Incremental: parts are filed by their line (``("v", x)`` or ``("h", y)``, rounded to a map
unit); lines nearer than :data:`CHAIN` to each other form one channel. Changing an arrow's route
re-solves only the channels its old and new parts lie in.
"""

from __future__ import annotations

import itertools
import math
from typing import Sequence

from .layout import Rect

Point = tuple[float, float]
Key = tuple[str, int]
SPREAD = 8.0  #: distance between arrows spread apart in one channel (>= 6 px at 100 %)
EXACT = 4  #: up to this many arrows in a stretch, every order is tried
END_INSET = 5.0  #: a moved end stays this far inside the side of the box it meets
REACH = 3 * SPREAD  #: parts this close along one line are spread as if they overlapped
CHAIN = int(2 * SPREAD)  #: lines nearer than this to each other are one channel


class Channels:
    """The arrows' straight parts filed by the line they lie on, and each part's offset."""

    def __init__(self) -> None:
        self.members: dict[Key, set[tuple[str, int]]] = {}
        self.keys: dict[str, list[Key | None]] = {}  #: flow -> each segment's channel
        self.routes: dict[str, list[Point]] = {}
        self.ends: dict[str, tuple[Rect | None, Rect | None]] = {}
        self.offsets: dict[tuple[str, int], float] = {}

    def set_route(self, fid: str, points: Sequence[Point],
                  ends: tuple[Rect | None, Rect | None]) -> set[Key]:
        """File ``fid``'s route; return the channels to solve again."""
        touched = self.remove(fid)
        keys = [_key(a, b) for a, b in zip(points, points[1:])]
        self.routes[fid], self.keys[fid], self.ends[fid] = list(points), keys, ends
        for i, key in enumerate(keys):
            if key is not None:
                self.members.setdefault(key, set()).add((fid, i))
                touched.add(key)
        return touched

    def remove(self, fid: str) -> set[Key]:
        touched: set[Key] = set()
        for i, key in enumerate(self.keys.pop(fid, ())):
            if key is None:
                continue
            members = self.members.get(key)
            if members is not None:
                members.discard((fid, i))
                if not members:
                    del self.members[key]
            self.offsets.pop((fid, i), None)
            touched.add(key)
        self.routes.pop(fid, None)
        self.ends.pop(fid, None)
        return touched

    def solve(self, keys: set[Key]) -> set[str]:
        """Spread the parts in these channels (and in the lines near them); return the flows
        whose drawn route changed."""
        changed: set[str] = set()
        seen: set[Key] = set()
        for key in sorted(self._filled_near(keys)):
            if key in seen:
                continue
            cluster = self._cluster(key)
            seen |= cluster
            members = [m for k in sorted(cluster) for m in sorted(self.members.get(k, ()))]
            new: dict[tuple[str, int], float] = {}
            for group in _stretches(key[0], members, self.routes):
                if len(group) > 1:
                    new.update(self._place(key[0], group))
            for member in members:
                old = self.offsets.get(member, 0.0)
                value = new.get(member, 0.0)
                if abs(value) > 1e-9:
                    self.offsets[member] = value
                else:
                    self.offsets.pop(member, None)
                if value != old:
                    changed.add(member[0])
        return changed

    def _filled_near(self, keys: set[Key]) -> set[Key]:
        """The filled ones of ``keys``, and for an emptied one the filled lines within CHAIN
        of it: an emptied line no longer chains its neighbours (a fresh solve would not)."""
        found: set[Key] = set()
        for side, at in keys:
            if self.members.get((side, at)):
                found.add((side, at))
                continue
            found.update((side, at + step) for step in range(-CHAIN, CHAIN + 1)
                         if self.members.get((side, at + step)))
        return found

    def _cluster(self, key: Key) -> set[Key]:
        """``key`` and the filled lines of its direction chained to it by gaps under CHAIN."""
        side, found, todo = key[0], {key}, [key[1]]
        while todo:
            at = todo.pop()
            for step in range(-CHAIN, CHAIN + 1):
                near = (side, at + step)
                if near not in found and self.members.get(near):
                    found.add(near)
                    todo.append(near[1])
        return found

    def _place(self, side: str, group: list[tuple[str, int]]) -> dict[tuple[str, int], float]:
        """Each part's offset: in the order that crosses least, SPREAD apart at least, and as
        near their own lines as that allows (the mean of packing from either end)."""
        axis = 0 if side == "v" else 1
        raw = {m: self.routes[m[0]][m[1]][axis] for m in group}
        order = self._order(side, group, raw)
        forward, backward = [], []
        for m in order:
            forward.append(raw[m] if not forward else max(raw[m], forward[-1] + SPREAD))
        for m in reversed(order):
            backward.append(raw[m] if not backward else min(raw[m], backward[-1] - SPREAD))
        backward.reverse()
        return {m: (f + b) / 2 - raw[m] for m, f, b in zip(order, forward, backward)}

    def drawn(self, fid: str) -> list[Point]:
        """``fid``'s route with its parts moved to their place in their channels."""
        points = list(self.routes.get(fid, ()))
        keys = self.keys.get(fid, [])
        src, dst = self.ends.get(fid, (None, None))
        for i, key in enumerate(keys):
            d = self.offsets.get((fid, i))
            if not d or key is None:
                continue
            axis = 0 if key[0] == "v" else 1
            for j in (i, i + 1):
                p = list(points[j])
                p[axis] += d
                if j == 0 and src is not None:
                    p[axis] = _inside(p[axis], src, axis)
                elif j == len(points) - 1 and dst is not None:
                    p[axis] = _inside(p[axis], dst, axis)
                points[j] = (p[0], p[1])
        return points

    def _order(self, side: str, group: list[tuple[str, int]],
               raw: dict[tuple[str, int], float]) -> list[tuple[str, int]]:
        """The order across the channel with the fewest crossings; ties go to the order of
        their own lines, then of where they come from (the same on every run)."""
        base = sorted(group, key=lambda m: (raw[m], self._approach(side, m), m))
        if len(group) > EXACT:
            return base
        best, best_n = base, math.inf
        for order in itertools.permutations(base):
            n = self._crossings(side, order, raw)
            if n < best_n:
                best, best_n = list(order), n
                if n == 0:
                    break
        return best

    def _approach(self, side: str, member: tuple[str, int]) -> float:
        """Where the part comes from across the channel, less where it goes."""
        fid, i = member
        points = self.routes[fid]
        axis = 0 if side == "v" else 1
        before = points[i - 1] if i > 0 else points[i]
        after = points[i + 2] if i + 2 < len(points) else points[i + 1]
        return before[axis] - after[axis]

    def _local(self, side: str, member: tuple[str, int], at: float) -> list[Point]:
        """The part moved onto line ``at``, with the points before and after it."""
        fid, i = member
        points = self.routes[fid]
        axis = 0 if side == "v" else 1
        moved = []
        for p in points[i:i + 2]:
            q = list(p)
            q[axis] = at
            moved.append((q[0], q[1]))
        return points[max(0, i - 1):i] + moved + points[i + 2:i + 3]

    def _crossings(self, side: str, order: Sequence[tuple[str, int]],
                   raw: dict[tuple[str, int], float]) -> int:
        k = len(order)
        centre = sum(raw[m] for m in order) / k
        paths = [self._local(side, m, centre + (rank - (k - 1) / 2) * SPREAD)
                 for rank, m in enumerate(order)]
        n = 0
        for p, q in itertools.combinations(paths, 2):
            for a, b in zip(p, p[1:]):
                for c, d in zip(q, q[1:]):
                    if _proper(a, b, c, d):
                        n += 1
        return n


def _key(a: Point, b: Point) -> Key | None:
    if abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) > 1e-6:
        return ("v", round(a[0]))
    if abs(a[1] - b[1]) < 1e-6 and abs(a[0] - b[0]) > 1e-6:
        return ("h", round(a[1]))
    return None


def _stretches(side: str, members: list[tuple[str, int]],
               routes: dict[str, list[Point]]) -> list[list[tuple[str, int]]]:
    """The members in groups whose extents along the channel overlap or come within
    ``REACH`` of each other: parts that only meet end to end on the line would overlap once
    the parts beside them are spread."""
    along = 1 if side == "v" else 0
    spans = []
    for fid, i in members:
        a, b = routes[fid][i][along], routes[fid][i + 1][along]
        spans.append((min(a, b), max(a, b), (fid, i)))
    spans.sort()
    groups: list[list[tuple[str, int]]] = []
    reach = -math.inf
    for lo, hi, member in spans:
        if groups and lo < reach + REACH:
            groups[-1].append(member)
            reach = max(reach, hi)
        else:
            groups.append([member])
            reach = hi
    return groups


def _inside(v: float, r: Rect, axis: int) -> float:
    """Keep a moved end on the side of the box it meets."""
    lo, hi = (r.x, r.right) if axis == 0 else (r.y, r.bottom)
    if hi - lo <= 2 * END_INSET:
        return (lo + hi) / 2
    return min(max(v, lo + END_INSET), hi - END_INSET)


def _proper(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Do segments a-b and c-d cross (touching at an end does not count)?"""
    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return o1 * o2 < 0 and o3 * o4 < 0
