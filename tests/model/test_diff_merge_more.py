"""Comparing and merging the parts of a partnership, and the edits a comparison applies: what
``oppspace compare --json`` lists, where a resource went, which reflections a merge keeps."""

from __future__ import annotations

import json
from typing import Any, Callable

from app.model import Document, dumps, edits, loads
from app.model.diff import diff, operations
from app.model.merge import merge

KITCHEN = {"id": "r-9", "owner": "a-cafe", "name": "Køkken", "nature": "tangible",
           "description": ""}


def edited(doc: Document, change: Callable[[dict[str, Any]], object]) -> Document:
    """A copy of ``doc`` changed in its file form (as another editor would have saved it)."""
    data = json.loads(dumps(doc))
    change(data)
    return loads(json.dumps(data))


def _second_partnership(data: dict) -> None:
    data["partnerships"].append({"id": "p-2", "name": "Madklubben", "members": ["a-cafe"]})


def test_compare_as_json_lists_a_new_and_a_removed_part_with_its_whole_content(doc):
    routine = json.loads(dumps(doc))["partnerships"][0]["routines"][0]

    def change(data: dict) -> None:
        data["partnerships"][0]["resources"].append(KITCHEN)
        data["partnerships"][0]["routines"] = []

    rows = [c.as_dict() for c in diff(doc, edited(doc, change))]
    assert rows == [
        {"op": "added", "kind": "resource", "id": "r-9", "field": None, "old": None,
         "new": KITCHEN},
        {"op": "removed", "kind": "routine", "id": "k-1", "field": None, "old": routine,
         "new": None},
    ]


def test_a_resource_moved_to_another_partnership_is_a_change_of_its_partnership(doc):
    base = edited(doc, _second_partnership)

    def move(data: dict) -> None:
        first, second = data["partnerships"]
        second["resources"].append(first["resources"].pop(2))  # r-3
        first["complementarities"].pop(1)  # it joined r-2 and r-3

    rows = [(c.op, c.kind, c.id, c.field, c.old, c.new) for c in diff(base, edited(base, move))]
    assert ("changed", "resource", "r-3", "partnership", "p-1", "p-2") in rows


def test_applying_a_comparison_gives_the_other_map_in_every_kind_of_list(doc):
    new_part = {"id": "p-2", "name": "Madklubben", "members": ["a-cafe"], "resources": [KITCHEN]}

    def change(data: dict) -> None:
        part = data["partnerships"][0]
        part["members"].append("a-worker")  # a list of ids
        part["complementarities"][1]["note"] = "Fælles køkken"  # items without ids
        part["reflections"][0]["local"].append({"actor": "a-city", "adaptation": "Ny rutine"})
        data["flows"].pop()  # the last item of a list
        data["partnerships"].append(new_part)

    new = edited(doc, change)
    old = loads(dumps(doc))
    undo = edits.apply(old, operations(old, new))
    assert dumps(old) == dumps(new)
    edits.update(old, "r-9", name="Storkøkken")  # editing what was taken over …
    assert new.find("r-9").name == "Køkken"  # … leaves the compared map as it was
    edits.apply(old, edits.update(old, "r-9", name="Køkken"))
    edits.apply(old, undo)
    assert dumps(old) == dumps(doc)


def test_ours_removing_a_lane_while_theirs_reorders_lanes_takes_their_order_without_conflict(doc):
    ours = edited(doc, lambda d: None)
    edits.remove(ours, "a-worker")
    theirs = edited(doc, lambda d: d["actors"].insert(0, d["actors"].pop(3)))  # citizen first
    result = merge(doc, ours, theirs)
    assert [a.id for a in result.document.actors] == ["a-citizen", "a-city", "a-cafe"]
    assert [c for c in result.conflicts if c.field == "order"] == []


def test_two_reflections_of_one_day_each_removed_on_one_side_are_both_gone(doc):
    def second_of_the_day(data: dict) -> None:
        data["partnerships"][0]["reflections"].append(
            {"date": "2026-11-28", "works_locally": "Bedre", "works_for_citizens": "",
             "to_improve": "", "local": []})

    base = edited(doc, second_of_the_day)
    ours = edited(base, lambda d: d["partnerships"][0]["reflections"].pop(0))
    theirs = edited(base, lambda d: d["partnerships"][0]["reflections"].pop(1))
    result = merge(base, ours, theirs)
    assert result.document.partnerships[0].reflections == []
    assert result.conflicts == []


def test_a_partnership_added_on_both_sides_keeps_the_reflection_only_ours_wrote(doc):
    def with_reflection(data: dict) -> None:
        _second_partnership(data)
        data["partnerships"][1]["reflections"] = [{"date": "2026-12-01", "to_improve": "Mere tid"}]

    result = merge(doc, edited(doc, with_reflection), edited(doc, _second_partnership))
    part = result.document.partnership("p-2")
    assert [(r.date, r.to_improve) for r in part.reflections] == [("2026-12-01", "Mere tid")]
    assert result.conflicts == []


def test_compare_as_json_lists_a_new_activity_and_a_removed_flow_whole(doc):
    flow = json.loads(dumps(doc))["flows"][2]
    box = {"id": "s-9", "title": "Ny", "description": "", "actor": "a-cafe", "phase": None,
           "co_produced": False, "x": 40.0, "y": 30.0, "width": 180.0, "height": 70.0}

    def change(data: dict) -> None:
        data["activities"].append(box)
        data["flows"].pop(2)

    rows = [c.as_dict() for c in diff(doc, edited(doc, change))]
    assert rows == [
        {"op": "added", "kind": "activity", "id": "s-9", "field": None, "old": None, "new": box},
        {"op": "removed", "kind": "flow", "id": "f-3", "field": None, "old": flow, "new": None},
    ]


def test_applying_a_comparison_fills_a_list_that_was_empty(doc):
    old = edited(doc, lambda d: d["partnerships"][0].update(routines=[]))
    undo = edits.apply(old, operations(old, doc))
    assert dumps(old) == dumps(doc)
    edits.apply(old, undo)
    assert old.partnerships[0].routines == []


def test_flipping_ours_changed_theirs_removed_drops_the_element(doc):
    ours = edited(doc, lambda d: d["activities"][1].update(title="Arbejde i køkkenet"))
    theirs = edited(doc, lambda d: None)
    edits.remove(theirs, "s-2")
    kept = merge(doc, ours, theirs)
    assert kept.document.activity("s-2").title == "Arbejde i køkkenet"
    assert [(c.kind, c.id, c.resolution) for c in kept.conflicts][:1] == [("activity", "s-2", "ours")]
    flipped = merge(doc, ours, theirs, flip=[("activity", "s-2", None)])
    assert flipped.document.activity("s-2") is None


def test_theirs_adding_a_second_reflection_of_the_day_ours_edited_keeps_both(doc):
    ours = edited(doc, lambda d: d["partnerships"][0]["reflections"][0].update(to_improve="Kortere møder"))
    theirs = edited(doc, lambda d: d["partnerships"][0]["reflections"].append(
        {"date": "2026-11-28", "works_locally": "Også godt om eftermiddagen"}))
    result = merge(doc, ours, theirs)
    assert [(r.date, r.works_locally, r.to_improve) for r in result.document.partnerships[0].reflections] \
        == [("2026-11-28", "Godt", "Kortere møder"), ("2026-11-28", "Også godt om eftermiddagen", "")]
