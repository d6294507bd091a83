"""Findings on the map: a small badge on each item a finding names, with its messages as tooltip.

A warning shows a yellow triangle, information a blue circle, each with the number of
findings. A badge is a child item of what it marks (top-left of a box, top-right of a lane
header, on the arrow's label or middle), so it moves with it at no cost. Only items with
findings get one, and ``set_findings`` touches only the badges whose findings changed, so a
map of 10,000 boxes pays for its findings, not its size.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from .items import Bounded, font

SIZE = 16.0
WARN_FILL, WARN_INK = QBrush(QColor("#F2C12E")), QColor("#3A2E00")
INFO_FILL, INFO_INK = QBrush(QColor("#2F6FC0")), QColor("#FFFFFF")
OUTLINE = QPen(QColor("#5A4A00"), 0.8)
BADGE_FONT = font(10, bold=True)
CURRENT_PEN = QPen(QColor("#F08A00"), 4.0)
BOUNDS = QRectF(-SIZE / 2 - 1, -SIZE / 2 - 1, SIZE + 2, SIZE + 2)
NO_BUTTON = Qt.MouseButton.NoButton  #: looked up once: thousands of badges are made at a time


class BadgeItem(Bounded):
    """The badge itself; ``text`` is what its tooltip says (one finding a line)."""

    kind = "badge"

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent, BOUNDS)
        self.setZValue(10)
        self.setAcceptedMouseButtons(NO_BUTTON)  # clicks go to what it marks
        self.warning = False
        self.count = 0
        self._findings: list = []

    def show_findings(self, findings: list, new: bool = False) -> None:
        self.warning = any(f.severity == "warning" for f in findings)
        self.count = len(findings)
        self._findings = list(findings)
        if not new:  # a new badge is painted anyway
            self.update()

    @property
    def text(self) -> str:
        """The tooltip: one finding a line (made when asked: thousands of badges, few read)."""
        return "\n".join(f"• {f.message}" for f in self._findings)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        r = SIZE / 2
        painter.setPen(OUTLINE)
        if self.warning:
            painter.setBrush(WARN_FILL)
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8),
                                           QPointF(-r, r * 0.8)]))
            painter.setPen(WARN_INK)
            text_rect = QRectF(-r, -r * 0.2, SIZE, r)
        else:
            painter.setBrush(INFO_FILL)
            painter.drawEllipse(QRectF(-r, -r, SIZE, SIZE))
            painter.setPen(INFO_INK)
            text_rect = QRectF(-r, -r, SIZE, SIZE)
        painter.setFont(BADGE_FONT)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), str(self.count))


def badge_spot(scene, obj_id: str) -> tuple[QGraphicsItem, QPointF] | None:
    """The item a badge for ``obj_id`` hangs on and where, in that item's coordinates."""
    item = scene.activities.get(obj_id)
    if item is not None:
        return item, item.rect.topLeft() + QPointF(2, 2)
    lane = scene.lanes.get(obj_id)
    if lane is not None:
        return lane, QPointF(lane.header().width() - 12, 12)
    flow = scene.flows.get(obj_id)
    if flow is not None:
        return flow, flow.badge_point()
    return None


class SceneBadges:
    """The scene's part: ``set_findings({id: [Finding]})`` (FindingsPanel.findings_changed)."""

    def _reset_badges(self) -> None:
        #: id -> (its findings, its badge, the item the badge hangs on: asking Qt for a
        #: badge's parent costs a wrapper lookup, noticeable over thousands of badges)
        self._badges: dict[str, tuple[tuple, BadgeItem, QGraphicsItem]] = {}
        self._current: QGraphicsPathItem | None = None  #: the find bar's current match outline
        self.current_id: str | None = None

    def set_findings(self, mapping: dict) -> None:
        """Show these findings; badges whose findings did not change are left alone."""
        self.badges_version += 1
        collecting = gc.isenabled()
        gc.disable()  # thousands of new badges hold no cycles worth a collection pass
        try:
            self._show_findings(mapping)
        finally:
            if collecting:
                gc.enable()

    def _show_findings(self, mapping: dict) -> None:
        for obj_id in [k for k in self._badges if k not in mapping]:
            self._drop_badge(obj_id)
        for obj_id, findings in mapping.items():
            key = tuple((f.severity, f.message) for f in findings)
            old = self._badges.get(obj_id)
            if old is not None and old[0] == key and old[2] is self.item_of(obj_id) \
                    and _alive(old[1]):
                continue  # unchanged: no need to find its place again (most, after an edit)
            spot = badge_spot(self, obj_id)
            if spot is None or not findings:
                self._drop_badge(obj_id)
                continue
            parent, at = spot
            badge = old[1] if old is not None and old[2] is parent and _alive(old[1]) else None
            if badge is not None and old[0] == key:
                continue
            new = badge is None
            if new:
                self._drop_badge(obj_id)
                badge = BadgeItem(parent)
                if hasattr(parent, "badge"):
                    parent.badge = badge
            elif self._redrawn is not None:
                self.note_redrawn(badge.sceneBoundingRect())
            badge.setPos(at)
            badge.show_findings(findings, new)
            if self._redrawn is not None:  # a drag's release repaints it
                self.note_redrawn(badge.sceneBoundingRect())
            self._badges[obj_id] = (key, badge, parent)

    def _drop_badge(self, obj_id: str) -> None:
        old = self._badges.pop(obj_id, None)
        if old is None:
            return
        badge = old[1]
        if not _alive(badge):
            return
        parent = badge.parentItem()
        if parent is not None and getattr(parent, "badge", None) is badge:
            parent.badge = None
        if badge.scene() is not None:
            self.note_redrawn(badge.sceneBoundingRect())
            self.removeItem(badge)

    def set_current(self, obj_id: str) -> None:
        """Mark one item (the find bar's current match) with a thick orange outline, apart
        from the other matches, which stay selected; "" removes the mark."""
        self.lose_redraws()
        if self._current is None:
            self._current = QGraphicsPathItem()
            self._current.setPen(CURRENT_PEN)
            self._current.setZValue(9)
            self._current.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(self._current)
        self.current_id = obj_id or None
        item = self.item_of(obj_id) if obj_id else None
        path = QPainterPath()
        if item is not None:
            box = getattr(item, "box", None) or getattr(item, "header", None)
            if box is not None:
                path.addRoundedRect(box().adjusted(-4, -4, 4, 4), 4, 4)
            else:
                path = item.mapToScene(item.shape())
        self._current.setPath(path)

    def badge_text(self, pos: QPointF) -> str | None:
        """The findings under ``pos`` if a badge is there (for the tooltip)."""
        for item in self.items(pos):
            if isinstance(item, BadgeItem):
                return item.text
        return None


def _alive(item: QGraphicsItem) -> bool:
    """False once Qt has deleted the item (its box went with an edit)."""
    return shiboken6.isValid(item)
