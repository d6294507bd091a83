"""Diff and three-way merge by id, field by field: one minimal BASE/OURS/THEIRS per rule."""

from __future__ import annotations

from typing import Callable

import pytest

from app.model import Activity, Document, Flow, LocalAdaptation, Phase, Reflection, dumps, edits, loads
from app.model.diff import diff, operations
from app.model.merge import merge


def variant(doc: Document, *changes: Callable[[Document], object]) -> Document:
    """A copy of ``doc`` with ``changes`` applied through the editor's own edits."""
    copy = loads(dumps(doc))
    for change in changes:
        change(copy)
    return copy


def ops_of(changes) -> list[tuple]:
    return [(c.op, c.kind, c.id, c.field) for c in changes]


# -- diff ---------------------------------------------------------------------------------
def test_diff_of_a_map_with_itself_is_empty(doc):
    assert diff(doc, variant(doc)) == []


def test_diff_names_added_removed_and_changed_fields_with_old_and_new(doc):
    new = variant(doc, lambda d: edits.update(d, "s-2", title="Arbejde i køkkenet"),
                  lambda d: edits.update(d, "f-2", consent="missing"),
                  lambda d: edits.add_activity(d, Activity(id="s-9", title="Ny", actor="a-cafe")),
                  lambda d: edits.remove(d, "s-3"))
    changes = diff(doc, new)
    assert ("changed", "activity", "s-2", "title") in ops_of(changes)
    title = next(c for c in changes if c.field == "title")
    assert (title.old, title.new) == ("Arbejde i caféen", "Arbejde i køkkenet")
    consent = next(c for c in changes if c.field == "consent")
    assert (consent.old, consent.new) == ("obtained", "missing")
    assert ("added", "activity", "s-9", None) in ops_of(changes)
    assert ("removed", "activity", "s-3", None) in ops_of(changes)
    assert ("removed", "flow", "f-3", None) in ops_of(changes)  # it went with its activity


def test_geometry_is_reported_as_moved_and_resized_order_as_reordered(doc):
    new = variant(doc, lambda d: edits.update(d, "s-1", x=100.0, y=50.0),
                  lambda d: edits.update(d, "s-2", width=250.0),
                  lambda d: edits.update(d, "a-cafe", lane_height=200.0),
                  lambda d: edits.move(d, ("actors",), 0, 2))
    changes = diff(doc, new)
    assert ops_of(changes) == [("resized", "actor", "a-cafe", "lane_height"),
                               ("reordered", "actor", None, "order"),
                               ("moved", "activity", "s-1", "position"),
                               ("resized", "activity", "s-2", "size")]
    assert changes[2].old == {"x": 40.0, "y": 30.0} and changes[2].new == {"x": 100.0, "y": 50.0}


def test_partnership_parts_are_elements_and_nested_fields_are_dotted(doc):
    new = variant(doc, lambda d: edits.update(d, "r-2", name="Køkkenpladser"),
                  lambda d: edits.update_at(d, ("partnerships", 0, "governance"), review="Månedligt"),
                  lambda d: edits.update(d, "p-1", members=["a-city", "a-cafe"]))
    assert ops_of(diff(doc, new)) == [("changed", "partnership", "p-1", "members"),
                                      ("changed", "partnership", "p-1", "governance.review"),
                                      ("changed", "resource", "r-2", "name")]


def test_the_save_time_is_not_a_change_of_content(doc):
    assert diff(doc, variant(doc, lambda d: edits.update_at(d, ("meta",), modified="2027-01-01T00:00:00Z"))) == []


def test_diff_operations_applied_to_old_give_new_exactly(doc):
    new = variant(doc, lambda d: edits.move(d, ("actors",), 3, 0),
                  lambda d: edits.remove(d, "s-1"),
                  lambda d: edits.add_activity(d, Activity(id="s-9", title="Ny", actor="a-cafe")),
                  lambda d: edits.update(d, "r-1", name="X"),
                  lambda d: edits.update_at(d, ("meta",), title="Ny titel"))
    old = variant(doc)
    undo = edits.apply(old, operations(old, new))
    assert dumps(old) == dumps(new)
    edits.apply(old, undo)
    assert dumps(old) == dumps(doc)


# -- merge: fields --------------------------------------------------------------------------
def test_a_field_changed_on_one_side_takes_that_side(doc):
    ours = variant(doc, lambda d: edits.update(d, "s-2", title="Ours"))
    theirs = variant(doc, lambda d: edits.update(d, "f-3", consent="missing"))
    result = merge(doc, ours, theirs)
    assert result.conflicts == []
    assert result.document.activity("s-2").title == "Ours"
    assert result.document.flow("f-3").consent == "missing"


def test_the_same_change_on_both_sides_is_no_conflict(doc):
    side = variant(doc, lambda d: edits.update(d, "s-2", title="Same"))
    result = merge(doc, side, variant(side))
    assert result.conflicts == [] and result.document.activity("s-2").title == "Same"


def test_different_changes_to_one_field_conflict_and_ours_is_kept(doc):
    ours = variant(doc, lambda d: edits.update(d, "s-2", title="Ours", description="only ours"))
    theirs = variant(doc, lambda d: edits.update(d, "s-2", title="Theirs", co_produced=True))
    result = merge(doc, ours, theirs)
    [c] = result.conflicts
    assert (c.kind, c.id, c.field, c.base, c.ours, c.theirs, c.resolution) == \
        ("activity", "s-2", "title", "Arbejde i caféen", "Ours", "Theirs", "ours")
    act = result.document.activity("s-2")
    assert (act.title, act.description, act.co_produced) == ("Ours", "only ours", True)


def test_nested_fields_merge_one_by_one(doc):
    gov = ("partnerships", 0, "governance")
    ours = variant(doc, lambda d: edits.update_at(d, gov, review="Ours"))
    theirs = variant(doc, lambda d: edits.update_at(d, gov, decision_making="Theirs"))
    result = merge(doc, ours, theirs)
    merged = result.document.partnerships[0].governance
    assert result.conflicts == [] and (merged.review, merged.decision_making) == ("Ours", "Theirs")


# -- merge: elements ------------------------------------------------------------------------
def test_added_on_either_side_is_added(doc):
    ours = variant(doc, lambda d: edits.add_activity(d, Activity(id="s-o", title="O", actor="a-cafe")))
    theirs = variant(doc, lambda d: edits.add_activity(d, Activity(id="s-t", title="T", actor="a-city")),
                     lambda d: edits.add_flow(d, Flow(id="f-t", kind="sequence", source="s-2", target="s-t")))
    result = merge(doc, ours, theirs)
    assert result.conflicts == []
    assert [a.id for a in result.document.activities] == ["s-1", "s-2", "s-3", "s-o", "s-t"]
    assert result.document.flow("f-t") is not None


def test_added_on_both_with_one_id_and_different_content_conflicts_ours_kept(doc):
    ours = variant(doc, lambda d: edits.add_activity(d, Activity(id="s-9", title="O", actor="a-cafe")))
    theirs = variant(doc, lambda d: edits.add_activity(d, Activity(id="s-9", title="T", actor="a-cafe")))
    result = merge(doc, ours, theirs)
    assert [(c.id, c.field, c.base, c.ours, c.theirs) for c in result.conflicts] == \
        [("s-9", "title", None, "O", "T")]
    assert result.document.activity("s-9").title == "O"


def test_removed_on_one_side_and_unchanged_on_the_other_is_removed(doc):
    theirs = variant(doc, lambda d: edits.remove(d, "f-2"))
    result = merge(doc, variant(doc), theirs)
    assert result.conflicts == [] and result.document.flow("f-2") is None


def test_removed_on_one_side_and_changed_on_the_other_conflicts_and_is_kept(doc):
    ours = variant(doc, lambda d: edits.update(d, "f-2", what="Changed"))
    theirs = variant(doc, lambda d: edits.remove(d, "f-2"))
    result = merge(doc, ours, theirs)
    [c] = result.conflicts
    assert (c.kind, c.id, c.field, c.theirs, c.resolution) == ("flow", "f-2", None, None, "ours")
    assert result.document.flow("f-2").what == "Changed"


def test_a_dangling_reference_is_dropped_and_reported_never_an_invalid_map(doc):
    ours = variant(doc, lambda d: edits.remove(d, "s-3"))  # and its flow f-3
    theirs = variant(doc, lambda d: edits.add_flow(d, Flow(id="f-9", kind="information",
                                                           source="s-3", target="a-city")))
    result = merge(doc, ours, theirs)
    assert [(c.kind, c.id, c.resolution) for c in result.conflicts] == [("flow", "f-9", "dropped")]
    assert result.document.flow("f-9") is None and result.document.activity("s-3") is None
    loads(dumps(result.document))  # valid


def test_an_actor_removed_while_the_other_side_moved_work_into_its_lane(doc):
    ours = variant(doc, lambda d: edits.remove(d, "a-citizen"))
    theirs = variant(doc, lambda d: edits.update(d, "s-2", actor="a-citizen"),
                     lambda d: edits.update(d, "r-2", owner="a-citizen"))
    result = merge(doc, ours, theirs)
    kinds = {(c.kind, c.id, c.resolution) for c in result.conflicts}
    assert ("activity", "s-2", "dropped") in kinds and ("resource", "r-2", "dropped") in kinds
    assert result.document.actor("a-citizen") is None
    loads(dumps(result.document))


# -- merge: order ---------------------------------------------------------------------------
def test_one_sides_reorder_wins_over_no_reorder(doc):
    theirs = variant(doc, lambda d: edits.move(d, ("actors",), 3, 0))
    ours = variant(doc, lambda d: edits.add_phase(d, Phase(id="ph-9", name="N")))
    result = merge(doc, ours, theirs)
    assert [a.id for a in result.document.actors] == ["a-citizen", "a-city", "a-worker", "a-cafe"]
    assert result.conflicts == []


def test_both_reordered_differently_keeps_ours_and_reports_it(doc):
    ours = variant(doc, lambda d: edits.move(d, ("actors",), 0, 3))
    theirs = variant(doc, lambda d: edits.move(d, ("actors",), 3, 0))
    result = merge(doc, ours, theirs)
    assert [a.id for a in result.document.actors] == [a.id for a in ours.actors]
    [c] = result.conflicts
    assert (c.kind, c.id, c.field, c.resolution) == ("actor", None, "order", "ours")


# -- merge: lists without ids ---------------------------------------------------------------
def test_lists_without_ids_merge_as_sets(doc):
    ours = variant(doc, lambda d: edits.update_at(d, ("meta",), authors=["Søren Ærø", "Ours"]),
                   lambda d: edits.update(d, "as-1", access=["a-city"]))
    theirs = variant(doc, lambda d: edits.update_at(d, ("meta",), authors=["Theirs", "Søren Ærø"]),
                     lambda d: edits.update(d, "p-1", members=["a-city", "a-cafe"]))
    result = merge(doc, ours, theirs)
    assert result.conflicts == []
    assert result.document.meta.authors == ["Søren Ærø", "Ours", "Theirs"]
    assert result.document.partnerships[0].members == ["a-city", "a-cafe"]
    assert result.document.find("as-1").access == ["a-city"]


def test_reflections_merge_by_date_field_by_field(doc):
    refl = ("partnerships", 0, "reflections")
    base = variant(doc, lambda d: edits.add(d, refl, Reflection(date="2026-11-01", to_improve="x")))
    ours = variant(base, lambda d: edits.update_at(d, refl + (1,), works_locally="Ours"),
                   lambda d: edits.add(d, refl, Reflection(date="2026-12-01")))
    theirs = variant(base, lambda d: edits.update_at(d, refl + (1,), to_improve="Theirs"),
                     lambda d: edits.add(d, refl, Reflection(date="2026-12-02")))
    result = merge(base, ours, theirs)
    merged = result.document.partnerships[0].reflections
    assert result.conflicts == []
    assert [r.date for r in merged] == ["2026-11-28", "2026-11-01", "2026-12-01", "2026-12-02"]
    assert (merged[1].works_locally, merged[1].to_improve) == ("Ours", "Theirs")


def test_the_save_time_of_both_sides_is_the_later_one_without_conflict(doc):
    ours = variant(doc, lambda d: edits.update_at(d, ("meta",), modified="2026-12-01T10:00:00Z"))
    theirs = variant(doc, lambda d: edits.update_at(d, ("meta",), modified="2026-12-02T10:00:00Z"))
    result = merge(doc, ours, theirs)
    assert result.conflicts == [] and result.document.meta.modified == "2026-12-02T10:00:00Z"


@pytest.mark.parametrize("side", ["ours", "theirs"])
def test_merge_with_an_unchanged_side_gives_the_other_exactly(doc, side):
    changed = variant(doc, lambda d: edits.move(d, ("phases",), 0, 1), lambda d: edits.remove(d, "a-cafe"),
                      lambda d: edits.update(d, "k-1", what="Ny"))
    args = (doc, changed, variant(doc)) if side == "ours" else (doc, variant(doc), changed)
    assert dumps(merge(*args).document) == dumps(changed)


def _add_local(actor: str, text: str):
    def change(d: Document) -> None:
        notes = [n for n in d.partnerships[0].reflections[0].local if n.actor != actor]
        edits.update_at(d, ("partnerships", 0, "reflections", 0),
                        local=[*notes, LocalAdaptation(actor=actor, adaptation=text)])
    return change


def test_a_new_list_field_inside_reflections_merges_as_a_set_with_no_code_of_its_own(doc):
    ours = variant(doc, _add_local("a-city", "Ours"))
    theirs = variant(doc, _add_local("a-citizen", "Theirs"))
    result = merge(doc, ours, theirs)
    merged = [(a.actor, a.adaptation) for a in result.document.partnerships[0].reflections[0].local]
    before = [(a.actor, a.adaptation) for a in doc.partnerships[0].reflections[0].local]
    assert result.conflicts == [] and merged == [*before, ("a-city", "Ours"), ("a-citizen", "Theirs")]


def test_one_actors_local_adaptation_changed_differently_is_one_conflict_ours_kept(doc):
    result = merge(doc, variant(doc, _add_local("a-city", "Ours")), variant(doc, _add_local("a-city", "Theirs")))
    [c] = result.conflicts
    assert (c.kind, c.id, c.field, c.ours, c.theirs) == ("partnership", "p-1", "reflections.local.adaptation",
                                                         "Ours", "Theirs")
    assert [n.adaptation for n in result.document.partnerships[0].reflections[0].local if n.actor == "a-city"] == ["Ours"]


def test_a_local_adaptation_of_a_removed_actor_is_dropped(doc):
    result = merge(doc, variant(doc, lambda d: edits.remove(d, "a-city")), variant(doc, _add_local("a-city", "T")))
    assert ("partnership", "p-1", "reflections.local", "dropped") in \
        {(c.kind, c.id, c.field, c.resolution) for c in result.conflicts}
    loads(dumps(result.document))


def test_flipping_a_conflict_takes_the_other_side(doc):
    ours = variant(doc, lambda d: edits.update(d, "s-2", title="Ours"), lambda d: edits.remove(d, "f-2"))
    theirs = variant(doc, lambda d: edits.update(d, "s-2", title="Theirs"),
                     lambda d: edits.update(d, "f-2", what="Changed"))
    first = merge(doc, ours, theirs)
    assert {c.key: c.resolution for c in first.conflicts} == {("activity", "s-2", "title"): "ours",
                                                               ("flow", "f-2", None): "theirs"}
    flipped = merge(doc, ours, theirs, flip={c.key for c in first.conflicts})
    assert flipped.document.activity("s-2").title == "Theirs" and flipped.document.flow("f-2") is None
    assert {c.resolution for c in flipped.conflicts} == {"theirs", "ours"}


# -- merge: what the merge report shows for each conflict -----------------------------------
def test_a_routine_changed_differently_is_a_conflict_on_the_routine_itself(doc):
    ours = variant(doc, lambda d: edits.update(d, "k-1", what="Ours"))
    theirs = variant(doc, lambda d: edits.update(d, "k-1", what="Theirs"))
    result = merge(doc, ours, theirs)
    [c] = result.conflicts
    assert (c.kind, c.id, c.field, c.base, c.ours, c.theirs, c.resolution) == (
        "routine", "k-1", "what", "Status", "Ours", "Theirs", "ours")
    assert result.document.find("k-1").what == "Ours"


def _reflection(doc: Document) -> dict:
    return doc.partnerships[0].reflections[0].model_dump(mode="json")


@pytest.mark.parametrize("changer", ["ours", "theirs"])
def test_a_reflection_changed_on_one_side_and_removed_on_the_other_is_kept_and_reported(doc, changer):
    changed = variant(doc, lambda d: edits.update_at(d, ("partnerships", 0, "reflections", 0),
                                                     works_locally="Changed"))
    removed = variant(doc, lambda d: edits.update_at(d, ("partnerships", 0), reflections=[]))
    ours, theirs = (changed, removed) if changer == "ours" else (removed, changed)
    result = merge(doc, ours, theirs)
    [c] = result.conflicts
    kept = _reflection(changed)
    assert (c.kind, c.id, c.field, c.base) == ("partnership", "p-1", "reflections", _reflection(doc))
    assert (c.ours, c.theirs, c.resolution) == ((kept, None, "ours") if changer == "ours"
                                                else (None, kept, "theirs"))
    assert [r.works_locally for r in result.document.partnerships[0].reflections] == ["Changed"]
    flipped = merge(doc, ours, theirs, flip={c.key})
    assert flipped.document.partnerships[0].reflections == []


@pytest.mark.parametrize("changer", ["ours", "theirs"])
def test_a_flow_changed_on_one_side_and_removed_on_the_other_reports_all_three_versions(doc, changer):
    changed = variant(doc, lambda d: edits.update(d, "f-2", what="Changed"))
    removed = variant(doc, lambda d: edits.remove(d, "f-2"))
    ours, theirs = (changed, removed) if changer == "ours" else (removed, changed)
    result = merge(doc, ours, theirs)
    [c] = result.conflicts
    new, old = (d.flow("f-2").model_dump(mode="json") for d in (changed, doc))
    assert (c.kind, c.id, c.field, c.base) == ("flow", "f-2", None, old)
    assert (c.ours, c.theirs, c.resolution) == ((new, None, "ours") if changer == "ours"
                                                else (None, new, "theirs"))
    assert result.document.flow("f-2").what == "Changed"


def test_an_order_conflict_reports_the_base_order_and_both_sides(doc):
    ours = variant(doc, lambda d: edits.move(d, ("actors",), 0, 3))
    theirs = variant(doc, lambda d: edits.move(d, ("actors",), 3, 0))
    [c] = merge(doc, ours, theirs).conflicts
    assert (c.base, c.ours, c.theirs) == tuple([a.id for a in d.actors] for d in (doc, ours, theirs))
