"""What changed between two maps: element by element (by id), field by field.

Elements are the phases, actors, activities, flows and partnerships, the resources, assets and
routines inside partnerships, and ``meta``. :func:`diff` lists the changes people read (CLI,
PDF, the editor's compare overlay); :func:`operations` gives the primitive edit operations
(:mod:`app.model.edits`) that turn one document into the other, so a comparison or a merge is
applied — and undone — like any other edit.

Nested objects without ids (``governance``, ``questions``) are compared field by field under
dotted names (``governance.review``); lists without ids (authors, members, reflections …) are
one field each. The save time ``meta.modified`` is not reported as a change of content.
"""

from __future__ import annotations

import copy
import typing
from dataclasses import dataclass
from typing import Any, Iterator

from pydantic import BaseModel

from .document import Document
from .edits import Insert, Op, Remove, Set

#: the document's lists of elements with ids, and the kind of element each holds
ROOT_KINDS = {"phases": "phase", "actors": "actor", "activities": "activity", "flows": "flow",
              "partnerships": "partnership"}
#: lists of elements with ids inside a partnership
SUB_KINDS = {"resources": "resource", "assets": "asset", "routines": "routine"}
KIND_ORDER = ("meta", *ROOT_KINDS.values(), *SUB_KINDS.values())
#: fields reported together as one geometry change: (kind, op, field name, fields)
GEOMETRY = (("activity", "moved", "position", ("x", "y")),
            ("activity", "resized", "size", ("width", "height")),
            ("phase", "resized", "width", ("width",)),
            ("actor", "resized", "lane_height", ("lane_height",)))
#: lists whose order people see (lanes top to bottom, phases left to right)
ORDERED = ("phases", "actors")
NOT_CONTENT = {("meta", "modified")}


@dataclass(frozen=True)
class Change:
    """One difference (people read it through :mod:`app.model.change_text`, which names the
    element)."""

    op: str  #: added | removed | changed | moved | resized | reordered
    kind: str
    id: str | None
    field: str | None
    old: Any
    new: Any

    def as_dict(self) -> dict[str, Any]:
        return {"op": self.op, "kind": self.kind, "id": self.id, "field": self.field,
                "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Element:
    kind: str
    fields: dict[str, Any]  #: flattened fields, sub-element lists left out
    parent: str | None = None  #: the partnership holding a resource, asset or routine
    raw: dict[str, Any] | None = None  #: the element as the file has it (sub-lists included)


def display_name(fields: dict[str, Any]) -> str:
    """What people call an element: its name or title, a flow's *what*, else empty."""
    for key in ("name", "title", "what"):
        value = fields.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def flatten(data: dict[str, Any], skip: tuple[str, ...] = (), prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted fields; lists stay one value."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in skip:
            continue
        if isinstance(value, dict):
            out.update(flatten(value, (), f"{prefix}{key}."))
        else:
            out[prefix + key] = value
    return out


def elements(data: dict[str, Any]) -> dict[str, Element]:
    """id -> element, in document order, from a document dumped as JSON values."""
    out: dict[str, Element] = {}
    for name, kind in ROOT_KINDS.items():
        for item in data[name]:
            out[item["id"]] = Element(kind, flatten(item, tuple(SUB_KINDS)), None, item)
    for part in data["partnerships"]:
        for name, kind in SUB_KINDS.items():
            for item in part[name]:
                out[item["id"]] = Element(kind, flatten(item), part["id"], item)
    return out


def diff(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order of KIND_ORDER, then document order."""
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
    changes = list(_field_changes("meta", None, flatten(a["meta"]), flatten(b["meta"])))
    ea, eb = elements(a), elements(b)
    found: list[Change] = []
    for obj_id, elem in eb.items():
        before = ea.get(obj_id)
        if before is None or before.kind != elem.kind:
            found.append(Change("added", elem.kind, obj_id, None, None, elem.raw))
            continue
        fa, fb = dict(before.fields), dict(elem.fields)
        if before.parent != elem.parent:
            fa["partnership"], fb["partnership"] = before.parent, elem.parent
        found.extend(_field_changes(elem.kind, obj_id, fa, fb))
    for obj_id, elem in ea.items():
        after = eb.get(obj_id)
        if after is None or after.kind != elem.kind:
            found.append(Change("removed", elem.kind, obj_id, None, elem.raw, None))
    for name in ORDERED:
        found.extend(_reordered(ROOT_KINDS[name], [x["id"] for x in a[name]],
                                [x["id"] for x in b[name]]))
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    found.sort(key=lambda c: rank[c.kind])  # stable: document order within a kind
    return changes + found


def _field_changes(kind: str, obj_id: str | None, old: dict[str, Any],
                   new: dict[str, Any]) -> Iterator[Change]:
    grouped: set[str] = set()
    for g_kind, op, label, names in GEOMETRY:
        if g_kind == kind and any(old.get(n) != new.get(n) for n in names):
            grouped.update(names)
            if len(names) == 1:
                yield Change(op, kind, obj_id, label, old.get(names[0]), new.get(names[0]))
            else:
                yield Change(op, kind, obj_id, label, {n: old.get(n) for n in names},
                             {n: new.get(n) for n in names})
    for key in list(old) + [k for k in new if k not in old]:
        if key in grouped or (kind, key) in NOT_CONTENT:
            continue
        if old.get(key) != new.get(key):
            yield Change("changed", kind, obj_id, key, old.get(key), new.get(key))


def _reordered(kind: str, old: list[str], new: list[str]) -> Iterator[Change]:
    common = set(old) & set(new)
    if [x for x in old if x in common] != [x for x in new if x in common]:
        yield Change("reordered", kind, None, "order", old, new)


# -- operations: turning one document into another -----------------------------------------
def operations(old: Document, new: Document) -> list[Op]:
    """Primitive operations that turn ``old`` into ``new`` when applied in order to ``old``
    itself (moved items are re-inserted as the very objects of ``old``)."""
    ops: list[Op] = []
    _sync_object(ops, (), old, new)
    return ops


def _id_list(model: BaseModel, name: str) -> bool:
    """Is this field a list of elements with ids (kept in step item by item)?"""
    annotation = type(model).model_fields[name].annotation
    if typing.get_origin(annotation) is not list:
        return False
    (item,) = typing.get_args(annotation)
    return isinstance(item, type) and issubclass(item, BaseModel) and "id" in item.model_fields


def _sync_object(ops: list[Op], path: tuple, old: BaseModel, new: BaseModel) -> None:
    for name in type(old).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        if isinstance(before, BaseModel):
            _sync_object(ops, path + (name,), before, after)
        elif _id_list(old, name):
            _sync_list(ops, path + (name,), before, after)
        else:
            ops.append(Set(path, name, copy.deepcopy(after)))


def _sync_list(ops: list[Op], path: tuple, old: list, new: list) -> None:
    """Removals (from the end), changes in place, then insertions and moves front to back."""
    wanted = {item.id for item in new}
    current = list(old)
    for i in range(len(current) - 1, -1, -1):
        if current[i].id not in wanted:
            ops.append(Remove(path, i, current[i]))
            del current[i]
    by_id = {item.id: item for item in new}
    for i, item in enumerate(current):
        _sync_object(ops, path + (i,), item, by_id[item.id])
    position = {item.id: i for i, item in enumerate(current)}
    for i, target in enumerate(new):
        if i < len(current) and current[i].id == target.id:
            continue
        if target.id in position:
            j = next(k for k in range(i, len(current)) if current[k].id == target.id)
            item = current.pop(j)
            ops.append(Remove(path, j, item))
        else:
            item = target.model_copy(deep=True)
        current.insert(i, item)
        ops.append(Insert(path, i, item))
