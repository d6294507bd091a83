"""Add phase: click on the map; a new column appears after the column clicked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from .. import editing
from .base import ClickTool


class AddPhaseTool(ClickTool):
    name = "phase"
    cursor = Qt.CursorShape.CrossCursor

    def apply(self, pos: QPointF) -> None:
        editing.add_phase_at(self.scene, pos)
