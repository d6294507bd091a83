"""reflections[].local: each member's local adaptation — a compatible addition to format v1."""

from __future__ import annotations

import json

import pytest
from test_edits import refused, undo_redo

from app.model import DocumentError, dumps, edits, loads


def test_a_version_1_file_without_local_loads_and_is_written_with_an_empty_list(raw):
    del raw["partnerships"][0]["reflections"][0]["local"]
    doc = loads(json.dumps(raw))
    assert doc.partnerships[0].reflections[0].local == []
    written = json.loads(dumps(doc))["partnerships"][0]["reflections"][0]
    assert list(written) == ["date", "works_locally", "works_for_citizens", "to_improve", "local"]
    assert written["local"] == []


def test_local_adaptations_survive_a_round_trip(doc):
    note = doc.partnerships[0].reflections[0].local[0]
    assert (note.actor, note.adaptation) == ("a-cafe", "Fast kontaktperson på vagtplanen")
    assert dumps(loads(dumps(doc))) == dumps(doc)


@pytest.mark.parametrize("local, message", [
    ([{"actor": "a-nobody", "adaptation": "x"}],
     'partnerships[0].reflections[0].local[0].actor: no actor with id "a-nobody"'),
    ([{"actor": "a-cafe", "adaptation": "x"}, {"actor": "a-cafe", "adaptation": "y"}],
     'partnerships[0].reflections[0].local[1].actor: "a-cafe" already has a local adaptation in this entry'),
    ([{"adaptation": "x"}], "partnerships[0].reflections[0].local[0].actor"),
    ([{"actor": "a-cafe", "adaptation": "x", "extra": 1}], 'partnerships[0].reflections[0].local[0]: unknown key "extra"'),
])
def test_bad_local_adaptations_are_refused_naming_the_place(raw, local, message):
    raw["partnerships"][0]["reflections"][0]["local"] = local
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(raw))
    assert message in str(info.value)


def test_a_local_adaptation_may_name_an_actor_who_is_not_a_member(raw):
    raw["partnerships"][0]["reflections"][0]["local"] = [{"actor": "a-worker", "adaptation": "x"}]
    assert loads(json.dumps(raw)).partnerships[0].reflections[0].local[0].actor == "a-worker"


def test_set_local_adaptation_adds_changes_and_removes_one_note_per_actor(doc):
    part = doc.partnerships[0]
    undo_redo(doc, lambda d: edits.set_local_adaptation(d, part.id, 0, "a-city", "Ny rutine"))
    assert [(n.actor, n.adaptation) for n in part.reflections[0].local] == [
        ("a-cafe", "Fast kontaktperson på vagtplanen"), ("a-city", "Ny rutine")]
    undo_redo(doc, lambda d: edits.set_local_adaptation(d, part.id, 0, "a-city", "Bedre rutine"))
    assert part.reflections[0].local[1].adaptation == "Bedre rutine"
    undo_redo(doc, lambda d: edits.set_local_adaptation(d, part.id, 0, "a-cafe", "  "))
    assert [n.actor for n in part.reflections[0].local] == ["a-city"]


def test_set_local_adaptation_refuses_an_unknown_actor_or_entry(doc):
    part = doc.partnerships[0].id
    refused(doc, lambda d: edits.set_local_adaptation(d, part, 0, "a-nobody", "x"),
            'partnerships[0].reflections[0].local[1].actor: no actor with id "a-nobody"')
    refused(doc, lambda d: edits.set_local_adaptation(d, part, 5, "a-city", "x"),
            "partnerships[0].reflections: no reflection entry at position 5")


def test_removing_an_actor_removes_its_local_adaptations_and_undo_restores_them(doc):
    undo_redo(doc, lambda d: edits.remove(d, "a-cafe"))
    assert doc.partnerships[0].reflections[0].local == []
