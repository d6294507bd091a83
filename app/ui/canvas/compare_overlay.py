"""The differences of a comparison drawn over the canvas, without touching the map's items.

Added elements get a green frame, changed ones an orange dashed frame, removed activities are
drawn as grey ghosts where the other copy had them, removed flows as grey dashed lines between
their ends (when those are still on the map). The overlay only reads where the scene's
items are (``item_of(id).sceneBoundingRect()``, the layout for a ghost) and adds its own items,
which take no mouse buttons and have no ``kind``, so tools and hit tests look through them.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QTextOption
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QGraphicsTextItem,
)

from app.model import Activity, Flow
from app.model.diff import Change

ADDED = QColor("#2E9E44")
CHANGED = QColor("#E07B00")
REMOVED = QColor("#6E6E6E")
GHOST_FILL = QColor(238, 238, 238, 235)
Z = 900.0  #: above boxes and arrows, below drag previews
PAD = 5.0


class CompareOverlay:
    """Owns the overlay items of one comparison on one scene; ``clear()`` removes them all."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.marked: dict[str, str] = {}  #: id -> added | changed | removed, as drawn

    def show(self, changes: list[Change], removed: dict[str, Activity | Flow]) -> None:
        """Draw the marks of ``changes``; ``removed`` holds the other copy's activities and flows
        that the open map no longer has, drawn as ghosts where they were."""
        self.clear()
        state: dict[str, str] = {}
        for change in changes:
            if change.id is None:
                continue
            if change.op in ("added", "removed"):
                state[change.id] = change.op
            else:
                state.setdefault(change.id, "changed")
        for obj_id, what in state.items():
            if what == "removed":
                gone = removed.get(obj_id)
                drawn = self._ghost(obj_id, gone) if isinstance(gone, Activity) else \
                    self._ghost_flow(obj_id, gone) if isinstance(gone, Flow) else False
                if drawn:
                    self.marked[obj_id] = what
            elif self._frame(obj_id, ADDED if what == "added" else CHANGED, what):
                self.marked[obj_id] = what

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items.clear()
        self.marked.clear()

    def _add(self, item: QGraphicsItem) -> None:
        item.setZValue(Z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        self.scene.addItem(item)
        self.items.append(item)

    def _frame(self, obj_id: str, color: QColor, what: str) -> bool:
        target = self.scene.item_of(obj_id)
        if target is None:
            return False  # a partnership's part: listed in the panel only
        rect = target.sceneBoundingRect().adjusted(-PAD, -PAD, PAD, PAD)
        pen = QPen(color, 3.0, Qt.PenStyle.SolidLine if what == "added" else Qt.PenStyle.DashLine)
        frame = QGraphicsRectItem(rect)
        frame.setPen(pen)
        frame.setBrush(Qt.BrushStyle.NoBrush)
        frame.setData(0, obj_id)
        self._add(frame)
        self._badge(rect, "+" if what == "added" else "~", color)
        return True

    def _ghost(self, obj_id: str, act: Activity) -> bool:
        if act.actor not in self.scene.lanes:
            return False  # its lane went too: listed in the panel only
        r = self.scene.layout.activity_rect(act)
        rect = QRectF(r.x, r.y, r.width, r.height)
        ghost = QGraphicsRectItem(rect)
        ghost.setPen(QPen(REMOVED, 1.5, Qt.PenStyle.DashLine))
        ghost.setBrush(QBrush(GHOST_FILL))  # hides what lies under it, so the title reads
        ghost.setData(0, obj_id)
        ghost.setToolTip(act.title)
        self._add(ghost)
        text = QGraphicsTextItem()
        text.setParentItem(ghost)  # the parent owns it (a constructor argument is not enough)
        text.setDefaultTextColor(REMOVED)
        font = QFont(text.font())
        font.setStrikeOut(True)
        text.setFont(font)
        text.setTextWidth(max(rect.width() - 12, 20))
        text.setPlainText(_elided(act.title, 80))
        text.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        text.setPos(rect.x() + 6, rect.center().y() - text.boundingRect().height() / 2)
        self._badge(rect.adjusted(-PAD, -PAD, PAD, PAD), "−", REMOVED)
        return True

    def _ghost_flow(self, obj_id: str, flow: Flow) -> bool:
        """A removed arrow as a grey dashed line between its ends, when both are still drawn."""
        ends = [self.scene.item_of(flow.source), self.scene.item_of(flow.target)]
        if None in ends:
            return False
        rects = [end.sceneBoundingRect() for end in ends]
        a = _border(rects[0], rects[1].center())
        b = _border(rects[1], rects[0].center())
        line = QGraphicsLineItem(QLineF(a, b))
        line.setPen(QPen(REMOVED, 2.0, Qt.PenStyle.DashLine))
        line.setData(0, obj_id)
        line.setToolTip(flow.what)
        self._add(line)
        middle = (a + b) / 2
        self._badge(QRectF(middle.x(), middle.y(), 0, 0), "−", REMOVED)
        return True

    def _badge(self, rect: QRectF, sign: str, color: QColor) -> None:
        badge = QGraphicsRectItem(QRectF(rect.left() - 9, rect.top() - 9, 18, 18))
        badge.setPen(QPen(Qt.PenStyle.NoPen))
        badge.setBrush(QBrush(color))
        self._add(badge)
        text = QGraphicsSimpleTextItem(sign)
        text.setParentItem(badge)
        text.setBrush(QBrush(QColor("white")))
        font = QFont(text.font())
        font.setBold(True)
        text.setFont(font)
        box = text.boundingRect()
        text.setPos(rect.left() - box.width() / 2, rect.top() - box.height() / 2)


def _border(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward ``toward`` leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    t = min(rect.width() / 2 / abs(dx) if dx else float("inf"),
            rect.height() / 2 / abs(dy) if dy else float("inf"), 1.0)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


def _elided(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
