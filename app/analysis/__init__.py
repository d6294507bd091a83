"""What the map reveals: the document as graphs, and findings computed from it. No Qt."""

from .findings import Finding, analyze
from .need_to_know import need_to_know

__all__ = ["Finding", "analyze", "need_to_know"]
