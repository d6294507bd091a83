"""MapScene: the adapter between the document and the items that draw it.

What the map looks like is decided by the drawing plan (:class:`app.model.drawing.MapDrawing`),
the same the PDF draws: the scene keeps id -> item maps, passes each document change to the
plan (``note``) and, once per undo step (``flush``), applies only what the plan's ``update``
says changed. So deleting a hundred boxes or undoing it costs what it touches, not the size of
the map; a full rebuild happens only when the document is replaced. During a drag the scene
itself moves the arrows of the boxes Qt moves, straight (the plan's ``straight``), and the
plan routes them again when the move lands in the model.
"""

from __future__ import annotations

import gc
import weakref

import shiboken6

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSceneDragDropEvent,
    QGraphicsSceneHelpEvent, QGraphicsSceneMouseEvent, QToolTip,
)

from app.export.pdf_style import text_measure
from app.model import Change, Document
from app.model import layout as geo
from app.model.drawing import Delta, MapDrawing

from .flow_item import FlowItem
from .items import Z_ACTIVITY, Z_FLOW, Z_LABEL, ActivityItem, LaneItem, LegendItem, PhaseItem
from .badges import SceneBadges
from .filing import Filing
from .redraws import REDRAW_MAX, SceneRedraws


MIME_ACTIVITY = "application/x-oppspace-new-activity"
GRID = 10.0
TABLES = {"activities": "activities", "flows": "flows", "actors": "lanes", "phases": "phases"}
FAST_KINDS = {"activity", "actor", "phase"}  #: what :meth:`MapScene.hit` finds without a scan
ITEM_TYPES = {"activities": ActivityItem, "flows": FlowItem, "actors": LaneItem,
              "phases": PhaseItem}


def rect_of(r: QRectF) -> geo.Rect:
    return geo.Rect(r.x(), r.y(), r.width(), r.height())


class MapScene(SceneBadges, SceneRedraws, QGraphicsScene):
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
        self._selected_flows: set[str] = set()
        self._drag_from: dict[str, QPointF] = {}
        self._reset_badges()
        self._dirty = False
        #: count changes to what boxes and arrows look like or where they are, and to the
        #: badges (the overview keeps its drawing of the whole map until they change)
        self.drawn_version = self.badges_version = 0
        self._flush_timer = QTimer(self)  #: dies with the scene, unlike a bare singleShot
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._syncing = 0
        self._changing = 0  #: inside a model change: the document's index is being rebuilt
        self._selection_pending = False
        self._legend: LegendItem | None = None
        self._reset_redraws()
        self._document = document
        self.drawing: MapDrawing | None = None
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

    @property
    def layout(self) -> geo.Layout:
        """Lane bands and phase columns as drawn (the plan's)."""
        return self.drawing.layout

    # -- building -----------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build every item afresh (only when the whole document is replaced)."""
        self.drawn_version += 1
        self._syncing += 1
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new items hold no cycles worth a collection pass
        try:
            self.clear()
            self.filing = Filing(self)  #: the groups items live in, by place
            for table in (self.activities, self.flows, self.lanes, self.phases,
                          self._selected_flows, self._drag_from):
                table.clear()
            self._reset_badges()
            doc = self.document
            self.drawing = MapDrawing(doc, text_measure())
            for collection, objects in (("actors", doc.actors), ("phases", doc.phases),
                                        ("activities", doc.activities), ("flows", doc.flows)):
                for obj in objects:
                    self._add_item(collection, obj.id, filed=False)  # once placed (_apply)
            self._legend = LegendItem((self.tr("co-produced with citizens"),
                                       self.tr("information flow"), self.tr("process order")))
            self.addItem(self._legend)
            d = self.drawing
            self._apply(Delta(set(d.boxes), set(d.arrows), set(d.lanes), set(d.columns)))
            for item in [*self.activities.values(), *self.flows.values()]:
                if item.scene() is None:  # not in the plan (cannot happen; never lost if so)
                    self.filing.file(item, item.zValue())
        finally:
            self._syncing -= 1
            if collecting:
                gc.enable()

    def _add_item(self, collection: str, obj_id: str, filed: bool = True) -> None:
        item = ITEM_TYPES[collection](obj_id)
        getattr(self, TABLES[collection])[obj_id] = item
        if collection not in ("activities", "flows"):
            self.addItem(item)
        elif filed:
            self.filing.file(item, item.zValue())

    def drawn_rect(self) -> QRectF:
        """What the map's items cover, in scene coordinates (Qt's ``itemsBoundingRect`` would
        count the squares of the groups they are filed in, which reach past them)."""
        groups = self.filing.groups()
        rect = QRectF()
        for item in self.items():
            if item not in groups:
                rect |= item.sceneBoundingRect()
        return rect

    def _drop_item(self, collection: str, obj_id: str) -> None:
        self.drawn_version += 1
        item = getattr(self, TABLES[collection]).pop(obj_id, None)
        if item is None:
            return
        if collection == "flows":
            self._selected_flows.discard(obj_id)
            if item.label is not None:
                self.removeItem(item.label)
        self.removeItem(item)

    def _apply(self, delta: Delta) -> None:
        """Give the items what the plan changed."""
        d = self.drawing
        if self._redrawn is not None and (delta.lanes or delta.columns or delta.gone
                                          or len(delta.boxes) + len(delta.arrows) > REDRAW_MAX):
            self._redraw_lost = True
        for actor_id in delta.lanes:
            item = self.lanes.get(actor_id)
            if item is not None:
                item.apply(d.lanes[actor_id])
        for act_id in _in_order(delta.boxes, self.activities):
            item = self.activities.get(act_id)
            if item is not None:
                self._apply_box(item, d.boxes[act_id])
        self._apply_arrows(_in_order(delta.arrows, self.flows))
        height = d.layout.height
        for phase_id, column in d.columns.items():  # their borders run down the whole map
            item = self.phases.get(phase_id)
            if item is not None and (phase_id in delta.columns or item.boundingRect().height()
                                     != height):
                item.apply(column, height)
        if self._legend is not None:
            self._legend.setPos(0.0, height + 16.0)
        left, top = d.layout.left, d.layout.top  # boxes left of or above the map stay in reach
        self.setSceneRect(QRectF(left - 20, top - 20, d.layout.width - left + 40,
                                 height - top + 16 + LegendItem.HEIGHT + 40))

    def _apply_box(self, item: ActivityItem, box) -> None:
        self.drawn_version += 1
        before = self._drawn_before(item)
        item.apply(box)
        r = box.rect
        self.filing.file(item, Z_ACTIVITY, (r.x, r.y, r.x + r.width, r.y + r.height))
        self._note_drawn(item, before)

    def _apply_arrows(self, flow_ids) -> None:
        self.drawn_version += 1
        d = self.drawing
        for flow_id in flow_ids:
            item, arrow = self.flows.get(flow_id), d.arrows.get(flow_id)
            if item is None or arrow is None:
                continue
            before = self._drawn_before(item)
            item.apply(arrow)
            self.filing.file(item, Z_FLOW, item.reach())
            r = arrow.label_rect
            if item.label is not None and (r is not None or item.label.group_key is None):
                self.filing.file(item.label, Z_LABEL, item.extent if r is None
                                  else (r.x, r.y, r.x + r.width, r.y + r.height))
            self._note_drawn(item, before)

    def _color_of(self, actor_id: str) -> str:
        """The lane's colour (from its item: no document lookup while an edit is under way)."""
        lane = self.lanes.get(actor_id)
        return lane.color_name if lane is not None else "#888888"

    def flows_at(self, obj_id: str) -> set[str]:
        """The arrows that start or end at a box or lane header."""
        return self.drawing.flows_at(obj_id)

    def endpoint_rect(self, obj_id: str) -> QRectF | None:
        """Where flows attach: a box's border, or an actor's lane header."""
        item = self.activities.get(obj_id)
        if item is not None:
            return item.box()
        lane = self.lanes.get(obj_id)
        return lane.header() if lane is not None else None

    # -- geometry -----------------------------------------------------------------------------
    def model_pos(self, act) -> QPointF:
        """Where the model puts an activity's box (scene coordinates)."""
        rect = self.layout.activity_rect(act)
        return QPointF(rect.x, rect.y)

    def place(self, act_id: str) -> None:
        """Put a box back where the plan has it (after a refused or cancelled drag), and its
        arrows with it."""
        box = self.drawing.boxes.get(act_id)
        item = self.activities.get(act_id)
        if box is not None and item is not None:
            self._apply_box(item, box)
            self._apply_arrows(self.flows_at(act_id))

    def activity_moved(self, obj_id: str, straight: bool = True) -> None:
        """A box is being dragged or resized: its arrows follow it, straight, until the model
        changes (then the plan routes them around boxes again)."""
        self.drawn_version += 1
        moving = {i: rect_of(self.activities[i].box()) for i in (self._drag_from or {obj_id})
                  if i in self.activities}
        moving[obj_id] = rect_of(self.activities[obj_id].box())
        self.filing.file(self.activities[obj_id], Z_ACTIVITY)
        for flow_id in self.flows_at(obj_id):
            self._follow(flow_id, moving)

    def _follow(self, flow_id: str, moving: dict[str, geo.Rect]) -> None:
        item, points = self.flows.get(flow_id), self.drawing.straight(flow_id, moving)
        if item is not None and points is not None:
            item.set_points(points, item._label_at)
            self.filing.file(item, Z_FLOW, item.reach())

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
        """Bring the plan up to date after an edit and apply only what changed."""
        if not self._dirty:
            return
        self._dirty = False
        self._apply(self.drawing.update())
        if self._selection_pending:
            self._push_selection()

    # -- following the model ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """Items come and go with their objects; the plan learns what changed."""
        collection = change.path[0] if change.path else None
        if collection not in TABLES or (change.kind == "set" and len(change.path) != 2):
            return
        self._changing += 1
        try:
            self.drawing.note(change)
            obj_id = change.item.id if change.item is not None else change.obj_id
            if change.kind == "insert":
                self._drop_item(collection, obj_id)
                self._add_item(collection, obj_id)
            elif change.kind == "remove":
                self._drop_item(collection, obj_id)
            self.mark_dirty()
        finally:
            self._changing -= 1

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
        self.lose_redraws()
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
        if ignore is None and not set(kinds) - FAST_KINDS:
            sure, item = self._hit_fast(pos, kinds)
            if sure:
                return item
        for item in self.items(pos):  # asks every item on the map (no spatial index)
            if item is not ignore and getattr(item, "kind", None) in kinds:
                return self.hit_item(item)
        return None

    def box_under(self, pos: QPointF) -> tuple[bool, ActivityItem | None]:
        """The box under ``pos``, found in the plan's grid of boxes instead of asking every
        item; of boxes stacked there, the one drawn on top (filed last, as Qt stacks them).
        ``(False, None)`` when the grid cannot tell: boxes away from their planned places
        (a drag, an edit not yet drawn)."""
        if self._dirty or self._drag_from or self.drawing is None:
            return False, None
        near = self.drawing.boxes_on(geo.Rect(pos.x() - 1.0, pos.y() - 1.0, 2.0, 2.0))
        found = [item for item in (self.activities.get(i) for i in near)
                 if item is not None and item.isVisible() and item.box().contains(pos)]
        return True, max(found, key=lambda item: item.filed, default=None)

    def _hit_fast(self, pos: QPointF, kinds: tuple[str, ...]) -> tuple[bool, QGraphicsItem | None]:
        """Boxes, then phase and lane headers (their stacking order), without a scan."""
        if "activity" in kinds:
            sure, box = self.box_under(pos)
            if not sure or box is not None:
                return sure, box
        for kind, table in (("phase", self.phases), ("actor", self.lanes)):
            if kind in kinds:
                for item in table.values():
                    if item.isVisible() and item.header().contains(pos):
                        return True, item
        return True, None

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
            self.follow_drag()

    def follow_drag(self) -> None:
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
        dragged, self._drag_from = list(self._drag_from), {}
        if dragged:  # their arrows ran straight: now as the plan has them (routed)
            self.flush()
            for act_id in dragged:
                self.place(act_id)

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


def _in_order(ids: set[str], table: dict) -> list[str] | set[str]:
    """Many ids in the order of ``table`` (the file's, as items were made): filed in that
    order, a later box is drawn over an earlier one where they overlap. A few: as they are."""
    return [i for i in table if i in ids] if len(ids) > 64 else ids


def render_scene(document: Document) -> MapScene:
    """A static scene of ``document`` for image export (PNG/SVG); needs a QGuiApplication."""
    scene = MapScene(document=document)
    scene.clearSelection()
    return scene
