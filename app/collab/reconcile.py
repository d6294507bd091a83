"""Bring the open document to a room's (validated) content with the model's own edits.

The scene and the panels follow the document's change events, so a partner's edit arrives as
the few primitive changes it really is (a field set, an item inserted or removed) rather than
as a new document: only what changed is redrawn, the selection and the view stay put.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.model import Document
from app.model.document import resolve
from app.model.edits import Recorder, recording

LISTS = ("phases", "actors", "activities", "flows", "partnerships")
PART_LISTS = ("resources", "assets", "routines")


def reconcile(doc: Document, target: Document) -> bool:
    """Edit ``doc`` until it equals ``target``; True when anything changed."""
    with recording(doc) as rec:
        _fields(rec, ("meta",), doc.meta, target.meta, ())
        for name in LISTS:
            _list(rec, (name,), getattr(target, name))
        rec.needs_check = False  # target was validated as a whole
    return bool(rec.undo_ops())


def _list(rec: Recorder, path: tuple, wanted: list) -> None:
    """Remove, update, move and insert items (matched by id) so the list equals ``wanted``."""
    current = resolve(rec.doc, path)
    keep = {item.id for item in wanted}
    for i in range(len(current) - 1, -1, -1):
        if current[i].id not in keep:
            rec.remove(path, i)
    for i, item in enumerate(wanted):
        current = resolve(rec.doc, path)
        if i < len(current) and current[i].id == item.id:
            _item(rec, path + (i,), current[i], item)
            continue
        found = next((j for j in range(i + 1, len(current)) if current[j].id == item.id), None)
        if found is None:
            rec.insert(path, item, i)
        else:
            moved = current[found]
            rec.remove(path, found)
            rec.insert(path, moved, i)
            _item(rec, path + (i,), moved, item)


def _item(rec: Recorder, path: tuple, have: BaseModel, want: BaseModel) -> None:
    nested = PART_LISTS if path[0] == "partnerships" and len(path) == 2 else ()
    _fields(rec, path, have, want, nested)
    for name in nested:
        _list(rec, path + (name,), getattr(want, name))


def _fields(rec: Recorder, path: tuple, have: BaseModel, want: BaseModel, skip: tuple) -> None:
    for name in type(want).model_fields:
        if name in skip:
            continue
        value: Any = getattr(want, name)
        if getattr(have, name) != value:
            rec.set(path, name, value.model_copy(deep=True) if isinstance(value, BaseModel)
                    else value)
