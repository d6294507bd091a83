"""Three-way merge of maps by id, field by field, that always gives a valid map.

A field changed on one side takes that side; changed identically on both, that value;
changed differently, a conflict with OURS kept. Elements added on one side are added (on both
with different content: the differing fields conflict, OURS kept); removed on one side and
unchanged on the other, removed; removed on one side and changed on the other, a conflict and
the changed element kept. Lists without ids (authors, members, access, participants,
complementarities, reflections …) merge as sets: what either side added is added, what either
removed is removed; items are matched by their first field when it is unique (a reflection by
its date, a local adaptation by its actor), so an item edited on one side is the same item. This is generic over the document's shape, so a new list field merges
as a set without code here. Finally references left dangling are resolved by dropping the
dangling element or reference, each reported as a conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Collection

from .diff import ROOT_KINDS, SUB_KINDS
from .document import Document
from .repair import Conflict, repair
from .rules import check

ORDER_CONFLICT_KINDS = ("phase", "actor")


@dataclass
class MergeResult:
    document: Document
    conflicts: list[Conflict]


class _Merger:
    def __init__(self, flip: Collection[tuple] = ()) -> None:
        self.conflicts: list[Conflict] = []
        self.flip = set(flip)

    def decide(self, kind: str, obj_id: str | None, field: str | None, base: Any, ours: Any,
               theirs: Any, theirs_first: bool = False) -> bool:
        """Record a conflict; True when THEIRS' side is taken (``theirs_first``, unless flipped)."""
        take_theirs = theirs_first != ((kind, obj_id, field) in self.flip)
        self.conflicts.append(Conflict(kind, obj_id, field, base, ours, theirs,
                                       "theirs" if take_theirs else "ours"))
        return take_theirs

    # -- values ---------------------------------------------------------------------------
    def value(self, kind: str, obj_id: str | None, field: str, b: Any, o: Any, t: Any) -> Any:
        if o == t:
            return o
        if b == o:
            return t
        if b == t:
            return o
        # both sides (and the base, unless the element is new on both) dump one model, so a
        # field holds the same type of value on each
        if isinstance(o, dict):
            return self.fields(kind, obj_id, b or {}, o, t, prefix=f"{field}.")
        if isinstance(o, list):
            return self.items(kind, obj_id, field, b or [], o, t)
        return t if self.decide(kind, obj_id, field, b, o, t) else o

    def fields(self, kind: str, obj_id: str | None, b: dict, o: dict, t: dict,
               prefix: str = "") -> dict:
        out = {}
        for key in o:  # one model on both sides: the same keys
            if kind == "meta" and key == "modified" and o[key] != t[key] != b.get(key) != o[key]:
                out[key] = max(o[key], t[key])  # both saved: the later save time, no conflict
            else:
                out[key] = self.value(kind, obj_id, prefix + key, b.get(key), o[key], t[key])
        return out

    # -- lists ----------------------------------------------------------------------------
    def items(self, kind: str, obj_id: str | None, field: str, b: list, o: list, t: list) -> list:
        """A list: elements by id when its items have ids, else a set (dated items by date)."""
        sample = next((x for x in (*o, *t, *b) if isinstance(x, dict)), None)
        if sample is not None and "id" in sample:
            return self.elements(SUB_KINDS.get(field.rsplit(".", 1)[-1], kind), b, o, t)
        key = _item_key(b, o, t)
        return self.keyed(kind, obj_id, field, b, o, t, key)

    def keyed(self, kind: str, obj_id: str | None, field: str, b: list, o: list, t: list,
              key: Callable[[Any], Any]) -> list:
        bm, om, tm = ({key(x): x for x in side} for side in (b, o, t))
        out = []
        for k, ours in om.items():
            if k in tm:
                out.append(self.value(kind, obj_id, field, bm.get(k), ours, tm[k]))
            elif k not in bm:
                out.append(ours)  # added by ours
            elif ours != bm[k]:  # changed by ours, removed by theirs
                if not self.decide(kind, obj_id, field, bm[k], ours, None):
                    out.append(ours)
        for k, theirs in tm.items():
            if k in om:
                continue
            if k not in bm:
                out.append(theirs)
            elif theirs != bm[k] and self.decide(kind, obj_id, field, bm[k], None, theirs, True):
                out.append(theirs)
        return out

    def elements(self, kind: str, b: list, o: list, t: list) -> list:
        bm, om, tm = ({x["id"]: x for x in side} for side in (b, o, t))
        merged: dict[str, dict] = {}
        for obj_id in list(om) + [i for i in tm if i not in om]:
            merged_item = self.element(kind, obj_id, bm.get(obj_id), om.get(obj_id), tm.get(obj_id))
            if merged_item is not None:
                merged[obj_id] = merged_item
        order = self.order(kind, list(bm), list(om), list(tm), merged.keys())
        return [merged[i] for i in order]

    def element(self, kind: str, obj_id: str, b: dict | None, o: dict | None,
                t: dict | None) -> dict | None:
        if o is not None and t is not None:
            return self.fields(kind, obj_id, b or {}, o, t)
        side = o if o is not None else t
        if b is None:
            return side  # added on one side
        if side == b:
            return None  # removed on the other side, unchanged here
        if o is None:  # removed by ours, changed by theirs: the changed one, unless flipped
            return t if self.decide(kind, obj_id, None, b, None, t, True) else None
        return None if self.decide(kind, obj_id, None, b, o, None) else o

    def order(self, kind: str, b: list[str], o: list[str], t: list[str], keep) -> list[str]:
        """One side's reorder wins over no reorder; both reordered differently: OURS'."""
        common = set(b) & set(o) & set(t)
        rb, ro, rt = ([x for x in side if x in common] for side in (b, o, t))
        take_theirs = rt != rb and ro == rb
        if ro != rb and rt != rb and ro != rt and kind in ORDER_CONFLICT_KINDS:
            take_theirs = self.decide(kind, None, "order", rb, ro, rt)
        primary, other = (t, o) if take_theirs else (o, t)
        return _interleave([x for x in primary if x in keep], other, keep)


def _interleave(primary: list[str], other: list[str], keep) -> list[str]:
    """``primary``, with ids only ``other`` has placed after their predecessor in ``other``."""
    placed = set(primary)
    after: dict[str | None, list[str]] = {}
    anchor: str | None = None
    for x in other:
        if x in placed:
            anchor = x
        elif x in keep:
            after.setdefault(anchor, []).append(x)
    shared = set(other)
    out: list[str] = []
    pending = list(after.get(None, ()))
    for x in primary:
        if x in shared:  # what ``primary`` alone added stays next to where it added it
            out.extend(pending)
            pending = []
        out.append(x)
        pending.extend(after.get(x, ()))
    return out + pending


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _item_key(*sides: list) -> Callable[[Any], Any]:
    """Items of a list without ids are matched by their first field — a reflection's date, a
    responsibility's or a local adaptation's actor — when it is unique on every side, so an
    item edited on one side is still the same item; otherwise by their whole value."""
    items = [x for side in sides for x in side]
    if items and all(isinstance(x, dict) and x for x in items):
        first = next(iter(items[0]))
        if all(next(iter(x)) == first for x in items) and \
                all(len({_canonical(x[first]) for x in side}) == len(side) for side in sides):
            return lambda x: _canonical(x[first])
    return _canonical


def merge(base: Document, ours: Document, theirs: Document,
          flip: Collection[tuple] = ()) -> MergeResult:
    """The merged document (always valid) and the conflicts, OURS' value kept in each.

    ``flip`` holds conflict keys ``(kind, id, field)`` whose default the user turned around
    (the editor's merge dialog): THEIRS' value instead of OURS', or the other way round where
    the default keeps a changed element that one side removed."""
    b, o, t = (d.model_dump(mode="json") for d in (base, ours, theirs))
    m = _Merger(flip)
    data: dict[str, Any] = {"format": o["format"], "version": o["version"],
                            "meta": m.fields("meta", None, b["meta"], o["meta"], t["meta"])}
    for name, kind in ROOT_KINDS.items():
        data[name] = m.elements(kind, b[name], o[name], t[name])
    m.conflicts.extend(repair(data))
    doc = Document.model_validate(data)
    check(doc)  # a bug here must never reach a file
    return MergeResult(doc, m.conflicts)
