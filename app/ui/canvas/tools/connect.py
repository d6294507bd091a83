"""Connect: drag from a source (activity or lane header) to a target to draw a flow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from .. import editing
from .base import Tool

ENDS = ("activity", "actor")


class ConnectTool(Tool):
    """``kind`` is ``information`` (dotted; activities and actors) or ``sequence`` (solid;
    activity to activity only, anything else is refused with a message)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, scene, kind: str) -> None:
        super().__init__(scene)
        self.kind = kind
        self.name = kind
        self._source: str | None = None
        self._line: QGraphicsLineItem | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        item = self.scene.hit(event.scenePos(), ENDS)
        if item is None:
            self.scene.controller.refuse(
                QCoreApplication.translate("Tools",
                                           "Start the arrow on an activity or a lane header."))
            return True
        self._source = item.obj_id
        pen = QPen(QColor("#1F6FEB"), 1.6, Qt.PenStyle.DashLine)
        self._line = self.scene.addLine(QLineF(event.scenePos(), event.scenePos()), pen)
        self._line.setZValue(10)
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._line is not None:
            line = self._line.line()
            line.setP2(event.scenePos())
            self._line.setLine(line)
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._source is None:
            return True
        source = self._source
        target = self.scene.hit(event.scenePos(), ENDS, ignore=self._line)
        self.done()
        if target is None:
            self.scene.controller.refuse(
                QCoreApplication.translate(
                    "Tools", "Not done: end the arrow on an activity or a lane header."))
            return True
        editing.add_flow(self.scene, self.kind, source, target.obj_id)
        return True

    def cancel(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._line = None
        self._source = None
