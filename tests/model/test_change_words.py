"""An emptied value reads "none" in the user's language; an entry whose fields were only
written in another order is not a change; a merged map with one id twice keeps the first and
says it dropped the second."""

from __future__ import annotations

import copy

import pytest

from app.i18n import set_language
from app.model.change_text import Names, describe_change
from app.model.diff import Change
from app.model.repair import repair


@pytest.fixture
def language():
    yield set_language
    set_language("en")


def test_an_emptied_list_reads_none_in_the_users_language(doc, language):
    names = Names(doc)
    change = Change("changed", "activity", "s-2", "description", [], "x")
    assert describe_change(change, names) == \
        "Activity \u201cArbejde i caféen\u201d (s-2): description none \u2192 \u201cx\u201d"
    language("da")
    assert describe_change(change, names) == \
        "Aktivitet \u201cArbejde i caféen\u201d (s-2): beskrivelse ingen \u2192 \u201cx\u201d"
    language("fi")
    assert "ei mitään \u2192" in describe_change(change, names)


def test_an_entry_written_in_another_field_order_is_not_reported_as_changed(doc):
    old = [{"actor": "a-city", "level": "strategic"}]
    new = [{"level": "strategic", "actor": "a-city"}, {"actor": "a-cafe", "level": "operational"}]
    line = describe_change(Change("changed", "partnership", "p-1", "governance.responsibilities",
                                  old, new), Names(doc))
    assert line == \
        "Partnership \u201cAalborg Aktiv\u201d (p-1): responsibilities + \u201cCafé Åen\u201d"


def test_a_map_with_one_activity_id_twice_keeps_the_first(raw):
    twin = copy.deepcopy(raw["activities"][0])
    twin["title"] = "Tvilling"
    raw["activities"].append(twin)
    conflicts = repair(raw)
    assert [(c.kind, c.id, c.field, c.resolution) for c in conflicts] == [
        ("activity", twin["id"], None, "dropped")]
    assert conflicts[0].ours["title"] == "Tvilling"
    assert [a["title"] for a in raw["activities"]].count("Tvilling") == 0
