"""Flow labels readable at 100 % and clear of what they could hide (issue 16): on the real
canvas no label covers a box, a findings badge or another label, none sits across a lane
border, and the text is nearly as large as a box's title."""

from __future__ import annotations

import itertools

import pytest
from canvas_support import drag, open_window, press
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from app.export.pdf_style import text_measure
from app.model import edits
from app.model.drawing import MapDrawing
from app.model.templates import from_template
from app.ui.canvas.badges import BadgeItem
from app.ui.canvas.items import LABEL_FONT, TITLE_FONT
from bench.generate import make_map


def across(rect, lane_tops) -> list[float]:
    """The lane borders ``rect`` sits across."""
    return [y for y in lane_tops if rect.top() + 0.01 < y < rect.bottom() - 0.01]


def test_labels_on_the_canvas_are_readable_and_hide_nothing(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    press(window, "actionZoomReset")  # Ctrl+1: 100 %
    assert window.view.zoom() == pytest.approx(1.0)
    window.findings_panel.refresh()  # the badges
    scene = window.view.scene()
    # the label's letters at 100 %: at least 12 px, at most one size under a box title's
    label_px, title_px = QFontMetricsF(LABEL_FONT).height(), QFontMetricsF(TITLE_FONT).height()
    assert LABEL_FONT.pixelSize() >= 12 or LABEL_FONT.pointSizeF() >= 12
    assert label_px >= 0.9 * title_px
    labels = {fid: item.label.sceneBoundingRect() for fid, item in scene.flows.items()
              if item.label is not None and not item.label.boundingRect().isEmpty()}
    assert len(labels) >= 10
    boxes = {aid: item.sceneBoundingRect() for aid, item in scene.activities.items()}
    lane_tops = sorted(item.sceneBoundingRect().top() for item in scene.lanes.values())[1:]
    badges = [(b.parentItem().obj_id, b.sceneBoundingRect()) for b in scene.items()
              if isinstance(b, BadgeItem) and b.isVisible() and b.count]
    assert badges
    bad = [f"{f} across a lane border" for f, r in labels.items() if across(r, lane_tops)]
    bad += [f"{f} on box {a}" for f, r in labels.items() for a, b in boxes.items()
            if r.intersects(b.adjusted(1, 1, -1, -1))]
    bad += [f"{f} on the badge of {g}" for f, r in labels.items() for g, b in badges
            if g != f and r.intersects(b.adjusted(1, 1, -1, -1))]
    bad += [f"{f} on {g}" for (f, r), (g, q) in itertools.combinations(labels.items(), 2)
            if r.adjusted(0.5, 0.5, -0.5, -0.5).intersects(q)]
    assert bad == []


@pytest.mark.parametrize("doc", [from_template("generic"), *(make_map(40, 60, s) for s in (1, 2, 3))])
def test_no_label_sits_across_a_lane_border(doc):
    plan = MapDrawing(doc, text_measure())
    tops = [lane.top for lane in plan.layout.lanes][1:]
    crossing = [f for f, a in plan.arrows.items() if a.label_rect is not None
                and any(a.label_rect.y < t < a.label_rect.bottom for t in tops)]
    assert crossing == []


def test_labels_keep_off_lane_borders_after_lanes_grow_and_shrink(qtbot):
    """The canvas draws incrementally: when a lane's height moves the borders below it, the
    labels near them look for a place again. Lanes are resized by dragging the lower edge of
    their headers."""
    window = open_window(qtbot, "aalborg-aktiv")
    controller, scene = window.controller, window.view.scene()
    before = [a.lane_height for a in controller.document.actors]
    for step, actor in enumerate(controller.document.actors[:4]):
        head = scene.lanes[actor.id].sceneBoundingRect()
        edge = QPointF(head.left() + 40, head.bottom() - 2)
        drag(window, edge, edge + QPointF(0, 47 if step % 2 == 0 else -23))
    assert [a.lane_height for a in controller.document.actors] != before
    lane_tops = sorted(item.sceneBoundingRect().top() for item in scene.lanes.values())[1:]
    crossing = [fid for fid, item in scene.flows.items() if item.label is not None
                and across(item.label.sceneBoundingRect(), lane_tops)]
    assert crossing == []


@pytest.mark.parametrize("lang", ["en", "da", "fi"])
def test_the_legend_shows_every_word_whole_in_every_language(qapp, lang):
    from PySide6.QtCore import QRectF

    from app import i18n
    from app.i18n import I18N, load_catalog
    from app.ui.canvas.items import LegendItem

    catalog = load_catalog(I18N / f"oppspace_{lang}.ts") if lang != "en" else {}
    words = tuple(catalog.get(("MapScene", t), t) for t in
                  ("co-produced with citizens", "information flow", "process order"))
    with i18n.speaking(lang):
        legend = LegendItem(words)
    advance = QFontMetricsF(LABEL_FONT).horizontalAdvance
    mid = LegendItem.ROW / 2
    shapes = [QRectF(x, mid - 5, LegendItem.SAMPLE - 4, 10) for x, _d in legend.samples]
    shapes += [QRectF(x, LegendItem.ROW, 12, 12) for x, _s in legend.marks]
    box = legend.boundingRect()
    for rect, text in legend.texts:
        assert rect.width() >= advance(text) and box.contains(rect), text
        assert not any(rect.intersects(s) for s in shapes), text
    for (r, t), (q, u) in itertools.combinations(legend.texts, 2):
        assert not r.intersects(q), (t, u)
