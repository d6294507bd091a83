"""What the PDF map shows and how it is cut into pages. Pure geometry, no drawing, no Qt.

Everything is placed with :mod:`app.model.layout` (the canvas's geometry). Boxes whose wrapped
title needs more room grow downward (``layout.box_height``), and their lanes grow with them.
A map that fits the page at a readable scale gets one page; a larger one is tiled. Tiles repeat
the lane names on the left and the phase names on top, like a spreadsheet's print titles, and
overlap their neighbours a little; cuts prefer lane and phase boundaries.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from app.model import Document
from app.model import layout as lay
from app.model import routing
from app.model.document import Activity, Actor, Flow, Phase

from . import pdf_style as st

OVERLAP = 24.0  #: map units shared by neighbouring tiles
#: a map needing more tiles than this at a readable scale is fitted on one page instead (with
#: a note): nobody tapes together hundreds of pages, and tiling must stay bounded in time
MAX_MAP_PAGES = 100


@dataclass(frozen=True)
class Box:
    act: Activity
    rect: lay.Rect
    lines: list[str]
    color: str  #: the lane's colour, for the outline


@dataclass(frozen=True)
class Arrow:
    flow: Flow
    start: tuple[float, float]
    end: tuple[float, float]
    head: list[tuple[float, float]]
    label: list[str]
    label_rect: lay.Rect | None
    bbox: lay.Rect
    points: list[tuple[float, float]] = field(default_factory=list)  #: the path, start to end


@dataclass(frozen=True)
class LaneView:
    lane: lay.Lane
    actor: Actor
    lines: list[str]


@dataclass(frozen=True)
class ColumnView:
    column: lay.Column
    phase: Phase
    lines: list[str]


@dataclass
class MapGeometry:
    layout: lay.Layout
    lanes: list[LaneView]
    columns: list[ColumnView]
    boxes: list[Box]
    arrows: list[Arrow]

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height


def build_geometry(doc: Document) -> MapGeometry:
    """Wrap every text once and place every box and arrow."""
    title_width = st.measure(st.FONT, st.TITLE_SIZE)
    wrapped: list[list[str]] = []
    grown: dict[int, float] = {}
    for i, act in enumerate(doc.activities):
        room = act.width - 2 * lay.BOX_PADDING - (2 * st.STAR_ROOM if act.co_produced else 0)
        lines = lay.wrap_lines(act.title, max(room, 12.0), title_width) if act.title else []
        wrapped.append(lines)
        height = lay.box_height(act.height, len(lines), st.TITLE_LEADING)
        if height > act.height:
            grown[i] = height
    placed = doc
    if grown:  # boxes drawn taller than stored: the shared layout grows their lanes
        acts = [a.model_copy(update={"height": grown[i]}) if i in grown else a
                for i, a in enumerate(doc.activities)]
        placed = doc.model_copy(update={"activities": acts})
    drawn = {a.id: grown[i] for i, a in enumerate(doc.activities) if i in grown}
    layout = lay.compute(doc, lambda a: drawn.get(a.id, a.height))
    lane_color = {actor.id: actor.color for actor in doc.actors}
    boxes = [Box(a, layout.activity_rect(a), wrapped[i], lane_color.get(a.actor, "#555555"))
             for i, a in enumerate(placed.activities)]
    return MapGeometry(layout, _lanes(doc, layout), _columns(doc, layout), boxes,
                       _arrows(placed, layout, boxes))


def _lanes(doc: Document, layout: lay.Layout) -> list[LaneView]:
    measure = st.measure(st.FONT_BOLD, st.LANE_SIZE)
    room = lay.HEADER_WIDTH - 24.0
    return [LaneView(lane, doc.actors[lane.index], lay.wrap_lines(doc.actors[lane.index].name,
                                                                 room, measure))
            for lane in layout.lanes]


def _columns(doc: Document, layout: lay.Layout) -> list[ColumnView]:
    measure = st.measure(st.FONT_BOLD, st.PHASE_SIZE)
    return [ColumnView(col, doc.phases[col.index],
                       lay.wrap_lines(doc.phases[col.index].name, max(col.width - 12.0, 12.0),
                                      measure))
            for col in layout.columns]


def _arrows(doc: Document, layout: lay.Layout, boxes: list[Box]) -> list[Arrow]:
    """Arrows routed around boxes (app.model.routing, as on the canvas), labels placed where
    they cover no box, no other label and, where possible, no other arrow's middle."""
    measure = st.measure(st.FONT, st.LABEL_SIZE)
    obstacles, taken, mids = routing.Grid(), routing.Grid(), routing.Grid()
    crowded = routing.crowded(len(doc.flows))  # straight arrows, as on the canvas
    for box in boxes:
        if not crowded:
            obstacles.add(box.rect, box.act.id)
        taken.add(box.rect, box.act.id)
    corridors = [lane.top for lane in layout.lanes] + [layout.height]
    pairs: dict[frozenset, list[str]] = {}
    for flow in doc.flows:
        pairs.setdefault(frozenset((flow.source, flow.target)), []).append(flow.id)
    routes: list[tuple[Flow, list[tuple[float, float]]]] = []
    for flow in doc.flows:
        src = lay.endpoint_rect(layout, doc, flow.source)
        dst = lay.endpoint_rect(layout, doc, flow.target)
        if src is None or dst is None or src == dst:
            continue
        points = _route(flow, src, dst, pairs[frozenset((flow.source, flow.target))],
                        obstacles, corridors)
        routes.append((flow, points))
        mx, my = routing.midpoint(points)
        mids.add(lay.Rect(mx - 3, my - 3, 6, 6), flow.id)
    return [_arrow(flow, points, measure, taken, mids) for flow, points in routes]


def _arrow(flow: Flow, points: list[tuple[float, float]], measure, taken: routing.Grid,
           mids: routing.Grid) -> Arrow:
    head = lay.arrow_head(points[-2], points[-1])
    label: list[str] = []
    label_rect = None
    if flow.kind == "information" and flow.what:
        label = lay.wrap_lines(flow.what, st.LABEL_MAX_WIDTH, measure)
        w = max(measure(line) for line in label) + 8.0
        h = len(label) * st.LABEL_LEADING + 4.0
        label_rect = routing.place_label(points, w, h, (taken,), mids, flow.id)
        taken.add(label_rect)
    bbox = _points_box(points + head)
    if label_rect is not None:
        bbox = bbox.united(label_rect)
    return Arrow(flow, points[0], points[-1], head, label, label_rect, bbox, points)


def _route(flow: Flow, src: lay.Rect, dst: lay.Rect, pair: list[str], obstacles: routing.Grid,
           corridors: list[float]) -> list[tuple[float, float]]:
    """Like the canvas: around boxes, arrows joining the same two things PARALLEL_GAP apart."""
    offset = (pair.index(flow.id) - (len(pair) - 1) / 2) * routing.PARALLEL_GAP
    a, b = routing.spread(src, dst, offset, min(flow.source, flow.target) != flow.source)
    start = lay.border_point(a, b.center) if a.x == 0 and a.width == lay.HEADER_WIDTH else None
    end = lay.border_point(b, a.center) if b.x == 0 and b.width == lay.HEADER_WIDTH else None
    return routing.route(a, b, obstacles, (flow.source, flow.target), start, end, corridors)


# -- pages -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    x0: float  #: the body (right of the lane names, below the phase names) shown, map units
    x1: float
    y0: float
    y1: float


@dataclass
class PagePlan:
    scale: float
    tiles: list[Tile]
    rows: int
    cols: int
    col_spans: list[tuple[float, float]]
    row_spans: list[tuple[float, float]]
    boxes: dict[tuple[int, int], list[Box]] = field(default_factory=dict)
    arrows: dict[tuple[int, int], list[Arrow]] = field(default_factory=dict)  #: lines crossing
    heads: dict[tuple[int, int], list[Arrow]] = field(default_factory=dict)  #: heads inside
    labels: dict[tuple[int, int], list[Arrow]] = field(default_factory=dict)  #: labels inside
    squeezed: bool = False  #: too big to tile: fitted on one page below the readable scale

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1


def plan_pages(geo: MapGeometry, avail_w: float, avail_h: float) -> PagePlan:
    """One page at the largest readable scale, or the fewest tiles at the largest scale."""
    fit = min(avail_w / geo.width, avail_h / geo.height)
    if fit >= st.MIN_SCALE:
        return _assign(geo, _spans_plan(geo, min(fit, st.MAX_SCALE), avail_w, avail_h))
    if _tiles_needed(geo, st.MIN_SCALE, avail_w, avail_h) > MAX_MAP_PAGES:
        plan = _spans_plan(geo, fit, avail_w, avail_h)
        plan.squeezed = True
        return _assign(geo, plan)
    best = _spans_plan(geo, st.MIN_SCALE, avail_w, avail_h)
    count = len(best.tiles)
    lo, hi = st.MIN_SCALE, st.MAX_SCALE
    for _ in range(14):  # bisect for the largest scale needing no more pages (to ~0.0001)
        mid = (lo + hi) / 2
        candidate = _spans_plan(geo, mid, avail_w, avail_h)
        if len(candidate.tiles) <= count:
            lo, best = mid, candidate
        else:
            hi = mid
    return _assign(geo, _widen(geo, best, avail_w, avail_h))


def _tiles_needed(geo: MapGeometry, scale: float, avail_w: float, avail_h: float) -> float:
    """About how many tiles the map needs at ``scale`` (without cutting it: that is what
    could take long)."""
    body_w = max(avail_w / scale - lay.HEADER_WIDTH - OVERLAP, 1.0)
    body_h = max(avail_h / scale - lay.PHASE_HEADER_HEIGHT - OVERLAP, 1.0)
    return math.ceil(geo.width / body_w) * math.ceil(geo.height / body_h)


def _spans_plan(geo: MapGeometry, scale: float, avail_w: float, avail_h: float) -> PagePlan:
    body_w = avail_w / scale - lay.HEADER_WIDTH
    body_h = avail_h / scale - lay.PHASE_HEADER_HEIGHT
    col_stops = sorted({c.column.left for c in geo.columns} | {c.column.left + c.column.width
                                                                for c in geo.columns})
    row_stops = [lv.lane.top for lv in geo.lanes]
    cols = _spans(lay.HEADER_WIDTH, geo.width, body_w, col_stops)
    rows = _spans(lay.PHASE_HEADER_HEIGHT, geo.height, body_h, row_stops)
    tiles = [Tile(r, c, xa, xb, ya, yb)
             for r, (ya, yb) in enumerate(rows) for c, (xa, xb) in enumerate(cols)]
    return PagePlan(scale, tiles, len(rows), len(cols), cols, rows)


def _spans(lo: float, hi: float, span: float, stops: list[float]) -> list[tuple[float, float]]:
    """Cut [lo, hi] into as few pieces as ``span`` allows, of similar length, preferring
    cuts at ``stops`` (lane and phase boundaries)."""
    span = max(span, 2 * OVERLAP + 1.0)
    greedy = _cut(lo, hi, span, stops)
    n = len(greedy)
    if n > 1:  # even out: the last page should not hold a sliver
        for factor in (1.0, 1.1, 1.2):
            even = min(span, (hi - lo + (n - 1) * OVERLAP) / n * factor)
            balanced = _cut(lo, hi, even, stops)
            if len(balanced) == n:
                return balanced
    return greedy


def _widen(geo: MapGeometry, plan: PagePlan, avail_w: float, avail_h: float) -> PagePlan:
    """Fill each tile's spare page room with whole neighbouring lanes (or phases), so a
    width-bound tile is not left with an empty band under it. The overlap grows; the marks
    show where the neighbouring page begins."""
    body_w = avail_w / plan.scale - lay.HEADER_WIDTH
    body_h = avail_h / plan.scale - lay.PHASE_HEADER_HEIGHT
    col_stops = sorted({c.column.left + c.column.width for c in geo.columns} |
                       {c.column.left for c in geo.columns})
    row_stops = sorted({lv.lane.top for lv in geo.lanes} | {geo.height})
    cols = _grow(plan.col_spans, body_w, col_stops)
    rows = _grow(plan.row_spans, body_h, row_stops)
    tiles = [Tile(r, c, xa, xb, ya, yb)
             for r, (ya, yb) in enumerate(rows) for c, (xa, xb) in enumerate(cols)]
    return PagePlan(plan.scale, tiles, len(rows), len(cols), cols, rows)


def _grow(spans: list[tuple[float, float]], room: float,
          stops: list[float]) -> list[tuple[float, float]]:
    """Each span grown towards its neighbours to the farthest stop that still fits ``room``."""
    if len(spans) < 2:
        return spans
    lo, hi = spans[0][0], spans[-1][1]
    out = []
    for i, (a, b) in enumerate(spans):
        spare = room - (b - a)
        up = spare if i == len(spans) - 1 else (0.0 if i == 0 else spare / 2)
        fits = [x for x in stops if max(lo, a - up) - 0.01 <= x <= a]
        a2 = fits[0] if fits else a
        down = room - (b - a2)
        fits = [x for x in stops if b <= x <= min(hi, b + down) + 0.01]
        out.append((a2, fits[-1] if fits else b))
    return out


def _cut(lo: float, hi: float, span: float, stops: list[float]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    start = lo
    while True:
        end = start + span
        if end >= hi - 0.5:
            out.append((start, hi))
            return out
        i = bisect_right(stops, end)
        cut = stops[i - 1] if i and stops[i - 1] >= start + 0.6 * span else end
        out.append((start, cut))
        start = cut - OVERLAP


def _assign(geo: MapGeometry, plan: PagePlan) -> PagePlan:
    """Put each box and arrow on the tiles it touches (an index, so big maps stay linear)."""
    col_starts = [a for a, _ in plan.col_spans]
    col_ends = [b for _, b in plan.col_spans]
    row_starts = [a for a, _ in plan.row_spans]
    row_ends = [b for _, b in plan.row_spans]

    def cells(r: lay.Rect) -> list[tuple[int, int]]:
        c0, c1 = bisect_right(col_ends, r.x), bisect_left(col_starts, r.right) - 1
        r0, r1 = bisect_right(row_ends, r.y), bisect_left(row_starts, r.bottom) - 1
        c0, r0 = min(c0, plan.cols - 1), min(r0, plan.rows - 1)
        return [(i, j) for i in range(r0, max(r1, r0) + 1) for j in range(c0, max(c1, c0) + 1)]

    keys = [(t.row, t.col) for t in plan.tiles]
    plan.boxes, plan.arrows = {k: [] for k in keys}, {k: [] for k in keys}
    plan.heads, plan.labels = {k: [] for k in keys}, {k: [] for k in keys}
    for box in geo.boxes:
        for key in cells(box.rect):
            plan.boxes[key].append(box)
    for arrow in geo.arrows:
        for key in cells(_line_box(arrow)):
            plan.arrows[key].append(arrow)
        for key in cells(_points_box(arrow.head)):
            plan.heads[key].append(arrow)
        if arrow.label_rect is not None:  # whole where it can be: no half-cut labels
            keys = cells(arrow.label_rect)
            whole = [k for k in keys if _inside(arrow.label_rect, plan, k)]
            for key in whole or keys:
                plan.labels[key].append(arrow)
    return plan


def _inside(r: lay.Rect, plan: PagePlan, key: tuple[int, int]) -> bool:
    (x0, x1), (y0, y1) = plan.col_spans[key[1]], plan.row_spans[key[0]]
    return x0 <= r.x and r.right <= x1 and y0 <= r.y and r.bottom <= y1


def _line_box(a: Arrow) -> lay.Rect:
    return _points_box(a.points or [a.start, a.end])


def _points_box(points: list[tuple[float, float]]) -> lay.Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return lay.Rect(min(xs) - 2, min(ys) - 2, max(xs) - min(xs) + 4, max(ys) - min(ys) + 4)


def page_count(plan: PagePlan) -> int:
    return max(1, len(plan.tiles))


def readable_size(scale: float) -> float:
    """The printed size of the smallest map text at ``scale``, in points."""
    return math.floor(st.LABEL_SIZE * scale * 10) / 10
