"""Announcements: a screen reader hears the result of an action that does not move the focus
(added, deleted, undone, redone, "3 of 7", a finding shown on the map), once each.

Sent as ``QAccessibleAnnouncementEvent`` (Qt 6.8+), which Orca and NVDA speak without moving
the reader's position. Texts asked for within one pass of the event loop are sent together,
each once, so two signals about the same result never make the reader say it twice.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication

from app.model import Change

KINDS = ("activities", "flows", "actors", "phases")


class Announcer(QObject):
    """Speaks for one main window; :attr:`said` keeps what was announced (newest last)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("announcer")
        self.window = window
        self.said: list[str] = []
        self._queue: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._send)
        self._added: list[str] = []
        self._removed: list[Change] = []
        stack = window.controller.undo_stack
        self._index = stack.index()
        self._next = stack.command(self._index)
        stack.indexChanged.connect(self._step)
        window.controller.changed.connect(self._note)
        window.controller.document_replaced.connect(self._reset)
        window.controller.message.connect(self._message)
        window.find_bar.matches_changed.connect(self._matches)
        view = getattr(window.findings_panel, "view", None)
        if view is not None:
            view.activated.connect(self._finding)
            view.clicked.connect(self._finding)

    # -- sending ------------------------------------------------------------------------------
    def announce(self, text: str) -> None:
        """Say ``text`` soon (once, however often it is asked for in this pass)."""
        if text and text not in self._queue:
            self._queue.append(text)
            self._timer.start()

    def _send(self) -> None:
        queue, self._queue = self._queue, []
        for text in queue:
            self.said.append(text)
            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.window, text))

    # -- what happened ------------------------------------------------------------------------
    def _note(self, change: Change) -> None:
        if len(change.path) != 1 or change.path[0] not in KINDS:
            return
        if change.kind == "insert" and change.obj_id:
            self._added.append(change.obj_id)
        elif change.kind == "remove":
            self._removed.append(change)

    def _reset(self) -> None:
        self._added, self._removed = [], []
        stack = self.window.controller.undo_stack
        self._index, self._next = stack.index(), stack.command(stack.index())

    def _step(self, index: int) -> None:
        """One undo step was done, undone or redone."""
        stack = self.window.controller.undo_stack
        if not shiboken6.isValid(stack):  # the window is being torn down
            return
        if stack.count() == 0:  # cleared: a new or opened map
            self._reset()
            return
        added, removed = self._added, self._removed
        self._added, self._removed = [], []
        before, redoable = self._index, self._next
        self._index, self._next = index, stack.command(index)
        if index < before:
            self.announce(self.tr("Undone: {action}").format(action=stack.text(index)))
        elif index > before and stack.command(index - 1) is redoable and redoable is not None:
            self.announce(self.tr("Redone: {action}").format(action=stack.text(index - 1)))
        elif index > before:
            self._done(added, removed)

    def _done(self, added: list[str], removed: list[Change]) -> None:
        """A new step: say what it added or deleted (edits of fields say nothing)."""
        words = self.window.map_access.words
        doc = self.window.controller.document
        gone = [c for c in removed if c.obj_id not in added]
        new = [i for i in added if doc.path_of(i) is not None]
        if len(new) == 1:
            self.announce(self.tr("Added: {name}").format(name=words.name(new[0])))
        elif new:
            self.announce(self.tr("Added {count} items").format(count=len(new)))
        if len(gone) == 1:
            item = gone[0].item
            title = getattr(item, "title", None) or getattr(item, "name", None) or getattr(item, "what", "")
            self.announce(self.tr("Deleted: {title}").format(title=title))
        elif gone:
            self.announce(self.tr("Deleted {count} items").format(count=len(gone)))

    def _message(self, text: str) -> None:
        """A hint or refusal from the canvas, which a reader cannot see in the status bar."""
        focus = QApplication.focusWidget()
        view = self.window.view
        if focus is not None and (focus is view or view.isAncestorOf(focus)):
            self.announce(text)

    def _matches(self, current: int, total: int) -> None:
        bar = self.window.find_bar
        if not bar.edit.text().strip():
            return
        if total == 0:
            self.announce(self.tr("No matches"))
            return
        found = self.tr("{current} of {total} found").format(current=current + 1, total=total)
        item = bar.matches[current] if 0 <= current < len(bar.matches) else None
        if item is not None:
            found += ": " + self.window.map_access.words.name(item)
        self.announce(found)

    def _finding(self, *_: object) -> None:
        """A finding was chosen: say what it shows on the map (focus stays in the list)."""
        ids = self.window.controller.selection
        if ids:
            self.announce(self.tr("Shown on the map: {what}").format(
                what=self.window.keyboard.describe(ids)))
