"""Awareness on the canvas: what each partner has selected, outlined in their colour.

Small overlay items of their own, above the map and never hit by the mouse, so they stay out
of the drawing code (which the canvas and the PDF share) and out of exported images.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

Z_OUTLINE = 10_000
MARGIN = 5.0


class PresenceOutlines:
    """Keeps one outline (and a name tag) per item a partner has selected."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.peers: dict[int, dict] = {}
        self.items: list[QGraphicsItem] = []
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.redraw)

    def show(self, peers: dict[int, dict]) -> None:
        self.peers = dict(peers)
        self.redraw()

    def later(self, *_: object) -> None:
        """Redraw once the scene has followed the latest change (boxes move, lanes go)."""
        self._timer.start()

    def clear(self) -> None:
        self.peers = {}
        self.redraw()

    def redraw(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []
        for state in self.peers.values():
            user = state.get("user") if isinstance(state, dict) else None
            selection = state.get("selection") if isinstance(state, dict) else None
            if not isinstance(user, dict) or not isinstance(selection, list):
                continue
            color = QColor(str(user.get("color", "")))
            if not color.isValid():
                color = QColor("#888888")
            name = str(user.get("name", ""))[:40]
            for obj_id in selection[:200]:
                target = self.scene.item_of(obj_id) if isinstance(obj_id, str) else None
                if target is not None:
                    self._outline(target, color, name)

    def _outline(self, target: QGraphicsItem, color: QColor, name: str) -> None:
        rect = target.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        box = QGraphicsRectItem(rect)
        pen = QPen(color, 3)
        pen.setCosmetic(True)
        box.setPen(pen)
        box.setBrush(Qt.BrushStyle.NoBrush)
        tag = QGraphicsSimpleTextItem(name)
        tag.setBrush(QBrush(QColor("white")))
        back = QGraphicsRectItem(tag.boundingRect().adjusted(-3, -1, 3, 1))
        back.setBrush(QBrush(color))
        back.setPen(Qt.PenStyle.NoPen)
        back.setPos(rect.left(), rect.top() - back.rect().height())
        tag.setParentItem(back)
        for item in (box, back):
            item.setZValue(Z_OUTLINE)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setAcceptHoverEvents(False)
            item.setData(0, "presence")
            self.scene.addItem(item)
            self.items.append(item)
