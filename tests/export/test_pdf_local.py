"""The PDF report shows each member's local adaptation under the reflection log."""

from __future__ import annotations

from test_pdf import AALBORG, text_of

from app.export import export
from app.model import load


def test_each_members_local_adaptation_is_in_the_report(tmp_path):
    doc = load(AALBORG)
    out = tmp_path / "aalborg.pdf"
    export(doc, out, "pdf")
    text = text_of(out)
    assert "What each member changes locally (learning at two levels)" in text
    for note in doc.partnerships[0].reflections[0].local:
        assert f"{doc.actor(note.actor).name} {note.adaptation}" in text


def test_without_local_adaptations_the_section_is_left_out(tmp_path):
    doc = load(AALBORG)
    doc.partnerships[0].reflections[0].local = []
    out = tmp_path / "aalborg.pdf"
    export(doc, out, "pdf")
    assert "learning at two levels" not in text_of(out)
