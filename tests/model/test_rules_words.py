"""The whole sentence a user reads for a flow to nowhere (a sequence flow needs an activity, any
other flow an activity or an actor), a broken list reported once, and a phase found by its id."""

from __future__ import annotations

import json

import pytest

from app.model import DocumentError, loads
from app.model.rules import problems


def _refusal(raw: dict) -> str:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(raw))
    return str(info.value)


def test_an_information_flow_from_nowhere_names_what_its_source_could_be(doc):
    doc.flows[1].source = "s-404"  # f-2 goes from an activity to an actor
    assert list(problems(doc)) == ['flows[1].source: no activity or actor with id "s-404"']


def test_a_sequence_flow_to_nowhere_names_an_activity_as_its_only_possible_end(doc):
    doc.flows[0].target = "s-404"
    assert list(problems(doc)) == ['flows[0].target: no activity with id "s-404"']


def test_a_list_with_several_wrong_entries_is_reported_at_its_first_one_only(raw):
    for act in raw["activities"]:
        act["x"] = "venstre"
    assert _refusal(raw) == "activities[0].x: Input should be a valid number (found 'venstre')"


def test_a_phase_is_found_by_its_id_and_nothing_else_is_a_phase(doc):
    assert doc.phase("ph-2").name == doc.phases[1].name
    assert doc.phase("s-1") is None and doc.phase(None) is None


def test_a_long_wrong_value_is_shown_cut_after_57_characters(raw):
    raw["activities"][0]["x"] = "v" * 100
    assert _refusal(raw) == \
        "activities[0].x: Input should be a valid number (found '" + "v" * 56 + "...)"
