"""Where the items a change touches were and are drawn, so that a drag's release repaints
only those places (see drag_layer.py) instead of the whole view.

While recording (:meth:`SceneRedraws.record_redraws`, from a drag's start), the scene notes
for every item it re-applies whose drawing really changed its old and new places: an arrow's
route and head, its label and badge, a box with its badge. Findings badges that change note
their places too. Anything the notes cannot describe (a lane grew and moved those below it,
items came or went, too many changed, the selection changed) marks the record lost: the
release then repaints the whole view.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from app.model import layout as geo

from .flow_item import FlowItem

REDRAW_MAX = 400  #: more changed items than this after a drag: the release repaints the view


class SceneRedraws:
    """The scene's part (mixed into MapScene)."""

    def _reset_redraws(self) -> None:
        self._redrawn: list | None = None  #: while recording: where changed items were/are
        self._redraw_lost = False  #: too much changed to say where (a lane grew, ...)

    def record_redraws(self) -> None:
        """From now on note where the items that change were and are drawn."""
        self._redrawn, self._redraw_lost = [], False

    def take_redrawn(self) -> list | None:
        """What was noted since :meth:`record_redraws` -- rectangles and arrow routes, in
        scene coordinates -- or None when too much changed to list; recording stops."""
        found, lost = self._redrawn, self._redraw_lost
        self._redrawn, self._redraw_lost = None, False
        return None if lost else found

    def note_redrawn(self, rect: QRectF) -> None:
        """Something else is drawn anew there (a findings badge), in scene coordinates."""
        if self._redrawn is not None and not self._redraw_lost:
            self._redrawn.append(rect)

    def lose_redraws(self) -> None:
        """Something else changed (findings, selection): what was noted is not all."""
        if self._redrawn is not None:
            self._redraw_lost = True

    def _drawn_before(self, item: QGraphicsItem) -> list | None:
        return None if self._redrawn is None or self._redraw_lost else drawn_at(item)

    def _note_drawn(self, item: QGraphicsItem, before: list | None) -> None:
        """Note where ``item`` was and is drawn, if that changed (re-routing keeps most)."""
        if before is None or self._redrawn is None:
            return
        after = drawn_at(item)
        if after != before:
            self._redrawn.extend(before + after)
            if len(self._redrawn) > 4 * REDRAW_MAX:
                self._redraw_lost = True


def drawn_at(item: QGraphicsItem) -> list:
    """Where an item and what hangs on it (badge, label) are painted: an arrow's route (its
    head around the last point) and rectangles, in scene coordinates."""
    if isinstance(item, FlowItem):
        end = item.points()[-1]
        head = geo.ARROW_SIZE + 2.0
        found: list = [item.points(), QRectF(end[0] - head, end[1] - head, 2 * head, 2 * head)]
        found += [part.sceneBoundingRect() for part in (item.label, item.badge) if part is not None]
        return found
    return [item.mapRectToScene(item.boundingRect() | item.childrenBoundingRect())]
