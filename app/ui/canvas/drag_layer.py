"""A still picture of the map under a drag, so moving a box repaints only what moves.

On a big map every arrow of a dragged box crosses much of the screen, and repainting that area
means repainting the thousands of other arrows in it, on every mouse move. Instead, when a drag
starts the view paints the map once without the moving boxes, their arrows and labels; until
the mouse is released each frame is that picture plus the moving items painted on top. If the
view scrolls or zooms meanwhile the picture is dropped and Qt paints normally.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyle, QStyleOptionGraphicsItem


class DragLayer:
    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self._picture: QPixmap | None = None
        self._key: tuple | None = None
        self._boxes: list[str] = []

    @property
    def active(self) -> bool:
        return self._picture is not None

    def _view_key(self) -> tuple:
        v = self.view
        return (v.transform(), v.horizontalScrollBar().value(), v.verticalScrollBar().value(),
                v.viewport().size())

    def moving_items(self) -> list[QGraphicsItem]:
        """Arrows, then boxes, then labels: the order the scene stacks them in."""
        scene = self.view.scene()
        flows = {f for box in self._boxes for f in scene.flows_at(box)}
        arrows = [scene.flows[f] for f in sorted(flows) if f in scene.flows]
        boxes = [scene.activities[b] for b in self._boxes if b in scene.activities]
        labels = [a.label for a in arrows if a.label is not None]
        return arrows + boxes + labels

    def start(self, boxes: list[str]) -> None:
        """Paint the map without what moves (once per drag)."""
        self._boxes = list(boxes)
        items = self.moving_items()
        for item in items:
            item.setOpacity(0.0)  # hidden from the picture; hiding would end the drag
        viewport = self.view.viewport()
        ratio = viewport.devicePixelRatioF()
        picture = QPixmap(viewport.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        painter.setRenderHints(self.view.renderHints())
        picture.fill(self.view.backgroundBrush().color())
        self.view.render(painter, QRectF(), viewport.rect())
        painter.end()
        for item in items:
            item.setOpacity(1.0)
        self._picture, self._key = picture, self._view_key()

    def stop(self) -> None:
        if self._picture is not None:
            self._picture = None
            self.view.viewport().update()

    def paint(self) -> bool:
        """Paint a frame from the picture; False when the view must paint normally."""
        if self._picture is None:
            return False
        if self._key != self._view_key():
            self._picture = None
            return False
        view = self.view
        painter = QPainter(view.viewport())
        painter.setRenderHints(view.renderHints())
        painter.drawPixmap(QPoint(0, 0), self._picture)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        to_view = view.viewportTransform()
        for item in self.moving_items():
            option = QStyleOptionGraphicsItem()
            option.exposedRect = item.mapRectFromScene(shown).intersected(item.boundingRect())
            if item.isSelected():
                option.state |= QStyle.StateFlag.State_Selected
            painter.setTransform(item.sceneTransform() * to_view)
            item.paint(painter, option, view.viewport())
        painter.end()
        return True
