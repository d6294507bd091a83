"""The map as drawn, decided once for the canvas and the PDF. No Qt.

``MapDrawing(doc, measure)`` owns every decision about what the map looks like: each box's
wrapped title and drawn height (one rule for the `*`: a co-produced box keeps ``STAR_ROOM`` free
on both sides of its title), lane bands and phase columns (:mod:`app.model.layout`), where
arrows meet a lane header (one slot per arrow, spread down its right edge), arrows joining the
same two things run ``PARALLEL_GAP`` apart, routes around boxes (:mod:`app.model.routing`),
arrows sharing a channel spread apart (:mod:`app.model.nudge`), labels where they cover no box,
no badge and no other label, and the styles of :mod:`app.model.style`. The canvas applies what
it returns to its items; the PDF draws it. Both pass the same ``measure`` (the shipped font's
own advance widths), so screen and paper show the same lines, routes and label places; a parity
test holds them together.

Incremental: the scene passes each document change to :meth:`MapDrawing.note` (ids only, no
lookups while an edit is under way) and calls :meth:`MapDrawing.update` once per undo step; it
returns a :class:`Delta` naming what changed, so the scene touches only those items.
:meth:`MapDrawing.region` answers what lies in a rectangle from spatial grids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from . import layout as lay
from . import routing, style
from .document import Activity, Document, Flow
from .events import Change
from .layout import Rect
from .nudge import Channels

Point = tuple[float, float]
#: (font key, text) -> width in map units; font keys are those of ``style.FONTS``
TextMeasure = Callable[[str, str], float]
BADGE_REACH = 9.0  #: a findings badge on a box or label corner sticks out this far up and left
MID_MARK = 18.0  #: the spot at an arrow's middle (where its badge sits without a label)
#: the router's corridors lie within 200 units of an arrow's ends (routing._lines), plus GAP
DETOUR_REACH = 200.0 + routing.GAP + routing.MARGIN + 2.0


@dataclass(frozen=True)
class BoxDrawing:
    """An activity's box as drawn."""

    id: str
    rect: Rect
    lines: tuple[str, ...]
    co_produced: bool
    fill: str
    outline: str
    outline_width: float

    @property
    def text_rect(self) -> Rect:
        """Where the lines are centred (inside the padding, clear of the `*`)."""
        side = lay.BOX_PADDING + (style.STAR_ROOM if self.co_produced else 0.0)
        r = self.rect
        return Rect(r.x + side, r.y + lay.BOX_PADDING, max(r.width - 2 * side, 0.0),
                    max(r.height - 2 * lay.BOX_PADDING, 0.0))


@dataclass(frozen=True)
class ArrowDrawing:
    """A flow's arrow as drawn: its path, head, and label (lines and place, if any)."""

    id: str
    info: bool
    points: tuple[Point, ...]
    head: tuple[Point, ...]
    label: tuple[str, ...]
    label_rect: Rect | None
    consent: str | None = None  #: the consent state when the flow carries personal data

    @property
    def consent_rect(self) -> Rect | None:
        """Where the personal-data mark sits: at the left end of the label."""
        return consent_rect(self.label_rect) if self.consent and self.label_rect else None

    @property
    def text_rect(self) -> Rect | None:
        """Where the label's lines are centred (right of the personal-data mark)."""
        return text_rect(self.label_rect, bool(self.consent)) if self.label_rect else None

    @property
    def color(self) -> str:
        return style.INFO_COLOR if self.info else style.SEQUENCE_COLOR

    @property
    def width(self) -> float:
        return style.INFO_WIDTH if self.info else style.SEQUENCE_WIDTH

    @property
    def bbox(self) -> Rect:
        xs = [p[0] for p in self.points + self.head]
        ys = [p[1] for p in self.points + self.head]
        box = Rect(min(xs) - 2, min(ys) - 2, max(xs) - min(xs) + 4, max(ys) - min(ys) + 4)
        return box.united(self.label_rect) if self.label_rect is not None else box


@dataclass(frozen=True)
class LaneDrawing:
    id: str
    lane: lay.Lane
    lines: tuple[str, ...]  #: the actor's name, wrapped
    color: str
    kind: str


@dataclass(frozen=True)
class ColumnDrawing:
    id: str
    column: lay.Column
    lines: tuple[str, ...]


@dataclass
class Delta:
    """What :meth:`MapDrawing.update` changed, by id: the scene re-applies only these."""

    boxes: set[str] = field(default_factory=set)
    arrows: set[str] = field(default_factory=set)
    lanes: set[str] = field(default_factory=set)
    columns: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)  #: ids no longer drawn

    def __bool__(self) -> bool:
        return bool(self.boxes or self.arrows or self.lanes or self.columns or self.gone)


class MapDrawing:
    """The drawing plan of one document (see the module docstring)."""

    def __init__(self, doc: Document, measure: TextMeasure) -> None:
        self.doc, self.measure = doc, measure
        self.layout = lay.Layout()
        self.boxes: dict[str, BoxDrawing] = {}
        self.arrows: dict[str, ArrowDrawing] = {}
        self.lanes: dict[str, LaneDrawing] = {}
        self.columns: dict[str, ColumnDrawing] = {}
        self._wrapped: dict[str, tuple[tuple, tuple[str, ...], float]] = {}
        self._obstacles, self._taken, self._mids = routing.Grid(), routing.Grid(), routing.Grid()
        self._channels = Channels()
        self._actor_of: dict[str, str] = {}
        self._by_actor: dict[str, set[str]] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self._by_end: dict[str, set[str]] = {}
        self._pairs: dict[frozenset, list[str]] = {}
        self._slots: dict[str, dict[str, int]] = {}
        self._region: CellIndex | None = None
        self._found: dict[str, object] | None = None  #: id -> object while a full update runs
        self._detoured: set[str] = set()  #: arrows the router sent around boxes
        self._acts: set[str] = set()  #: activities to measure and place again
        self._flows: set[str] = set()  #: flows whose ends, kind or label changed
        self._actors: set[str] = set()  #: lanes whose name or colour changed
        self._everything = True
        self.update()

    # -- invalidation ---------------------------------------------------------------------
    def note(self, change: Change) -> None:
        """Record what a document change touches; nothing is computed until :meth:`update`."""
        collection = change.path[0] if change.path else None
        obj_id = change.obj_id if change.obj_id is not None else getattr(change.item, "id", None)
        if collection == "activities" and obj_id is not None:
            self._acts.add(obj_id)
        elif collection == "flows" and obj_id is not None:
            self._flows.add(obj_id)
        elif collection == "actors" and obj_id is not None:
            self._actors.add(obj_id)

    def invalidate(self, ids: Iterable[str] = ()) -> None:
        """Draw these ids again at the next update (all of the map when none are given)."""
        ids = list(ids)
        if not ids:
            self._everything = True
        for obj_id in ids:
            for target in (self._acts, self._flows, self._actors):
                target.add(obj_id)

    # -- bringing up to date ----------------------------------------------------------------
    def update(self) -> Delta:
        """Bring the drawing up to date with the document; return what changed."""
        doc, delta = self.doc, Delta()
        if self._everything:
            self._acts.update(a.id for a in doc.activities)
            self._acts.update(self.boxes)
            self._flows.update(f.id for f in doc.flows)
            self._flows.update(self.arrows)
            self._actors.update(a.id for a in doc.actors)
        everything, self._everything = self._everything, False
        if everything:  # thousands of lookups by id: one pass over the lists instead
            self._found = {}
            for obj in (*doc.phases, *doc.actors, *doc.activities, *doc.flows):
                self._found.setdefault(obj.id, obj)  # the first of an id, as Document.index
        try:
            return self._update(everything, delta)
        finally:
            self._found = None

    def _update(self, everything: bool, delta: Delta) -> Delta:
        doc = self.doc
        route = self._sync_flows(delta)
        self._measure_boxes()
        old = self.layout
        self.layout = lay.compute(doc, self._drawn_height)
        moved_lanes = self._sync_lanes(old, delta, everything)
        self._sync_columns(delta)
        route |= self._sync_boxes(moved_lanes, delta)
        self._acts.clear()
        route |= self._recount_ports()
        self._draw_arrows(route, delta)
        return delta

    def _activity(self, act_id: str) -> Activity | None:
        found = self._found.get(act_id) if self._found is not None else self.doc.activity(act_id)
        return found if isinstance(found, Activity) else None

    def _flow(self, fid: str) -> Flow | None:
        found = self._found.get(fid) if self._found is not None else self.doc.flow(fid)
        return found if isinstance(found, Flow) else None

    def _drawn_height(self, act: Activity) -> float:
        wrapped = self._wrapped.get(act.id)
        return wrapped[2] if wrapped is not None else act.height

    def _measure_boxes(self) -> None:
        """Wrap the titles of the activities that changed (and of a re-coloured lane's)."""
        doc = self.doc
        for act_id in self._acts:
            act = self._activity(act_id)
            if act is None:
                self._wrapped.pop(act_id, None)
                continue
            key = (act.title, act.width, act.height, act.co_produced)
            cached = self._wrapped.get(act_id)
            if cached is None or cached[0] != key:
                lines = self.wrap_title(act)
                height = lay.box_height(act.height, len(lines), style.TITLE_LEADING)
                self._wrapped[act_id] = (key, lines, height)

    def wrap_title(self, act: Activity) -> tuple[str, ...]:
        """An activity's title in lines (one rule for the `*`, see the module docstring)."""
        if not act.title:
            return ()
        room = act.width - 2 * lay.BOX_PADDING - (2 * style.STAR_ROOM if act.co_produced else 0)
        return tuple(self.wrap(act.title, max(room, 12.0), "title"))

    def wrap(self, text: str, width: float, font_key: str) -> list[str]:
        measure = self.measure
        return lay.wrap_lines(text, width, lambda t: measure(font_key, t))

    def _sync_lanes(self, old: lay.Layout, delta: Delta, everything: bool) -> set[str]:
        """Lane drawings; returns the actors whose lane moved (their boxes move with them)."""
        doc, moved = self.doc, set()
        seen = set()
        for actor in doc.actors:
            lane = self.layout.lane_by_actor[actor.id]
            seen.add(actor.id)
            before = self.lanes.get(actor.id)
            if before is None or actor.id in self._actors:
                lines = tuple(self.wrap(actor.name, lay.HEADER_WIDTH - style.LANE_TEXT_ROOM,
                                        "lane"))
            else:
                lines = before.lines
            drawing = LaneDrawing(actor.id, lane, lines, actor.color, actor.kind)
            if drawing != before or actor.id in self._actors:
                self.lanes[actor.id] = drawing
                delta.lanes.add(actor.id)
                if before is None or before.lane != lane:
                    self._slots.pop(actor.id, None)
            old_lane = old.lane_by_actor.get(actor.id)
            if everything or old_lane is None or old_lane.top != lane.top \
                    or actor.id in self._actors:
                moved.add(actor.id)
        for actor_id in [a for a in self.lanes if a not in seen]:
            del self.lanes[actor_id]
            self._slots.pop(actor_id, None)
            delta.gone.add(actor_id)
        self._actors.clear()
        return moved

    def _sync_columns(self, delta: Delta) -> None:
        doc, seen = self.doc, set()
        for column in self.layout.columns:
            phase = doc.phases[column.index]
            seen.add(phase.id)
            before = self.columns.get(phase.id)
            lines = tuple(self.wrap(phase.name, max(column.width - style.PHASE_TEXT_ROOM, 12.0),
                                    "phase"))
            drawing = ColumnDrawing(phase.id, column, lines)
            if drawing != before:
                self.columns[phase.id] = drawing
                delta.columns.add(phase.id)
        for phase_id in [p for p in self.columns if p not in seen]:
            del self.columns[phase_id]
            delta.gone.add(phase_id)

    def _sync_boxes(self, moved_lanes: set[str], delta: Delta) -> set[str]:
        """Box drawings for changed activities and those in lanes that moved; returns the
        flows to route again (at moved boxes, or passing where a box now is)."""
        doc, route = self.doc, set()
        todo = set(self._acts)
        for actor_id in moved_lanes:
            todo.update(self._by_actor.get(actor_id, ()))
        colors = {a.id: a.color for a in doc.actors}
        moved = routing.Grid()  #: where boxes were and are now
        for act_id in sorted(todo):  # the same order in every process
            act = self._activity(act_id)
            before = self.boxes.get(act_id)
            if act is None:
                if before is not None:
                    self._drop_box(act_id, before, delta, route)
                    moved.add(before.rect)
                continue
            self._file_actor(act_id, act.actor)
            outline, width = style.box_outline(colors.get(act.actor, "#888888"), act.co_produced)
            drawing = BoxDrawing(act_id, self.layout.activity_rect(act), self._wrapped[act_id][1],
                                 act.co_produced, style.CO_BOX_FILL if act.co_produced
                                 else style.BOX_FILL, outline, width)
            if drawing == before:
                continue
            self.boxes[act_id] = drawing
            delta.boxes.add(act_id)
            if before is None or before.rect != drawing.rect:
                route |= self._refile_box(act_id, drawing.rect, before)
                moved.add(drawing.rect)
                if before is not None:
                    moved.add(before.rect)
        if moved.rects:
            route |= self._detours_near(moved)
        return route

    def _detours_near(self, moved: routing.Grid) -> set[str]:
        """Arrows that went around boxes and may now take another way: every path the
        router tries for an arrow lies within ``DETOUR_REACH`` of its two ends."""
        found = set()
        for fid in self._detoured:
            ends = self._ends.get(fid)
            a = self.end_rect(ends[0]) if ends else None
            b = self.end_rect(ends[1]) if ends else None
            if a is None or b is None:
                continue
            r = a.united(b)
            reach = Rect(r.x - DETOUR_REACH, r.y - DETOUR_REACH, r.width + 2 * DETOUR_REACH,
                         r.height + 2 * DETOUR_REACH)
            if moved.hits(reach):
                found.add(fid)
        return found

    def _file_actor(self, act_id: str, actor_id: str) -> None:
        old = self._actor_of.get(act_id)
        if old != actor_id:
            if old is not None:
                self._by_actor.get(old, set()).discard(act_id)
            self._actor_of[act_id] = actor_id
            self._by_actor.setdefault(actor_id, set()).add(act_id)

    def _drop_box(self, act_id: str, before: BoxDrawing, delta: Delta, route: set[str]) -> None:
        del self.boxes[act_id]
        delta.gone.add(act_id)
        actor_id = self._actor_of.pop(act_id, None)
        if actor_id is not None:
            self._by_actor.get(actor_id, set()).discard(act_id)
        for grid in (self._obstacles, self._taken):
            grid.remove(act_id)
        if self._region is not None:
            self._region.remove(("box", act_id))
        route |= self._passing(before.rect)

    def _refile_box(self, act_id: str, rect: Rect, before: BoxDrawing | None) -> set[str]:
        """File a moved box in the grids; arrows at it, through it or labelled on it route again."""
        self._obstacles.add(rect, act_id)
        self._taken.add(_badged(rect), act_id)
        if self._region is not None:
            self._region.add(rect, ("box", act_id))
        route = set(self._by_end.get(act_id, ()))
        route |= self._passing(rect)
        if before is not None:
            route |= self._passing(before.rect)
        return route

    def _passing(self, rect: Rect) -> set[str]:
        """Arrows whose route or label lies on ``rect`` (only when arrows are routed at all)."""
        if routing.crowded(len(self.doc.flows)) or not self.arrows:
            return set()
        found = set()
        for key, r in self._taken.near(rect).items():
            if isinstance(key, tuple) and key[0] == "label" and routing.overlaps(r, rect):
                found.add(key[1])
        for key, _r in self._arrow_index().near(rect).items():
            if key[0] == "arrow":
                arrow = self.arrows.get(key[1])
                if arrow is not None and any(routing.crosses(a, b, rect, 0.0) for a, b in
                                             zip(arrow.points, arrow.points[1:])):
                    found.add(key[1])
        return found

    # -- arrows -----------------------------------------------------------------------------
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
        self._taken.remove(("label", fid))
        self._mids.remove(fid)
        if self._region is not None:
            self._region.remove(("arrow", fid))
            self._region.remove(("label", fid))
        route.update(self._channels_changed(self._channels.remove(fid)))
        route.discard(fid)

    def _sort_pair(self, pair: list[str], route: set[str]) -> None:
        """Arrows joining the same two things, in document order (their place side by side)."""
        if len(pair) > 1:
            index = self.doc.index()
            pair.sort(key=lambda f: index.get(f) or ("", 0))
            route.update(pair)

    def _recount_ports(self) -> set[str]:
        """Lane headers whose arrows changed: spread the slots again; those arrows re-route."""
        route = set()
        for end in self.lanes:
            flows = self._by_end.get(end)
            if flows and end not in self._slots:
                index = self.doc.index()
                order = sorted(flows, key=lambda f: index.get(f) or ("", 0))
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
        """Route, spread and label the arrows in ``route`` (in document order, so labels land
        the same way on every open), and the arrows their spreading moved."""
        order = self.doc.index()
        crowded = routing.crowded(len(self.doc.flows))
        keys = set()
        routed: dict[str, list[Point]] = {}
        for fid in sorted(route, key=lambda f: order.get(f) or ("", 0)):
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
            if len(points) > 2:
                self._detoured.add(fid)
            else:
                self._detoured.discard(fid)
            if not crowded:
                ends = (self.end_rect(self._ends[fid][0]), self.end_rect(self._ends[fid][1]))
                keys |= self._channels.set_route(fid, points, ends)
        redraw = set(routed) | self._channels_changed(keys)
        for fid in redraw:  # every redrawn arrow's label looks for a place again
            self._taken.remove(("label", fid))
        drawn = {fid: routed[fid] if crowded else self._channels.drawn(fid)
                 for fid in redraw if fid in self._ends}
        for fid, points in ({} if crowded else drawn).items():
            mx, my = routing.midpoint(points)
            self._mids.add(Rect(mx - MID_MARK / 2, my - MID_MARK / 2, MID_MARK, MID_MARK), fid)
        for fid in sorted(drawn, key=lambda f: order.get(f) or ("", 0)):
            arrow = self._arrow(fid, drawn[fid], crowded)
            if self.arrows.get(fid) != arrow:
                self.arrows[fid] = arrow
                delta.arrows.add(fid)
                if self._region is not None:
                    self._file_arrow(arrow)

    def _channels_changed(self, keys: set) -> set[str]:
        return {f for f in self._channels.solve(keys) if f in self._ends}

    def _arrow(self, fid: str, points: list[Point], crowded: bool) -> ArrowDrawing:
        flow = self._flow(fid)
        info = flow.kind == "information"
        head = tuple(lay.arrow_head(points[-2], points[-1]))
        label: tuple[str, ...] = ()
        rect = None
        consent = flow.consent if info and flow.personal_data else None
        if flow.what or consent:
            wrap_at = style.CONSENT_WRAP if consent else style.LABEL_MAX_WIDTH
            label = tuple(self.wrap(flow.what, wrap_at, "label")) if flow.what else ()
            w, h = label_size([self.measure("label", line) for line in label], consent is not None)
            if crowded:  # thousands of arrows: centred on the arrow, no search
                mx, my = routing.midpoint(points)
                rect = Rect(mx - w / 2, my - h / 2, w, h)
            else:
                rect = routing.place_label(points, w, h, (self._taken,), self._mids, fid,
                                          BADGE_REACH)
                self._taken.add(_badged(rect), ("label", fid))
        return ArrowDrawing(fid, info, tuple(points), head, label, rect, consent)

    # -- queries ----------------------------------------------------------------------------
    def boxes_on(self, rect: Rect) -> list[str]:
        """The boxes on ``rect``, from the routing grid of boxes (always kept, so this is cheap
        even before :meth:`region` has built its index)."""
        return sorted(k for k, r in self._obstacles.near(rect).items()
                      if isinstance(k, str) and routing.overlaps(r, rect))

    def flows_at(self, obj_id: str) -> set[str]:
        """The flows that start or end at ``obj_id``."""
        return set(self._by_end.get(obj_id, ()))

    def region(self, rect: Rect) -> tuple[list[str], list[str]]:
        """The boxes and arrows (route, head or label) that lie on ``rect``."""
        grid = self._arrow_index()
        boxes, arrows = set(), set()
        for (kind, obj_id), r in grid.near(rect).items():
            if kind == "box" and r is not None and routing.overlaps(r, rect):
                boxes.add(obj_id)
            elif kind in ("arrow", "label") and obj_id not in arrows:
                arrow = self.arrows.get(obj_id)
                if arrow is not None and _on(arrow, rect):
                    arrows.add(obj_id)
        return sorted(boxes), sorted(arrows)

    def _arrow_index(self) -> CellIndex:
        """Boxes, arrows' parts and labels in one grid, built on first use, then kept."""
        if self._region is None:
            self._region = CellIndex()
            for box in self.boxes.values():
                self._region.add(box.rect, ("box", box.id))
            for arrow in self.arrows.values():
                self._file_arrow(arrow)
        return self._region

    def _file_arrow(self, arrow: ArrowDrawing) -> None:
        """An arrow is filed in the cells its parts pass (not its bounding box: a long
        diagonal arrow would fill a whole region of the map)."""
        index = self._region
        cells = {c for a, b in zip(arrow.points, arrow.points[1:])
                 for c in _cells_along(a, b, index.CELL)}
        index.put(("arrow", arrow.id), cells)
        if arrow.label_rect is not None:
            index.add(arrow.label_rect, ("label", arrow.id))
        else:
            index.remove(("label", arrow.id))


class CellIndex(routing.Grid):
    """A :class:`routing.Grid` that also files a key in a given set of cells (arrows)."""

    def __init__(self) -> None:
        super().__init__()
        self.placed: dict = {}  #: key -> the cells it was put in

    def put(self, key, cells: set[tuple[int, int]]) -> None:
        self.remove(key)
        self.placed[key] = cells
        for cell in cells:
            self.cells.setdefault(cell, {})[key] = None

    def remove(self, key) -> None:
        cells = self.placed.pop(key, None)
        if cells is None:
            super().remove(key)
            return
        for cell in cells:
            bucket = self.cells.get(cell)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self.cells[cell]


def label_size(widths: list[float], marked: bool) -> tuple[float, float]:
    """A flow label's box: its lines (``widths``) and, if ``marked``, the personal-data mark
    at their left."""
    mark = style.CONSENT_SIZE + (style.CONSENT_GAP if widths else 0.0) if marked else 0.0
    w = max(widths, default=0.0) + mark + style.LABEL_PAD_X
    h = max(len(widths) * style.LABEL_LEADING, style.CONSENT_SIZE if marked else 0.0)
    return w, h + style.LABEL_PAD_Y


def consent_rect(label: Rect) -> Rect:
    """The personal-data mark's square inside a label's box."""
    size = style.CONSENT_SIZE
    return Rect(label.x + style.LABEL_PAD_X / 2, label.y + (label.height - size) / 2, size, size)


def text_rect(label: Rect, marked: bool) -> Rect:
    """The part of a label's box its lines are centred in."""
    if not marked:
        return label
    cut = style.CONSENT_SIZE + style.CONSENT_GAP
    return Rect(label.x + cut, label.y, max(label.width - cut, 0.0), label.height)


def _badged(r: Rect) -> Rect:
    """A box or label with the corner where its findings badge sits."""
    return Rect(r.x - BADGE_REACH, r.y - BADGE_REACH, r.width + BADGE_REACH,
                r.height + BADGE_REACH)


def _on(arrow: ArrowDrawing, rect: Rect) -> bool:
    if arrow.label_rect is not None and routing.overlaps(arrow.label_rect, rect):
        return True
    return any(routing.crosses(a, b, rect, 2.0) for a, b in zip(arrow.points, arrow.points[1:]))


def _cells_along(a: Point, b: Point, cell: float) -> Iterable[tuple[int, int]]:
    steps = max(1, int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) // (cell / 2)) + 1)
    for k in range(steps + 1):
        t = k / steps
        yield (int((a[0] + (b[0] - a[0]) * t) // cell), int((a[1] + (b[1] - a[1]) * t) // cell))
