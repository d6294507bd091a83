"""What the map reveals: the document as graphs, and findings computed from it. No Qt."""

from .findings import CODES, Finding, analyze, by_subject
from .graphs import MapIndex, activity_graph, actor_graph
from .need_to_know import need_to_know

__all__ = ["CODES", "Finding", "MapIndex", "activity_graph", "actor_graph", "analyze",
           "by_subject", "need_to_know"]
