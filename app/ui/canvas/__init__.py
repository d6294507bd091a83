"""The service-map canvas: scene (adapter over the document), items, view and tools."""

from .scene import MIME_ACTIVITY, MapScene, render_scene
from .view import MapView

__all__ = ["MIME_ACTIVITY", "MapScene", "MapView", "render_scene"]
