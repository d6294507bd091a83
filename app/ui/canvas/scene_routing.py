"""The scene's arrows: routed around boxes and labelled where nothing is hidden.

A mixin of :class:`~app.ui.canvas.scene.MapScene`. Routes and label spots come from
:mod:`app.model.routing`, the same code the PDF uses. The scene keeps two spatial grids:
``_boxes`` (the boxes as drawn, which arrows avoid) and ``_taken`` (boxes and placed labels,
which labels avoid), plus ``_mids`` (arrow midpoints a label should not hide). A box that
moved is re-filed at the next flush (``_to_grid``); while a box is dragged its arrows run
straight, and they are routed again on release.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from app.model import layout as geo
from app.model import routing


def rect_of(r: QRectF) -> geo.Rect:
    return geo.Rect(r.x(), r.y(), r.width(), r.height())


class SceneRouting:
    """Routing state and steps of the scene (needs the scene's id -> item tables)."""

    def _reset_routing(self) -> None:
        self._boxes, self._taken, self._mids = routing.Grid(), routing.Grid(), routing.Grid()
        self._to_grid: set[str] = set()  #: boxes to re-file in the grids at the next flush

    def endpoint_rect(self, obj_id: str) -> QRectF | None:
        """Where flows attach: a box's border, or an actor's lane header."""
        item = self.activities.get(obj_id)
        if item is not None:
            return item.box()
        lane = self.lanes.get(obj_id)
        return lane.header() if lane is not None else None

    def _refile(self) -> None:
        """Boxes that moved, grew or went: the grids follow (arrows near them re-route)."""
        for act_id in self._to_grid:
            item = self.activities.get(act_id)
            if item is None:
                self._boxes.remove(act_id)
                self._taken.remove(act_id)
                continue
            r = rect_of(item.box())
            self._boxes.add(r, act_id)
            self._taken.add(r, act_id)
        self._to_grid.clear()

    def _ends_of(self, flow_id: str):
        item, ends = self.flows.get(flow_id), self._ends.get(flow_id)
        if item is None or ends is None:
            return None
        a, b = self.endpoint_rect(ends[0]), self.endpoint_rect(ends[1])
        if a is None or b is None:
            return None
        return item, ends, rect_of(a), rect_of(b)

    def _route(self, flow_id: str, straight: bool = False) -> None:
        """Route one arrow (``straight``: as the crow flies, while its box is dragged)."""
        found = self._ends_of(flow_id)
        if found is None:
            return
        item, (source, target), ra, rb = found
        ports = [self._port(end, flow_id, rect) if end in self.lanes else None
                 for end, rect in ((source, ra), (target, rb))]
        if ports[0] is None and ports[1] is None:
            pair = self._pairs.get(frozenset((source, target)), [flow_id])
            offset = (pair.index(flow_id) - (len(pair) - 1) / 2) * routing.PARALLEL_GAP \
                if len(pair) > 1 else 0.0
            ra, rb = routing.spread(ra, rb, offset, min(source, target) != source)
        if straight or routing.crowded(len(self.document.flows)):
            start = ports[0] or geo.border_point(ra, ports[1] or rb.center)
            end = ports[1] or geo.border_point(rb, start)
            if straight:
                item.set_points([start, end], item._label_at)
            else:
                self._label_at_middle(item, [start, end])
            return
        points = routing.route(ra, rb, self._boxes, (source, target), ports[0], ports[1],
                               self._corridors)
        self._label(item, points)

    def _label(self, item, points: list[tuple[float, float]]) -> None:
        """Put the arrow's label where it hides no box, no other label and no arrow's middle."""
        key = ("label", item.obj_id)
        self._taken.remove(key)
        mx, my = routing.midpoint(points)
        self._mids.add(geo.Rect(mx - 3, my - 3, 6, 6), item.obj_id)
        w, h = item.label_size()
        if not w:
            item.set_points(points, None)
            return
        r = routing.place_label(points, w, h, (self._taken,), self._mids, item.obj_id)
        self._taken.add(r, key)
        item.set_points(points, (r.x, r.y, r.width, r.height))

    def _label_at_middle(self, item, points: list[tuple[float, float]]) -> None:
        """On a crowded map: a straight arrow with its label centred on it, no search."""
        w, h = item.label_size()
        if not w:
            item.set_points(points, None)
            return
        mx, my = routing.midpoint(points)
        item.set_points(points, (mx - w / 2, my - h / 2, w, h))

    def _port(self, actor_id: str, flow_id: str, header: geo.Rect) -> tuple[float, float]:
        """Where a flow meets a lane header: arrows to one actor are spread down its edge."""
        slots = self._slots.get(actor_id)
        if slots is None:
            index = self.document.index()
            order = sorted(self._by_end.get(actor_id, ()), key=lambda f: index.get(f) or ("", 0))
            slots = self._slots[actor_id] = {f: k for k, f in enumerate(order)}
        k, n = slots.get(flow_id, 0), max(1, len(slots))
        top, height = header.y + 8, header.height - 16
        return (header.right, top + height * (k + 1) / (n + 1))

    def _ends_changed(self, ends: tuple[str, ...]) -> None:
        """A flow came or went at these ends; at a lane header the neighbours' slots shift."""
        self._to_port.update(end for end in ends if end in self.lanes)
        self.mark_dirty()

    @property
    def _corridors(self) -> list[float]:
        """Lane boundaries: horizontal lines no box crosses."""
        return [lane.top for lane in self.layout.lanes] + [self.layout.height]

    def _bring_up_to_date(self) -> None:
        """Re-file moved boxes, recount header slots, re-sort parallel arrows and route what
        the changes touched."""
        self._refile()
        if self._to_order:
            index = self.document.index()
            for key in self._to_order:
                pair = self._pairs.get(key)
                if pair:
                    pair.sort(key=lambda f: index.get(f) or ("", 0))
                    self._to_route.update(pair)
            self._to_order.clear()
        for end in self._to_port:
            self._slots.pop(end, None)
            self._to_route.update(self._by_end.get(end, ()))
        self._to_port.clear()
        routes, self._to_route = self._to_route, set()
        for flow_id in sorted(routes, key=self._flow_order):
            self._route(flow_id)

    def _flow_order(self, flow_id: str) -> int:
        """Route in document order, so labels land the same way on every open."""
        return self._order.get(flow_id, 0)

    def activity_moved(self, obj_id: str, straight: bool = False) -> None:
        """A box moved (dragged live, or placed from the model): its arrows follow."""
        if not straight:
            self._to_grid.add(obj_id)
            self._refile()
        for flow_id in self._by_end.get(obj_id, ()):
            self._route(flow_id, straight)

    def _forget_flow(self, flow_id: str) -> None:
        self._taken.remove(("label", flow_id))
        self._mids.remove(flow_id)
