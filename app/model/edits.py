"""Pure edit operations on a :class:`Document`.

Every edit applies itself and returns the list of primitive operations that undoes it
exactly; :func:`apply` of that list returns the list that redoes it. The document emits one
:class:`~app.model.events.Change` per primitive operation, which is how the UI follows.
An edit that would leave the document invalid changes nothing and raises DocumentError.
"""

from __future__ import annotations

import itertools
import typing
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from pydantic import BaseModel, TypeAdapter, ValidationError

from .document import (KIND_COLORS, Activity, Actor, ActorKind, Document, Flow, LocalAdaptation,
                       Partnership, Phase, resolve)
from .errors import DocumentError, describe, location
from .events import Change
from .rules import check


@dataclass(frozen=True)
class Insert:
    path: tuple  #: path of the list
    index: int
    item: Any


@dataclass(frozen=True)
class Remove:
    path: tuple
    index: int
    item: Any = field(compare=False)


@dataclass(frozen=True)
class Set:
    path: tuple  #: path of the object
    field: str
    value: Any


Op = Insert | Remove | Set

#: Fields that refer to other objects by id; setting one re-checks the whole document.
REF_FIELDS = {
    "organization", "actor", "phase", "source", "target", "kind", "asset", "coordinator",
    "owner", "resources", "access", "participants", "members",
}


def _do(doc: Document, op: Op) -> Op:
    """Apply one primitive operation and return its inverse."""
    if isinstance(op, Insert):
        items = resolve(doc, op.path)
        items.insert(op.index, op.item)
        doc.invalidate_index()
        _emit(doc, "insert", op.path, op.index, item=op.item)
        return Remove(op.path, op.index, op.item)
    if isinstance(op, Remove):
        items = resolve(doc, op.path)
        item = items.pop(op.index)
        doc.invalidate_index()
        _emit(doc, "remove", op.path, op.index, item=item)
        return Insert(op.path, op.index, item)
    target = resolve(doc, op.path)
    old = getattr(target, op.field)
    setattr(target, op.field, op.value)
    _emit(doc, "set", op.path, field_name=op.field, item=target)
    return Set(op.path, op.field, old)


def _emit(doc: Document, kind: str, path: tuple, index: int | None = None,
          field_name: str | None = None, item: Any = None) -> None:
    collection = path[-1] if kind != "set" else (path[-2] if len(path) >= 2 else path[-1])
    doc.events.emit(Change(kind=kind, path=path, index=index, field=field_name, item=item,
                           obj_id=getattr(item, "id", None), collection=collection))


class Recorder:
    """Applies operations one by one, remembering how to undo them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._undo: list[Op] = []
        self.needs_check = False

    def do(self, op: Op) -> None:
        try:
            self._undo.append(_do(self.doc, op))
        except ValidationError as exc:  # only a Set validates (validate_assignment)
            prefix = op.path + (op.field,) if isinstance(op, Set) else op.path
            raise DocumentError(describe(exc, prefix[:-1])) from None

    def insert(self, path: tuple, item: Any, index: int | None = None) -> None:
        items = resolve(self.doc, path)
        self.do(Insert(path, len(items) if index is None else index, item))
        self.needs_check = True

    def remove(self, path: tuple, index: int) -> None:
        self.do(Remove(path, index, resolve(self.doc, path)[index]))

    def set(self, path: tuple, name: str, value: Any) -> None:
        if getattr(resolve(self.doc, path), name) != value:
            self.do(Set(path, name, value))
            if name in REF_FIELDS:
                self.needs_check = True

    def undo_ops(self) -> list[Op]:
        return list(reversed(self._undo))

    def rollback(self) -> None:
        for op in reversed(self._undo):
            _do(self.doc, op)
        self._undo.clear()


@contextmanager
def recording(doc: Document) -> Iterator[Recorder]:
    """Group operations into one edit; on any error, put everything back and raise."""
    rec = Recorder(doc)
    try:
        yield rec
        if rec.needs_check:
            check(doc)
    except BaseException:
        rec.rollback()
        raise


def apply(doc: Document, ops: list[Op]) -> list[Op]:
    """Apply a list returned by an edit (to undo or redo it); return its inverse."""
    with recording(doc) as rec:
        for op in ops:
            rec.do(op)
    return rec.undo_ops()


# -- ids ------------------------------------------------------------------------------------
def new_id(doc: Document, prefix: str) -> str:
    """An id not yet used anywhere in the document, like ``s-12``."""
    used = doc.index()
    return next(c for c in (f"{prefix}-{n}" for n in itertools.count(len(used) + 1))
                if c not in used)


def _path(doc: Document, obj_id: str, collection: str | None = None) -> tuple:
    path = doc.path_of(obj_id)
    if path is None or (collection is not None and path[-2] != collection):
        what = (collection or "object").rstrip("s")  # "partnership"; no "activities" asked
        raise DocumentError(f'no {what} with id "{obj_id}"')
    return path


# -- adding ---------------------------------------------------------------------------------
def add(doc: Document, list_path: tuple, item: BaseModel, index: int | None = None) -> list[Op]:
    """Insert ``item`` into the list at ``list_path`` (e.g. ``("activities",)``)."""
    items = resolve(doc, list_path)
    if index is not None and not 0 <= index <= len(items):
        raise DocumentError(f"{location(list_path)}: position {index} is outside the list")
    _check_item(doc, list_path, item)
    with recording(doc) as rec:
        rec.insert(list_path, item, index)
    return rec.undo_ops()


def _check_item(doc: Document, list_path: tuple, item: Any) -> None:
    """Refuse an item of the wrong kind before it can reach the document."""
    owner = resolve(doc, list_path[:-1])
    annotation = type(owner).model_fields[list_path[-1]].annotation
    (expected,) = typing.get_args(annotation)
    where = location(list_path)
    if isinstance(expected, type) and issubclass(expected, BaseModel):
        if not isinstance(item, expected):
            raise DocumentError(f"{where}: expected {expected.__name__.lower()}, "
                                f"got {type(item).__name__}")
        return
    try:
        TypeAdapter(expected).validate_python(item, strict=True)
    except ValidationError as exc:
        raise DocumentError(describe(exc, list_path)) from None


def add_actor(doc: Document, actor: Actor, index: int | None = None) -> list[Op]:
    return add(doc, ("actors",), actor, index)


def add_phase(doc: Document, phase: Phase, index: int | None = None) -> list[Op]:
    return add(doc, ("phases",), phase, index)


def add_activity(doc: Document, activity: Activity) -> list[Op]:
    return add(doc, ("activities",), activity)


def add_flow(doc: Document, flow: Flow) -> list[Op]:
    return add(doc, ("flows",), flow)


def add_partnership(doc: Document, partnership: Partnership) -> list[Op]:
    return add(doc, ("partnerships",), partnership)


# -- changing -------------------------------------------------------------------------------
def update(doc: Document, obj_id: str, **changes: Any) -> list[Op]:
    """Set fields of the object with ``obj_id``."""
    return update_at(doc, _path(doc, obj_id), **changes)


def update_at(doc: Document, path: tuple, **changes: Any) -> list[Op]:
    """Set fields of the object at ``path`` (for objects without ids: meta, governance …)."""
    if "id" in changes:
        raise DocumentError("an id cannot be changed")
    target = resolve(doc, path)
    for name in changes:
        if name not in type(target).model_fields:
            raise DocumentError(f'{type(target).__name__.lower()} has no field "{name}"')
    with recording(doc) as rec:
        for name, value in changes.items():
            rec.set(path, name, value)
    return rec.undo_ops()


#: colours offered to new lanes after the kinds' own, so neighbouring lanes are told apart
LANE_PALETTE = ("#72B7B2", "#B279A2", "#EECA3B", "#FF9DA6", "#9D755D", "#BAB0AC", "#439894",
                "#D67195")


def unused_color(doc: Document, kind: ActorKind = "other") -> str:
    """The kind's own colour if no lane has it yet, else the first palette colour not in use."""
    used = {a.color.upper() for a in doc.actors}
    for color in (KIND_COLORS[kind], *LANE_PALETTE, *KIND_COLORS.values()):
        if color.upper() not in used:
            return color
    return KIND_COLORS[kind]


def set_actor_kind(doc: Document, actor_id: str, kind: str) -> list[Op]:
    """Change an actor's kind; a lane still in its old kind's colour takes the new kind's."""
    actor = doc.actor(actor_id)
    if actor is None:
        raise DocumentError(f'no actor with id "{actor_id}"')
    changes: dict[str, Any] = {"kind": kind}
    if actor.color.upper() == KIND_COLORS[actor.kind].upper() and kind in KIND_COLORS:
        changes["color"] = KIND_COLORS[kind]
    return update(doc, actor_id, **changes)


def move(doc: Document, list_path: tuple, old: int, new: int) -> list[Op]:
    """Move an item within its list (e.g. reorder lanes)."""
    items = resolve(doc, list_path)
    for position in (old, new):
        if not 0 <= position < len(items):
            raise DocumentError(f"{location(list_path)}: position {position} is outside the list "
                                f"of {len(items)}")
    with recording(doc) as rec:
        item = items[old]
        rec.remove(list_path, old)
        rec.insert(list_path, item, new)
        rec.needs_check = False
    return rec.undo_ops()


# -- removing -------------------------------------------------------------------------------
def remove(doc: Document, obj_id: str) -> list[Op]:
    """Remove any object by id, with everything that depends on it."""
    return remove_many(doc, [obj_id])


def remove_many(doc: Document, ids: list[str]) -> list[Op]:
    """Remove several objects and their dependants as one edit.

    Removing an activity removes its flows; an actor, its activities, its flows and its
    resources, and clears it from organisations, members, coordinator, responsibilities,
    access and participant lists; a phase leaves its activities without a phase; an asset
    is cleared from flows and routines; a resource from complementarities (one left with
    fewer than two resources goes too).
    """
    index = doc.index()
    doomed = {i for i in ids if i in index}
    actors = {i for i in doomed if index[i][-2] == "actors"}
    doomed |= {a.id for a in doc.activities if a.actor in actors}
    for part in doc.partnerships:
        doomed |= {r.id for r in part.resources if r.owner in actors}
    for part in doc.partnerships:
        if part.id in doomed:
            doomed |= {a.id for a in part.assets} | {r.id for r in part.resources}
            doomed |= {r.id for r in part.routines}
    doomed |= {f.id for f in doc.flows if f.source in doomed or f.target in doomed}
    with recording(doc) as rec:
        _clear_references(rec, doomed)
        paths = sorted((index[i] for i in doomed), reverse=True)
        for path in paths:
            rec.remove(path[:-1], path[-1])
    return rec.undo_ops()


def _clear_references(rec: Recorder, doomed: set[str]) -> None:
    """Clear every reference to a doomed id held by an object that stays."""
    doc = rec.doc
    for i, actor in enumerate(doc.actors):
        if actor.id not in doomed and actor.organization in doomed:
            rec.set(("actors", i), "organization", None)
    for i, act in enumerate(doc.activities):
        if act.id not in doomed and act.phase in doomed:
            rec.set(("activities", i), "phase", None)
    for i, flow in enumerate(doc.flows):
        if flow.id not in doomed and flow.asset in doomed:
            rec.set(("flows", i), "asset", None)
    for p, part in enumerate(doc.partnerships):
        if part.id not in doomed:
            _clear_partnership(rec, ("partnerships", p), part, doomed)


def _clear_partnership(rec: Recorder, base: tuple, part: Partnership, doomed: set[str]) -> None:
    def keep(values: list[str]) -> list[str]:
        return [v for v in values if v not in doomed]

    rec.set(base, "members", keep(part.members))
    if part.governance.coordinator in doomed:
        rec.set(base + ("governance",), "coordinator", None)
    _remove_where(rec, base + ("governance", "responsibilities"), lambda r: r.actor in doomed)
    comps = base + ("complementarities",)
    for c in range(len(part.complementarities) - 1, -1, -1):
        remaining = keep(part.complementarities[c].resources)
        if len(set(remaining)) < 2:
            rec.remove(comps, c)
        else:
            rec.set(comps + (c,), "resources", remaining)
    for a, asset in enumerate(part.assets):
        if asset.id not in doomed:
            rec.set(base + ("assets", a), "access", keep(asset.access))
    for r, routine in enumerate(part.routines):
        if routine.id not in doomed:
            rec.set(base + ("routines", r), "participants", keep(routine.participants))
            if routine.asset in doomed:
                rec.set(base + ("routines", r), "asset", None)
    for r in range(len(part.reflections)):
        _remove_where(rec, base + ("reflections", r, "local"), lambda n: n.actor in doomed)


def _remove_where(rec: Recorder, list_path: tuple, predicate) -> None:
    items = resolve(rec.doc, list_path)
    for i in range(len(items) - 1, -1, -1):
        if predicate(items[i]):
            rec.remove(list_path, i)


# -- learning at two levels -------------------------------------------------------------------
def set_local_adaptation(doc: Document, partnership_id: str, reflection: int, actor_id: str,
                         text: str) -> list[Op]:
    """Write what ``actor_id`` changes locally into one reflection entry (by its file index):
    change its note, add one, or, with blank text, remove it — one note per actor and entry."""
    base = _path(doc, partnership_id, "partnerships") + ("reflections",)
    entries = resolve(doc, base)
    if not 0 <= reflection < len(entries):
        raise DocumentError(f"{location(base)}: no reflection entry at position {reflection}")
    notes = base + (reflection, "local")
    where = next((i for i, n in enumerate(entries[reflection].local) if n.actor == actor_id), None)
    with recording(doc) as rec:
        if where is not None and not text.strip():
            rec.remove(notes, where)
        elif where is not None:
            rec.set(notes + (where,), "adaptation", text)
        elif text.strip():
            rec.insert(notes, LocalAdaptation(actor=actor_id, adaptation=text))
    return rec.undo_ops()
