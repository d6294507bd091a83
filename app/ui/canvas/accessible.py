"""The map as accessible objects: each lane, phase, activity and flow one object a screen reader
can list, browse and count, instead of one "Service map" string.

The canvas view's accessible interface (installed with ``QAccessible.installFactory``) keeps
the view's own children (the drawing area, the scroll bars) and adds, after them::

    Phases (list)      -> Phase: Co-design, ...
    Lane: Kommune (list) -> Activity: Arbejde i caféen, ...   (lane by lane, reading order)
    Flows (list)       -> Information flow: Timetable, ...

Each object has a role, a name ("Activity: …"), a description (lane, phase, co-produced,
flows, consent, findings), a state (selected, focused) and relations (a flow flows from its
source and to its target; an activity to and from its flows). Objects are made only when an
assistive technology asks (nothing is built while nobody listens, nothing per paint) and read
the document and the scene's id -> item maps at that moment, so they are never stale. An
object whose id is gone reports itself invalid; objects are kept (Qt's accessibility cache may
still hold them) and reused if the id comes back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget

from .map_words import MapWords

Role = QAccessible.Role
Relation = QAccessible.Relation
ROLES = {"phases": Role.List, "flows": Role.List, "lane": Role.List, "phase": Role.ListItem,
         "activity": Role.ListItem, "flow": Role.ListItem}


class MapNode(QAccessibleInterface):
    """One lane, phase, activity or flow (``kind``, ``obj_id``), or the Phases / Flows group."""

    def __init__(self, access: "MapAccess", kind: str, obj_id: str = "") -> None:
        super().__init__()
        self.access, self.kind, self.obj_id = access, kind, obj_id

    # -- where it sits ------------------------------------------------------------------------
    def isValid(self) -> bool:
        if not self.access.alive():
            return False
        if self.kind in ("phases", "flows"):
            return True
        return self.access.scene.document.path_of(self.obj_id) is not None

    def object(self):
        return None

    def window(self):
        return QAccessible.queryAccessibleInterface(self.access.view.window()) if self.access.alive() else None

    def parent(self):
        if not self.access.alive():
            return None
        if self.kind == "activity":
            act = self.access.scene.document.activity(self.obj_id)
            if act is not None:
                return self.access.node("lane", act.actor)
        if self.kind in ("phase", "flow"):
            return self.access.node(self.kind + "s")
        return QAccessible.queryAccessibleInterface(self.access.view)

    def childCount(self) -> int:
        return len(self.access.children(self)) if self.isValid() else 0

    def child(self, index: int):
        kids = self.access.children(self) if self.isValid() else []
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child) -> int:
        if not self.isValid() or not isinstance(child, MapNode):
            return -1
        return self.access.position(self, child)

    def childAt(self, x: int, y: int):
        return None

    # -- what it says -------------------------------------------------------------------------
    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        words = self.access.words
        if kind == QAccessible.Text.Name:
            if self.kind in ("phases", "flows"):
                return words.group(self.kind)
            return words.name(self.obj_id)
        if kind == QAccessible.Text.Description and self.kind not in ("phases", "flows"):
            return words.description(self.obj_id)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Names are changed with the rename editor (F2), which makes one undoable step."""

    def role(self) -> QAccessible.Role:
        return ROLES[self.kind]

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        if self.kind in ("phases", "flows"):
            return state
        access = self.access
        selection = access.scene.controller.selection if access.scene.controller else access.scene.selected_ids()
        state.focusable = True
        state.selectable = True
        state.selected = self.obj_id in selection
        state.focused = selection == [self.obj_id] and access.view.hasFocus()
        return state

    def rect(self) -> QRect:
        if not self.access.alive():
            return QRect()
        view = self.access.view
        item = self.access.scene.item_of(self.obj_id) if self.obj_id else None
        if item is None:
            return QRect(view.mapToGlobal(view.rect().topLeft()), view.size())
        box = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())

    def relations(self, match=Relation.AllRelations):
        """A flow: from its source, to its target. An activity or lane: to and from its flows.

        Qt's pairs say how the OTHER object relates to this one: (source, FlowsTo) reads "the
        source flows to this flow", which AT-SPI reports on this flow as flows-from source.
        """
        if not self.isValid() or self.kind in ("phases", "flows", "phase"):
            return []
        found = []
        doc, access = self.access.scene.document, self.access
        if self.kind == "flow":
            flow = doc.flow(self.obj_id)
            for end, relation in ((flow.source, Relation.FlowsTo), (flow.target, Relation.FlowsFrom)):
                node = access.node_for(end)
                if node is not None and match & relation:
                    found.append((node, relation))
            return found
        for flow in doc.flows:
            if flow.source == self.obj_id and match & Relation.FlowsFrom:
                found.append((access.node("flow", flow.id), Relation.FlowsFrom))
            elif flow.target == self.obj_id and match & Relation.FlowsTo:
                found.append((access.node("flow", flow.id), Relation.FlowsTo))
        return found


class MapViewAccessible(QAccessibleWidget):
    """The canvas: its own widgets first, then the map's groups and lanes."""

    def __init__(self, view, access: "MapAccess") -> None:
        super().__init__(view, Role.Canvas)
        self.access = access

    def _base(self) -> int:
        return super().childCount()

    def childCount(self) -> int:
        return self._base() + len(self.access.top())

    def child(self, index: int):
        base = self._base()
        if index < base:
            return super().child(index)
        top = self.access.top()
        return top[index - base] if index - base < len(top) else None

    def indexOfChild(self, child) -> int:
        if isinstance(child, MapNode):
            top = self.access.top()
            return next((self._base() + i for i, k in enumerate(top) if k is child), -1)
        return super().indexOfChild(child)

    def focusChild(self):
        node = self.access.current_node()
        return node if node is not None else super().focusChild()


class MapAccess(QObject):
    """The accessible objects of one MapView, made on demand; focus follows the selection."""

    def __init__(self, view, findings=None) -> None:
        super().__init__(view)
        self.setObjectName("mapAccess")
        self.view = view
        self.scene = view.map_scene
        self.findings = findings
        self.words = MapWords(lambda: self.scene.document, self._count_findings, self)
        self._nodes: dict[tuple[str, str], MapNode] = {}
        #: children and their positions per parent, kept until the document changes (a reader
        #: listing 10,000 flows asks for each child and its index: not a pass over all each time)
        self._kids: dict[tuple[str, str], tuple[list[MapNode], dict[int, int]]] = {}
        view.map_access = self
        install_factory()
        controller = self.scene.controller
        if controller is not None:
            controller.selection_changed.connect(self.selection_changed)
            controller.changed.connect(self._forget)
            controller.document_replaced.connect(self._forget)

    def _forget(self, *_: object) -> None:
        if self._kids:
            self._kids.clear()

    def alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.view)

    def _count_findings(self, obj_id: str) -> int:
        return len(self.findings.findings_for(obj_id)) if self.findings is not None else 0

    def node(self, kind: str, obj_id: str = "") -> MapNode:
        key = (kind, obj_id)
        node = self._nodes.get(key)
        if node is None:
            node = self._nodes[key] = MapNode(self, kind, obj_id)
        return node

    def node_for(self, obj_id: str) -> MapNode | None:
        """The object of any map id (None for an id that is not on the map)."""
        doc = self.scene.document
        for kind, exists in (("activity", doc.activity), ("flow", doc.flow),
                             ("lane", doc.actor), ("phase", doc.phase)):
            if exists(obj_id) is not None:
                return self.node(kind, obj_id)
        return None

    def top(self) -> list[MapNode]:
        doc = self.scene.document
        nodes = [self.node("phases")] if doc.phases else []
        nodes += [self.node("lane", actor.id) for actor in doc.actors]
        if doc.flows:
            nodes.append(self.node("flows"))
        return nodes

    def children(self, node: MapNode) -> list[MapNode]:
        return self._children(node)[0]

    def position(self, parent: MapNode, child: MapNode) -> int:
        return self._children(parent)[1].get(id(child), -1)

    def _children(self, node: MapNode) -> tuple[list[MapNode], dict[int, int]]:
        key = (node.kind, node.obj_id)
        if key not in self._kids:
            kids = self._list_children(node)
            self._kids[key] = (kids, {id(k): i for i, k in enumerate(kids)})
        return self._kids[key]

    def _list_children(self, node: MapNode) -> list[MapNode]:
        doc = self.scene.document
        if node.kind == "phases":
            return [self.node("phase", p.id) for p in doc.phases]
        if node.kind == "flows":
            return [self.node("flow", f.id) for f in doc.flows]
        if node.kind == "lane":
            acts = sorted((a for a in doc.activities if a.actor == node.obj_id), key=lambda a: (a.x, a.y))
            return [self.node("activity", a.id) for a in acts]
        return []

    def current_node(self) -> MapNode | None:
        """The single selected item while the canvas has the keyboard focus."""
        ids = self.scene.selected_ids()
        if len(ids) != 1 or not self.view.hasFocus():
            return None
        return self.node_for(ids[0])

    def selection_changed(self, ids: list[str]) -> None:
        """Tell an assistive technology where the focus went (only when one listens)."""
        if not QAccessible.isActive() or not self.alive():
            return
        node = self.current_node()
        if node is None:
            return
        state = QAccessible.State()
        state.selected = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(node, state))
        QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.Focus))


_installed = False


def _factory(class_name: str, obj: QObject):
    access = getattr(obj, "map_access", None)
    if isinstance(access, MapAccess) and access.view is obj:
        return MapViewAccessible(obj, access)
    return None


def install_factory() -> None:
    """Register the canvas's accessible interface with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True

