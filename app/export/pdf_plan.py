"""What the PDF map shows and how it is cut into pages. Pure geometry, no drawing, no Qt.

What the map shows is the shared drawing plan (:mod:`app.model.drawing`), the same the canvas
applies: wrapped titles, box heights, arrow routes and label places.
A map that fits the page at a readable scale gets one page; a larger one gets a one-page
overview (:func:`plan_overview`) and is then tiled. Tiles repeat
the lane names on the left and the phase names on top, like a spreadsheet's print titles, and
overlap their neighbours a little; cuts prefer lane and phase boundaries.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from app.model import Document
from app.model import layout as lay
from app.model.document import Activity, Actor, Flow, Phase
from app.model.drawing import ArrowDrawing, BoxDrawing, MapDrawing

from . import pdf_style as st

OVERLAP = 24.0  #: map units shared by neighbouring tiles
#: a map needing more tiles than this at a readable scale is fitted on one page instead (with
#: a note): nobody tapes together hundreds of pages, and tiling must stay bounded in time
MAX_MAP_PAGES = 100


@dataclass(frozen=True)
class Box:
    act: Activity
    drawing: BoxDrawing  #: the shared plan's box (rect, wrapped lines, style)

    @property
    def rect(self) -> lay.Rect:
        return self.drawing.rect

    @property
    def lines(self) -> tuple[str, ...]:
        return self.drawing.lines


@dataclass(frozen=True)
class Arrow:
    flow: Flow
    drawing: ArrowDrawing  #: the shared plan's arrow (route, head, label and its place)

    @property
    def points(self) -> list[tuple[float, float]]:
        return list(self.drawing.points)

    @property
    def start(self) -> tuple[float, float]:
        return self.drawing.points[0]

    @property
    def end(self) -> tuple[float, float]:
        return self.drawing.points[-1]

    @property
    def head(self) -> list[tuple[float, float]]:
        return list(self.drawing.head)

    @property
    def label(self) -> tuple[str, ...]:
        return self.drawing.label

    @property
    def label_rect(self) -> lay.Rect | None:
        return self.drawing.label_rect

    @property
    def bbox(self) -> lay.Rect:
        return self.drawing.bbox


@dataclass(frozen=True)
class LaneView:
    lane: lay.Lane
    actor: Actor
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ColumnView:
    column: lay.Column
    phase: Phase
    lines: tuple[str, ...]


@dataclass
class MapGeometry:
    layout: lay.Layout
    lanes: list[LaneView]
    columns: list[ColumnView]
    boxes: list[Box]
    arrows: list[Arrow]

    @cached_property
    def body_left(self) -> float:
        """Where the printed body begins: right of the lane names, or at a box placed further
        left (a negative ``x`` in the file), so no box is left off the paper."""
        return min([lay.HEADER_WIDTH, *(box.rect.x for box in self.boxes)])

    @cached_property
    def body_top(self) -> float:
        """Below the phase names, or at a box placed higher (a negative ``y``)."""
        return min([lay.PHASE_HEADER_HEIGHT, *(box.rect.y for box in self.boxes)])

    @property
    def width(self) -> float:
        """The printed map's width: the lane names' column and the body."""
        return lay.HEADER_WIDTH + self.layout.width - self.body_left

    @property
    def height(self) -> float:
        return lay.PHASE_HEADER_HEIGHT + self.layout.height - self.body_top


def build_geometry(doc: Document) -> MapGeometry:
    """The shared drawing plan (app.model.drawing), measured with the PDF's fonts."""
    plan = MapDrawing(doc, st.text_measure())
    layout = plan.layout
    lanes = [LaneView(lane, doc.actors[lane.index], plan.lanes[lane.actor_id].lines)
             for lane in layout.lanes]
    columns = [ColumnView(col, doc.phases[col.index], plan.columns[col.phase_id].lines)
               for col in layout.columns]
    boxes = [Box(act, plan.boxes[act.id]) for act in doc.activities if act.id in plan.boxes]
    arrows = [Arrow(flow, plan.arrows[flow.id]) for flow in doc.flows if flow.id in plan.arrows]
    return MapGeometry(layout, lanes, columns, boxes, arrows)


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


def plan_overview(geo: MapGeometry, avail_w: float, avail_h: float) -> PagePlan:
    """The whole map on one page, however small its text: the first page of a tiled map."""
    fit = min(avail_w / geo.width, avail_h / geo.height, st.MAX_SCALE)
    return _assign(geo, _spans_plan(geo, fit, avail_w, avail_h))


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
    cols = _spans(geo.body_left, geo.layout.width, body_w, col_stops)
    rows = _spans(geo.body_top, geo.layout.height, body_h, row_stops)
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
    row_stops = sorted({lv.lane.top for lv in geo.lanes} | {geo.layout.height})
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
