"""A consent state and an actor's kind have one word in each language, wherever they are
written. Consent: the CSV file's consent column, the legend of the personal-data mark on the
PDF's map page, the note in the PDF's need-to-know table and what a screen reader says about the
flow (before, Finnish said "ei tiedossa" in the legend and "tuntematon" in the CSV file for the
same state). Kind: under the lane's name on the PDF map and in the report's actor table."""

from __future__ import annotations

import csv
import io
import re

import pypdf
import pytest

from app import i18n, wording
from app.export.csv_export import csv_text, headers
from app.export.pdf import export_pdf
from app.model.templates import from_template

STATES = ("obtained", "missing", "unknown", "not_needed")
#: what each language calls the states (the legend's order)
WORDS = {"en": ("obtained", "missing", "unknown", "not needed"),
         "da": ("indhentet", "mangler", "ukendt", "ikke nødvendigt"),
         "fi": ("saatu", "puuttuu", "tuntematon", "ei tarvita")}


def _doc():
    """Aalborg Aktiv with its first four information flows carrying personal data, one in
    each consent state."""
    doc = from_template("aalborg-aktiv")
    flows = [f for f in doc.flows if f.kind == "information"][:4]
    for flow, state in zip(flows, STATES):
        flow.personal_data, flow.consent = True, state
    return doc, flows


@pytest.mark.parametrize("lang", ["en", "da", "fi"])
def test_a_consent_state_has_one_word_in_the_csv_the_pdf_and_the_spoken_description(
        tmp_path, lang):
    doc, _flows = _doc()
    with i18n.speaking(lang):
        rows = list(csv.reader(io.StringIO(csv_text(doc))))
        column = rows[0].index(headers()[-1])
        spoken = {state: wording.consent_spoken(True, state) for state in STATES}
        heading = wording.consent_legend()[0]
        export_pdf(doc, tmp_path / "map.pdf")
    cells = {row[column] for row in rows[1:]}
    pages = [re.sub(r"\s+", " ", page.extract_text())
             for page in pypdf.PdfReader(tmp_path / "map.pdf").pages]
    for state, word in zip(STATES, WORDS[lang]):
        assert word in cells, (state, word, cells)
        assert spoken[state].endswith(word), spoken[state]
    # the map page's legend: the heading, then the four words in the legend's order
    assert re.search(".*?".join(map(re.escape, (heading, *WORDS[lang]))), pages[0]), pages[0][-300:]
    report = " ".join(pages[1:])
    for word in WORDS[lang]:  # the need-to-know table's notes ("consent MISSING")
        assert re.search(re.escape(word), report, re.IGNORECASE), word


KIND_WORDS = {"da": {"public": "offentlig", "private": "privat", "voluntary": "frivillig",
                     "citizen": "borger"},
              "fi": {"public": "julkinen", "private": "yksityinen", "voluntary": "vapaaehtoinen",
                     "citizen": "kansalainen"}}


@pytest.mark.parametrize("lang", ["da", "fi"])
def test_an_actors_kind_has_one_word_on_the_map_page_and_in_the_actor_table(tmp_path, lang):
    doc = from_template("aalborg-aktiv")
    with i18n.speaking(lang):
        export_pdf(doc, tmp_path / "map.pdf")
    pages = [re.sub(r"\s+", " ", page.extract_text())
             for page in pypdf.PdfReader(tmp_path / "map.pdf").pages]
    report = " ".join(pages[1:])
    for actor in doc.actors:
        word = KIND_WORDS[lang][actor.kind]
        assert word.upper() in pages[0], (actor.name, word)  # under the lane's name
        assert re.search(re.escape(actor.name) + " " + re.escape(word), report), (actor.name, word)
