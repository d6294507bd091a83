"""What the drawing plan hands out: boxes, arrows, lane and phase names as drawn, and what an
update changed. No Qt. The canvas turns these into items, the PDF into strokes and text; the
plan itself is :class:`app.model.drawing.MapDrawing`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import layout as lay
from . import style
from .layout import Rect

Point = tuple[float, float]
#: (font key, text) -> width in map units; font keys are those of ``style.FONTS``
TextMeasure = Callable[[str, str], float]
BADGE_REACH = 9.0  #: a findings badge on a box or label corner sticks out this far up and left


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
    """What :meth:`~app.model.drawing.MapDrawing.update` changed, by id: the scene re-applies
    only these."""

    boxes: set[str] = field(default_factory=set)
    arrows: set[str] = field(default_factory=set)
    lanes: set[str] = field(default_factory=set)
    columns: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)  #: ids no longer drawn

    def __bool__(self) -> bool:
        return bool(self.boxes or self.arrows or self.lanes or self.columns or self.gone)


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


def badged(r: Rect) -> Rect:
    """A box or label with the corner where its findings badge sits."""
    return Rect(r.x - BADGE_REACH, r.y - BADGE_REACH, r.width + BADGE_REACH,
                r.height + BADGE_REACH)
