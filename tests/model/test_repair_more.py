"""More of what a merge repair drops and says: a doubled id inside a partnership, an asset
shared with a lane that is gone, a reflection written before local notes existed; and a
conflict on a reference names the lane on both sides."""

from __future__ import annotations

import copy
import json

from app.model import loads
from app.model.change_text import Names, describe_conflict
from app.model.repair import Conflict, repair


def test_a_resource_id_twice_in_a_partnership_keeps_the_first(raw):
    part = raw["partnerships"][0]
    twin = copy.deepcopy(part["resources"][0])
    twin["name"] = "Tvilling"
    part["resources"].append(twin)
    conflicts = repair(raw)
    assert [(c.kind, c.id, c.field, c.ours["name"], c.resolution) for c in conflicts] == [
        ("resource", twin["id"], None, "Tvilling", "dropped")]
    assert "Tvilling" not in [r["name"] for r in part["resources"]]


def test_an_asset_shared_with_a_lane_that_is_gone_says_so(raw):
    part = raw["partnerships"][0]
    part["assets"][0]["access"].append("a-gone")
    conflicts = repair(raw)
    assert [(c.kind, c.id, c.field, c.ours) for c in conflicts] == [
        ("asset", part["assets"][0]["id"], "access", "a-gone")]
    assert "a-gone" not in part["assets"][0]["access"]
    assert loads(json.dumps(raw)).partnerships[0].assets[0].access == part["assets"][0]["access"]


def test_a_reflection_without_local_notes_is_kept_as_it_is(raw):
    reflection = raw["partnerships"][0]["reflections"][0]
    del reflection["local"]
    assert repair(raw) == []
    assert reflection["local"] == []


def test_a_conflict_on_a_reference_names_the_lane_on_both_sides(doc):
    conflict = Conflict("partnership", "p-1", "governance.coordinator", "a-city", "a-cafe",
                        "a-city", "theirs")
    assert describe_conflict(conflict, Names(doc)) == (
        "Partnership \u201cAalborg Aktiv\u201d (p-1): coordinator ours \u201cCafé Åen\u201d, "
        "theirs \u201cAalborg Kommune\u201d; kept theirs")
