"""Edit operations: each changes what it says, its inverse restores dumps() exactly, redo
re-applies it exactly, and a refused edit changes nothing."""

from __future__ import annotations

from typing import Callable

import pytest

from app.model import (Activity, Actor, Asset, Change, Document, DocumentError, Flow, Partnership,
                       Phase, Reflection, Resource, dumps, new_document)
from app.model import edits
from app.model.edits import apply
from app.model.rules import problems


def undo_redo(doc: Document, edit: Callable[[Document], list]) -> str:
    """Apply ``edit``; check undo and redo are exact; return the text after the edit."""
    before = dumps(doc)
    undo = edit(doc)
    after = dumps(doc)
    assert after != before, "the edit changed nothing"
    assert list(problems(doc)) == []
    redo = apply(doc, undo)
    assert dumps(doc) == before
    apply(doc, redo)
    assert dumps(doc) == after
    return after


def refused(doc: Document, edit: Callable[[Document], list], message: str) -> None:
    before = dumps(doc)
    with pytest.raises(DocumentError) as info:
        edit(doc)
    assert str(info.value) == message
    assert dumps(doc) == before


# -- adding -----------------------------------------------------------------------------------
def test_add_actor_at_a_position(doc):
    undo_redo(doc, lambda d: edits.add_actor(d, Actor(id="a-new", name="Røde Kors", kind="voluntary"), 1))
    assert [a.id for a in doc.actors][:2] == ["a-city", "a-new"]


def test_add_phase_activity_flow_partnership(doc):
    undo_redo(doc, lambda d: edits.add_phase(d, Phase(id="ph-0", name="Samskabende design"), 0))
    undo_redo(doc, lambda d: edits.add_activity(d, Activity(id="s-9", title="Kaffe", actor="a-cafe", phase="ph-0")))
    undo_redo(doc, lambda d: edits.add_flow(d, Flow(id="f-9", kind="sequence", source="s-2", target="s-9")))
    undo_redo(doc, lambda d: edits.add_partnership(d, Partnership(id="p-2", name="Nyt", members=["a-city"])))
    assert doc.phases[0].id == "ph-0" and doc.activities[-1].id == "s-9"
    assert doc.flows[-1].id == "f-9" and doc.partnerships[-1].id == "p-2"


@pytest.mark.parametrize("list_path, item", [
    (("partnerships", 0, "resources"), Resource(id="r-9", owner="a-citizen", name="Erfaring")),
    (("partnerships", 0, "assets"), Asset(id="as-9", name="Opslagstavle", kind="physical")),
    (("partnerships", 0, "reflections"), Reflection(date="2026-12-01", to_improve="Mere kaffe")),
    (("partnerships", 0, "members"), "a-worker"),
    (("meta", "authors"), "Åse Øberg"),
])
def test_add_to_any_list(doc, list_path, item):
    undo_redo(doc, lambda d: edits.add(d, list_path, item))


@pytest.mark.parametrize("edit, message", [
    (lambda d: edits.add_activity(d, Activity(id="s-9", title="t", actor="a-9")),
     'activities[3].actor: no actor with id "a-9"'),
    (lambda d: edits.add_activity(d, Activity(id="a-city", title="t", actor="a-city")),
     'activities[3].id: the id "a-city" is already used by actors[0]'),
    (lambda d: edits.add_flow(d, Flow(id="f-9", kind="sequence", source="s-1", target="a-city")),
     'flows[3].target: a sequence flow joins two activities, but "a-city" is an actor'),
    (lambda d: edits.add(d, ("activities",), Phase(id="x", name="x")), "activities: expected activity, got Phase"),
    (lambda d: edits.add(d, ("actors",), {"id": "x", "name": "x"}), "actors: expected actor, got dict"),
    (lambda d: edits.add(d, ("partnerships", 0, "members"), 5),
     "partnerships[0].members: Input should be a valid string (found 5)"),
    (lambda d: edits.add(d, ("partnerships", 0, "members"), "a-ghost"),
     'partnerships[0].members[3]: no actor with id "a-ghost"'),
    (lambda d: edits.add_phase(d, Phase(id="ph-9", name="x"), 7), "phases: position 7 is outside the list"),
])
def test_refused_additions_change_nothing(doc, edit, message):
    refused(doc, edit, message)


# -- updating ---------------------------------------------------------------------------------
def test_update_fields(doc):
    undo_redo(doc, lambda d: edits.update(d, "s-1", title="Første møde", x=12.5, co_produced=False))
    assert (doc.activities[0].title, doc.activities[0].x, doc.activities[0].co_produced) == ("Første møde", 12.5, False)


def test_update_references_are_checked_and_allowed_when_valid(doc):
    undo_redo(doc, lambda d: edits.update(d, "s-2", actor="a-citizen", phase=None))
    undo_redo(doc, lambda d: edits.update(d, "f-2", target="s-3", asset=None))


@pytest.mark.parametrize("path, fields", [
    (("meta",), {"title": "Nyt navn", "authors": ["Ærlig Åge"]}),
    (("partnerships", 0, "governance"), {"coordinator": "a-cafe", "review": "Hver uge"}),
    (("partnerships", 0, "questions"), {"why": "Effektivitet"}),
    (("partnerships", 0, "reflections", 0), {"date": "2027-01-31", "works_locally": "Bedre"}),
    (("partnerships", 0, "complementarities", 0), {"interdependence": "reciprocal"}),
])
def test_update_objects_without_ids(doc, path, fields):
    undo_redo(doc, lambda d: edits.update_at(d, path, **fields))


def test_an_update_to_the_same_value_records_nothing(doc):
    assert edits.update(doc, "s-1", title=doc.activities[0].title) == []


@pytest.mark.parametrize("edit, message", [
    (lambda d: edits.update(d, "s-2", width=-1.0), "activities[1].width: Input should be greater than 0 (found -1.0)"),
    (lambda d: edits.update(d, "s-2", x=float("nan")), "activities[1].x: Input should be a finite number (found nan)"),
    (lambda d: edits.update(d, "s-2", actor="a-9"), 'activities[1].actor: no actor with id "a-9"'),
    (lambda d: edits.update(d, "a-worker", color="green"),
     "actors[1].color: colour 'green' is not of the form #RRGGBB (found 'green')"),
    (lambda d: edits.update(d, "f-2", kind="sequence"),
     'flows[1].target: a sequence flow joins two activities, but "a-cafe" is an actor'),
    (lambda d: edits.update(d, "s-2", id="s-22"), "an id cannot be changed"),
    (lambda d: edits.update(d, "s-2", colour="#000000"), 'activity has no field "colour"'),
    (lambda d: edits.update(d, "s-404", x=1.0), 'no object with id "s-404"'),
    (lambda d: edits.update_at(d, ("partnerships", 0, "reflections", 0), date="2026-02-30"),
     "partnerships[0].reflections[0].date: date '2026-02-30' does not exist (found '2026-02-30')"),
])
def test_refused_updates_change_nothing(doc, edit, message):
    refused(doc, edit, message)


def test_a_refused_update_puts_back_the_fields_already_set(doc):
    refused(doc, lambda d: edits.update(d, "s-2", title="Nyt", actor="a-9"), 'activities[1].actor: no actor with id "a-9"')
    assert doc.activities[1].title == "Arbejde i caféen"


# -- moving -----------------------------------------------------------------------------------
def test_move_reorders_and_undoes(doc):
    undo_redo(doc, lambda d: edits.move(d, ("actors",), 0, 3))
    assert [a.id for a in doc.actors] == ["a-worker", "a-cafe", "a-citizen", "a-city"]


def test_move_outside_the_list_is_refused(doc):
    refused(doc, lambda d: edits.move(d, ("phases",), 0, 2), "phases: position 2 is outside the list of 2")


# -- removing and its cascades ---------------------------------------------------------------
def ids(items) -> list[str]:
    return [item.id for item in items]


def test_remove_activity_removes_its_flows(doc):
    undo_redo(doc, lambda d: edits.remove(d, "s-2"))
    assert ids(doc.activities) == ["s-1", "s-3"]
    assert ids(doc.flows) == ["f-2"]


def test_remove_actor_cascades_to_everything_that_names_it(doc):
    undo_redo(doc, lambda d: edits.remove(d, "a-cafe"))
    part = doc.partnerships[0]
    assert ids(doc.actors) == ["a-city", "a-worker", "a-citizen"]
    assert ids(doc.activities) == ["s-1", "s-3"]
    assert doc.flows == []
    assert part.members == ["a-city", "a-citizen"]
    assert [r.actor for r in part.governance.responsibilities] == ["a-city"]
    assert ids(part.resources) == ["r-1", "r-3"]
    assert part.complementarities == [], "both complementarities lost r-2, leaving one resource"
    assert part.assets[0].access == ["a-city"]
    assert part.routines[0].participants == ["a-city"]


def test_remove_actor_clears_organization_and_coordinator(doc):
    undo_redo(doc, lambda d: edits.remove(d, "a-city"))
    assert doc.actor("a-worker").organization is None
    assert doc.partnerships[0].governance.coordinator is None
    assert ids(doc.partnerships[0].resources) == ["r-2", "r-3"]


def test_remove_phase_leaves_its_activities_without_one(doc):
    undo_redo(doc, lambda d: edits.remove(d, "ph-1"))
    assert ids(doc.phases) == ["ph-2"]
    assert doc.activity("s-1").phase is None and len(doc.activities) == 3


def test_remove_asset_clears_flows_and_routines(doc):
    undo_redo(doc, lambda d: edits.remove(d, "as-1"))
    assert ids(doc.partnerships[0].assets) == ["as-2"]
    assert doc.flow("f-2").asset is None
    assert doc.partnerships[0].routines[0].asset is None


def test_remove_resource_trims_complementarities(doc):
    undo_redo(doc, lambda d: edits.remove(d, "r-3"))
    comps = doc.partnerships[0].complementarities
    assert [c.resources for c in comps] == [["r-1", "r-2"]]


def test_remove_partnership_takes_its_parts_and_clears_their_uses(doc):
    undo_redo(doc, lambda d: edits.remove(d, "p-1"))
    assert doc.partnerships == []
    assert doc.flow("f-2").asset is None
    assert doc.find("r-1") is None and doc.find("k-1") is None


def test_remove_many_is_one_edit(doc):
    undo_redo(doc, lambda d: edits.remove_many(d, ["s-1", "a-citizen", "f-3", "ph-2"]))
    assert ids(doc.activities) == ["s-2"] and doc.flows == [] and ids(doc.phases) == ["ph-1"]


def test_remove_of_an_unknown_id_does_nothing(doc):
    before = dumps(doc)
    assert edits.remove(doc, "nobody") == []
    assert dumps(doc) == before


# -- events and ids ---------------------------------------------------------------------------
def test_each_primitive_change_is_announced(doc):
    seen: list[Change] = []
    doc.events.connect(seen.append)
    undo = edits.remove(doc, "s-2")
    assert [(c.kind, c.collection, c.obj_id) for c in seen] == [
        ("remove", "flows", "f-3"), ("remove", "flows", "f-1"), ("remove", "activities", "s-2")]
    seen.clear()
    apply(doc, undo)
    assert [(c.kind, c.obj_id) for c in seen] == [("insert", "s-2"), ("insert", "f-1"), ("insert", "f-3")]
    seen.clear()
    edits.update(doc, "s-1", x=1.0)
    assert [(c.kind, c.field, c.obj_id, c.collection) for c in seen] == [("set", "x", "s-1", "activities")]


def test_lookups_follow_edits(doc):
    edits.remove(doc, "s-1")
    assert doc.path_of("s-2") == ("activities", 0)
    assert doc.activity("s-1") is None and doc.activity("a-city") is None
    assert doc.collection_of("r-2") == "resources"


def test_new_ids_are_unused(doc):
    taken = set(doc.index())
    fresh = edits.new_id(doc, "s")
    assert fresh not in taken and fresh.startswith("s-")


def test_changing_a_kind_recolours_a_lane_that_still_has_its_kinds_colour():
    from app.model.document import KIND_COLORS

    doc = new_document()
    edits.add_actor(doc, Actor(id="a", name="A", kind="other"))
    edits.add_actor(doc, Actor(id="b", name="B", kind="other", color="#123456"))
    before = dumps(doc)
    undo = edits.set_actor_kind(doc, "a", "citizen")
    assert (doc.actor("a").kind, doc.actor("a").color) == ("citizen", KIND_COLORS["citizen"])
    edits.set_actor_kind(doc, "b", "citizen")
    assert doc.actor("b").color == "#123456"  # a colour the user chose stays
    edits.apply(doc, edits.set_actor_kind(doc, "b", "other"))
    edits.apply(doc, undo)
    assert doc.actor("a").color == KIND_COLORS["other"]


def test_unused_color_avoids_the_colours_lanes_have():
    doc = new_document()
    colours = []
    for i in range(6):
        colour = edits.unused_color(doc)
        edits.add_actor(doc, Actor(id=f"a{i}", name="A", color=colour))
        colours.append(colour)
    assert len(set(colours)) == 6
