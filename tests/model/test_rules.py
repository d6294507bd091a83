"""The model's rules one by one: field types and values, then whole-document rules."""

from __future__ import annotations

import json
import math

import pytest
from pydantic import ValidationError

from app.model import Activity, Actor, Asset, DocumentError, Flow, Meta, Phase, Reflection, loads
from app.model.rules import check, problems


def refused(raw: dict) -> str:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(raw))
    return str(info.value)


# -- single objects ---------------------------------------------------------------------------
@pytest.mark.parametrize("field, value", [
    ("x", "40"), ("x", True), ("co_produced", 1), ("co_produced", "true"), ("title", 7),
    ("actor", None), ("phase", 3), ("width", [180.0]),
])
def test_activity_types_are_strict(field, value):
    fields = {"id": "s", "title": "t", "actor": "a", field: value}
    with pytest.raises(ValidationError):
        Activity(**fields)


def test_whole_numbers_are_taken_as_geometry_and_written_with_a_point(raw):
    raw["activities"][0]["x"] = 40
    doc = loads(json.dumps(raw))
    assert doc.activities[0].x == 40.0 and isinstance(doc.activities[0].x, float)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("field", ["x", "y", "width", "height"])
def test_geometry_must_be_finite(field, value):
    with pytest.raises(ValidationError, match="finite number"):
        Activity(id="s", title="t", actor="a", **{field: value})


@pytest.mark.parametrize("make", [
    lambda v: Activity(id="s", title="t", actor="a", width=v),
    lambda v: Activity(id="s", title="t", actor="a", height=v),
    lambda v: Phase(id="p", name="n", width=v),
    lambda v: Actor(id="a", name="n", lane_height=v),
])
@pytest.mark.parametrize("value", [0.0, -1.0])
def test_sizes_must_be_positive(make, value):
    with pytest.raises(ValidationError, match="greater than 0"):
        make(value)


def test_coordinates_may_be_negative():
    assert Activity(id="s", title="t", actor="a", x=-5.0, y=-2.5).x == -5.0


@pytest.mark.parametrize("color", ["red", "#12345", "#1234567", "12345678", "#GGGGGG", ""])
def test_colours_are_hash_and_six_hex_digits(color):
    with pytest.raises(ValidationError, match="#RRGGBB"):
        Actor(id="a", name="n", color=color)


def test_colour_defaults_follow_the_kind():
    assert Actor(id="a", name="n", kind="citizen").color == "#E45756"
    assert Actor(id="a", name="n").color == "#9D755D"
    assert Actor(id="a", name="n", color="#abcdef").color == "#abcdef"


@pytest.mark.parametrize("value, why", [
    ("2026-2-3", "YYYY-MM-DD"), ("28-11-2026", "YYYY-MM-DD"), ("2026-11-28T10:00", "YYYY-MM-DD"),
    ("2026-02-29", "does not exist"), ("2026-13-01", "does not exist"), ("2026-04-31", "does not exist"),
])
def test_dates(value, why):
    with pytest.raises(ValidationError, match=why):
        Reflection(date=value)


def test_leap_day_exists():
    assert Reflection(date="2028-02-29").date == "2028-02-29"


@pytest.mark.parametrize("value", ["yesterday", "2026-11-28 at ten", "", "28/11/2026 10:00"])
def test_timestamps_are_iso_8601(value):
    with pytest.raises(ValidationError, match="ISO 8601"):
        Meta(created=value)


@pytest.mark.parametrize("model, fields", [
    (Activity, {"id": "s", "title": "t", "actor": "a", "colour": "#000000"}),
    (Flow, {"id": "f", "kind": "information", "source": "s", "target": "t", "label": ""}),
    (Asset, {"id": "as", "name": "n", "owner": "a"}),
])
def test_unknown_keys_are_refused(model, fields):
    with pytest.raises(ValidationError, match="Extra inputs"):
        model(**fields)


@pytest.mark.parametrize("path", [
    (), ("meta",), ("phases", 0), ("actors", 1), ("activities", 2), ("flows", 0),
    ("partnerships", 0), ("partnerships", 0, "governance"),
    ("partnerships", 0, "governance", "responsibilities", 0), ("partnerships", 0, "resources", 0),
    ("partnerships", 0, "complementarities", 0), ("partnerships", 0, "assets", 0),
    ("partnerships", 0, "routines", 0), ("partnerships", 0, "questions"),
    ("partnerships", 0, "reflections", 0),
])
def test_unknown_key_is_refused_at_every_level(raw, path):
    obj = raw
    for step in path:
        obj = obj[step]
    obj["surprise"] = 1
    where = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path).lstrip(".")
    expected = f'{where}: unknown key "surprise"' if where else 'unknown key "surprise"'
    assert refused(raw) == expected


def test_required_fields(raw):
    del raw["flows"][1]["kind"]
    assert refused(raw) == "flows[1].kind: required, but missing"


def test_optional_fields_take_their_defaults():
    doc = loads('{"format": "oppspace", "version": 1, "actors": [{"id": "a", "name": "Åse"}],'
                ' "activities": [{"id": "s", "title": "Møde", "actor": "a"}]}')
    act = doc.activities[0]
    assert (act.phase, act.co_produced, act.x, act.y, act.width, act.height) == (None, False, 40.0, 30.0, 180.0, 70.0)
    assert doc.actors[0].kind == "other" and doc.actors[0].lane_height == 160.0
    assert doc.meta.title == "" and doc.meta.created.endswith("Z")


def test_several_problems_of_one_entry_are_counted_after_the_first(raw):
    raw["activities"][0]["width"] = -1.0
    raw["activities"][0]["height"] = 0.0
    raw["activities"][0]["x"] = "far"
    assert refused(raw).endswith("— and 2 more problems")


def test_validation_stops_at_the_first_bad_entry_of_a_list(raw):
    """A file with a million bad entries costs what one with a single bad entry costs."""
    raw["activities"][0]["width"] = -1.0
    raw["activities"][1]["height"] = 0.0
    assert refused(raw) == "activities[0].width: Input should be greater than 0 (found -1.0)"


# -- whole-document rules ---------------------------------------------------------------------
def test_the_complete_map_breaks_no_rule(doc):
    assert list(problems(doc)) == []
    check(doc)


def test_ids_are_unique_across_all_collections(doc):
    doc.partnerships[0].routines[0].id = "ph-1"
    assert list(problems(doc)) == [
        'partnerships[0].routines[0].id: the id "ph-1" is already used by phases[0]']


def test_problems_lists_every_broken_rule_not_only_the_first(doc):
    doc.activities[0].actor = "a-9"
    doc.activities[1].phase = "ph-9"
    doc.flows[1].asset = "as-9"
    assert list(problems(doc)) == [
        'activities[0].actor: no actor with id "a-9"',
        'activities[1].phase: no phase with id "ph-9"',
        'flows[1].asset: no asset with id "as-9"',
    ]
    with pytest.raises(DocumentError, match=r'^activities\[0\]\.actor: no actor with id "a-9"$'):
        check(doc)


def test_sequence_flows_join_two_activities(doc):
    doc.flows[0].source = "a-city"
    assert list(problems(doc)) == [
        'flows[0].source: a sequence flow joins two activities, but "a-city" is an actor']


def test_information_flows_may_join_actors(doc):
    doc.flows[1].source = "a-citizen"
    doc.flows[1].target = "a-city"
    assert list(problems(doc)) == []


def test_a_flow_cannot_loop_on_itself(doc):
    doc.flows[1].source = doc.flows[1].target = "a-cafe"
    assert list(problems(doc)) == ['flows[1].target: a flow cannot go from "a-cafe" to itself']


def test_changing_a_flow_kind_rechecks_its_ends(doc):
    doc.flows[1].kind = "sequence"  # f-2 goes to an actor
    assert list(problems(doc)) == [
        'flows[1].target: a sequence flow joins two activities, but "a-cafe" is an actor']


def test_complementarity_needs_two_different_resources(doc):
    doc.partnerships[0].complementarities[1].resources = ["r-2"]
    assert list(problems(doc)) == [
        "partnerships[0].complementarities[1].resources: a complementarity joins at least two different resources"]


def test_complementarity_resources_belong_to_its_partnership(raw):
    raw["partnerships"].append({"id": "p-2", "name": "Andet", "resources": [
        {"id": "r-9", "owner": "a-city", "name": "x"}]})
    raw["partnerships"][0]["complementarities"][0]["resources"] = ["r-1", "r-9"]
    assert refused(raw) == ('partnerships[0].complementarities[0].resources[1]: '
                            'no resource with id "r-9" in this partnership')


def test_an_actor_cannot_work_for_itself(doc):
    doc.actors[0].organization = "a-city"
    assert list(problems(doc)) == ["actors[0].organization: an actor cannot work for itself"]


@pytest.mark.parametrize("field", ["id", "title", "actor", "phase", "description"])
def test_every_kind_of_string_is_capped_at_100000_characters(field):
    fields = {"id": "s", "title": "t", "actor": "a", field: "ø" * 100_001}
    with pytest.raises(ValidationError, match="at most 100000 characters"):
        Activity(**fields)
    fields[field] = "ø" * 100_000
    assert len(getattr(Activity(**fields), field)) == 100_000


def test_author_names_are_capped_too():
    with pytest.raises(ValidationError, match="at most 100000 characters"):
        Meta(authors=["å" * 100_001])
