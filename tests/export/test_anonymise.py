"""Anonymised exports: no citizen's name anywhere in PDF text, SVG, the PNG's scene, CSV,
GraphML or JSON; descriptions, the reflection log and the authors left out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_pdf import text_of

from app.export import export
from app.export.anonymise import anonymise
from app.model import dumps, loads

MAP = {
    "format": "oppspace", "version": 1,
    "meta": {"title": "Forløb for Maja Hansen", "description": "Maja og hendes mor",
             "authors": ["Ole Olsen"]},
    "actors": [{"id": "a-maja-hansen", "name": "Maja Hansen", "kind": "citizen"},
               {"id": "a-mor", "name": "Lise Jørgensen", "kind": "citizen"},
               {"id": "a-k", "name": "Aalborg Kommune", "kind": "public"},
               {"id": "a-cafe", "name": "Café Kant", "kind": "private"}],
    "activities": [{"id": "s-1", "title": "Samtale med MAJA  hansen", "actor": "a-k",
                    "description": "Hun kan lide dyr", "co_produced": True},
                   {"id": "s-2", "title": "Arbejde", "actor": "a-cafe"},
                   {"id": "s-3", "title": "Fortæller", "actor": "a-maja-hansen", "co_produced": True}],
    "flows": [{"id": "f-1", "kind": "information", "source": "s-3", "target": "s-1",
               "what": "Majas ønsker", "personal_data": True, "consent": "obtained"},
              {"id": "f-2", "kind": "information", "source": "s-1", "target": "s-2",
               "what": "Hvornår Lise Jørgensen kører"}],
    "partnerships": [{"id": "p", "name": "Team for Maja Hansen",
                      "members": ["a-k", "a-cafe", "a-maja-hansen"], "remit": "Lise og Maja",
                      "reflections": [{"date": "2026-11-01", "works_locally": "Godt",
                                       "local": [{"actor": "a-k", "adaptation": "Ring oftere"}]}]}],
}
NAMES = re.compile(r"maja|hansen|lise|jørgensen|Ole Olsen|Hun kan lide dyr|Ring oftere",
                   re.IGNORECASE)


@pytest.fixture
def doc():
    return loads(json.dumps(MAP))


def test_citizens_are_renamed_and_free_text_left_out_without_touching_the_map(doc):
    before = dumps(doc)
    anon = anonymise(doc)
    assert dumps(doc) == before
    assert [a.name for a in anon.actors] == ["Citizen", "Citizen 2", "Aalborg Kommune", "Café Kant"]
    assert anon.meta.title == "Forløb for Citizen (anonymised)"
    assert (anon.meta.description, anon.meta.authors) == ("", [])
    assert anon.activities[0].title == "Samtale med Citizen" and anon.activities[0].description == ""
    assert [f.what for f in anon.flows] == ["Citizens ønsker", "Hvornår Citizen 2 kører"]
    assert anon.partnerships[0].reflections == []
    assert not NAMES.search(dumps(anon))


@pytest.mark.parametrize("fmt", ["json", "csv", "graphml", "svg"])
def test_no_citizen_name_in_text_exports(doc, tmp_path, fmt, qapp):
    out = tmp_path / f"map.{fmt}"
    if fmt == "svg":  # drawn by the canvas, as the command line and the editor do
        from app.ui.canvas.image import export_image

        export_image(anonymise(doc), out, fmt)
    else:
        export(doc, out, fmt, anonymise=True)
    text = out.read_text(encoding="utf-8-sig")
    assert "Citizen" in text
    assert not NAMES.search(text), NAMES.search(text)


def test_no_citizen_name_in_the_pdf_and_the_title_page_says_anonymised(doc, tmp_path):
    out = tmp_path / "map.pdf"
    export(doc, out, "pdf", anonymise=True)
    text = text_of(out)
    assert "Forløb for Citizen (anonymised)" in text
    assert not NAMES.search(text), NAMES.search(text)
    import pypdf

    assert not NAMES.search(str(pypdf.PdfReader(str(out)).metadata))


def test_no_citizen_name_in_the_scene_the_png_is_drawn_from(doc, tmp_path, qapp):
    from app.ui.canvas.image import _build_scene, export_image

    out = tmp_path / "map.png"
    export_image(anonymise(doc), out, "png")
    assert out.read_bytes()[:4] == b"\x89PNG"
    plain, anon = _scene_text(_build_scene(doc)), _scene_text(_build_scene(anonymise(doc)))
    assert "Maja Hansen" in plain and "Samtale med MAJA" in plain  # the reading sees names
    assert "Majas ønsker" in plain  # … and flow labels
    assert "Citizen" in anon
    assert not NAMES.search(anon), NAMES.search(anon)


def _scene_text(scene) -> str:
    """Every text the scene's items hold or show."""
    texts = []
    for item in scene.items():
        for attr in ("text", "toPlainText", "toolTip"):
            value = getattr(item, attr, None)
            if callable(value):
                texts.append(str(value()))
        for name in ("_lines", "_name", "_texts", "_label", "_text"):
            value = getattr(item, name, None)
            if isinstance(value, (tuple, list)):
                texts.append(" ".join(map(str, value)))
            elif value is not None:
                texts.append(str(getattr(value, "lines", value)))
    return "\n".join(texts)
