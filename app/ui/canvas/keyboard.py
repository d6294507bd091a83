"""The canvas without a mouse: move between items, rename, place new things, hear what is selected.

An event filter on the view (installed by :class:`CanvasKeyboard`), so the canvas's own key
handling (arrow keys nudge the selected boxes, Esc cancels a tool) stays as it is:

- Tab / Shift+Tab: next / previous activity in reading order (lane by lane, left to right);
  Ctrl+Tab / Ctrl+Shift+Tab leave the canvas for the next / previous widget;
- Alt+arrow: the nearest activity in that direction;
- Ctrl+Alt+Right / Ctrl+Alt+Left (or Alt+Page Down / Alt+Page Up, where the desktop keeps
  Ctrl+Alt+arrows for itself): the next / previous flow of the selected activity (outgoing
  first, then incoming); Ctrl+Alt+Up (or Alt+Home) goes back to the activity;
- Enter: rename the selected item; with an "add" tool active, place the new item from the
  keyboard (an activity in the selected lane at a free spot, a lane below the selected one, a
  phase after the selected one's column);
- the view's accessible description says what is selected, e.g.
  "Activity 'Intake' in lane Case worker, phase Delivery, co-produced" (Qt tells a screen
  reader once when it changes).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from app.model import Document
from app.model import layout as geo

from . import editing
from .map_words import MapWords

GAP = 30.0  #: space left between a new box and the last box in its lane
NEW_W, NEW_H = 180.0, 70.0  #: the size editing.add_activity_at gives a new box
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = {Qt.Key.Key_Left: (-1.0, 0.0), Qt.Key.Key_Right: (1.0, 0.0),
          Qt.Key.Key_Up: (0.0, -1.0), Qt.Key.Key_Down: (0.0, 1.0)}
#: keys that walk an activity's flows: with Ctrl+Alt, or with Alt alone
FLOW_KEYS = {(Qt.Key.Key_Right, True): 1, (Qt.Key.Key_Left, True): -1, (Qt.Key.Key_Up, True): 0,
             (Qt.Key.Key_PageDown, False): 1, (Qt.Key.Key_PageUp, False): -1,
             (Qt.Key.Key_Home, False): 0}


def reading_order(doc: Document) -> list[str]:
    """Activity ids lane by lane (top to bottom), left to right within a lane."""
    order: list[str] = []
    for actor in doc.actors:
        lane = sorted((a for a in doc.activities if a.actor == actor.id), key=lambda a: (a.x, a.y))
        order.extend(a.id for a in lane)
    return order


def nearest(scene, from_id: str, dx: float, dy: float) -> str | None:
    """The activity nearest to ``from_id`` in direction (dx, dy); off-axis distance counts double."""
    start = scene.activities.get(from_id)
    if start is None:
        return None
    origin = start.box().center()
    best, best_score = None, math.inf
    for act_id, item in scene.activities.items():
        if act_id == from_id:
            continue
        c = item.box().center()
        vx, vy = c.x() - origin.x(), c.y() - origin.y()
        along = vx * dx + vy * dy
        across = abs(vx * dy - vy * dx)
        if along <= 1.0 or across > 3 * along:  # behind, or too far to the side
            continue
        score = along + 2 * across
        if score < best_score:
            best, best_score = act_id, score
    return best


def flows_of(doc: Document, act_id: str) -> list[str]:
    """An activity's flows as the keyboard walks them: outgoing, then incoming."""
    return ([f.id for f in doc.flows if f.source == act_id]
            + [f.id for f in doc.flows if f.target == act_id and f.source != act_id])


def free_spot(scene, actor_id: str) -> QPointF:
    """Scene centre for a new box in ``actor_id``'s lane, to the right of its last box."""
    scene.flush()
    doc, lane = scene.document, scene.layout.lane_by_actor[actor_id]
    lane_acts = [a for a in doc.activities if a.actor == actor_id]
    x = max((a.x + a.width for a in lane_acts), default=0.0) + GAP
    y = max(10.0, (lane.height - NEW_H) / 2)
    return QPointF(geo.HEADER_WIDTH + x + NEW_W / 2, lane.top + y + NEW_H / 2)


def selected_lane(scene) -> str | None:
    """The lane of the selection (an activity's actor or a lane itself), else the first lane."""
    doc = scene.document
    for obj_id in scene.selected_ids():
        if (act := doc.activity(obj_id)) is not None:
            return act.actor
        if doc.actor(obj_id) is not None:
            return obj_id
    return doc.actors[0].id if doc.actors else None


def add_activity_by_keyboard(scene) -> str | None:
    """A new activity in the selected (or first) lane at a free spot; its title is being edited."""
    actor_id = selected_lane(scene)
    if actor_id is None:
        return editing.add_activity_at(scene, QPointF(0.0, 0.0))  # says: add a lane first
    return editing.add_activity_at(scene, free_spot(scene, actor_id))


def add_actor_by_keyboard(scene) -> str | None:
    """A new lane below the selected one (or at the bottom)."""
    scene.flush()
    chosen = [i for i in scene.selected_ids() if scene.document.actor(i) is not None]
    lane = scene.layout.lane_by_actor.get(chosen[0]) if chosen else None
    y = lane.top + lane.height / 2 if lane is not None else scene.layout.height + 1.0
    return editing.add_actor_at(scene, QPointF(0.0, max(y, geo.PHASE_HEADER_HEIGHT)))


def add_phase_by_keyboard(scene) -> str | None:
    """A new phase column after the selected box's or phase's column (or at the end)."""
    scene.flush()
    x = scene.layout.width + 1.0
    for obj_id in scene.selected_ids():
        item = scene.activities.get(obj_id) or scene.phases.get(obj_id)
        if item is not None:
            x = item.sceneBoundingRect().center().x()
            break
    return editing.add_phase_at(scene, QPointF(x, 0.0))


class CanvasKeyboard(QObject):
    """Keyboard navigation and the spoken description for one MapView."""

    def __init__(self, view, findings=None) -> None:
        super().__init__(view)
        self.setObjectName("canvasKeyboard")
        self.view = view
        self.scene = view.map_scene
        self.findings = findings  #: a FindingsPanel (findings_for(id)), optional
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setAccessibleName(self.tr("Service map"))
        view.viewport().setAccessibleName(self.tr("Map drawing area"))
        self._editor_enter = False  #: an Enter that just ended a rename is on its way up
        self._flow_anchor: str | None = None  #: the activity whose flows Ctrl+Alt+arrows walk
        self.words = MapWords(lambda: self.scene.document, parent=self)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        controller = self.scene.controller
        if controller is not None:
            controller.selection_changed.connect(self.describe_selection)
            controller.changed.connect(lambda _change: self.describe_selection())
        if findings is not None and hasattr(findings, "findings_changed"):
            findings.findings_changed.connect(self.describe_selection)
        self.describe_selection()

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and watched is self.view.viewport():
            event.child().installEventFilter(self)  # the rename editor lives on the viewport
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        if watched is not self.view and watched is not self.view.viewport():
            self._note_editor_key(watched, event)
            return False
        if self._editor_enter and event.key() in ENTER_KEYS:
            self._editor_enter = False  # the Enter that committed a rename, passed up: not ours
            return True
        if self.view.inline_editor is None:
            return self.key(event)
        return False

    def _note_editor_key(self, watched: QObject, event: QKeyEvent) -> None:
        """The line editor lets Enter travel up to the viewport after committing; mark it so
        that the same key press does not open a new editor (cleared once the event is done)."""
        if event.key() in ENTER_KEYS and watched is self.view.inline_editor:
            self._editor_enter = True
            QTimer.singleShot(0, self._forget_editor_enter)

    def _forget_editor_enter(self) -> None:
        self._editor_enter = False

    def key(self, event: QKeyEvent) -> bool:
        """Handle one key press; True when it was ours."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or not self.scene.activities:
                return self.view.focusNextPrevChild(not backwards)
            return self.step(-1 if backwards else 1)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if alt and (key, ctrl) in FLOW_KEYS:
            return self.walk_flows(FLOW_KEYS[(key, ctrl)])
        if key in ARROWS and alt:
            return self.go(*ARROWS[Qt.Key(key)])
        if key in ENTER_KEYS and not ctrl:
            return self.enter()
        return False

    def step(self, delta: int) -> bool:
        """Select the next (1) or previous (-1) activity in reading order."""
        order = reading_order(self.scene.document)
        if not order:
            return False
        current = [i for i in self.scene.selected_ids() if i in order]
        if current:
            index = (order.index(current[0]) + delta) % len(order)
        else:
            index = 0 if delta > 0 else len(order) - 1
        self.select(order[index])
        return True

    def go(self, dx: float, dy: float) -> bool:
        """Select the nearest activity in a direction (the first one when none is selected)."""
        current = [i for i in self.scene.selected_ids() if i in self.scene.activities]
        if not current:
            return self.step(1)
        target = nearest(self.scene, current[0], dx, dy)
        if target is not None:
            self.select(target)
        return True

    def walk_flows(self, delta: int) -> bool:
        """Select the next (1) or previous (-1) flow of the selected activity, or (0) go back
        to the activity; the flow's words (what, ends, consent) reach the screen reader."""
        doc = self.scene.document
        ids = self.scene.selected_ids()
        current = ids[0] if len(ids) == 1 else None
        if current is not None and doc.activity(current) is not None:
            self._flow_anchor, current = current, None
        anchor = self._flow_anchor
        if anchor is None or doc.activity(anchor) is None:
            self._say(self.tr("Select an activity first: Ctrl+Alt+Right walks its flows."))
            return True
        flows = flows_of(doc, anchor)
        if delta == 0 or not flows:
            if not flows:
                self._say(self.tr("This activity has no flows."))
            self.select(anchor)
            return True
        if current in flows:
            index = (flows.index(current) + delta) % len(flows)
        else:
            index = 0 if delta > 0 else len(flows) - 1
        self.select(flows[index])
        return True

    def _say(self, text: str) -> None:
        if self.scene.controller is not None:
            self.scene.controller.message.emit(text)

    def select(self, obj_id: str) -> None:
        controller = self.scene.controller
        if controller is not None:
            controller.show([obj_id])
        else:
            self.scene.select_only([obj_id])

    def enter(self) -> bool:
        """Place what the active tool adds, or rename the single selected item."""
        adders = {"activity": add_activity_by_keyboard, "actor": add_actor_by_keyboard,
                  "phase": add_phase_by_keyboard}
        adder = adders.get(self.scene.tool.name)
        if adder is not None:
            self.scene.set_tool(None)
            adder(self.scene)
            return True
        return self.view.rename_selected()

    # -- description ------------------------------------------------------------------------
    def describe_selection(self, *_: object) -> None:
        """Keep the view's accessible description in step with the selection."""
        text = self.describe(self.scene.selected_ids())
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)  # Qt sends DescriptionChanged, once

    def describe(self, ids: list[str]) -> str:
        """What a screen reader says about the selection."""
        if not ids:
            return self.tr("Nothing selected. Tab moves to the first activity.")
        if len(ids) > 1:
            return self.tr("{count} items selected").format(count=len(ids))
        text = self._describe_one(ids[0])
        count = len(self.findings.findings_for(ids[0])) if self.findings is not None else 0
        if count:
            text += " " + self.tr("(findings: {count})").format(count=count)
        return text

    def _describe_one(self, obj_id: str) -> str:
        doc = self.scene.document
        if (act := doc.activity(obj_id)) is not None:
            actor = doc.actor(act.actor)
            phase = doc.phase(act.phase) if act.phase else None
            where = self.tr("Activity “{title}” in lane {lane}").format(
                title=act.title, lane=actor.name if actor else "?")
            if phase is not None:
                where += self.tr(", phase {phase}").format(phase=phase.name)
            return where + (self.tr(", co-produced") if act.co_produced else self.tr(", not co-produced"))
        if (actor := doc.actor(obj_id)) is not None:
            count = sum(1 for a in doc.activities if a.actor == obj_id)
            return self.tr("Lane of actor “{name}”, activities: {count}").format(
                name=actor.name, count=count)
        if (phase := doc.phase(obj_id)) is not None:
            return self.tr("Phase “{name}”").format(name=phase.name)
        if (flow := doc.flow(obj_id)) is not None:
            ends = [self._name(flow.source), self._name(flow.target)]
            kind = self.tr("Information flow") if flow.kind == "information" else self.tr("Sequence flow")
            text = self.tr("{kind} from {source} to {target}").format(
                kind=kind, source=ends[0], target=ends[1])
            text += f": {flow.what}" if flow.what else ""
            if flow.kind == "information":
                text += ", " + self.words.consent(flow)
            return text
        return ""

    def _name(self, obj_id: str) -> str:
        doc = self.scene.document
        if (act := doc.activity(obj_id)) is not None:
            return f"“{act.title}”"
        actor = doc.actor(obj_id)
        return actor.name if actor is not None else obj_id
