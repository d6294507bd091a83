"""The arrows of the drawing plan: which flows join what, where they meet a lane header (one
slot per arrow, spread down its right edge), arrows joining the same two things side by side,
routes around boxes (:mod:`app.model.routing`), arrows sharing a channel spread apart
(:mod:`app.model.nudge`) and labels where they cover no box, badge or other label. No Qt.

:class:`ArrowPlanning` is the part of :class:`app.model.drawing.MapDrawing` that decides
arrows; it works on the plan's own state (declared below), kept in one object so an update
needs no copying between the two.
"""

from __future__ import annotations

import heapq
from typing import Callable

from . import layout as lay
from . import routing, style
from .document import Document, Flow
from .drawing_index import CellIndex, file_arrow
from .drawing_items import (
    BADGE_REACH, ArrowDrawing, BoxDrawing, Delta, LaneDrawing, Point, TextMeasure, badged,
    label_size,
)
from .layout import Rect
from .nudge import Channels

MID_MARK = 18.0  #: the spot at an arrow's middle (where its badge sits without a label)


class ArrowPlanning:
    """Flows' ends, header slots, parallel pairs, routing, spreading and labels."""

    doc: Document
    measure: TextMeasure
    layout: lay.Layout
    boxes: dict[str, BoxDrawing]
    arrows: dict[str, ArrowDrawing]
    lanes: dict[str, LaneDrawing]
    wrap: Callable[[str, float, str], list[str]]
    _taken: routing.Grid  #: boxes and labels with their badge corners: where labels may not go
    _borders: tuple[float, ...]  #: the lane borders labels keep off
    _mids: routing.Grid  #: the middles of arrows (their badges)
    _reach: routing.Grid  #: where each label may look for its place (routing.label_reach)
    _reach_count: dict[str, int]  #: how many rectangles of ``_reach`` each label has
    _seeds: list[Rect]  #: where what labels keep clear of changed since the last update
    _channels: Channels
    _ends: dict[str, tuple[str, str]]
    _by_end: dict[str, set[str]]
    _pairs: dict[frozenset, list[str]]
    _slots: dict[str, dict[str, int]]
    _region: CellIndex | None
    _detoured: set[str]  #: sent around boxes or through them: a box moving near may change that
    _obstacles: routing.Grid
    _flows: set[str]
    _flow: Callable[[str], Flow | None]  #: the flow of an id (looked up fast in a full update)

    def _sync_flows(self, delta: Delta) -> set[str]:
        """Follow flows that came, went or changed ends; returns the flows to route."""
        doc, route = self.doc, set()
        for fid in self._flows:
            flow = self._flow(fid)
            ends = (flow.source, flow.target) if flow is not None else None
            old = self._ends.get(fid)
            if old is not None and old != ends:
                self._forget_flow(fid, old, delta, route)
            if flow is None:
                continue
            route.add(fid)
            if old != ends:
                self._ends[fid] = ends
                for end in ends:
                    self._by_end.setdefault(end, set()).add(fid)
                    self._slots.pop(end, None)
                pair = self._pairs.setdefault(frozenset(ends), [])
                pair.append(fid)
                self._sort_pair(pair, route)
        self._flows.clear()
        return route

    def _forget_flow(self, fid: str, ends: tuple[str, str], delta: Delta,
                     route: set[str]) -> None:
        for end in ends:
            self._by_end.get(end, set()).discard(fid)
            self._slots.pop(end, None)
            route.update(self._by_end.get(end, ()))
        pair = self._pairs.get(frozenset(ends), [])
        if fid in pair:
            pair.remove(fid)
        route.update(pair)
        del self._ends[fid]
        self._detoured.discard(fid)
        if self.arrows.pop(fid, None) is not None:
            delta.gone.add(fid)
        self._seeds += [r for r in (self._taken.rects.get(("label", fid)),
                                    self._mids.rects.get(fid)) if r is not None]
        self._taken.remove(("label", fid))
        self._mids.remove(fid)
        self._file_reach(fid, [])
        if self._region is not None:
            self._region.remove(("arrow", fid))
            self._region.remove(("label", fid))
        route.update(self._channels_changed(self._channels.remove(fid)))
        route.discard(fid)

    def _sort_pair(self, pair: list[str], route: set[str]) -> None:
        """Arrows joining the same two things, in document order (their place side by side)."""
        if len(pair) > 1:
            pair.sort(key=self._rank())
            route.update(pair)

    def _recount_ports(self) -> set[str]:
        """Lane headers whose arrows changed: spread the slots again; those arrows re-route."""
        route = set()
        for end in self.lanes:
            flows = self._by_end.get(end)
            if flows and end not in self._slots:
                order = sorted(flows, key=self._rank())
                self._slots[end] = {f: k for k, f in enumerate(order)}
                route.update(flows)
        return route

    def port(self, actor_id: str, fid: str) -> Point:
        """Where an arrow meets a lane header: the header's arrows are spread down its edge."""
        header = self.layout.lane_by_actor[actor_id].header
        slots = self._slots.get(actor_id, {})
        k, n = slots.get(fid, 0), max(1, len(slots))
        top, height = header.y + 8, header.height - 16
        return (header.right, top + height * (k + 1) / (n + 1))

    def end_rect(self, obj_id: str) -> Rect | None:
        box = self.boxes.get(obj_id)
        if box is not None:
            return box.rect
        lane = self.layout.lane_by_actor.get(obj_id)
        return lane.header if lane is not None else None

    def _ends_of(self, fid: str, moved: dict[str, Rect] | None = None):
        """The rectangles an arrow joins (spread for parallel arrows) and its pinned ends."""
        source, target = self._ends[fid]
        moved = moved or {}
        ra = moved.get(source) or self.end_rect(source)
        rb = moved.get(target) or self.end_rect(target)
        if ra is None or rb is None:
            return None
        ports = [self.port(end, fid) if end in self.lanes else None for end in (source, target)]
        if ports[0] is None and ports[1] is None:
            pair = self._pairs.get(frozenset((source, target)), [fid])
            if len(pair) > 1 and fid in pair:
                offset = (pair.index(fid) - (len(pair) - 1) / 2) * routing.PARALLEL_GAP
                ra, rb = routing.spread(ra, rb, offset, min(source, target) != source)
        return ra, rb, ports[0], ports[1]

    def straight(self, fid: str, moved: dict[str, Rect] | None = None) -> list[Point] | None:
        """The arrow as the crow flies (while boxes in ``moved`` are dragged there)."""
        ends = self._ends_of(fid, moved) if fid in self._ends else None
        if ends is None:
            return None
        ra, rb, pa, pb = ends
        start = pa or lay.border_point(ra, pb or rb.center)
        return [start, pb or lay.border_point(rb, start)]

    def _route(self, fid: str) -> list[Point] | None:
        if routing.crowded(len(self.doc.flows)):
            return self.straight(fid)
        ends = self._ends_of(fid)
        if ends is None:
            return None
        ra, rb, pa, pb = ends
        corridors = [lane.top for lane in self.layout.lanes] + [self.layout.height]
        return routing.route(ra, rb, self._obstacles, self._ends[fid], pa, pb, corridors)

    def _draw_arrows(self, route: set[str], delta: Delta) -> None:
        """Route, spread and label the arrows in ``route``, and the arrows their spreading
        moved; labels as on a fresh open (:meth:`_place_labels`)."""
        rank = self._rank()
        crowded = routing.crowded(len(self.doc.flows))
        seeds, self._seeds = self._seeds, []
        keys = set()
        routed: dict[str, list[Point]] = {}
        for fid in sorted(route, key=rank):
            if fid not in self._ends:
                continue
            points = self._route(fid)
            if points is None:
                if self.arrows.pop(fid, None) is not None:
                    delta.gone.add(fid)
                self._detoured.discard(fid)
                keys |= self._channels.remove(fid)
                continue
            routed[fid] = points
            if len(points) > 2 or not crowded and routing.crossings(
                    points, self._obstacles, self._ends[fid], limit=1):
                self._detoured.add(fid)
            else:
                self._detoured.discard(fid)
            if not crowded:
                ends = (self.end_rect(self._ends[fid][0]), self.end_rect(self._ends[fid][1]))
                keys |= self._channels.set_route(fid, points, ends)
        redraw = set(routed) | self._channels_changed(keys)
        drawn = {fid: routed[fid] if crowded else self._channels.drawn(fid)
                 for fid in redraw if fid in self._ends}
        if crowded:  # thousands of arrows: labels centred on them, nothing to look around
            for fid in sorted(drawn, key=rank):
                self._keep(self._arrow(fid, drawn[fid], None), delta)
            return
        for fid, points in drawn.items():
            mx, my = routing.midpoint(points)
            mid = Rect(mx - MID_MARK / 2, my - MID_MARK / 2, MID_MARK, MID_MARK)
            before = self._mids.rects.get(fid)
            if before != mid:
                seeds += [r for r in (before, mid) if r is not None]
                self._mids.add(mid, fid)
        self._place_labels(drawn, seeds, rank, delta)

    def _rank(self) -> Callable[[str], tuple]:
        """The sort key of flows in document order (ids tell apart what the index does not)."""
        order = self.doc.index()
        return lambda fid: (order.get(fid) or ("", 0), fid)

    def _place_labels(self, drawn: dict[str, list[Point]], seeds: list[Rect],
                      rank: Callable[[str], tuple], delta: Delta) -> None:
        """Label the arrows in ``drawn``, and every arrow whose label a change may move, so
        each lands where a fresh open puts it. A fresh open places labels in document order,
        each clear of the boxes and of the labels before it; so here a label looks only at
        the labels before it, and looks again when a box, a badge spot, a lane border (the
        ``seeds``) or a label before it changed within its reach (:func:`routing.label_reach`)."""
        heap = [(rank(fid), fid) for fid in drawn]
        queued = set(drawn)

        def look_again(area: Rect, after: tuple | None) -> None:
            for (fid, _k), reach in self._reach.near(area).items():
                if fid not in queued and routing.overlaps(reach, area) and fid in self.arrows \
                        and (after is None or rank(fid) > after):
                    queued.add(fid)
                    heapq.heappush(heap, (rank(fid), fid))

        heapq.heapify(heap)
        for area in seeds:
            look_again(area, None)
        while heap:
            key, fid = heapq.heappop(heap)
            points = drawn.get(fid)
            if points is None:
                points = list(self.arrows[fid].points)
            before = self._taken.rects.get(("label", fid))
            self._taken.remove(("label", fid))
            self._keep(self._arrow(fid, points, _Earlier(self._taken, rank, key)), delta)
            after = self._taken.rects.get(("label", fid))
            if after != before:
                for area in (before, after):
                    if area is not None:
                        look_again(area, key)

    def _keep(self, arrow: ArrowDrawing, delta: Delta) -> None:
        """Hold ``arrow`` as drawn; a changed one is named in the delta and filed again."""
        if self.arrows.get(arrow.id) != arrow:
            self.arrows[arrow.id] = arrow
            delta.arrows.add(arrow.id)
            if self._region is not None:
                file_arrow(self._region, arrow)

    def _channels_changed(self, keys: set) -> set[str]:
        return {f for f in self._channels.solve(keys) if f in self._ends}

    def _arrow(self, fid: str, points: list[Point], taken: _Earlier | None) -> ArrowDrawing:
        """The arrow of ``fid`` on ``points``; its label centred (``taken`` None, a crowded
        map) or placed clear of what ``taken`` holds."""
        flow = self._flow(fid)
        info = flow.kind == "information"
        head = tuple(lay.arrow_head(points[-2], points[-1]))
        label: tuple[str, ...] = ()
        rect = None
        consent = flow.consent if info and flow.personal_data else None
        if flow.what or consent:
            wrap_at = style.LABEL_MAX_WIDTH
            if consent:  # narrower, but no word broken that a plain label keeps whole
                words = [self.measure("label", word) for word in flow.what.split()[:64]]
                wrap_at = min(max([style.CONSENT_WRAP, *words]), style.LABEL_MAX_WIDTH)
            label = tuple(self.wrap(flow.what, wrap_at, "label")) if flow.what else ()
            w, h = label_size([self.measure("label", line) for line in label], consent is not None)
            if taken is None:  # thousands of arrows: centred on the arrow, no search
                mx, my = routing.midpoint(points)
                rect = Rect(mx - w / 2, my - h / 2, w, h)
            else:
                rect = routing.place_label(points, w, h, (taken,), self._mids, fid,
                                          BADGE_REACH, self._borders)
                self._taken.add(badged(rect), ("label", fid))
                self._file_reach(fid, routing.label_reach(points, w, h, BADGE_REACH))
        if rect is None:
            self._file_reach(fid, [])
        return ArrowDrawing(fid, info, tuple(points), head, label, rect, consent)

    def _file_reach(self, fid: str, rects: list[Rect]) -> None:
        """File where ``fid``'s label may look for its place (one rectangle a segment)."""
        for k in range(self._reach_count.pop(fid, 0)):
            self._reach.remove((fid, k))
        for k, rect in enumerate(rects):
            self._reach.add(rect, (fid, k))
        if rects:
            self._reach_count[fid] = len(rects)


class _Earlier:
    """What a label must keep clear of as a fresh open sees it when placing the label
    ranked ``rank``: every box and the labels before it in document order."""

    def __init__(self, taken: routing.Grid, rank: Callable[[str], tuple], key: tuple) -> None:
        self.taken, self.rank, self.key = taken, rank, key

    def hits(self, r: Rect) -> bool:
        return any(routing.overlaps(o, r) for k, o in self.taken.near(r).items()
                   if not (isinstance(k, tuple) and self.rank(k[1]) >= self.key))
