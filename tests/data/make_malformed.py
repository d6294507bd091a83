"""Write tests/data/complete.oppspace and the malformed corpus in tests/data/malformed/.

Each malformed file is one distinct way a map can be broken; ``expected.json`` holds, for each,
a fragment the error message must contain (it names the place). Rerun after changing a case:

    .venv/bin/python tests/data/make_malformed.py
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app.model import Document, dumps  # noqa: E402

OUT = HERE / "malformed"


def complete() -> dict[str, Any]:
    """A small map that uses every kind of object and reference the format has."""
    return {
        "format": "oppspace", "version": 1,
        "meta": {"title": "Aalborg Aktiv – prøve", "description": "Alle felter i brug: æøå ÆØÅ äö",
                 "authors": ["Søren Ærø"], "language": "da",
                 "created": "2026-11-28T10:00:00Z", "modified": "2026-11-28T10:00:00Z"},
        "phases": [{"id": "ph-1", "name": "Samskabende bestilling", "width": 260.0},
                   {"id": "ph-2", "name": "Samskabende levering", "width": 300.0}],
        "actors": [
            {"id": "a-city", "name": "Aalborg Kommune", "kind": "public", "organization": None,
             "color": "#4C78A8", "lane_height": 160.0},
            {"id": "a-worker", "name": "Sagsbehandler", "kind": "public", "organization": "a-city",
             "color": "#4C78A8", "lane_height": 120.0},
            {"id": "a-cafe", "name": "Café Åen", "kind": "private", "organization": None,
             "color": "#F58518", "lane_height": 160.0},
            {"id": "a-citizen", "name": "Borger", "kind": "citizen", "organization": None,
             "color": "#E45756", "lane_height": 160.0}],
        "activities": [
            {"id": "s-1", "title": "Afklaringssamtale", "description": "", "actor": "a-worker",
             "phase": "ph-1", "co_produced": True, "x": 40.0, "y": 30.0, "width": 180.0, "height": 70.0},
            {"id": "s-2", "title": "Arbejde i caféen", "description": "Køkken", "actor": "a-cafe",
             "phase": "ph-2", "co_produced": False, "x": 320.0, "y": 30.0, "width": 180.0, "height": 70.0},
            {"id": "s-3", "title": "Fortæller om dagen", "description": "", "actor": "a-citizen",
             "phase": None, "co_produced": True, "x": 560.5, "y": 12.25, "width": 160.0, "height": 60.0}],
        "flows": [
            {"id": "f-1", "kind": "sequence", "source": "s-1", "target": "s-2", "what": "", "when": "",
             "form": "", "asset": None, "personal_data": False, "consent": "unknown"},
            {"id": "f-2", "kind": "information", "source": "s-1", "target": "a-cafe",
             "what": "Ønsker og behov", "when": "Før første arbejdsdag", "form": "Møde", "asset": "as-1",
             "personal_data": True, "consent": "obtained"},
            {"id": "f-3", "kind": "information", "source": "s-2", "target": "s-3", "what": "Mødeplan",
             "when": "Hver uge", "form": "Telefon", "asset": None, "personal_data": False,
             "consent": "not_needed"}],
        "partnerships": [{
            "id": "p-1", "name": "Aalborg Aktiv", "members": ["a-city", "a-cafe", "a-citizen"],
            "purpose": "new_service", "remit": "Borgere på førtidspension", "need": "Meningsfuldt arbejde",
            "governance": {"coordinator": "a-city", "leadership_resources": "To timer om ugen",
                           "decision_making": "Styregruppe", "review": "Kvartalsvis",
                           "responsibilities": [
                               {"actor": "a-city", "level": "strategic", "description": "Budget"},
                               {"actor": "a-cafe", "level": "operational", "description": ""}]},
            "resources": [
                {"id": "r-1", "owner": "a-city", "name": "Sagsbehandling", "nature": "intangible", "description": ""},
                {"id": "r-2", "owner": "a-cafe", "name": "Arbejdspladser", "nature": "tangible", "description": ""},
                {"id": "r-3", "owner": "a-worker", "name": "Viden om borgeren", "nature": "both", "description": ""}],
            "complementarities": [
                {"resources": ["r-1", "r-2"], "interdependence": "sequential", "note": ""},
                {"resources": ["r-2", "r-3"], "interdependence": "pooled", "note": "Fælles"}],
            "assets": [
                {"id": "as-1", "name": "Fælles kalender", "kind": "digital", "status": "existing",
                 "access": ["a-city", "a-cafe"], "description": ""},
                {"id": "as-2", "name": "Mødelokale", "kind": "physical", "status": "needs_investment",
                 "access": [], "description": ""}],
            "routines": [{"id": "k-1", "what": "Status", "when": "Hver måned", "form": "Møde",
                          "asset": "as-1", "participants": ["a-city", "a-cafe"]}],
            "questions": {"why": "Nye tilbud", "complementary": "", "technology": "", "routines": ""},
            "reflections": [{"date": "2026-11-28", "works_locally": "Godt", "works_for_citizens": "Ja",
                             "to_improve": "Færre møder"}]}],
    }


def _text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _edit(fn: Callable[[dict], Any]) -> str:
    data = copy.deepcopy(complete())
    fn(data)
    return _text(data)


def _set(path: tuple, value: Any) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        obj = data
        for step in path[:-1]:
            obj = obj[step]
        obj[path[-1]] = value
    return apply


def _drop(path: tuple) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        obj = data
        for step in path[:-1]:
            obj = obj[step]
        del obj[path[-1]]
    return apply


P = ("partnerships", 0)
VALID = _text(complete())

#: name -> (content, fragment the error message must contain)
CASES: dict[str, tuple[str | bytes, str]] = {
    "empty": (b"", "the file is empty"),
    "whitespace-only": (" \n\t\n  ", "the file is empty"),
    "binary-junk": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xff", "not UTF-8"),
    "invalid-utf8": (VALID.replace("Café Åen", "Caf\udce9").encode("utf-8", "surrogateescape"),
                     "not UTF-8 text (invalid byte at offset"),
    "utf16": (VALID.encode("utf-16"), "UTF-16"),
    "truncated-json": (VALID[: len(VALID) // 2], "not valid JSON"),
    "trailing-comma": (VALID.replace('"width": 260.0\n', '"width": 260.0,\n', 1), "not valid JSON"),
    "comments-jsonc": ("// my map\n" + VALID, "line 1, column 1: not valid JSON"),
    "trailing-garbage": (VALID + "}\n", "not valid JSON (Extra data)"),
    "json-array": ("[" + VALID + "]", "JSON list, not an OppSpace map object"),
    "json-number": ("42\n", "JSON int, not an OppSpace map object"),
    "wrong-format": (_edit(_set(("format",), "drawio")), "format: 'drawio' is not \"oppspace\""),
    "missing-format": (_edit(_drop(("format",))), "format: missing"),
    "missing-version": (_edit(_drop(("version",))), "version: missing"),
    "version-string": (_edit(_set(("version",), "1")), "version: '1' is not a whole number"),
    "version-float": (_edit(_set(("version",), 1.0)), "version: 1.0 is not a whole number"),
    "version-bool": (_edit(_set(("version",), True)), "version: True is not a whole number"),
    "newer-version": (_edit(_set(("version",), 7)), "made by a newer OppSpace"),
    "unknown-old-version": (_edit(_set(("version",), 0)), "version 0 is not a version OppSpace knows"),
    "unknown-key-top": (_edit(_set(("layout",), {})), 'unknown key "layout"'),
    "unknown-key-meta": (_edit(_set(("meta", "owner"), "x")), 'meta: unknown key "owner"'),
    "unknown-key-activity": (_edit(_set(("activities", 1, "colour"), "#000000")),
                             'activities[1]: unknown key "colour"'),
    "unknown-key-governance": (_edit(_set(P + ("governance", "budget"), 5)),
                               'partnerships[0].governance: unknown key "budget"'),
    "unknown-key-asset": (_edit(_set(P + ("assets", 1, "owner"), "a-city")),
                          'partnerships[0].assets[1]: unknown key "owner"'),
    "wrong-type-title": (_edit(_set(("activities", 0, "title"), 12)), "activities[0].title: Input should be a valid string"),
    "wrong-type-list": (_edit(_set(("actors",), {"a-city": {}})), "actors: Input should be a valid array"),
    "string-boolean": (_edit(_set(("activities", 2, "co_produced"), "yes")),
                       "activities[2].co_produced: Input should be a valid boolean"),
    "number-as-string": (_edit(_set(("activities", 0, "x"), "40")), "activities[0].x: Input should be a valid number"),
    "nan-literal": (VALID.replace('"x": 320.0', '"x": NaN'), "activities[1].x: Input should be a finite number"),
    "infinity-literal": (VALID.replace('"lane_height": 120.0', '"lane_height": Infinity'),
                         "actors[1].lane_height: Input should be a finite number"),
    "overflow-number": (VALID.replace('"y": 12.25', '"y": 1e999'), "activities[2].y: Input should be a finite number"),
    "huge-integer": (VALID.replace('"y": 12.25', '"y": 1' + "0" * 5000), "a number is too long"),
    "negative-width": (_edit(_set(("activities", 0, "width"), -180.0)), "activities[0].width: Input should be greater than 0"),
    "zero-lane-height": (_edit(_set(("actors", 2, "lane_height"), 0.0)), "actors[2].lane_height: Input should be greater than 0"),
    "bad-colour": (_edit(_set(("actors", 0, "color"), "blue")), "actors[0].color: colour 'blue' is not of the form #RRGGBB"),
    "bad-date": (_edit(_set(P + ("reflections", 0, "date"), "28.11.2026")),
                 "partnerships[0].reflections[0].date: date '28.11.2026' is not of the form YYYY-MM-DD"),
    "nonexistent-date": (_edit(_set(P + ("reflections", 0, "date"), "2026-02-30")),
                         "partnerships[0].reflections[0].date: date '2026-02-30' does not exist"),
    "bad-timestamp": (_edit(_set(("meta", "modified"), "last Tuesday")), "meta.modified: timestamp 'last Tuesday' is not ISO 8601"),
    "bad-enum": (_edit(_set(("actors", 0, "kind"), "government")), "actors[0].kind: Input should be 'public'"),
    "missing-required": (_edit(_drop(("activities", 1, "actor"))), "activities[1].actor: required, but missing"),
    "empty-id": (_edit(_set(("phases", 1, "id"), "")), "phases[1].id: String should have at least 1 character"),
    "null-object": (_edit(_set(("meta",), None)), "meta: Input should be an object"),
    "lone-surrogate": (VALID.replace("Mødeplan", "M\\ud800deplan"), "flows[2].what: the text holds an invalid character"),
    "duplicate-id": (_edit(_set(("activities", 2, "id"), "a-cafe")),
                     'activities[2].id: the id "a-cafe" is already used by actors[2]'),
    "duplicate-id-nested": (_edit(_set(P + ("assets", 1, "id"), "r-2")),
                            'partnerships[0].assets[1].id: the id "r-2" is already used by partnerships[0].resources[1]'),
    "dangling-actor": (_edit(_set(("activities", 1, "actor"), "a-9")), 'activities[1].actor: no actor with id "a-9"'),
    "dangling-phase": (_edit(_set(("activities", 0, "phase"), "ph-9")), 'activities[0].phase: no phase with id "ph-9"'),
    "dangling-organization": (_edit(_set(("actors", 1, "organization"), "a-gone")),
                              'actors[1].organization: no actor with id "a-gone"'),
    "dangling-flow-end": (_edit(_set(("flows", 2, "target"), "s-99")),
                          'flows[2].target: no activity or actor with id "s-99"'),
    "dangling-asset": (_edit(_set(("flows", 1, "asset"), "as-9")), 'flows[1].asset: no asset with id "as-9"'),
    "dangling-member": (_edit(_set(P + ("members",), ["a-city", "a-kommune"])),
                        'partnerships[0].members[1]: no actor with id "a-kommune"'),
    "dangling-coordinator": (_edit(_set(P + ("governance", "coordinator"), "a-x")),
                             'partnerships[0].governance.coordinator: no actor with id "a-x"'),
    "dangling-responsibility": (_edit(_set(P + ("governance", "responsibilities", 1, "actor"), "a-x")),
                                'partnerships[0].governance.responsibilities[1].actor: no actor with id "a-x"'),
    "dangling-resource-owner": (_edit(_set(P + ("resources", 0, "owner"), "a-x")),
                                'partnerships[0].resources[0].owner: no actor with id "a-x"'),
    "dangling-complementarity": (_edit(_set(P + ("complementarities", 1, "resources"), ["r-2", "r-7"])),
                                 'partnerships[0].complementarities[1].resources[1]: no resource with id "r-7"'),
    "dangling-access": (_edit(_set(P + ("assets", 0, "access"), ["a-city", "a-x"])),
                        'partnerships[0].assets[0].access[1]: no actor with id "a-x"'),
    "dangling-routine-asset": (_edit(_set(P + ("routines", 0, "asset"), "as-x")),
                               'partnerships[0].routines[0].asset: no asset with id "as-x"'),
    "dangling-participant": (_edit(_set(P + ("routines", 0, "participants"), ["a-x"])),
                             'partnerships[0].routines[0].participants[0]: no actor with id "a-x"'),
    "complementarity-one-resource": (_edit(_set(P + ("complementarities", 0, "resources"), ["r-1", "r-1"])),
                                     "partnerships[0].complementarities[0].resources: a complementarity joins at least two"),
    "sequence-flow-to-actor": (_edit(_set(("flows", 0, "target"), "a-cafe")),
                               'flows[0].target: a sequence flow joins two activities, but "a-cafe" is an actor'),
    "self-loop": (_edit(_set(("flows", 2, "target"), "s-2")), 'flows[2].target: a flow cannot go from "s-2" to itself'),
    "actor-works-for-itself": (_edit(_set(("actors", 1, "organization"), "a-worker")),
                               "actors[1].organization: an actor cannot work for itself"),
}


def main() -> None:
    Document.model_validate(complete())  # the base must be valid
    (HERE / "complete.oppspace").write_text(dumps(Document.model_validate(complete())), encoding="utf-8")
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.oppspace"):
        old.unlink()
    expected = {}
    for name, (content, fragment) in CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (OUT / f"{name}.oppspace").write_bytes(data)
        expected[f"{name}.oppspace"] = fragment
    (OUT / "expected.json").write_text(_text(expected), encoding="utf-8")
    print(f"wrote complete.oppspace and {len(CASES)} malformed files")


if __name__ == "__main__":
    main()
