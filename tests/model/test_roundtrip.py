"""Property tests: any valid document survives dumps -> loads -> dumps unchanged, and any removal
leaves a valid document that undo restores byte for byte."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import dumps, loads
from app.model.edits import apply, remove
from app.model.rules import problems

NORDIC = "æøåäöÆØÅÄÖ"
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(NORDIC), max_size=12)
NAME = st.text(alphabet=st.sampled_from(NORDIC + "abc -é😀"), max_size=10)
COORD = st.floats(min_value=-1e6, max_value=1e6)  # the format's limits
SIZE = st.floats(min_value=0.0, exclude_min=True, max_value=1e5)
COLOR = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
STAMP = st.datetimes(timezones=st.none() | st.timezones()).map(lambda d: d.isoformat())
DATE = st.dates().map(lambda d: d.isoformat())
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Builder:
    """Draws objects whose optional keys are sometimes left out, with unique ids."""

    def __init__(self, draw) -> None:
        self.draw = draw
        self.ids = iter(draw(st.lists(st.text(alphabet=st.sampled_from(NORDIC + "ab-1"), min_size=1, max_size=6),
                                      min_size=60, max_size=60, unique=True)))

    def obj(self, required: dict[str, Any], optional: dict[str, Any]) -> dict[str, Any]:
        out = {k: self.draw(v) if isinstance(v, st.SearchStrategy) else v for k, v in required.items()}
        for key, strategy in optional.items():
            if self.draw(st.booleans()):
                out[key] = self.draw(strategy)
        return out

    def pick(self, pool: list[str]) -> st.SearchStrategy:
        return st.sampled_from(pool) if pool else st.nothing()


@st.composite
def documents(draw) -> dict[str, Any]:
    b = Builder(draw)
    meta = b.obj({}, {"title": TEXT, "description": TEXT, "authors": st.lists(NAME, max_size=3),
                      "language": st.sampled_from(["da", "fi", "en", ""]), "created": STAMP, "modified": STAMP})
    phases = [b.obj({"id": next(b.ids), "name": NAME}, {"width": SIZE}) for _ in range(draw(st.integers(0, 3)))]
    actors = [b.obj({"id": next(b.ids), "name": NAME},
                    {"kind": st.sampled_from(["public", "private", "voluntary", "citizen", "other"]),
                     "color": COLOR, "lane_height": SIZE}) for _ in range(draw(st.integers(1, 4)))]
    actor_ids = [a["id"] for a in actors]
    for actor in actors:
        others = [i for i in actor_ids if i != actor["id"]]
        if others and draw(st.booleans()):
            actor["organization"] = draw(st.sampled_from(others) | st.none())
    phase_ids = [p["id"] for p in phases]
    activities = [b.obj({"id": next(b.ids), "title": NAME, "actor": draw(st.sampled_from(actor_ids))},
                        {"description": TEXT, "phase": st.none() | b.pick(phase_ids), "co_produced": st.booleans(),
                         "x": COORD, "y": COORD, "width": SIZE, "height": SIZE})
                  for _ in range(draw(st.integers(0, 5)))]
    partnerships = [draw(partnerships_of(b, actor_ids)) for _ in range(draw(st.integers(0, 2)))]
    assets = [a["id"] for p in partnerships for a in p.get("assets", [])]
    flows = draw(flows_of(b, [a["id"] for a in activities], actor_ids, assets))
    return {"format": "oppspace", "version": 1, "meta": meta, "phases": phases, "actors": actors,
            "activities": activities, "flows": flows, "partnerships": partnerships}


@st.composite
def flows_of(draw, b: Builder, activities: list[str], actors: list[str], assets: list[str]) -> list:
    flows = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["information", "sequence"]))
        ends = activities if kind == "sequence" else activities + actors
        if len(ends) < 2:
            continue
        source, target = draw(st.lists(st.sampled_from(ends), min_size=2, max_size=2, unique=True))
        flows.append(b.obj({"id": next(b.ids), "kind": kind, "source": source, "target": target},
                           {"what": TEXT, "when": TEXT, "form": TEXT, "asset": st.none() | b.pick(assets),
                            "personal_data": st.booleans(),
                            "consent": st.sampled_from(["not_needed", "obtained", "missing", "unknown"])}))
    return flows


@st.composite
def partnerships_of(draw, b: Builder, actors: list[str]) -> dict[str, Any]:
    some_actors = st.lists(st.sampled_from(actors), max_size=3)
    resources = [b.obj({"id": next(b.ids), "owner": draw(st.sampled_from(actors)), "name": NAME},
                       {"nature": st.sampled_from(["tangible", "intangible", "both"]), "description": TEXT})
                 for _ in range(draw(st.integers(0, 3)))]
    rids = [r["id"] for r in resources]
    comps = []
    if len(rids) >= 2:
        comps = [b.obj({"resources": draw(st.lists(st.sampled_from(rids), min_size=2, max_size=3, unique=True))},
                       {"interdependence": st.sampled_from(["pooled", "sequential", "reciprocal"]), "note": TEXT})
                 for _ in range(draw(st.integers(0, 2)))]
    assets = [b.obj({"id": next(b.ids), "name": NAME},
                    {"kind": st.sampled_from(["digital", "physical"]),
                     "status": st.sampled_from(["existing", "needs_investment"]),
                     "access": some_actors, "description": TEXT}) for _ in range(draw(st.integers(0, 2)))]
    aids = [a["id"] for a in assets]
    governance = {"coordinator": st.none() | st.sampled_from(actors), "leadership_resources": TEXT,
                  "responsibilities": st.lists(st.fixed_dictionaries(
                      {"actor": st.sampled_from(actors)}, optional={"level": st.sampled_from(["strategic", "operational"]),
                                                                     "description": TEXT}), max_size=2)}
    return b.obj({"id": next(b.ids), "name": NAME, "resources": resources, "complementarities": comps,
                  "assets": assets},
                 {"members": some_actors, "purpose": st.none() | st.sampled_from(["efficiency", "repackaging", "new_service"]),
                  "remit": TEXT, "need": TEXT,
                  "governance": st.fixed_dictionaries({}, optional=governance),
                  "routines": st.lists(st.fixed_dictionaries(
                      {"id": st.just(next(b.ids))},
                      optional={"what": TEXT, "asset": st.none() | b.pick(aids), "participants": some_actors}),
                      max_size=1),
                  "questions": st.fixed_dictionaries({}, optional={"why": TEXT, "routines": TEXT}),
                  "reflections": st.lists(st.fixed_dictionaries({"date": DATE}, optional={"to_improve": TEXT}),
                                          max_size=2)})


def _subset(given: Any, loaded: Any) -> bool:
    """Everything the generated data said is in the loaded document, value for value."""
    if isinstance(given, dict):
        return all(_subset(v, loaded[k]) for k, v in given.items())
    if isinstance(given, list):
        return len(given) == len(loaded) and all(_subset(g, o) for g, o in zip(given, loaded))
    return given == loaded and type(given) is type(loaded) or (isinstance(given, float) and float(loaded) == given)


@SETTINGS
@given(documents(), st.booleans())
def test_valid_documents_survive_dumps_loads_dumps(raw, escaped):
    doc = loads(json.dumps(raw, ensure_ascii=escaped))
    text = dumps(doc)
    assert _subset(raw, json.loads(text)), "a value changed on the way in"
    assert dumps(loads(text)) == text
    assert dumps(loads(text.encode("utf-8"))) == text


@SETTINGS
@given(documents(), st.data())
def test_removing_anything_keeps_the_document_valid_and_undo_is_exact(raw, data):
    doc = loads(json.dumps(raw))
    before = dumps(doc)
    target = data.draw(st.sampled_from(sorted(doc.index())))
    undo = remove(doc, target)
    assert doc.find(target) is None
    assert list(problems(doc)) == []
    assert dumps(loads(dumps(doc))) == dumps(doc)
    apply(doc, undo)
    assert dumps(doc) == before
