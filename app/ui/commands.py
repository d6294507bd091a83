"""Undo commands: each user action is one QUndoCommand around a pure model edit."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from app.model import Document
from app.model.edits import Op, apply

Edit = Callable[[Document], list[Op]]


class EditCommand(QUndoCommand):
    """Wraps an edit that has already been applied; undo/redo replay primitive operations.

    Commands with the same ``merge_key`` that follow each other merge into one step
    (successive nudges of the same boxes, typing into the same field).
    """

    MERGE_ID = 0x0A11

    def __init__(self, document: Document, text: str, undo_ops: list[Op],
                 merge_key: object | None = None) -> None:
        super().__init__(text)
        self._document = document
        self._undo_ops = undo_ops
        self._redo_ops: list[Op] | None = None
        self._merge_key = merge_key
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by the controller before pushing
            self._first = False
            return
        self._undo_ops = apply(self._document, self._redo_ops or [])
        self._redo_ops = None

    def undo(self) -> None:
        self._redo_ops = apply(self._document, self._undo_ops)

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        self._undo_ops = other._undo_ops + self._undo_ops
        self.setText(other.text())  # "Rename lane “A” to “Cit”" becomes "… to “Citizen”"
        return True

    @property
    def merge_key(self) -> object | None:
        return self._merge_key
