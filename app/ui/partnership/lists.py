"""The six lists of a partnership as table models: which columns, what a new row holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from app.model.document import (Asset, Complementarity, Reflection, Resource, Responsibility,
                                Routine)
from app.model.edits import new_id

from . import choices as ch
from .table_models import (Column, PartnershipTableModel, actor_choices, asset_choices,
                           resource_choices)
from ..controller import DocumentController


def _fixed(fn):
    return lambda model: fn()


class ResponsibilitiesModel(PartnershipTableModel):
    LIST = ("governance", "responsibilities")
    GUESSED = ("actor", "level")

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("responsibility")
        return [Column("actor", self.tr("Actor"), "choice", actor_choices),
                Column("level", self.tr("Level"), "choice", _fixed(ch.levels)),
                Column("description", self.tr("Description"))]

    def new_item(self) -> Responsibility | None:
        actor = self.default_actor()
        return None if actor is None else Responsibility(actor=actor, level="operational")


class ResourcesModel(PartnershipTableModel):
    LIST = ("resources",)
    GUESSED = ("owner", "nature")

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("resource")
        return [Column("owner", self.tr("Owner"), "choice", actor_choices),
                Column("name", self.tr("Resource")),
                Column("nature", self.tr("Nature"), "choice", _fixed(ch.natures)),
                Column("description", self.tr("Description"))]

    def new_item(self) -> Resource | None:
        owner = self.default_actor()
        if owner is None:
            return None
        return Resource(id=new_id(self.doc, "r"), owner=owner, name=self.tr("New resource"))


class ComplementaritiesModel(PartnershipTableModel):
    LIST = ("complementarities",)
    DEPENDS = ("resources",)
    GUESSED = ("resources", "interdependence")

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("complementarity")
        return [Column("resources", self.tr("Resources"), "multi", resource_choices),
                Column("interdependence", self.tr("Interdependence"), "choice",
                       _fixed(ch.interdependences)),
                Column("note", self.tr("Note"))]

    def new_item(self) -> Complementarity | None:
        """Two resources are needed: default to the first two."""
        resources = self.items_of("resources")
        if len(resources) < 2:
            return None
        return Complementarity(resources=[resources[0].id, resources[1].id])


class AssetsModel(PartnershipTableModel):
    LIST = ("assets",)
    GUESSED = ("kind", "status")

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("asset")
        return [Column("name", self.tr("Asset")),
                Column("kind", self.tr("Kind"), "choice", _fixed(ch.asset_kinds)),
                Column("status", self.tr("Status"), "choice", _fixed(ch.asset_statuses)),
                Column("access", self.tr("Access"), "multi", actor_choices),
                Column("description", self.tr("Description"))]

    def new_item(self) -> Asset:
        part = self.doc.find(self.partnership_id)
        return Asset(id=new_id(self.doc, "as"), name=self.tr("New asset"),
                     access=list(part.members) if part is not None else [])

    def target(self, row, col, value) -> list[str]:
        if col.field == "name":
            return [self.item(row).id]
        return super().target(row, col, value)


class RoutinesModel(PartnershipTableModel):
    LIST = ("routines",)
    DEPENDS = ("assets",)

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("routine")
        return [Column("what", self.tr("What")), Column("when", self.tr("When")),
                Column("form", self.tr("Form")),
                Column("asset", self.tr("Asset"), "choice", asset_choices, nullable=True),
                Column("participants", self.tr("Between"), "multi", actor_choices)]

    def new_item(self) -> Routine:
        part = self.doc.find(self.partnership_id)
        return Routine(id=new_id(self.doc, "k"),
                       participants=list(part.members) if part is not None else [])


class ReflectionsModel(PartnershipTableModel):
    """The reflection log, newest first (the file keeps the order entries were added)."""

    LIST = ("reflections",)

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        self._order: list[int] = []
        super().__init__(controller, parent)

    def make_columns(self) -> list[Column]:
        self.ITEM = self.tr("reflection")
        return [Column("date", self.tr("Date"), "date"),
                Column("works_locally", self.tr("Works locally")),
                Column("works_for_citizens", self.tr("For citizens")),
                Column("to_improve", self.tr("To improve"))]

    def refresh(self) -> None:
        self.beginResetModel()
        items = self.items()
        self._order = sorted(range(len(items)), key=lambda i: (items[i].date, i), reverse=True)
        self.endResetModel()

    def doc_row(self, row: int) -> int:
        return self._order[row]

    def view_row(self, doc_row: int) -> int:
        return self._order.index(doc_row)

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._order)

    def _item_changed(self, doc_row: int, field: str | None) -> None:
        if field == "date":
            self.refresh()
        else:
            super()._item_changed(doc_row, field)

    def new_item(self) -> Reflection:
        return Reflection(date=date.today().isoformat())
