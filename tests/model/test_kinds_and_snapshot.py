"""A lane named after who works there gets its kind from the start (the citizen's lane is
framed and findings depend on it); a snapshot for background analysis shows the map as it was."""

from __future__ import annotations

import pytest

from app.model import Activity, edits
from app.model.kinds import guess_kind
from app.model.snapshot import snapshot


@pytest.mark.parametrize("name, kind", [
    ("Borger", "citizen"), ("Kansalainen", "citizen"), ("Citizen volunteer", "citizen"),
    ("Frivillige  i\tforeningen", "voluntary"), ("Local NGO", "voluntary"),
    ("Aalborg Kommune", "public"), ("Jobcenter Nord", "public"), ("Sagsbehandler", "public"),
    ("Café Åen", "private"), ("Rakennus Oy", "private"), ("Sørensen A/S", "private"),
    ("Kahvila Ab", "private"), ("Den tredje  sektor", "voluntary"), ("Care\thome Solgården", "public"),
])
def test_a_lane_name_suggests_its_kind(name, kind):
    assert guess_kind(name) == kind


@pytest.mark.parametrize("name", ["", "Team", "Abbey", "Boyz", "Ngos", "A/Sx", "Abc/oy"])
def test_short_stems_count_only_as_whole_words(name):
    assert guess_kind(name) is None


def test_a_snapshot_keeps_the_map_as_it_was_while_the_document_changes(doc):
    assert doc.find("f-1") is not None  # the document's index is built
    view = snapshot(doc)
    edits.add_activity(doc, Activity(id="s-9", title="Ny", actor="a-cafe"))
    edits.remove(doc, "f-1")
    assert [a.id for a in view.activities] == ["s-1", "s-2", "s-3"]
    assert [f.id for f in view.flows] == ["f-1", "f-2", "f-3"]
    assert view.find("s-9") is None and view.find("f-1") is not None
    assert doc.find("s-9") is not None and doc.find("f-1") is None
    assert view.activity("s-2").title == "Arbejde i caféen"
    assert view.events is not doc.events
    assert [p.id for p in view.phases] == [p.id for p in doc.phases]
    assert [a.id for a in view.actors] == [a.id for a in doc.actors]
    assert [p.id for p in view.partnerships] == [p.id for p in doc.partnerships]
