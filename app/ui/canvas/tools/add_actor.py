"""Add actor: click on the map; a new lane appears below the lane clicked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from .. import editing
from .base import ClickTool


class AddActorTool(ClickTool):
    name = "actor"
    cursor = Qt.CursorShape.CrossCursor

    def apply(self, pos: QPointF) -> None:
        editing.add_actor_at(self.scene, pos)
