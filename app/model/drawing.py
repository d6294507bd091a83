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

This module keeps the plan's state, measuring and wrapping, lanes, columns and boxes; the
arrows are decided in :mod:`app.model.drawing_arrows`, what the plan hands out is in
:mod:`app.model.drawing_items` (re-exported here), the region index in
:mod:`app.model.drawing_index`.
"""

from __future__ import annotations

from typing import Iterable

from . import layout as lay
from . import routing, style
from .document import Activity, Document, Flow
from .drawing_arrows import MID_MARK, ArrowPlanning
from .drawing_index import CellIndex, file_arrow, on
from .drawing_items import (
    BADGE_REACH, ArrowDrawing, BoxDrawing, ColumnDrawing, Delta, LaneDrawing, Point,
    TextMeasure, badged, consent_rect, label_size, text_rect,
)
from .events import Change
from .extents import MapExtents
from .layout import Rect
from .nudge import Channels

__all__ = [
    "BADGE_REACH", "DETOUR_REACH", "MID_MARK", "ArrowDrawing", "BoxDrawing", "CellIndex",
    "ColumnDrawing", "Delta", "LaneDrawing", "MapDrawing", "Point", "TextMeasure",
    "consent_rect", "label_size", "text_rect",
]

#: the router's corridors lie within 200 units of an arrow's ends (routing._lines), plus GAP
DETOUR_REACH = 200.0 + routing.GAP + routing.MARGIN + 2.0
BORDER_REACH = 1e7  #: a lane border as a seed of labels to place again: across the map
BORDER_BAND = 80.0  #: labels this near a lane border that moved look for a place again


class MapDrawing(ArrowPlanning):
    """The drawing plan of one document (see the module docstring)."""

    def __init__(self, doc: Document, measure: TextMeasure) -> None:
        self.doc, self.measure = doc, measure
        self.layout = lay.Layout()
        self.boxes: dict[str, BoxDrawing] = {}
        self.arrows: dict[str, ArrowDrawing] = {}
        self.lanes: dict[str, LaneDrawing] = {}
        self.columns: dict[str, ColumnDrawing] = {}
        self._wrapped: dict[str, tuple[tuple, tuple[str, ...], float]] = {}
        self._wraps: dict[tuple[str, float, str], tuple[str, ...]] = {}  #: see :meth:`wrap`
        self._obstacles, self._taken, self._mids = routing.Grid(), routing.Grid(), routing.Grid()
        self._reach, self._reach_count = routing.Grid(), {}
        self._seeds: list[Rect] = []
        self._channels = Channels()
        self._actor_of: dict[str, str] = {}
        self._by_actor: dict[str, set[str]] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self._by_end: dict[str, set[str]] = {}
        self._pairs: dict[frozenset, list[str]] = {}
        self._slots: dict[str, dict[str, int]] = {}
        self._region: CellIndex | None = None
        self._found: dict[str, object] | None = None  #: id -> object while a full update runs
        self._detoured: set[str] = set()  #: arrows sent around boxes, or left crossing some
        self._acts: set[str] = set()  #: activities to measure and place again
        self._flows: set[str] = set()  #: flows whose ends, kind or label changed
        self._actors: set[str] = set()  #: lanes whose name or colour changed
        self._borders: tuple[float, ...] = ()  #: lane borders, which labels keep off
        self._extents: MapExtents | None = None  #: the boxes' extents between updates
        self._everything = True
        self.update()

    # -- invalidation ---------------------------------------------------------------------
    def note(self, change: Change) -> None:
        """Record what a document change touches; nothing is computed until :meth:`update`."""
        collection = change.path[0] if change.path else None
        obj_id = change.obj_id  # the id of the object inserted, removed or set (None: no id)
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
        self.layout = lay.lay_out(doc, self._box_extents(everything))
        moved_lanes = self._sync_lanes(old, delta, everything)
        route |= self._sync_borders()
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

    def _box_extents(self, everything: bool) -> lay.Extents:
        """The boxes' extents, kept up to date from the activities that changed."""
        if everything or self._extents is None:
            self._extents = MapExtents(self.doc.activities, self._drawn_height)
        else:
            for act_id in self._acts:
                act = self._activity(act_id)
                if act is None:
                    self._extents.drop(act_id)
                else:
                    self._extents.set(act, self._drawn_height(act))
        return self._extents.extents()

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
        """``text`` in lines of at most ``width`` (kept: thousands of flows say the same few
        things, "Status", "Mødeplan", and each would be wrapped again)."""
        key = (text, width, font_key)
        lines = self._wraps.get(key)
        if lines is None:
            measure = self.measure
            lines = self._wraps[key] = tuple(lay.wrap_lines(text, width,
                                                            lambda t: measure(font_key, t)))
        return list(lines)

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
            outline, width = style.box_outline(colors[act.actor], act.co_produced)
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
            self._seeds += [badged(r) for r in moved.rects.values()]
        return route

    def _detours_near(self, moved: routing.Grid) -> set[str]:
        """Arrows that went around boxes (or through them, finding no clear way) and may now
        take another way: every path the router tries for an arrow lies within
        ``DETOUR_REACH`` of its two ends."""
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
        self._taken.add(badged(rect), act_id)
        if self._region is not None:
            self._region.add(rect, ("box", act_id))
        route = set(self._by_end.get(act_id, ()))
        route |= self._passing(rect)
        if before is not None:
            route |= self._passing(before.rect)
        return route

    def _sync_borders(self) -> set[str]:
        """The arrows labelled (or running) near a lane border that came, went or moved: their
        labels look for a place again, so that none sits across a border."""
        borders = tuple(lane.top for lane in self.layout.lanes[1:])
        changed = set(borders) ^ set(self._borders)
        self._borders = borders
        route: set[str] = set()
        for y in changed:
            self._seeds.append(Rect(-BORDER_REACH, y - 1.0, 2 * BORDER_REACH, 2.0))
            route |= self._passing(Rect(0.0, y - BORDER_BAND, self.layout.width + BORDER_BAND,
                                        2 * BORDER_BAND))
        return route

    def _passing(self, rect: Rect) -> set[str]:
        """Arrows whose route or label lies on ``rect`` (only when arrows are routed at all)."""
        if routing.crowded(len(self.doc.flows)) or not self.arrows:
            return set()
        found = set()
        for key, r in self._taken.near(rect).items():
            if isinstance(key, tuple) and key[0] == "label" and routing.overlaps(r, rect):
                found.add(key[1])
        m = routing.MARGIN  # the router counts a box this near a line as in its way
        grown = Rect(rect.x - m, rect.y - m, rect.width + 2 * m, rect.height + 2 * m)
        for key, _r in self._arrow_index().near(grown).items():
            if key[0] == "arrow":
                arrow = self.arrows.get(key[1])
                if arrow is not None and any(routing.crosses(a, b, rect) for a, b in
                                             zip(arrow.points, arrow.points[1:])):
                    found.add(key[1])
        return found

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
                if arrow is not None and on(arrow, rect):
                    arrows.add(obj_id)
        return sorted(boxes), sorted(arrows)

    def _arrow_index(self) -> CellIndex:
        """Boxes, arrows' parts and labels in one grid, built on first use, then kept."""
        if self._region is None:
            self._region = CellIndex()
            for box in self.boxes.values():
                self._region.add(box.rect, ("box", box.id))
            for arrow in self.arrows.values():
                file_arrow(self._region, arrow)
        return self._region
