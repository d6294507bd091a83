"""Canvas tools: one small interaction object per way of drawing; Esc cancels any of them."""

from .add_activity import AddActivityTool
from .add_actor import AddActorTool
from .add_phase import AddPhaseTool
from .base import Tool
from .connect import ConnectTool
from .select import SelectTool

__all__ = ["AddActivityTool", "AddActorTool", "AddPhaseTool", "ConnectTool", "SelectTool", "Tool"]
