"""Arrows: the flow item and its label. Cheap to build, move and paint at 30,000 arrows.

Bounds come straight from the end points; the hit shape is a thin polygon made on demand;
painting clips the line to the exposed area (keeping the dots in step) so that a long dotted
arrow costs what its visible part costs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model import layout as geo
from app.model import routing, style
from app.model.drawing import ArrowDrawing, consent_rect, text_rect
from app.model.layout import Rect

from .items import (
    FLOW_FLAGS, FLOW_PENS, Bounded, LABEL_FILL, LABEL_FONT, LABEL_PEN, SELECTED, Z_FLOW, Z_LABEL,
    draw_lines, paint_consent,
)

HIT_WIDTH = 5.0  #: half the width of the band around an arrow that picks it


class FlowItem(Bounded):
    """An arrow: dotted for information (labelled with *what*), solid for the process order.

    The scene adds and removes ``label`` (None when the flow says nothing) with the arrow.
    """

    kind = "flow"

    def __init__(self, obj_id: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.setFlags(FLOW_FLAGS)
        self.setZValue(Z_FLOW)
        self._start = self._end = (0.0, 0.0)
        self._points: list[tuple[float, float]] = [self._start, self._end]
        self._label_at: tuple[float, float, float, float] | None = None
        self._corners: tuple | list = ()  #: the arrow head's corners
        self._polygon: QPolygonF | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self.extent = (0.0, 0.0, 0.0, 0.0)
        self._info = False
        self._label: tuple[str, ...] = ()
        self._consent: str | None = None  #: personal data: the consent state shown by its mark
        self.label: FlowLabel | None = None
        self.badge: QGraphicsItem | None = None  #: its findings badge (badges.py), if any

    def apply(self, arrow: ArrowDrawing) -> None:
        """Take the plan's arrow: route, head, style and label (lines and place)."""
        if arrow.info != self._info:
            self._info = arrow.info
            self.update()
        self._label = arrow.label
        if arrow.consent != self._consent:
            self._consent = arrow.consent
            if self.label is not None:
                self.label.update()
        if (self._label or self._consent) and self.label is None:
            self.label = FlowLabel(self)
        r = arrow.label_rect
        moved = self.set_points(list(arrow.points), (r.x, r.y, r.width, r.height) if r else None,
                                arrow.head)
        if self.label is not None and not moved:  # set_points refreshed it if it moved
            self.label.refresh()

    def set_points(self, points: list[tuple[float, float]],
                   label: tuple[float, float, float, float] | None = None,
                   head: tuple | None = None) -> bool:
        """The arrow's path and where its label sits (x, y, w, h; None: the middle of the
        path). The plan gives both, and the head; a drag draws a straight arrow meanwhile.
        True when anything changed."""
        if points == self._points and label == self._label_at and not self._bounds.isNull():
            return False
        self._points, self._label_at = points, label
        self._start, self._end = points[0], points[-1]
        self._corners = head or geo.arrow_head(points[-2], points[-1])
        self._polygon = None  # made when first painted or hit
        xs = [p[0] for p in points] + [p[0] for p in self._corners]
        ys = [p[1] for p in points] + [p[1] for p in self._corners]
        m = HIT_WIDTH + 3
        left, top = min(xs), min(ys)
        right, bottom = max(xs), max(ys)
        self.extent = (left - m, top - m, right + m, bottom + m)  #: the bounds as numbers
        self._bounds = QRectF(left - m, top - m, right - left + 2 * m, bottom - top + 2 * m)
        self.set_bounds(self._bounds)
        self._shape = None
        if self.label is not None:
            self.label.refresh()
        if self.badge is not None:
            self.badge.setPos(self.badge_point())
        return True

    @property
    def _head(self) -> QPolygonF:
        if self._polygon is None:
            self._polygon = QPolygonF([QPointF(x, y) for x, y in self._corners])
        return self._polygon

    def badge_point(self) -> QPointF:
        """Where a findings badge sits: the label's top-left corner, else mid-arrow."""
        if self._label_at is not None:
            return QPointF(self._label_at[0], self._label_at[1])
        return QPointF(*routing.midpoint(self._points))

    def reach(self) -> tuple[float, float, float, float]:
        """Where the arrow and what hangs on it may be drawn, as left, top, right, bottom: its
        bounds and its label's place (a findings badge sits on the label's corner)."""
        if self._label_at is None:
            return self.extent
        left, top, right, bottom = self.extent
        x, y, w, h = self._label_at
        return min(left, x), min(top, y), max(right, x + w), max(bottom, y + h)

    def points(self) -> list[tuple[float, float]]:
        return list(self._points)

    def line(self) -> QLineF:
        return QLineF(QPointF(*self._start), QPointF(*self._end))

    def label_lines(self) -> tuple[str, ...]:
        return self._label

    def label_rect(self) -> QRectF:
        """Where the *what* label sits (as the plan placed it; empty without a label)."""
        if self._label_at is None or not (self._label or self._consent):
            return QRectF()
        return QRectF(*self._label_at)

    def consent(self) -> str | None:
        return self._consent

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            for (x1, y1), (x2, y2) in zip(self._points, self._points[1:]):
                length = math.hypot(x2 - x1, y2 - y1) or 1.0
                nx, ny = -(y2 - y1) / length * HIT_WIDTH, (x2 - x1) / length * HIT_WIDTH
                path.addPolygon(QPolygonF([QPointF(x1 + nx, y1 + ny), QPointF(x2 + nx, y2 + ny),
                                           QPointF(x2 - nx, y2 - ny), QPointF(x1 - nx, y1 - ny)]))
                path.closeSubpath()
            # one winding for all: where bands overlap (a bend, an arrow doubling back, the
            # head over its line) they add up instead of cancelling into holes that miss clicks
            path.setFillRule(Qt.FillRule.WindingFill)
            head = list(self._corners)
            area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(head, head[1:] + head[:1]))
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in (head if area < 0 else head[::-1])]))
            path.closeSubpath()
            self._shape = path
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        base = FLOW_PENS[(self._info, selected)]
        left, top, right, bottom = option.exposedRect.getCoords()
        area = (left - 4.0, top - 4.0, right + 4.0, bottom + 4.0)
        walked = 0.0
        for p, q in zip(self._points, self._points[1:]):
            seen = clip_to(p, q, *area)
            if seen is not None:
                (a, b), along = seen
                pen = base
                if self._info and walked + along:
                    pen = QPen(base)
                    pen.setDashOffset((walked + along) / pen.widthF())  # dots stay put
                painter.setPen(pen)
                painter.drawLine(QLineF(a[0], a[1], b[0], b[1]))
            walked += math.hypot(q[0] - p[0], q[1] - p[1])
        if option.exposedRect.intersects(self._head.boundingRect()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base.color())
            painter.drawPolygon(self._head)

    def color(self) -> QColor:
        return SELECTED if self.isSelected() else FLOW_PENS[(self._info, False)].color()

    def paint_label(self, painter: QPainter, rect: QRectF) -> None:
        painter.setBrush(LABEL_FILL)
        painter.setPen(LABEL_PEN)
        painter.drawRoundedRect(rect, 3, 3)
        box = Rect(rect.x(), rect.y(), rect.width(), rect.height())
        if self._consent:
            paint_consent(painter, consent_rect(box), self._consent)
        painter.setPen(self.color())
        painter.setFont(LABEL_FONT)
        text = text_rect(box, bool(self._consent))
        draw_lines(painter, QRectF(text.x, text.y, text.width, text.height), self._label,
                   style.LABEL_LEADING)



class FlowLabel(Bounded):
    """A flow's *what*, drawn above the boxes so no box ever hides it."""

    kind = "flow"

    def __init__(self, flow_item: FlowItem) -> None:
        super().__init__()
        self.flow_item = flow_item
        self.obj_id = flow_item.obj_id
        self.setZValue(Z_LABEL)
        self._rect = QRectF()

    def refresh(self) -> None:
        rect = self.flow_item.label_rect()
        if rect != self._rect:
            self._rect = rect
            self.set_bounds(rect)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._rect.isEmpty() and option.levelOfDetailFromTransform(painter.worldTransform()) >= 0.3:
            self.flow_item.paint_label(painter, self._rect)


def clip_segment(a: tuple[float, float], b: tuple[float, float], rect: QRectF):
    """The part of segment a-b inside ``rect`` (Liang-Barsky) and how far along it starts;
    None when it misses."""
    return clip_to(a, b, *rect.getCoords())


def clip_to(a: tuple[float, float], b: tuple[float, float], left: float, top: float,
            right: float, bottom: float):
    """:func:`clip_segment` for a rectangle given by its edges (a painted arrow asks for
    each of its segments: no Qt call per segment)."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = (x1 + t0 * dx, y1 + t0 * dy)
    return (start, (x1 + t1 * dx, y1 + t1 * dy)), t0 * math.hypot(dx, dy)
