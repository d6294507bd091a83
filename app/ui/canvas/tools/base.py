"""The tool protocol: a small object that gets the scene's mouse and key events first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent


class Tool:
    """Base tool: handles nothing, so the scene does its default (select, move).

    Each handler returns True when it consumed the event. Esc cancels any tool and
    returns to selecting.
    """

    name = "select"
    cursor = Qt.CursorShape.ArrowCursor
    hint = ""

    def __init__(self, scene) -> None:
        self.scene = scene

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def after_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """Called after the scene's own release handling (e.g. to record a drag)."""

    def key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.scene.set_tool(None)
            return True
        return False

    def cancel(self) -> None:
        """Undo any preview this tool shows; the document is untouched until it finishes."""

    def done(self) -> None:
        self.scene.set_tool(None)


class ClickTool(Tool):
    """A tool that does one thing where the user clicks, then returns to selecting."""

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        pos = event.scenePos()
        self.done()
        self.apply(pos)
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def apply(self, pos) -> None:
        raise NotImplementedError
