"""Table models over one partnership's lists (responsibilities, resources, assets …).

Each model reads the document live and writes through ``controller.execute``, so every cell
edit is one undoable step on the shared stack. A model listens to the controller and refreshes
only when a change concerns what it shows: its own list, the actors, or the lists it names
(resources for complementarities, assets for routines).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.model import Change, Document, edits
from app.model.document import resolve

from . import choices as ch
from ..controller import DocumentController

#: role giving a cell's editor kind: "text", "choice", "multi" or "date"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
#: role giving a cell's choices as [(value, label)]
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
#: role giving the id of the actor/asset a cell shows (for "show on canvas")
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
CHOOSE_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
CHOOSE_COLOR = "#B3261E"  #: a cell still to choose: a quiet red, like a form's required field


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"
    choices: Callable[["PartnershipTableModel"], list[ch.Choice]] | None = None
    nullable: bool = False  #: "" in the editor means None in the file


class PartnershipTableModel(QAbstractTableModel):
    """Rows are the items of one list of the current partnership."""

    LIST: tuple[str, ...] = ()
    DEPENDS: tuple[str, ...] = ()  #: other partnership lists whose names the cells show
    ITEM: str = ""
    #: fields a new row can only guess (the file needs a value): shown as "choose…" until
    #: the user picks one
    GUESSED: tuple[str, ...] = ()

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.partnership_id: str | None = None
        self._to_choose: list[tuple[Any, set[str]]] = []  #: (new item, fields not chosen yet)
        self.columns: list[Column] = self.make_columns()
        controller.changed.connect(self._on_change)
        controller.document_replaced.connect(self.refresh)

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    @property
    def doc(self) -> Document:
        return self.controller.document

    # -- where the list is ------------------------------------------------------------------
    def set_partnership(self, partnership_id: str | None) -> None:
        self.partnership_id = partnership_id
        self.refresh()

    def base_path(self) -> tuple | None:
        if self.partnership_id is None:
            return None
        path = self.doc.path_of(self.partnership_id)
        return path if path is not None and path[0] == "partnerships" else None

    def list_path(self) -> tuple | None:
        base = self.base_path()
        return None if base is None else base + self.LIST

    def items(self) -> list:
        path = self.list_path()
        return [] if path is None else resolve(self.doc, path)

    def items_of(self, name: str) -> list:
        """Another list of the current partnership (e.g. its resources)."""
        base = self.base_path()
        return [] if base is None else getattr(resolve(self.doc, base), name)

    def default_actor(self) -> str | None:
        """The first member, else the first actor: what a new row names by default."""
        part = self.doc.find(self.partnership_id) if self.partnership_id else None
        if part is not None and part.members:
            return part.members[0]
        return self.doc.actors[0].id if self.doc.actors else None

    def doc_row(self, row: int) -> int:
        """The index in the document's list of the item shown in ``row``."""
        return row

    def view_row(self, doc_row: int) -> int:
        return doc_row

    def item(self, row: int) -> Any:
        return self.items()[self.doc_row(row)]

    def item_path(self, row: int) -> tuple:
        return self.list_path() + (self.doc_row(row),)

    # -- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        col = self.columns[index.column()]
        value = getattr(self.item(index.row()), col.field)
        if self.needs_choice(index.row(), col.field) and role in CHOOSE_ROLES:
            return self._choose_hint(role, self.display(col, value))
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(col, value)
        if role == KIND_ROLE:
            return col.kind
        if role == CHOICES_ROLE:
            return col.choices(self) if col.choices else None
        if role == TARGET_ROLE:
            return self.target(index.row(), col, value)
        return None

    def needs_choice(self, row: int, field: str) -> bool:
        """True while a new row's guessed ``field`` waits for the user's choice."""
        if not self._to_choose or not 0 <= row < self.rowCount():
            return False
        item = self.item(row)
        return any(obj is item and field in fields for obj, fields in self._to_choose)

    def _choose_hint(self, role: int, guess: str) -> Any:
        """"choose…" in quiet red italics; the tooltip says what the file holds meanwhile."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Not chosen yet: click to choose. Until then the map says “%1”.") \
                .replace("%1", guess)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(CHOOSE_COLOR)
        return self.tr("choose…")

    def first_to_choose(self, row: int) -> int:
        """The column of the first cell in ``row`` still to choose (else the first column)."""
        return next((i for i, c in enumerate(self.columns) if self.needs_choice(row, c.field)), 0)

    def _chosen(self, row: int, field: str) -> None:
        item = self.item(row)
        for obj, fields in self._to_choose:
            if obj is item:
                fields.discard(field)
        self._to_choose = [(o, f) for o, f in self._to_choose if f]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def display(self, col: Column, value: Any) -> str:
        if col.kind == "multi":
            return ch.labels(col.choices(self), value)
        if col.kind == "choice":
            return ch.label(col.choices(self), value)
        return value

    def target(self, row: int, col: Column, value: Any) -> list[str]:
        """Ids a click on this cell shows on the canvas: actors it names, or the item itself."""
        if col.kind in ("choice", "multi") and col.choices is actor_choices:
            return list(value) if isinstance(value, list) else ([value] if value else [])
        if col.choices is asset_choices and value:
            return [value]
        return []

    # -- writing ----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.nullable and value == "":
            value = None
        if col.kind == "multi":
            value = list(value)
        path = self.item_path(index.row())
        text = self.tr("Edit %s") % col.header.lower()
        merge = ("cell", path, col.field) if col.kind == "text" else None
        if self.needs_choice(index.row(), col.field):
            self._chosen(index.row(), col.field)  # even when the guess was the choice
        return self.controller.execute(
            text, lambda doc: edits.update_at(doc, path, **{col.field: value}), merge)

    def add(self, item: Any) -> bool:
        """Append ``item`` to the list as one undoable step; its guessed fields show
        "choose…" until the user picks a value."""
        path = self.list_path()
        if path is None:
            return False
        done = self.controller.execute(self.tr("Add %s") % self.ITEM,
                                       lambda doc: edits.add(doc, path, item))
        if done and self.GUESSED:
            self._to_choose.append((item, set(self.GUESSED)))
            self.refresh()
        return done

    def remove_rows(self, rows: list[int]) -> bool:
        """Remove the items shown in ``rows`` (with what depends on them) as one step."""
        if not rows or self.list_path() is None:
            return False
        objs = [self.item(r) for r in rows]
        text = self.tr("Remove %s") % self.ITEM
        ids = [getattr(o, "id", None) for o in objs]
        if all(ids):
            return self.controller.execute(text, lambda doc: edits.remove_many(doc, ids))
        path = self.list_path()
        order = sorted((self.doc_row(r) for r in rows), reverse=True)
        ops = [edits.Remove(path, i, self.items()[i]) for i in order]
        return self.controller.execute(text, lambda doc: edits.apply(doc, ops))

    # -- following the document -------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        path = change.path
        if not path or path[0] == "actors":
            if not path or change.kind != "set" or change.field == "name":
                self.refresh()
            return
        if path[0] != "partnerships":
            return
        own = self.list_path()
        if len(path) < 2 or (len(path) >= 3 and path[2] in self.DEPENDS):
            self.refresh()
        elif own is not None and change.kind == "set" and path[:-1] == own:
            self._item_changed(path[-1], change.field)
        elif own is not None and path[:len(own)] == own:
            self.refresh()

    def _item_changed(self, doc_row: int, field: str | None) -> None:
        row = self.view_row(doc_row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


def actor_choices(model: PartnershipTableModel) -> list[ch.Choice]:
    return ch.actors(model.doc)


def asset_choices(model: PartnershipTableModel) -> list[ch.Choice]:
    return ch.assets(model.doc)


def resource_choices(model: PartnershipTableModel) -> list[ch.Choice]:
    names = dict(ch.actors(model.doc))
    return [(r.id, f"{r.name} ({names.get(r.owner, r.owner)})") for r in model.items_of("resources")]
