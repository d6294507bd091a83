"""reflections[].local merges as a set in the three-way merge: what either side adds is kept,
what either side removes goes, and a note changed on one side is that side's."""

from __future__ import annotations

from test_diff_merge import variant

from app.model import edits
from app.model.merge import merge


def _notes(doc) -> list[tuple[str, str]]:
    return sorted((n.actor, n.adaptation) for n in doc.partnerships[0].reflections[0].local)


def test_local_adaptations_added_on_both_sides_and_removed_on_one_merge_as_a_set(doc):
    ours = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-city", "Ny rutine"))
    theirs = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-cafe", ""),
                     lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-worker", "Ringer før"))
    result = merge(doc, ours, theirs)
    assert result.conflicts == []
    assert _notes(result.document) == [("a-city", "Ny rutine"), ("a-worker", "Ringer før")]


def test_a_local_adaptation_changed_on_one_side_is_that_sides_text(doc):
    ours = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-cafe", "Ændret"))
    result = merge(doc, ours, variant(doc))
    assert result.conflicts == [] and _notes(result.document) == [("a-cafe", "Ændret")]


def test_one_note_changed_differently_on_both_sides_still_merges_to_a_valid_map(doc):
    ours = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-cafe", "Ours"))
    theirs = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-cafe", "Theirs"))
    result = merge(doc, ours, theirs)
    assert _notes(result.document) == [("a-cafe", "Ours")]
    assert [(c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("reflections.local.adaptation", "Ours", "Theirs")]


def test_a_note_added_for_an_actor_the_other_side_removed_is_dropped_as_a_conflict(doc):
    ours = variant(doc, lambda d: edits.remove(d, "a-worker"))
    theirs = variant(doc, lambda d: edits.set_local_adaptation(d, "p-1", 0, "a-worker", "Ringer"))
    result = merge(doc, ours, theirs)
    assert _notes(result.document) == [("a-cafe", "Fast kontaktperson på vagtplanen")]
    assert result.document.find("a-worker") is None
    assert ("reflections.local", {"actor": "a-worker", "adaptation": "Ringer"}, "dropped") in [
        (c.field, c.ours, c.resolution) for c in result.conflicts]
