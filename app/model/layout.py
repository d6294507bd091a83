"""One geometry for the canvas and the PDF: lane bands, phase columns, boxes and arrows.

Plain floats, no Qt. The map's origin (0, 0) is the top-left corner of the phase header row
above the first lane header. Lane headers form a column ``HEADER_WIDTH`` wide on the left;
an activity's ``x`` counts from the right edge of that column (the map's left edge) and its
``y`` from the top of its lane. A lane is at least as tall as the file says, and grows so
that no box hangs out of it -- as drawn: a box whose wrapped title needs more room than its
stored height is drawn taller (``box_height``), and ``compute(doc, measure=...)`` lets the
canvas and the PDF say how tall each box is drawn, so its lane grows with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .document import Activity, Document

HEADER_WIDTH = 170.0  #: lane header column
PHASE_HEADER_HEIGHT = 40.0  #: phase header row
LANE_PADDING = 20.0  #: space kept below the lowest box of a lane
MIN_CONTENT_WIDTH = 600.0  #: the map is at least this wide right of the lane headers
RIGHT_MARGIN = 40.0
MIN_LANE_HEIGHT = 60.0
BOX_PADDING = 8.0  #: inside an activity box, around its text
ARROW_SIZE = 9.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def united(self, other: "Rect") -> "Rect":
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class Lane:
    actor_id: str
    index: int
    top: float
    height: float
    band: Rect  #: the whole lane, header included
    header: Rect  #: the lane's name column


@dataclass(frozen=True)
class Column:
    phase_id: str
    index: int
    left: float
    width: float
    header: Rect  #: the phase's name cell above the lanes
    band: Rect  #: the whole column below the header


@dataclass
class Layout:
    lanes: list[Lane] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    width: float = HEADER_WIDTH + MIN_CONTENT_WIDTH
    height: float = PHASE_HEADER_HEIGHT
    #: where boxes reach left of the lane headers or above the phase headers (x or y < 0 in
    #: the file): the map's extent starts there, else at 0
    left: float = 0.0
    top: float = 0.0
    lane_by_actor: dict[str, Lane] = field(default_factory=dict)
    heights: dict[str, float] = field(default_factory=dict)  #: boxes drawn taller than stored

    @property
    def bounds(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)

    def activity_rect(self, act: Activity) -> Rect:
        lane = self.lane_by_actor.get(act.actor)
        top = lane.top if lane is not None else PHASE_HEADER_HEIGHT
        return Rect(HEADER_WIDTH + act.x, top + act.y, act.width,
                    self.heights.get(act.id, act.height))

    def lane_at(self, y: float) -> Lane | None:
        """The lane under map height ``y``; above the first or below the last, the nearest."""
        if not self.lanes:
            return None
        for lane in self.lanes:
            if y < lane.top + lane.height:
                return lane
        return self.lanes[-1]

    def column_at(self, x: float) -> Column | None:
        """The phase column under map position ``x``, or None outside every column."""
        for column in self.columns:
            if column.left <= x < column.left + column.width:
                return column
        return None

    def to_activity_position(self, actor_id: str, map_x: float, map_y: float) -> tuple[float, float]:
        """Map coordinates of a box's top-left corner -> the activity's x, y in its lane."""
        lane = self.lane_by_actor[actor_id]
        return (map_x - HEADER_WIDTH, map_y - lane.top)


Measure = Callable[[Activity], float]


@dataclass
class Extents:
    """What the boxes tell a layout pass: each lane's lowest box bottom (from the lane's
    top), the boxes drawn taller than stored, how far boxes reach right (from the map's left
    edge) and left, and the boxes raised above their lane's top (id -> actor, y)."""

    lowest: dict[str, float] = field(default_factory=dict)
    heights: dict[str, float] = field(default_factory=dict)
    rightmost: float = 0.0
    leftmost: float = 0.0
    raised: dict[str, tuple[str, float]] = field(default_factory=dict)


def extents_of(activities: Iterable[Activity], measure: Measure | None = None) -> Extents:
    """The extents of ``activities``, boxes as drawn (``measure``) or as stored."""
    ext = Extents()
    lowest, heights, raised = ext.lowest, ext.heights, ext.raised
    rightmost = leftmost = 0.0
    for act in activities:
        height = act.height
        if measure is not None:
            drawn = measure(act)
            if drawn > height:
                height = heights[act.id] = drawn
        bottom = act.y + height
        if bottom > lowest.get(act.actor, -math.inf):
            lowest[act.actor] = bottom
        rightmost = max(rightmost, act.x + act.width)
        leftmost = min(leftmost, HEADER_WIDTH + act.x)
        if act.y < 0:
            raised[act.id] = (act.actor, act.y)
    ext.rightmost, ext.leftmost = rightmost, leftmost
    return ext


def compute(doc: Document, measure: Measure | None = None) -> Layout:
    """Lay out lanes and phase columns for ``doc``.

    ``measure(activity)`` is the height a box is drawn at (its stored height, or more when its
    wrapped title needs it); lanes grow to hold boxes as drawn. Without it, stored heights.
    """
    return lay_out(doc, extents_of(doc.activities, measure))


def lay_out(doc: Document, ext: Extents) -> Layout:
    """Lanes and phase columns from the document's actors and phases and the boxes' extents
    (the drawing plan keeps those between edits instead of walking every activity)."""
    phases_width = sum(p.width for p in doc.phases)
    content = max(MIN_CONTENT_WIDTH, phases_width, ext.rightmost + RIGHT_MARGIN)
    width = HEADER_WIDTH + content
    layout = Layout(width=width, heights=dict(ext.heights))
    top = PHASE_HEADER_HEIGHT
    for i, actor in enumerate(doc.actors):
        height = max(actor.lane_height, ext.lowest.get(actor.id, 0.0) + LANE_PADDING,
                     MIN_LANE_HEIGHT)
        lane = Lane(actor.id, i, top, height, Rect(0.0, top, width, height),
                    Rect(0.0, top, HEADER_WIDTH, height))
        layout.lanes.append(lane)
        layout.lane_by_actor[actor.id] = lane
        top += height
    layout.height = top
    layout.left = ext.leftmost
    tops = layout.lane_by_actor
    layout.top = min([0.0, *((tops[actor].top if actor in tops else PHASE_HEADER_HEIGHT) + y
                             for actor, y in ext.raised.values())])
    left = HEADER_WIDTH
    for i, phase in enumerate(doc.phases):
        layout.columns.append(Column(
            phase.id, i, left, phase.width,
            Rect(left, 0.0, phase.width, PHASE_HEADER_HEIGHT),
            Rect(left, PHASE_HEADER_HEIGHT, phase.width, top - PHASE_HEADER_HEIGHT)))
        left += phase.width
    return layout


def endpoint_rect(layout: Layout, doc: Document, obj_id: str) -> Rect | None:
    """Where a flow attaches: an activity's box, or an actor's lane header."""
    act = doc.activity(obj_id)
    if act is not None:
        return layout.activity_rect(act)
    lane = layout.lane_by_actor.get(obj_id)
    return lane.header if lane is not None else None


def border_point(rect: Rect, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the centre of ``rect`` to ``toward`` crosses its border."""
    cx, cy = rect.center
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    hw, hh = rect.width / 2, rect.height / 2
    scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return (cx + dx * scale, cy + dy * scale)


def connect(source: Rect, target: Rect) -> tuple[tuple[float, float], tuple[float, float]]:
    """The straight arrow between two boxes, from border to border."""
    return border_point(source, target.center), border_point(target, source.center)


def arrow_head(start: tuple[float, float], end: tuple[float, float],
               size: float = ARROW_SIZE) -> list[tuple[float, float]]:
    """The three corners of an arrow head pointing at ``end``."""
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    spread = math.radians(25)
    return [end,
            (end[0] - size * math.cos(angle - spread), end[1] - size * math.sin(angle - spread)),
            (end[0] - size * math.cos(angle + spread), end[1] - size * math.sin(angle + spread))]


def wrap_lines(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap of ``text`` to ``max_width``; words too long are broken, never cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for piece in _break_word(word, max_width, measure):
                if current:
                    lines.append(current)
                current = piece
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _break_word(word: str, max_width: float, measure: Callable[[str], float]) -> Iterable[str]:
    piece = ""
    for char in word:
        if piece and measure(piece + char) > max_width:
            yield piece
            piece = char
        else:
            piece += char
    if piece:
        yield piece


def box_height(model_height: float, lines: int, line_height: float) -> float:
    """A box is as tall as the file says, or taller when its wrapped title needs it."""
    return max(model_height, lines * line_height + 2 * BOX_PADDING)
