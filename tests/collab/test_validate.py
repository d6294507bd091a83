"""A room's content is checked like a file: invalid parts are set aside, the rest kept."""

from __future__ import annotations

import pytest

from app.collab.validate import accept
from app.model import DocumentError, dumps


def test_valid_content_is_taken_whole(complete):
    doc, aside = accept(complete.model_dump(mode="json"))
    assert aside == [] and dumps(doc) == dumps(complete)


def test_a_flow_to_a_missing_activity_is_set_aside_and_the_rest_kept(complete):
    data = complete.model_dump(mode="json")
    data["flows"].append({"id": "f-bad", "kind": "sequence", "source": data["activities"][0]["id"],
                          "target": "s-nowhere"})
    doc, aside = accept(data)
    assert [f.id for f in doc.flows] == [f.id for f in complete.flows]
    assert len(aside) == 1 and 's-nowhere' in aside[0] and "flows[" in aside[0]


def test_wrong_values_from_a_foreign_client_are_set_aside_field_by_field(complete):
    data = complete.model_dump(mode="json")
    data["activities"][0]["x"] = "left"
    data["activities"][1]["y"] = "low"
    data["actors"][1]["hat"] = True
    data["meta"]["title"] = 7
    data["flows"].append({"id": "f-x", "kind": "sideways", "source": "a", "target": "b"})
    doc, aside = accept(data, previous=complete)
    assert doc.activities[0].x == complete.activities[0].x  # the value it had before
    assert [a.id for a in doc.actors] == [a.id for a in complete.actors]  # "hat" dropped
    assert doc.flow("f-x") is None  # a new item that cannot be repaired
    fresh, _ = accept(data)  # no earlier version: a wrong field takes its default
    assert fresh.activities[1].y == 30.0
    assert any("activities[0].x" in m for m in aside)
    assert any('unknown key "hat"' in m for m in aside)
    assert any("meta.title" in m for m in aside)
    assert any("flows[" in m and "kind" in m for m in aside)
    assert doc.meta.title == complete.meta.title and fresh.meta.title == ""


def test_duplicate_ids_and_a_dangling_optional_reference(complete):
    data = complete.model_dump(mode="json")
    data["phases"].append(dict(data["phases"][0], name="copy"))
    data["activities"][0]["phase"] = "ph-none"
    doc, aside = accept(data)
    assert len(doc.phases) == len(complete.phases)
    assert doc.activities[0].phase is None and doc.activities[0].id == complete.activities[0].id
    assert len(aside) == 2


@pytest.mark.parametrize("change, words", [
    ({"format": "other"}, "format"), ({"version": 2}, "version 2")])
def test_content_that_is_no_map_at_all_is_refused(complete, change, words):
    with pytest.raises(DocumentError, match=words):
        accept({**complete.model_dump(mode="json"), **change})
