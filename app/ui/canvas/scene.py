"""MapScene: the adapter between the document and the items that draw it.

It builds items from the model through :mod:`app.model.layout`, keeps id -> item maps and
follows ``controller.changed`` to update only the items an edit touches. A primitive change
only records what it touched; lane geometry, arrow routes and the slots where arrows meet a
lane header are brought up to date once per undo step (``flush``), so deleting a hundred boxes
or undoing it costs what it touches, not the size of the map. A full rebuild happens only
when the document is replaced. During a drag the scene itself moves the arrows of the boxes
Qt moves (no per-item ``itemChange``).
"""

from __future__ import annotations

import gc
import weakref
from collections import defaultdict

import shiboken6

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsScene, QGraphicsSceneDragDropEvent, QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent, QToolTip,
)

from app.model import Change, Document
from app.model import layout as geo

from .flow_item import FlowItem
from .items import ActivityItem, LaneItem, LegendItem, PhaseItem
from .badges import SceneBadges
from .scene_routing import SceneRouting

MIME_ACTIVITY = "application/x-oppspace-new-activity"
GRID = 10.0


class MapScene(SceneRouting, SceneBadges, QGraphicsScene):
    """The service map of one document. ``MapScene(controller)`` follows edits live;
    ``MapScene(document=doc)`` (or :func:`render_scene`) draws a document once, headless."""

    #: the user asked to rename this id in place (the view opens an editor)
    rename_requested = Signal(str)
    #: the active tool changed (its name: select, activity, information, sequence, actor, phase)
    tool_changed = Signal(str)

    def __init__(self, controller=None, document: Document | None = None, parent=None) -> None:
        super().__init__(parent)
        # Long arrows span much of a big map: in a BSP tree each sits in many leaves and every
        # move or delete re-files it (measured: over 1 ms per arrow at 30,000 arrows). A linear
        # index keeps edits and drags cheap; painting culls by bounding rectangle anyway.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.controller = controller
        self.snap_to_grid = False
        self.grid = GRID  #: snap step in scene units (the preference's grid size)
        self.activities: dict[str, ActivityItem] = {}
        self.flows: dict[str, FlowItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self._by_actor: dict[str, set[str]] = defaultdict(set)
        self._by_end: dict[str, set[str]] = defaultdict(set)
        self._pairs: dict[frozenset, list[str]] = defaultdict(list)
        self._ends: dict[str, tuple[str, str]] = {}
        self._slots: dict[str, dict[str, int]] = {}  #: actor -> flow -> place on its header
        self._to_route: set[str] = set()  #: flows to route at the next flush
        self._to_port: set[str] = set()  #: lane headers whose arrow slots to recount
        self._to_order: set[frozenset] = set()  #: pairs of ends whose parallel arrows to re-sort
        self._selected_flows: set[str] = set()
        self._drag_from: dict[str, QPointF] = {}
        self._order: dict[str, int] = {}  #: flow -> when it was added (routing order)
        self._reset_routing()
        self._reset_badges()
        self._dirty = False
        self._flush_timer = QTimer(self)  #: dies with the scene, unlike a bare singleShot
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._syncing = 0
        self._changing = 0  #: inside a model change: the document's index is being rebuilt
        self._selection_pending = False
        self._legend: LegendItem | None = None
        self.layout = geo.Layout()
        self._document = document
        from .tools import SelectTool

        self.tool = SelectTool(self)
        if controller is not None:
            controller.changed.connect(self._on_change)
            controller.document_replaced.connect(self.rebuild)
            controller.selection_changed.connect(self._select_ids)
            controller.undo_stack.indexChanged.connect(_flusher(self))
            self.selectionChanged.connect(self._push_selection)
        self.rebuild()

    @property
    def document(self) -> Document:
        return self.controller.document if self.controller is not None else self._document

    # -- building -----------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build every item afresh (only when the whole document is replaced)."""
        self._syncing += 1
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new items hold no cycles worth a collection pass
        try:
            self.clear()
            for table in (self.activities, self.flows, self.lanes, self.phases, self._by_actor,
                          self._by_end, self._pairs, self._ends, self._slots, self._to_route,
                          self._to_port, self._to_order, self._selected_flows, self._drag_from):
                table.clear()
            self._order.clear()
            self._reset_routing()
            self._reset_badges()
            doc = self.document
            self.layout = geo.compute(doc)
            for actor in doc.actors:
                self._add_lane(actor)
            for phase in doc.phases:
                self._add_phase(phase)
            for act in doc.activities:
                self._add_activity(act)
            for flow in doc.flows:
                self._add_flow(flow)
            self._to_order.clear()  # built in document order already
            self._legend = LegendItem((self.tr("co-produced with citizens"),
                                       self.tr("information flow"), self.tr("process order")))
            self.addItem(self._legend)
            self._dirty = True
            self.flush()
        finally:
            self._syncing -= 1
            if collecting:
                gc.enable()

    def _add_lane(self, actor) -> None:
        item = LaneItem(actor)
        self.lanes[actor.id] = item
        lane = self.layout.lane_by_actor.get(actor.id)
        if lane is not None:
            item.set_lane(lane)
        self.addItem(item)

    def _add_phase(self, phase) -> None:
        item = PhaseItem(phase)
        self.phases[phase.id] = item
        self.addItem(item)

    def _add_activity(self, act) -> None:
        item = ActivityItem(act, self._color_of(act.actor))
        self.activities[act.id] = item
        self._by_actor[act.actor].add(act.id)
        self.addItem(item)
        self._place(act)

    def _add_flow(self, flow) -> None:
        """Add the arrow; it and its neighbours are routed at the next flush."""
        item = FlowItem(flow)
        self.flows[flow.id] = item
        self._order[flow.id] = len(self._order)
        self._ends[flow.id] = (flow.source, flow.target)
        self._by_end[flow.source].add(flow.id)
        self._by_end[flow.target].add(flow.id)
        key = frozenset((flow.source, flow.target))
        pair = self._pairs[key]
        pair.append(flow.id)
        self.addItem(item)
        if item.label is not None:
            self.addItem(item.label)
        if len(pair) > 1:
            self._to_order.add(key)
        self._to_route.update(pair)
        self._ends_changed((flow.source, flow.target))

    def _drawn_height(self, act) -> float:
        """How tall a box is drawn (taller than stored when its title needs it)."""
        item = self.activities.get(act.id)
        return item.rect.height() if item is not None else act.height

    def _color_of(self, actor_id: str) -> str:
        """The lane's colour (from its item: no document lookup while an edit is under way)."""
        lane = self.lanes.get(actor_id)
        return lane.color_name if lane is not None else "#888888"

    # -- geometry -----------------------------------------------------------------------------
    def model_pos(self, act) -> QPointF:
        """Where the model puts an activity's box (scene coordinates)."""
        rect = self.layout.activity_rect(act)
        return QPointF(rect.x, rect.y)

    def _place(self, act) -> None:
        item = self.activities.get(act.id)
        if item is None:
            return
        pos = self.model_pos(act)
        self._to_grid.add(act.id)
        if item.pos() != pos:
            item.setPos(pos)
            self._to_route.update(self._by_end.get(act.id, ()))

    def place(self, act_id: str) -> None:
        """Put a box back where the model says (after a refused or cancelled drag)."""
        act = self.document.activity(act_id)
        if act is not None:
            item = self.activities[act_id]
            item.sync(act, self._color_of(act.actor))
            self._place(act)
            self.activity_moved(act_id)

    def snapped(self, pos: QPointF) -> QPointF:
        if not self.snap_to_grid:
            return pos
        step = self.grid
        return QPointF(round(pos.x() / step) * step, round(pos.y() / step) * step)

    def mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            self._flush_timer.start(0)

    def flush(self) -> None:
        """Recompute lanes and columns after an edit; move only what actually moved."""
        if not self._dirty:
            return
        self._dirty = False
        self._relayout()
        self._bring_up_to_date()
        if self._selection_pending:
            self._push_selection()

    def _relayout(self) -> None:
        old, doc = self.layout, self.document
        self.layout = new = geo.compute(doc, self._drawn_height)
        for lane in new.lanes:
            before = old.lane_by_actor.get(lane.actor_id)
            item = self.lanes.get(lane.actor_id)
            if item is None or before == lane and item.pos().y() == lane.top:
                continue
            item.set_lane(lane)
            self._to_route.update(self._by_end.get(lane.actor_id, ()))
            if before is None or before.top != lane.top:
                for act_id in self._by_actor.get(lane.actor_id, ()):
                    act = doc.activity(act_id)
                    if act is not None:
                        self._place(act)
        for column in new.columns:
            item = self.phases.get(column.phase_id)
            if item is not None:
                item.set_column(column, new.height)
        if self._legend is not None:
            self._legend.setPos(0.0, new.height + 16.0)
        self.setSceneRect(QRectF(-20, -20, new.width + 40, new.height + 16 + LegendItem.HEIGHT + 40))

    # -- following the model ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        path = change.path
        handler = {"activities": self._activity_change, "flows": self._flow_change,
                   "actors": self._actor_change, "phases": self._phase_change}.get(path[0])
        if handler is not None and (change.kind != "set" or len(path) == 2):
            self._changing += 1
            try:
                handler(change)
            finally:
                self._changing -= 1

    def _activity_change(self, change: Change) -> None:
        act = change.item
        if change.kind == "insert":
            self._add_activity(act)
        elif change.kind == "remove":
            item = self.activities.pop(act.id, None)
            self._by_actor[act.actor].discard(act.id)
            self._to_grid.add(act.id)
            if item is not None:
                self.removeItem(item)
        else:
            item = self.activities.get(act.id)
            if item is None:
                return
            if change.field == "actor":
                for ids in self._by_actor.values():
                    ids.discard(act.id)
                self._by_actor[act.actor].add(act.id)
            item.sync(act, self._color_of(act.actor))
            self._place(act)
            self._to_route.update(self._by_end.get(act.id, ()))
        self.mark_dirty()

    def _flow_change(self, change: Change) -> None:
        flow = change.item
        if change.kind == "insert":
            self._add_flow(flow)
        elif change.kind == "remove":
            self._drop_flow(flow.id)
        elif flow.id in self.flows:
            if change.field in ("source", "target"):
                self._drop_flow(flow.id)
                self._add_flow(flow)
            else:
                item = self.flows[flow.id]
                had_label = item.label is not None
                item.sync(flow)
                if item.label is not None and not had_label:
                    self.addItem(item.label)
                self._to_route.add(flow.id)
                self.mark_dirty()

    def _drop_flow(self, flow_id: str) -> None:
        item = self.flows.pop(flow_id, None)
        ends = self._ends.pop(flow_id, None)
        self._to_route.discard(flow_id)
        self._selected_flows.discard(flow_id)
        self._forget_flow(flow_id)
        if ends is not None:
            for end in ends:
                self._by_end[end].discard(flow_id)
            pair = self._pairs.get(frozenset(ends), [])
            if flow_id in pair:
                pair.remove(flow_id)
            self._to_route.update(pair)
            self._ends_changed(ends)
        if item is not None:
            if item.label is not None:
                self.removeItem(item.label)
            self.removeItem(item)

    def _actor_change(self, change: Change) -> None:
        actor = change.item
        if change.kind == "insert":
            self._add_lane(actor)
            for act_id in self._by_actor.get(actor.id, ()):  # boxes put back before their lane
                self.activities[act_id].sync(self.document.activity(act_id), actor.color)
        elif change.kind == "remove":
            item = self.lanes.pop(actor.id, None)
            if item is not None:
                self.removeItem(item)
        else:
            item = self.lanes.get(actor.id)
            if item is not None:
                item.sync(actor)
            if change.field == "color":
                for act_id in self._by_actor.get(actor.id, ()):
                    self.activities[act_id].sync(self.document.activity(act_id), actor.color)
        self.mark_dirty()

    def _phase_change(self, change: Change) -> None:
        phase = change.item
        if change.kind == "insert":
            self._add_phase(phase)
        elif change.kind == "remove":
            item = self.phases.pop(phase.id, None)
            if item is not None:
                self.removeItem(item)
        elif phase.id in self.phases:
            self.phases[phase.id].sync(phase)
        self.mark_dirty()

    # -- selection ----------------------------------------------------------------------------
    def item_of(self, obj_id: str) -> QGraphicsItem | None:
        for table in (self.activities, self.flows, self.lanes, self.phases):
            if obj_id in table:
                return table[obj_id]
        return None

    def selected_ids(self) -> list[str]:
        return [item.obj_id for item in self.selectedItems() if hasattr(item, "obj_id")]

    def hit_item(self, item: QGraphicsItem | None) -> QGraphicsItem | None:
        """A flow's label stands for its flow."""
        return getattr(item, "flow_item", item)

    def _push_selection(self) -> None:
        if self._changing:  # items removed mid-edit: tell the controller once, at the flush
            self._selection_pending = True
            self.mark_dirty()
            return
        self._selection_pending = False
        self._refresh_flow_labels()
        if not self._syncing and self.controller is not None:
            self.controller.set_selection(self.selected_ids())

    def _refresh_flow_labels(self) -> None:
        """A selected arrow's label turns blue with it (labels are separate items)."""
        now = {i.obj_id for i in self.selectedItems() if isinstance(i, FlowItem)}
        for flow_id in now ^ self._selected_flows:
            item = self.flows.get(flow_id)
            if item is not None and item.label is not None:
                item.label.update()
        self._selected_flows = now

    def _select_ids(self, ids: list[str]) -> None:
        if set(ids) == set(self.selected_ids()):
            return
        self._syncing += 1
        try:
            self.clearSelection()
            for obj_id in ids:
                item = self.item_of(obj_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._syncing -= 1

    def select_only(self, ids: list[str]) -> None:
        """Select exactly these ids, on the canvas and in the controller."""
        self._select_ids(ids)
        self._push_selection()

    def hit(self, pos: QPointF, kinds: tuple[str, ...] = ("activity", "flow", "actor", "phase"),
            ignore: QGraphicsItem | None = None) -> QGraphicsItem | None:
        """The topmost map item of one of ``kinds`` under ``pos``."""
        for item in self.items(pos):
            if item is not ignore and getattr(item, "kind", None) in kinds:
                return self.hit_item(item)
        return None

    # -- interaction: tools get the events first ----------------------------------------------
    def set_tool(self, tool=None) -> None:
        """Switch tools; ``None`` returns to selecting. The old tool is cancelled."""
        from .tools import SelectTool

        self.tool.cancel()
        self.tool = tool if tool is not None else SelectTool(self)
        self.tool_changed.emit(self.tool.name)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool.press(event):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton and isinstance(self.mouseGrabberItem(), ActivityItem):
            self._follow_drag()

    def _follow_drag(self) -> None:
        """Qt has moved the selected boxes: snap them and bring their arrows along."""
        for item in self.selectedItems():
            if not isinstance(item, ActivityItem):
                continue
            pos = self.snapped(item.pos())
            if pos != item.pos():
                item.setPos(pos)
            if self._drag_from.get(item.obj_id) != pos:
                self._drag_from[item.obj_id] = pos
                self.activity_moved(item.obj_id, straight=True)

    def moving_ids(self) -> list[str]:
        """The boxes being dragged right now (empty when no drag is under way)."""
        return list(self._drag_from)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips come from the model (an activity's description or title, a flow's what)."""
        item = self.hit(event.scenePos(), ("activity", "flow"))
        obj = self.document.find(item.obj_id) if item is not None else None
        text = self.badge_text(event.scenePos()) or ""
        if obj is not None and not text:
            text = getattr(obj, "description", "") or getattr(obj, "title", "") or getattr(obj, "what", "")
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
        else:
            QToolTip.hideText()
        event.setAccepted(bool(text))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool.release(event):
            event.accept()
        else:
            super().mouseReleaseEvent(event)
            self.tool.after_release(event)
        for act_id in self._drag_from:  # dragged boxes' arrows ran straight: route them
            self._to_grid.add(act_id)
            self._to_route.update(self._by_end.get(act_id, ()))
            self.mark_dirty()
        self._drag_from.clear()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.hit(event.scenePos())
        if item is not None and self.tool.name == "select":
            self.select_only([item.obj_id])
            self.rename_requested.emit(item.obj_id)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.tool.key(event):
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(MIME_ACTIVITY))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(MIME_ACTIVITY))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_ACTIVITY):
            event.ignore()
            return
        from . import editing

        event.acceptProposedAction()
        editing.add_activity_at(self, event.scenePos())


def _flusher(scene: MapScene):
    """indexChanged -> flush, safe when the undo stack outlives the scene while being torn
    down (the stack emits as it is destroyed)."""
    ref = weakref.ref(scene)

    def flush(*_: object) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target.flush()
    return flush


def render_scene(document: Document) -> MapScene:
    """A static scene of ``document`` for image export (PNG/SVG); needs a QGuiApplication."""
    scene = MapScene(document=document)
    scene.clearSelection()
    return scene
