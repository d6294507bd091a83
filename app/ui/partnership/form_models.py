"""Models behind the panel's form: one row per partnership with its single-valued fields
(mapped onto widgets by QDataWidgetMapper, and the chooser's list of names), the actors as a
checkable list of members, and the actors as choices for the coordinator combo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractListModel, QAbstractTableModel, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)

from app.model import Change, edits
from app.model.document import resolve

from ..controller import DocumentController

Index = QModelIndex | QPersistentModelIndex

#: (column name, sub-path inside the partnership, field, may be null)
FIELDS: list[tuple[str, tuple, str, bool]] = [
    ("name", (), "name", False),
    ("purpose", (), "purpose", True),
    ("remit", (), "remit", False),
    ("need", (), "need", False),
    ("coordinator", ("governance",), "coordinator", True),
    ("leadership_resources", ("governance",), "leadership_resources", False),
    ("decision_making", ("governance",), "decision_making", False),
    ("review", ("governance",), "review", False),
    ("why", ("questions",), "why", False),
    ("complementary", ("questions",), "complementary", False),
    ("technology", ("questions",), "technology", False),
    ("routines", ("questions",), "routines", False),
]
COLUMN = {name: i for i, (name, *_rest) in enumerate(FIELDS)}
_TYPED = {"name", "remit", "need", "leadership_resources", "decision_making", "review",
          "why", "complementary", "technology", "routines"}


class PartnershipsModel(QAbstractTableModel):
    """Rows: the document's partnerships; columns: FIELDS."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self._on_change)
        controller.document_replaced.connect(self._reset)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.controller.document.partnerships)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        _name, sub, field, _null = FIELDS[index.column()]
        part = self.controller.document.partnerships[index.row()]
        value = getattr(resolve(part, sub), field)
        return "" if value is None else value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name, sub, field, nullable = FIELDS[index.column()]
        if nullable and value == "":
            value = None
        part = self.controller.document.partnerships[index.row()]
        path = ("partnerships", index.row()) + sub
        merge = ("partnership", part.id, field) if name in _TYPED else None
        text = self.tr("Edit partnership %s") % name.replace("_", " ")
        return self.controller.execute(
            text, lambda doc: edits.update_at(doc, path, **{field: value}), merge)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        path = change.path
        if path == ("partnerships",):
            if change.kind == "insert":
                self.beginInsertRows(QModelIndex(), change.index, change.index)
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), change.index, change.index)
                self.endRemoveRows()
        elif (change.kind == "set" and len(path) in (2, 3) and path[0] == "partnerships"
              and (len(path) == 2 or path[2] in ("governance", "questions"))):
            row = path[1]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))


class ActorsModel(QAbstractListModel):
    """The map's actors, optionally with a "none" row first; ids in UserRole.

    With ``members_of`` set (a partnership id) the rows are checkable and checking one makes
    the actor a member of that partnership.
    """

    def __init__(self, controller: DocumentController, none_text: str | None = None,
                 checkable: bool = False, parent: QObject | None = None,
                 members_only: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.none_text = none_text
        self.checkable = checkable
        self.members_only = members_only  #: only the partnership's members (the coordinator)
        self.partnership_id: str | None = None
        controller.changed.connect(self._on_change)
        controller.document_replaced.connect(self.refresh)

    def _offset(self) -> int:
        return 1 if self.none_text is not None else 0

    def _shown(self) -> list[str]:
        """The actors offered: all, or the members (and a coordinator who is not one, so
        that the choice already made still shows)."""
        doc = self.controller.document
        if not self.members_only:
            return [a.id for a in doc.actors]
        part = doc.partnership(self.partnership_id or "")
        keep = set(part.members) | {part.governance.coordinator} if part is not None else set()
        return [a.id for a in doc.actors if a.id in keep]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown()) + self._offset()

    def actor_id(self, row: int) -> str:
        row -= self._offset()
        shown = self._shown()
        return shown[row] if 0 <= row < len(shown) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        actor_id = self.actor_id(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return actor_id
        if role == Qt.ItemDataRole.DisplayRole:
            actor = self.controller.document.actor(actor_id)
            return self.none_text if actor is None else (actor.name or actor.id)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            members = self._members()
            return Qt.CheckState.Checked if actor_id in members else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.checkable and self.partnership_id is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _members(self) -> list[str]:
        part = self.controller.document.partnership(self.partnership_id or "")
        return [] if part is None else part.members

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        part_id = self.partnership_id
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or part_id is None:
            return False
        actor_id = self.actor_id(index.row())
        wanted = set(self._members())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            wanted.add(actor_id)
        else:
            wanted.discard(actor_id)
        order = [a.id for a in self.controller.document.actors if a.id in wanted]
        text = self.tr("Change members")
        return self.controller.execute(text, lambda doc: edits.update(doc, part_id, members=order))

    def set_partnership(self, partnership_id: str | None) -> None:
        self.partnership_id = partnership_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        path = change.path
        if path and path[0] == "actors" and (change.kind != "set" or change.field == "name"):
            self.refresh()
        elif self.members_only and change.kind == "set" and change.field in ("members",
                                                                             "coordinator"):
            self.refresh()
        elif self.checkable and change.kind == "set" and change.field == "members":
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
