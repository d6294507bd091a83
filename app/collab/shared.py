"""The map as a Yjs shared document (DESIGN §5a), and local model edits as Yjs operations.

The root is a Map named ``oppspace`` holding ``format``, ``version``, ``meta`` (a Map) and the
five lists, each an Array of Maps in file order; inside a partnership, the lists of items with
ids (``resources``, ``assets``, ``routines``) are Arrays of Maps too. Every other value is the
file's JSON value. Edits address items by id, never by position, so two people editing
different items (or different fields of one item) at once both keep their change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pycrdt import Array, Doc, Map

from app.model import Change, Document
from app.model.document import resolve

ROOT = "oppspace"
LISTS = ("phases", "actors", "activities", "flows", "partnerships")
PART_LISTS = ("resources", "assets", "routines")


@dataclass(frozen=True)
class YOp:
    """One change to the shared document, addressed by ids (pure data, safe to pass between
    threads).

    ``target`` is ``("meta",)``, ``("activities",)`` (a list), ``("activities", "s-1")`` (an
    item) or ``("partnerships", "p-1", "assets"[, "as-1"])``. ``kind`` is ``insert`` (``value``
    is the item's JSON, put after the item ``after`` or first), ``remove`` (the item ``key``)
    or ``set`` (field ``key`` of the Map at ``target`` to the JSON ``value``).
    """

    kind: str
    target: tuple
    key: str | None = None
    value: Any = None
    after: str | None = None
    hint: int = 0


# -- building and reading the shared document ---------------------------------------------
def item_to_shared(collection: str, data: dict) -> Map:
    """An item's JSON as a Map (a partnership's id'd lists as Arrays of Maps)."""
    if collection == "partnerships":
        data = {k: Array([Map(i) for i in v]) if k in PART_LISTS else v for k, v in data.items()}
    return Map(data)


def write_document(ydoc: Doc, data: dict) -> None:
    """Put a whole map (its JSON, as ``model_dump(mode="json")`` gives it) into ``ydoc``,
    replacing what the room held, in one transaction."""
    root = ydoc.get(ROOT, type=Map)
    with ydoc.transaction(origin="replace"):
        for key in list(root.keys()):
            if key not in data:
                del root[key]
        root["format"] = data["format"]
        root["version"] = data["version"]
        root["meta"] = Map(data["meta"])
        for name in LISTS:
            root[name] = Array([item_to_shared(name, item) for item in data.get(name, [])])


def read_document(ydoc: Doc) -> dict | None:
    """The room's content as plain JSON-like data, or None for a room nobody has filled.

    Yjs stores every number as a double; ``version`` is the one whole number of the format,
    so an integral ``version`` is given back as an int.
    """
    root = ydoc.get(ROOT, type=Map)
    data = json.loads(str(root))  # Yrs writes the JSON itself: ~20x faster than to_py()
    if not data:
        return None
    version = data.get("version")
    if isinstance(version, float) and version.is_integer():
        data["version"] = int(version)
    return data


# -- local model changes as shared operations ---------------------------------------------
def change_to_yops(doc: Document, change: Change) -> list[YOp]:
    """The shared operations for one primitive model change, read right after it happened."""
    path = change.path
    if path[0] == "meta":
        return [YOp("set", ("meta",), change.field, _json(getattr(doc.meta, change.field)))]
    if change.kind in ("insert", "remove") and _is_id_list(path):
        return [_list_op(doc, change, _list_target(doc, path))]
    owner, rest = _owner(doc, path)
    obj = resolve(doc, path[: len(path) - len(rest)])
    if not rest:  # a field of an item with an id
        return [YOp("set", owner, change.field, _json(getattr(obj, change.field)))]
    # anything deeper (governance, complementarities, reflections …) is written as one value
    return [YOp("set", owner, rest[0], _json(getattr(obj, rest[0])))]


def _is_id_list(path: tuple) -> bool:
    return len(path) == 1 or (len(path) == 3 and path[0] == "partnerships" and path[2] in PART_LISTS)


def _list_target(doc: Document, path: tuple) -> tuple:
    if len(path) == 1:
        return path
    return ("partnerships", doc.partnerships[path[1]].id, path[2])


def _list_op(doc: Document, change: Change, target: tuple) -> YOp:
    if change.kind == "remove":
        return YOp("remove", target, change.item.id, hint=change.index or 0)
    items = resolve(doc, change.path)
    index = change.index or 0
    after = items[index - 1].id if index > 0 else None
    return YOp("insert", target, value=_json(change.item), after=after, hint=index)


def _owner(doc: Document, path: tuple) -> tuple[tuple, tuple]:
    """The shared address of the nearest item with an id on ``path``, and the rest of it."""
    top = resolve(doc, path[:2])
    if path[0] == "partnerships" and len(path) >= 4 and path[2] in PART_LISTS:
        inner = resolve(doc, path[:4])
        return ("partnerships", top.id, path[2], inner.id), path[4:]
    return (path[0], top.id), path[2:]


def _json(value: Any) -> Any:
    """A model value (an object, a list of objects, a plain value) as JSON data."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


# -- applying shared operations (on the thread that owns the Doc) -------------------------
def apply_yops(ydoc: Doc, yops: list[YOp], origin: Any = "local") -> None:
    """Apply operations in one transaction; an item another person removed meanwhile is
    skipped (their removal wins, as in the design: deleted stays deleted)."""
    root = ydoc.get(ROOT, type=Map)
    with ydoc.transaction(origin=origin):
        for op in yops:
            _apply_one(root, op)


def _apply_one(root: Map, op: YOp) -> None:
    if op.kind == "set":
        target = _find(root, op.target)
        if target is not None:
            target[op.key] = op.value
        return
    array = _find(root, op.target)
    if not isinstance(array, Array):
        return
    if op.kind == "remove":
        index = _index_of(array, op.key, op.hint)
        if index is not None:
            del array[index]
        return
    if op.after is None:
        position = 0
    else:
        found = _index_of(array, op.after, op.hint - 1)
        position = found + 1 if found is not None else min(op.hint, len(array))
    array.insert(position, item_to_shared(op.target[-1] if len(op.target) > 1 else op.target[0],
                                          op.value))


def _find(root: Map, target: tuple) -> Any:
    """The Map or Array at a shared address, or None when it is gone."""
    if target == ("meta",):
        return root.get("meta")
    node: Any = root.get(target[0])
    for step in target[1:]:
        if isinstance(node, Array):
            index = _index_of(node, step, 0)
            node = None if index is None else node[index]
        elif isinstance(node, Map):
            node = node.get(step)
        if node is None:
            return None
    return node


def _index_of(array: Array, item_id: str, hint: int) -> int | None:
    """Where the Map with this id is; looks at the hinted place first."""
    length = len(array)
    if 0 <= hint < length and _id(array[hint]) == item_id:
        return hint
    for i in range(length):
        if _id(array[i]) == item_id:
            return i
    return None


def _id(node: Any) -> Any:
    return node.get("id") if isinstance(node, Map) else None
