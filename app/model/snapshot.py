"""A cheap, read-only view of the document for work done off the UI thread.

Copying a 10,000-activity document deeply costs as much as the work it is for. A snapshot
copies only the top-level lists (so adding or removing objects meanwhile does not shift what
the worker iterates) and shares the objects themselves. It is valid as long as the document
has not changed since it was taken: whoever uses it counts the document's edits and drops a
result computed while one happened (the objects may have been edited under the worker).
"""

from __future__ import annotations

from .document import Document
from .events import EventEmitter

LISTS = ("phases", "actors", "activities", "flows", "partnerships")


def snapshot(doc: Document) -> Document:
    """The document's current content, with its own lists, index and (silent) events."""
    copy = doc.model_copy(update={name: list(getattr(doc, name)) for name in LISTS})
    copy._index = None
    copy._events = EventEmitter()
    return copy
