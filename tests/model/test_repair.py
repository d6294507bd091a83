"""A merged map that lost an actor, a phase and an asset keeps no dangling reference, and the
merge report says each thing it dropped, where (the compare panel and ``oppspace merge`` list
these lines)."""

from __future__ import annotations

import json

from app.model import loads
from app.model.change_text import Names, describe_conflict
from app.model.repair import repair


def _without_city_phase_and_calendar(raw):
    raw["actors"] = [a for a in raw["actors"] if a["id"] != "a-city"]
    raw["phases"] = [p for p in raw["phases"] if p["id"] != "ph-1"]
    part = raw["partnerships"][0]
    part["assets"] = [a for a in part["assets"] if a["id"] != "as-1"]
    return raw


def test_every_dangling_reference_is_dropped_and_reported(raw):
    data = _without_city_phase_and_calendar(raw)
    conflicts = repair(data)
    assert [(c.kind, c.id, c.field, c.ours, c.resolution) for c in conflicts] == [
        ("actor", "a-worker", "organization", "a-city", "dropped"),
        ("activity", "s-1", "phase", "ph-1", "dropped"),
        ("flow", "f-2", "asset", "as-1", "dropped"),
        ("partnership", "p-1", "members", "a-city", "dropped"),
        ("partnership", "p-1", "governance.coordinator", "a-city", "dropped"),
        ("partnership", "p-1", "governance.responsibilities",
         {"actor": "a-city", "level": "strategic", "description": "Budget"}, "dropped"),
        ("resource", "r-1", None, {"id": "r-1", "owner": "a-city", "name": "Sagsbehandling",
                                   "nature": "intangible", "description": ""}, "dropped"),
        ("partnership", "p-1", "complementarities",
         {"resources": ["r-1", "r-2"], "interdependence": "sequential", "note": ""}, "dropped"),
        ("routine", "k-1", "participants", "a-city", "dropped"),
        ("routine", "k-1", "asset", "as-1", "dropped"),
    ]
    assert all((c.base, c.theirs) == (None, None) for c in conflicts)
    part = data["partnerships"][0]
    assert data["actors"][0]["organization"] is None
    assert data["activities"][0]["phase"] is None and data["flows"][1]["asset"] is None
    assert part["governance"]["coordinator"] is None
    assert part["members"] == ["a-cafe", "a-citizen"]
    assert part["governance"]["responsibilities"] == [
        {"actor": "a-cafe", "level": "operational", "description": ""}]
    assert [c["resources"] for c in part["complementarities"]] == [["r-2", "r-3"]]
    assert part["routines"][0]["participants"] == ["a-cafe"]
    assert part["routines"][0]["asset"] is None
    loads(json.dumps(data))  # a valid map


def test_the_report_names_what_was_dropped(raw, doc):
    conflicts = repair(_without_city_phase_and_calendar(raw))
    lines = [describe_conflict(c, Names(doc)) for c in conflicts]
    assert lines[0] == ("Actor \u201cSagsbehandler\u201d (a-worker): works for \u201cAalborg "
                        "Kommune\u201d dropped, it is no longer in the merged map")
    assert lines[2] == ("Flow \u201cØnsker og behov\u201d (f-2): asset \u201cFælles kalender\u201d "
                        "dropped, it is no longer in the merged map")
    assert lines[6] == ("Resource \u201cSagsbehandling\u201d (r-1): dropped, it referred to "
                        "something the merged map no longer has")
