"""The document controller: owns the document, its undo stack, file path and selection."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app import model
from app.model import Change, Document, DocumentError, now_timestamp
from app.model.edits import Op

from .commands import Edit, EditCommand


class DocumentController(QObject):
    """Re-emits the document's events as Qt signals; every edit goes through :meth:`execute`."""

    #: the whole document was replaced (new, open); views rebuild
    document_replaced = Signal()
    #: a new document was set, just before ``document_replaced``: work that runs beside the
    #: views' rebuilding (the findings worker) starts here
    document_set = Signal()
    #: one primitive change was applied to the document (app.model.Change)
    changed = Signal(object)
    #: the selected ids changed (list of str)
    selection_changed = Signal(list)
    #: a view asked to show these ids (select and centre them on the canvas)
    show_requested = Signal(list)
    #: a short message for the status bar
    message = Signal(str)
    #: an edit was refused; the reason (also sent as a message), to show where the user looks
    refused = Signal(str)
    #: the file path changed (save as, open)
    path_changed = Signal()

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        #: makes the undo command of each edit; a live session puts its own in (ui/live)
        self.command_factory: Callable[[Document, str, list[Op], object | None], QUndoCommand] = \
            EditCommand
        self.path: Path | None = None
        self._selection: list[str] = []
        self.document: Document = document or model.new_document()
        self.document.events.connect(self._forward)

    def __del__(self) -> None:
        """Delete the undo commands while the stack still holds them.

        A controller that Python's cycle collector frees (with a scene, a window, the
        document's listener) is torn down in no fixed order; if the collector clears a
        command's wrapper first, PySide hands the command back to Python and deletes it while
        the stack still lists it, and the stack's destructor then deletes it again (segfault).
        Clearing the stack here, before anything is cleared, deletes each command once.
        """
        stack = self.__dict__.get("undo_stack")
        if stack is not None and shiboken6.isValid(stack):
            stack.blockSignals(True)
            stack.clear()

    # -- document ---------------------------------------------------------------------------
    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def set_document(self, document: Document, path: Path | None = None) -> None:
        """Replace the document (after New or Open); the undo history starts afresh."""
        self.document.events.disconnect(self._forward)
        self.undo_stack.clear()
        self.document = document
        self.document.events.connect(self._forward)
        self.path = Path(path) if path is not None else None
        self._selection = []
        self.undo_stack.setClean()
        self.document_set.emit()
        self.document_replaced.emit()
        self.selection_changed.emit([])
        self.path_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def execute(self, text: str, edit: Edit, merge_key: object | None = None) -> bool:
        """Apply ``edit`` as one undoable step; on a refused edit, say why and change nothing."""
        try:
            undo_ops: list[Op] = edit(self.document)
        except DocumentError as exc:
            self.refuse(self.tr("Not done: %s") % exc)
            return False
        if not undo_ops:
            return False
        self.undo_stack.push(self.command_factory(self.document, text, undo_ops, merge_key))
        return True

    def refuse(self, text: str) -> None:
        """Say that something the user tried was not done: near the mouse and in the status bar."""
        self.refused.emit(text)
        self.message.emit(text)

    def save(self, path: Path | str) -> None:
        """Save to ``path`` (raises DocumentError with a clear message on failure)."""
        path = Path(path)
        previous = self.document.meta.modified
        self.document.meta.modified = now_timestamp()
        try:
            model.save(self.document, path)
        except DocumentError:
            self.document.meta.modified = previous
            raise
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit()

    # -- selection --------------------------------------------------------------------------
    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    def set_selection(self, ids: list[str]) -> None:
        ids = [i for i in dict.fromkeys(ids) if self.document.path_of(i) is not None]
        if ids != self._selection:
            self._selection = ids
            self.selection_changed.emit(list(ids))

    def show(self, ids: list[str]) -> None:
        """Select ``ids`` and ask the canvas to centre them."""
        self.set_selection(ids)
        self.show_requested.emit(list(ids))
