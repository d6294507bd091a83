"""The Outline dock (View → Outline): the map as a tree a keyboard or a screen reader can walk.

Lanes, then each lane's activities in reading order, then under each activity its outgoing and
incoming flows (what, to or from whom, consent); flows that start or end at a lane header sit
under the lane after its activities. A QStandardItemModel, updated from the controller's change
signals one lane at a time: an edit rebuilds only the lanes it touches, once per pass of the
event loop. Selecting a row selects the item on the canvas and the other way round; Enter
(or F2) renames, Delete deletes, both as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QLineEdit, QStyledItemDelegate, QTreeView,
                               QVBoxLayout, QWidget)

from app.model import Change, edits

from .canvas.map_words import MapWords
from .controller import DocumentController

ID_ROLE = Qt.ItemDataRole.UserRole + 1  #: the map id a row stands for
EDIT_ROLE = Qt.ItemDataRole.UserRole + 2  #: the text Enter edits (title, name, what)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _RenameDelegate(QStyledItemDelegate):
    """Edits only the row's own text (a flow row shows more than its what)."""

    def __init__(self, outline: "OutlinePanel") -> None:
        super().__init__(outline.tree)
        self.outline = outline

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(EDIT_ROLE) or ""))
            editor.setAccessibleName(self.tr("New name"))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.outline.rename(str(index.data(ID_ROLE)), editor.text())


class _Tree(QTreeView):
    """Enter renames the current row (instead of only activating it)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in ENTER and index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                event.accept()
                return
        super().keyPressEvent(event)


class OutlinePanel(QWidget):
    """The outline of one controller's map (object name ``outlinePanelWidget``)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanelWidget")
        self.controller = controller
        self.words = MapWords(lambda: controller.document, parent=self)
        self.model = QStandardItemModel(self)
        self.tree = _Tree(self)
        self.tree.setObjectName("outlineTree")
        self.tree.setAccessibleName(self.tr("Outline of the map"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(260)
        self.tree.setItemDelegate(_RenameDelegate(self))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        self._lanes: dict[str, QStandardItem] = {}
        self._dirty: set[str] = set()
        self._expanded: set[str] = set()  #: activities whose flows the user opened
        self._collapsed: set[str] = set()  #: lanes the user closed
        self._syncing = False
        self._stale = False  #: edits came while the dock was closed: rebuild when shown
        self._ends: dict | None = None  #: (outgoing?, end id) -> flows, during a rebuild
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expanded.connect(lambda i: self._opened(i, True))
        self.tree.collapsed.connect(lambda i: self._opened(i, False))
        controller.changed.connect(self._changed)
        controller.document_replaced.connect(self.rebuild)
        controller.selection_changed.connect(self.show_selection)
        self.rebuild()

    # -- building -----------------------------------------------------------------------------
    def _idle(self) -> bool:
        """While the dock is closed (as at first) nothing is kept up to date: on a map of
        thousands of activities every edit would rebuild lanes no one sees. Showing it
        rebuilds once."""
        if self.isVisible():
            return False
        self._stale = True
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.rebuild()
            self.show_selection(list(self.controller.selection))

    def rebuild(self) -> None:
        """Every lane afresh (a new or opened map)."""
        self._timer.stop()
        self._dirty.clear()
        if self._idle():
            return
        self._ends = None
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Map")])
        self._lanes = {}
        for actor in self.controller.document.actors:
            self._lanes[actor.id] = self._lane_item(actor.id)
            self.model.appendRow(self._lanes[actor.id])
        self.tree.expandToDepth(0)

    def _opened(self, index: QModelIndex, opened: bool) -> None:
        obj_id = str(index.data(ID_ROLE))
        if not index.parent().isValid():  # a lane
            (self._collapsed.discard if opened else self._collapsed.add)(obj_id)
        else:
            (self._expanded.add if opened else self._expanded.discard)(obj_id)

    def _row(self, obj_id: str, text: str, edit: str | None) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(obj_id, ID_ROLE)
        item.setAccessibleDescription(self.words.description(obj_id))
        item.setEditable(edit is not None)
        if edit is not None:
            item.setData(edit, EDIT_ROLE)
        return item

    def _lane_item(self, actor_id: str) -> QStandardItem:
        doc = self.controller.document
        actor = doc.actor(actor_id)
        lane = self._row(actor_id, self.words.name(actor_id), actor.name)
        acts = sorted((a for a in doc.activities if a.actor == actor_id), key=lambda a: (a.x, a.y))
        for act in acts:
            text = act.title + (" *" if act.co_produced else "")
            row = self._row(act.id, text, act.title)
            for flow_row in self._flow_rows(act.id):
                row.appendRow(flow_row)
            lane.appendRow(row)
        for flow_row in self._flow_rows(actor_id):
            lane.appendRow(flow_row)
        return lane

    def _flow_rows(self, end_id: str) -> list[QStandardItem]:
        """Outgoing flows ("to …"), then incoming ("from …"), with their consent."""
        words, rows = self.words, []
        if self._ends is None:  # flows by end, once per rebuild (not a pass over all per row)
            self._ends = {}
            for flow in self.controller.document.flows:
                self._ends.setdefault((True, flow.source), []).append(flow)
                self._ends.setdefault((False, flow.target), []).append(flow)
        for outgoing in (True, False):
            for flow in self._ends.get((outgoing, end_id), ()):
                other = words.end(flow.target if outgoing else flow.source)
                what = flow.what or words.kind(flow.id)
                spoken = (self.tr("to {end}: {what}") if outgoing else self.tr("from {end}: {what}")
                          ).format(end=other, what=what)
                if flow.kind == "information":
                    spoken += " — " + words.consent(flow)
                row = self._row(flow.id, f"{what} {'→' if outgoing else '←'} {other}", flow.what)
                row.setAccessibleText(spoken)  # words, not arrows, for a screen reader
                row.setToolTip(spoken)
                rows.append(row)
        return rows

    # -- following the document ---------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """Note which lanes an edit touches; rebuild them once the edit is complete."""
        if self._idle():
            return
        doc, path = self.controller.document, change.path
        if not path or path[0] not in ("activities", "flows", "actors", "phases"):
            return
        item = change.item if change.kind in ("insert", "remove") else None
        obj_id = change.obj_id or ""
        if path[0] == "phases":  # activities say their phase
            self._dirty.update(self._lanes)
        elif path[0] in ("actors", "activities"):
            self._dirty.update([obj_id, *self._rows_of(obj_id)] if path[0] == "actors" else self._rows_of(obj_id))
            act = item if path[0] == "activities" and item is not None else doc.activity(obj_id)
            if act is not None:
                self._dirty.add(act.actor)
            for flow in doc.flows:  # rows elsewhere name this end
                if obj_id in (flow.source, flow.target):
                    self._dirty.update(self._lane_of_end(flow.source) + self._lane_of_end(flow.target))
        else:
            flow = item or doc.flow(obj_id)
            ends = (flow.source, flow.target) if flow is not None else ()
            for end in ends:
                self._dirty.update(self._lane_of_end(end))
            self._dirty.update(self._rows_of(obj_id))
        self._timer.start()

    def _lane_of_end(self, end_id: str) -> list[str]:
        doc = self.controller.document
        act = doc.activity(end_id)
        return [act.actor] if act is not None else [end_id, *self._rows_of(end_id)]

    def _rows_of(self, obj_id: str) -> list[str]:
        """The lanes whose rows show ``obj_id`` now (before the edit is folded in)."""
        found = self.model.match(self.model.index(0, 0), ID_ROLE, obj_id, -1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return [str(self._top(i).data(ID_ROLE)) for i in found]

    @staticmethod
    def _top(index: QModelIndex) -> QModelIndex:
        while index.parent().isValid():
            index = index.parent()
        return index

    def flush(self) -> None:
        """Rebuild the touched lanes in place (others, and their expansion, stay as they are)."""
        if self._idle():
            return
        self._ends = None
        dirty, self._dirty = self._dirty, set()
        doc = self.controller.document
        current = self.tree.currentIndex().data(ID_ROLE)
        order = [a.id for a in doc.actors]
        for actor_id in list(self._lanes):
            if actor_id not in order:
                self.model.removeRow(self._lanes.pop(actor_id).row())
        for position, actor_id in enumerate(order):
            item = self._lanes.get(actor_id)
            if item is not None and actor_id not in dirty and item.row() == position:
                continue
            if item is not None:
                self.model.removeRow(item.row())
            self._lanes[actor_id] = self._lane_item(actor_id)
            self.model.insertRow(position, self._lanes[actor_id])
            self._restore_expansion(self._lanes[actor_id])
        if current is not None:
            self.show_selection([str(current)] if not self.controller.selection else self.controller.selection)

    def _restore_expansion(self, lane: QStandardItem) -> None:
        """Lanes open unless the user closed them; activities as the user left them."""
        if str(lane.data(ID_ROLE)) not in self._collapsed:
            self.tree.expand(lane.index())
        for row in range(lane.rowCount()):
            child = lane.child(row)
            if str(child.data(ID_ROLE)) in self._expanded:
                self.tree.expand(child.index())

    # -- selection, both ways -----------------------------------------------------------------
    def index_of(self, obj_id: str) -> QModelIndex:
        found = self.model.match(self.model.index(0, 0), ID_ROLE, obj_id, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()

    def show_selection(self, ids: list[str]) -> None:
        """The canvas selection as the current row (the first selected item)."""
        if self._syncing or self._idle():
            return
        index = self.index_of(ids[0]) if ids else QModelIndex()
        if index == self.tree.currentIndex():
            return
        self._syncing = True
        try:
            self.tree.setCurrentIndex(index)
            if index.isValid():
                self.tree.scrollTo(index)
        finally:
            self._syncing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._syncing = True
        try:
            self.controller.show([str(current.data(ID_ROLE))])
        finally:
            self._syncing = False

    # -- editing ------------------------------------------------------------------------------
    def rename(self, obj_id: str, text: str) -> bool:
        """Set an activity's title, a lane's name or a flow's what (one undoable step)."""
        doc = self.controller.document
        field = ("title" if doc.activity(obj_id) is not None else
                 "name" if doc.actor(obj_id) is not None else
                 "what" if doc.flow(obj_id) is not None else None)
        if field is None:
            return False
        return self.controller.execute(self.tr("Rename"),
                                       lambda d: edits.update(d, obj_id, **{field: text}))
