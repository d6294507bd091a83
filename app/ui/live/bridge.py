"""The Qt side of a live session: network callbacks hop to the UI thread, undo goes to Yjs."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QUndoCommand

from app.collab.client import Identity
from app.collab.session import Session, SessionListeners
from app.model import Document
from app.model.edits import Op


class UiPost(QObject):
    """``post(fn)`` from any thread runs ``fn`` on this object's (the UI) thread, soon."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, function: Callable[[], None]) -> None:
        self._call.emit(function)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


class LiveCommand(QUndoCommand):
    """An edit made during a session: undo and redo go through the room's Yjs UndoManager,
    which takes back only this editor's own changes, whatever partners did meanwhile."""

    MERGE_ID = 0x0A12

    def __init__(self, session: Session, text: str, merge_key: object | None) -> None:
        super().__init__(text)
        self._session, self._merge_key = session, merge_key
        self._steps, self._first = 1, True

    def redo(self) -> None:
        if self._first:  # applied by the controller before it was pushed
            self._first = False
            return
        for _ in range(self._steps):
            self._session.redo()

    def undo(self) -> None:
        for _ in range(self._steps):
            self._session.undo()

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, LiveCommand) or other._merge_key != self._merge_key:
            return False
        self._steps += other._steps
        return True


def command_factory(session: Session):
    def make(document: Document, text: str, undo_ops: list[Op],
             merge_key: object | None) -> QUndoCommand:
        return LiveCommand(session, text, merge_key)
    return make


def start_session(document: Document, url: str, post: UiPost, identity: Identity,
                  listeners: SessionListeners, share: bool,
                  saved_update: bytes | None) -> Session:
    return Session(document, url, post, identity, listeners, share, saved_update).start()
