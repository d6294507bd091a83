"""File → Share Live…: co-editing a map with others through a room (app.collab)."""

from .install import install

__all__ = ["install"]
