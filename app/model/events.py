"""A tiny observer: the document tells its listeners about each change, without Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Literal


@dataclass(frozen=True)
class Change:
    """One primitive change to the document.

    ``kind`` is ``insert`` / ``remove`` (of ``item`` at ``index`` in the list at ``path``) or
    ``set`` (of ``field`` on the object at ``path``). ``obj_id`` is the id of the object the
    change concerns, when it has one: the inserted or removed item, or the object whose field
    was set. ``collection`` is the name of the list it lives in (``activities``, ``assets`` …).
    """

    kind: Literal["insert", "remove", "set"]
    path: tuple
    index: int | None = None
    field: str | None = None
    item: Any = None
    obj_id: str | None = None
    collection: str | None = None


Listener = Callable[[Change], None]


class EventEmitter:
    """Keeps listeners and calls them in order; a listener may not edit the document."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def connect(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
