"""Select and move: click, rubber band, drag boxes (Qt moves them live; one command on
release), resize a box by its corner handle, resize a lane by its header's lower edge,
reorder lanes by dragging their headers, nudge with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from .. import editing
from ..flow_item import FlowItem
from ..items import ActivityItem, LaneItem
from .base import Tool

CTRL = Qt.KeyboardModifier.ControlModifier
EDGE = 6.0  #: how close to a lane header's lower edge a drag resizes the lane
NUDGE = 10.0
FINE_NUDGE = 1.0


class SelectTool(Tool):
    name = "select"

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self._gesture: str | None = None
        self._subject: str | None = None
        self._guide: QGraphicsLineItem | None = None
        self._down = QPointF()  #: where a box was pressed
        self._starts: dict[str, QPointF] = {}  #: where the boxes being moved started

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        sure, box = self.scene.box_under(pos)
        if sure and box is not None and not (box.isSelected() and box.in_handle(pos)):
            self._grab(box, event)
            return True
        item = self.scene.hit(pos)
        if isinstance(item, ActivityItem) and item.isSelected() and item.in_handle(pos):
            self._start("resize-box", item.obj_id)
            return True
        if (isinstance(item, FlowItem) and item.label_rect().contains(pos)
                and self.scene.hit(pos, ("activity",)) is None):  # a box under it still drags
            self._pick_flow(item, event)  # its label, or the personal-data mark on it
            return True
        if isinstance(item, LaneItem):
            self.scene.select_only([item.obj_id])
            edge = item.header().bottom() - pos.y() <= EDGE
            self._start("resize-lane" if edge else "reorder", item.obj_id)
            return True
        return False

    def _grab(self, box: ActivityItem, event: QGraphicsSceneMouseEvent) -> None:
        """A press on a box: select it and get ready to move the selection, as Qt's own
        press would -- done here because Qt first looks for the item under the mouse by
        asking every item of the map (a tenth of a second at 10,000 boxes)."""
        if not event.modifiers() & CTRL and not box.isSelected():
            self.scene.select_only([box.obj_id])
        self._gesture, self._subject, self._down = "move", box.obj_id, event.scenePos()
        self._starts = {i.obj_id: i.pos() for i in self.scene.selectedItems()
                        if isinstance(i, ActivityItem)}  # Ctrl on an unselected box: none

    def _released_box(self, event: QGraphicsSceneMouseEvent) -> None:
        """A box let go: record the move; a click that did not move selects (Ctrl toggles)."""
        box = self.scene.activities.get(self._subject)
        if box is not None and event.scenePos() == self._down:
            if event.modifiers() & CTRL:
                box.setSelected(not box.isSelected())
            else:
                self.scene.select_only([box.obj_id])
        editing.commit_moves(self.scene)

    def _pick_flow(self, item, event: QGraphicsSceneMouseEvent) -> None:
        """A click on a flow's label selects the flow (Ctrl adds it or takes it away)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
        else:
            self.scene.select_only([item.obj_id])

    def _start(self, gesture: str, subject: str) -> None:
        self._gesture, self._subject = gesture, subject
        self.scene.flush()

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._gesture is None:
            return False
        pos = event.scenePos()
        if self._gesture == "move":
            if event.buttons() & Qt.MouseButton.LeftButton:
                for act_id, start in self._starts.items():
                    item = self.scene.activities.get(act_id)
                    if item is not None:
                        item.setPos(start + pos - self._down)
                self.scene.follow_drag()
        elif self._gesture == "resize-box":
            item = self.scene.activities.get(self._subject)
            if item is not None:
                item.preview_size(max(60.0, pos.x() - item.x()), max(30.0, pos.y() - item.y()))
                self.scene.activity_moved(self._subject, straight=True)
        elif self._gesture == "resize-lane":
            self._show_guide(pos.y())
        else:
            self._show_guide(self._slot_y(pos.y()))
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._gesture is None:
            return False
        gesture, subject, pos = self._gesture, self._subject, event.scenePos()
        if gesture == "move":
            self._released_box(event)
            self._gesture = self._subject = None
            return True
        self.cancel()
        if gesture == "resize-box":
            item = self.scene.activities.get(subject)
            if item is not None:
                editing.resize_activity(self.scene, subject, pos.x() - item.x(), pos.y() - item.y())
        elif gesture == "resize-lane":
            lane = self.scene.layout.lane_by_actor.get(subject)
            if lane is not None and abs(pos.y() - lane.band.bottom) > 1:
                editing.resize_lane(self.scene, subject, pos.y() - lane.top)
        else:
            editing.reorder_lane(self.scene, subject, self._target_index(pos.y()))
        return True

    def after_release(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            editing.commit_moves(self.scene)

    def _target_index(self, y: float) -> int:
        lane = self.scene.layout.lane_at(y)
        return lane.index if lane is not None else 0

    def _slot_y(self, y: float) -> float:
        """Where the dragged lane would land: the top or bottom of the lane under ``y``."""
        lane = self.scene.layout.lane_at(y)
        if lane is None:
            return y
        current = self.scene.layout.lane_by_actor[self._subject].index
        return lane.top if lane.index <= current else lane.top + lane.height

    def _show_guide(self, y: float) -> None:
        line = QLineF(0, y, self.scene.layout.width, y)
        if self._guide is None:
            self._guide = self.scene.addLine(line, QPen(QColor("#1F6FEB"), 3.0))
            self._guide.setZValue(10)
        else:
            self._guide.setLine(line)

    def cancel(self) -> None:
        if self._guide is not None:
            self.scene.removeItem(self._guide)
            self._guide = None
        if self._gesture == "resize-box" and self._subject in self.scene.activities:
            self.scene.place(self._subject)
        if self._gesture == "move":  # Esc during a drag: the boxes go back
            for act_id in self._starts:
                self.scene.place(act_id)
        self._gesture = self._subject = None

    def key(self, event: QKeyEvent) -> bool:
        step = FINE_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
        moves = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                 Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        delta = moves.get(Qt.Key(event.key()))
        if delta is not None:
            return editing.nudge(self.scene, *delta)
        if event.key() == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self.cancel()
            else:
                self.scene.select_only([])
            return True
        return False


