"""What an edit names when it refuses, and the ids new objects get: the words a user reads
in the message and the id written in the file."""

from __future__ import annotations

import pytest

from app.model import Activity, DocumentError, dumps, edits


def test_a_new_object_takes_the_next_number_after_everything_in_the_map(doc):
    count = len(doc.index())
    assert edits.new_id(doc, "s") == f"s-{count + 1}"
    edits.add_activity(doc, Activity(id=f"s-{count + 2}", title="Ny", actor="a-city"))
    assert edits.new_id(doc, "s") == f"s-{count + 3}"  # one more object, and s-{count+2} taken


@pytest.mark.parametrize("partnership", ["p-ghost", "s-1"])
def test_a_local_note_for_something_that_is_not_a_partnership_names_a_partnership(doc, partnership):
    before = dumps(doc)
    with pytest.raises(DocumentError) as info:
        edits.set_local_adaptation(doc, partnership, 0, "a-city", "Vi gør det anderledes")
    assert str(info.value) == f'no partnership with id "{partnership}"'
    assert dumps(doc) == before


def test_bytes_are_not_taken_for_a_member_id(doc):
    before = dumps(doc)
    with pytest.raises(DocumentError) as info:
        edits.add(doc, ("partnerships", 0, "members"), b"a-worker")
    assert str(info.value) == \
        "partnerships[0].members: Input should be a valid string (found b'a-worker')"
    assert dumps(doc) == before


def test_an_insert_tells_listeners_where_the_new_item_went(doc):
    """Collaboration peers and the outline put an inserted item at the index the change
    names."""
    from app.model import Phase
    seen = []
    doc.events.connect(seen.append)
    edits.add_phase(doc, Phase(id="ph-9", name="Midt"), 1)
    assert [(c.kind, c.collection, c.index, c.obj_id) for c in seen] == [
        ("insert", "phases", 1, "ph-9")]
