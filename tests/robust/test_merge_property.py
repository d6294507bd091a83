"""Diff and merge as properties, over random edit sequences applied to one base.

The sequences are those of the undo property test (the editor's own commands through the
controller and a live scene). For two sides A and B made from one BASE:
merge(BASE, A, BASE) == A and merge(BASE, BASE, B) == B byte for byte; merge(BASE, A, B) is a
valid map holding every change of either side that no conflict names; diff(A, A) is empty;
diff(A, B)'s operations turn A into B (and their inverse back into A).
"""

from __future__ import annotations

import json
import random

import pytest
from test_undo_property import _activity_cmds, _map_cmds, _partnership_cmds

from app.model import Document, dumps, edits, loads
from app.model.diff import Change, diff, elements, operations
from app.model.merge import merge
from app.model.templates import from_template
from app.ui.canvas import MapScene
from app.ui.controller import DocumentController

SEEDS = 25
STEPS = 10


def _side(base: Document, rng: random.Random) -> Document:
    ctl = DocumentController(loads(dumps(base)))
    scene = MapScene(ctl)
    for _ in range(STEPS):
        rng.choice((_activity_cmds, _activity_cmds, _map_cmds, _partnership_cmds))(rng, scene, ctl)
    scene.flush()
    return loads(dumps(ctl.document))


def _canonical(values: list) -> set[str]:
    return {json.dumps(v, sort_keys=True) for v in values}


def _holds(change: Change, merged: dict, meta: dict) -> bool:
    """Does the merged map show this change of one side?"""
    elem = merged.get(change.id)
    if change.op == "added":
        return elem is not None
    if change.op == "removed":
        return elem is None
    fields = meta if change.kind == "meta" else elem.fields
    if change.op in ("moved", "resized") and isinstance(change.new, dict):
        return all(fields[k] == v for k, v in change.new.items())
    value = fields[change.field]
    if isinstance(change.new, list):
        old, new, now = _canonical(change.old), _canonical(change.new), _canonical(value)
        return (new - old) <= now and not ((old - new) & now)
    return value == change.new


def _check_merge(base: Document, a: Document, b: Document, seed: int) -> None:
    result = merge(base, a, b)
    merged = loads(dumps(result.document))  # valid, or this raises
    touched = {c.id for c in result.conflicts}
    data = merged.model_dump(mode="json")
    by_id, meta = elements(data), data["meta"]
    for side in (a, b):
        for change in diff(base, side):
            if change.op == "reordered" or change.id in touched or \
                    (change.kind == "meta" and any(c.kind == "meta" for c in result.conflicts)):
                continue
            assert _holds(change, by_id, meta), f"seed {seed}: lost {change}"
    reordered = [c.kind for c in result.conflicts if c.field == "order"]
    for name, kind in (("actors", "actor"), ("phases", "phase")):
        common = set.intersection(*({x.id for x in getattr(d, name)} for d in (base, a, b, merged)))
        order = {key: [x.id for x in getattr(d, name) if x.id in common]
                 for key, d in (("base", base), ("a", a), ("b", b), ("m", merged))}
        if order["a"] != order["base"] and kind not in reordered:
            assert order["m"] == order["a"], f"seed {seed}: lost the reorder of {name}"
        elif order["b"] != order["base"] and order["a"] == order["base"]:
            assert order["m"] == order["b"], f"seed {seed}: lost the reorder of {name}"


@pytest.mark.parametrize("template", ["aalborg-aktiv", "generic"])
def test_merge_and_diff_properties_over_random_edits(qapp, template):
    base = from_template(template)
    for seed in range(SEEDS):
        rng = random.Random(1000 + seed)
        a, b = _side(base, rng), _side(base, rng)
        assert dumps(merge(base, a, base).document) == dumps(a), f"seed {seed}: merge(base, a, base) != a"
        assert dumps(merge(base, base, b).document) == dumps(b), f"seed {seed}: merge(base, base, b) != b"
        _check_merge(base, a, b, seed)
        assert diff(a, loads(dumps(a))) == []
        target = loads(dumps(a))
        undo = edits.apply(target, operations(target, b))
        assert dumps(target) == dumps(b), f"seed {seed}: diff(a, b) applied to a is not b"
        edits.apply(target, undo)
        assert dumps(target) == dumps(a), f"seed {seed}: undoing the applied diff is not a"
