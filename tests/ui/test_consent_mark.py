"""Personal data and consent on the map (issue 16): the drawing plan marks a flow that carries
personal data with its consent state, the canvas, PNG and PDF draw that mark from the plan, the
legend explains it, and clicking the mark selects the flow."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import QPointF

from app.export import export
from app.export.pdf_style import text_measure
from app.model import edits, style
from app.model.drawing import MapDrawing
from app.model.templates import from_template

from canvas_support import click, open_window


def consent_flows(doc):
    return [f for f in doc.flows if f.kind == "information" and f.personal_data]


def test_the_plan_marks_each_personal_data_flow_with_its_consent_state():
    doc = from_template("aalborg-aktiv")
    plan = MapDrawing(doc, text_measure())
    marked = consent_flows(doc)
    assert marked
    for flow in doc.flows:
        arrow = plan.arrows[flow.id]
        if flow in marked:
            assert arrow.consent == flow.consent
            mark, text = arrow.consent_rect, arrow.text_rect
            label = arrow.label_rect
            text_starts = text.x + style.LABEL_PAD_X / 2  # text_rect keeps the label's padding
            assert label.x <= mark.x and mark.right < text_starts <= label.right
            assert label.y <= mark.y and mark.bottom <= label.bottom
        else:
            assert arrow.consent is None and arrow.consent_rect is None


def test_a_flow_without_words_still_shows_its_mark_and_edits_follow():
    doc = from_template("generic")
    flow = next(f for f in doc.flows if f.kind == "information")
    edits.update(doc, flow.id, what="", personal_data=True, consent="missing")
    plan = MapDrawing(doc, text_measure())
    arrow = plan.arrows[flow.id]
    assert arrow.label == () and arrow.consent == "missing" and arrow.label_rect is not None
    edits.update(doc, flow.id, consent="obtained")
    plan.invalidate([flow.id])
    plan.update()
    assert plan.arrows[flow.id].consent == "obtained"


def test_clicking_the_mark_on_the_canvas_selects_the_flow(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    window.view.zoom_reset()
    flow = consent_flows(window.controller.document)[0]
    mark = window.scene.drawing.arrows[flow.id].consent_rect
    centre = QPointF(mark.x + mark.width / 2, mark.y + mark.height / 2)
    window.view.centerOn(centre)
    click(window, centre)
    assert window.scene.selected_ids() == [flow.id]


@pytest.mark.parametrize("fmt", ["pdf", "svg"])
def test_exports_draw_the_mark_and_its_legend(tmp_path, qtbot, fmt):
    doc = from_template("aalborg-aktiv")
    out = tmp_path / f"map.{fmt}"
    if fmt == "pdf":
        export(doc, out, fmt)
        text = pypdf.PdfReader(str(out)).pages[0].extract_text()
        assert "personal data, consent:" in text and "not needed" in text
    else:
        _svg(doc, out)
        svg = out.read_text(encoding="utf-8")
        assert "personal data, consent:" in svg and "#2E7D32".lower() in svg.lower()


def _svg(doc, out) -> None:
    from app.ui.canvas.image import export_image

    export_image(doc, out, "svg")
