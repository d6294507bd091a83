"""A room's content checked like a file before anyone sees or saves it.

A partner's editor, or any other Yjs client, may write what no valid map holds: a flow to an
activity that does not exist, a number where text belongs, a duplicate id. :func:`accept`
keeps everything that is valid and sets the rest aside, each with a message naming the place,
so one bad item never takes the whole map away.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.i18n import translate
from app.model import (
    FORMAT,
    VERSION,
    Activity,
    Actor,
    Document,
    DocumentError,
    Flow,
    Meta,
    Partnership,
    Phase,
)
from app.model.errors import describe
from app.model.fileio import one_line
from app.model.rules import problems

ITEM_MODELS = {"phases": Phase, "actors": Actor, "activities": Activity, "flows": Flow,
               "partnerships": Partnership}
# reference fields that may be cleared instead of setting their whole item aside
NULLABLE = {"organization", "phase", "asset", "coordinator"}
_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")
MAX_ROUNDS = 1000


def accept(raw: dict | None, previous: Document | None = None) -> tuple[Document, list[str]]:
    """The valid part of a room's content, and one message per thing set aside.

    A wrong value in one field of an item keeps the item with that field as ``previous`` had
    it (or its default); an item that cannot be kept that way is set aside whole.

    Raises DocumentError when the content is not an OppSpace map at all (wrong format or
    version): then nothing of it can be shown.
    """
    if raw is None:
        raise DocumentError(translate("Collab", "the room is empty: nobody has shared a map in it yet"))
    if raw.get("format") != FORMAT:
        raise DocumentError(translate("Collab", "format: the room does not hold an OppSpace map"))
    if raw.get("version") != VERSION:
        raise DocumentError(translate("Collab", "version: the room holds a map of version %s, "
                                      "this OppSpace reads version %s")
                            % (one_line(repr(raw.get("version")), 40), VERSION))
    aside: list[str] = []
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "meta": _meta(raw, aside, previous)}
    for name, model in ITEM_MODELS.items():
        before = {item.id: item for item in getattr(previous, name, [])}
        data[name] = _items(raw.get(name), name, model, aside, before)
    doc = Document.model_construct(**data)  # every part is validated already
    _drop_broken_references(doc, aside)
    return doc, aside


def _meta(raw: dict, aside: list[str], previous: Document | None) -> Meta:
    value = raw.get("meta") or {}
    try:
        return Meta.model_validate(value)
    except ValidationError as exc:
        aside.append(_message(describe(exc, ("meta",))))
        before = {None: previous.meta} if previous is not None else {}
        return _repair(value, exc, Meta, before) or Meta()


def _items(values: Any, name: str, model: type, aside: list[str], before: dict) -> list:
    if not isinstance(values, list):
        if values is not None:
            aside.append(_message(translate("Collab", "%s: not a list") % name))
        return []
    kept = []
    for i, value in enumerate(values):
        try:
            kept.append(model.model_validate(value))
        except ValidationError as exc:
            aside.append(_message(describe(exc, (name, i))))
            repaired = _repair(value, exc, model, before)
            if repaired is not None:
                kept.append(repaired)
    return kept


def _repair(value: Any, exc: ValidationError, model: type, before: dict) -> Any:
    """The item with each wrong field as it was before (or left to its default), or None."""
    if not isinstance(value, dict):
        return None
    old = before.get(value.get("id"))
    old_data = old.model_dump(mode="json") if old is not None else {}
    fixed = dict(value)
    for error in exc.errors():
        key = error["loc"][0] if error["loc"] else None
        if not isinstance(key, str) or key == "id":
            return None
        if key in old_data:
            fixed[key] = old_data[key]
        else:
            fixed.pop(key, None)
    try:
        return model.model_validate(fixed)
    except ValidationError:
        return None


def _drop_broken_references(doc: Document, aside: list[str]) -> None:
    """Remove what breaks a whole-document rule (a dangling reference, a duplicate id): the
    optional reference named, or else the innermost list element at the place, until no
    rule is broken."""
    for _ in range(MAX_ROUNDS):
        targets: set[tuple] = set()
        for problem in problems(doc):
            aside.append(_message(problem))
            targets.add(_target(_parse(problem.split(":", 1)[0])))
        if not targets:
            return
        deleted = [steps for kind, steps in targets if kind == "del"]
        for kind, steps in sorted(targets, key=lambda t: _sort_key(t[1]), reverse=True):
            if not any(steps != d and steps[: len(d)] == d for d in deleted):
                _fix(doc, kind, steps)
        doc.invalidate_index()
    raise DocumentError(translate("Collab", "the room's content has too many problems to show"))


def _parse(place: str) -> tuple[tuple[str, int | None], ...]:
    return tuple((m.group(1), int(m.group(2)) if m.group(2) else None)
                 for m in _STEP.finditer(place))


def _target(steps: tuple) -> tuple[str, tuple]:
    """("clear", path to an optional reference) or ("del", path to the innermost element)."""
    if steps and steps[-1][1] is None and steps[-1][0] in NULLABLE:
        return "clear", steps
    for depth in range(len(steps) - 1, -1, -1):
        if steps[depth][1] is not None:
            return "del", steps[: depth + 1]
    return "del", ()


def _sort_key(steps: tuple) -> tuple:
    return tuple(i if i is not None else -1 for _, i in steps)


def _fix(doc: Document, kind: str, steps: tuple) -> None:
    obj: Any = doc
    for depth, (name, index) in enumerate(steps):
        last = depth == len(steps) - 1
        if last and kind == "clear":
            if getattr(obj, name, None) is not None:
                object.__setattr__(obj, name, None)
            return
        value = getattr(obj, name, None)
        if index is None:
            obj = value
            continue
        if not isinstance(value, list) or index >= len(value):
            return
        if last:
            del value[index]
            return
        obj = value[index]


def _message(text: str) -> str:
    return translate("Collab", "Set aside from the shared map: %s") % one_line(text)
