"""Add activity: click in a lane to put a new box there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from .. import editing
from .base import ClickTool


class AddActivityTool(ClickTool):
    name = "activity"
    cursor = Qt.CursorShape.CrossCursor

    def apply(self, pos: QPointF) -> None:
        editing.add_activity_at(self.scene, pos)
