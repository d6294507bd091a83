"""A map whose boxes lie far apart, left of the lane headers or above the map (the format
allows ±1,000,000) opens showing all of it, and every box stays in reach of the scrollbars."""

from __future__ import annotations

from pathlib import Path

from app.model import load, save
from app.ui.main_window import MainWindow

from tests.conftest import DATA, TEMPLATES


def _opened(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.undo_stack.setClean())
    window.resize(1200, 800)
    with qtbot.waitExposed(window):
        window.show()
    assert window.open_path(path)
    qtbot.wait(50)
    return window


def _visible(window: MainWindow):
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_a_map_at_the_format_limits_opens_showing_every_box(qtbot):
    window = _opened(qtbot, DATA / "hostile" / "geometry-at-the-limits.oppspace")
    seen = _visible(window)
    boxes = window.scene.activities
    assert len(boxes) == 3
    for item in boxes.values():
        assert seen.intersects(item.sceneBoundingRect()), item.sceneBoundingRect()
    zoom = window.view.zoom()
    window.view.zoom_out()
    assert window.view.zoom() <= zoom, "zooming out never jumps in"


def test_a_box_left_of_the_lanes_and_above_the_map_is_shown_and_in_reach(qtbot, tmp_path):
    doc = load(TEMPLATES / "generic.oppspace")
    doc.activities[0].x, doc.activities[0].y = -30_000.0, -8_000.0
    path = tmp_path / "far.oppspace"
    save(doc, path)
    window = _opened(qtbot, path)
    far = window.scene.activities[doc.activities[0].id].sceneBoundingRect()
    assert window.view.sceneRect().contains(far), "the scrollbars reach it"
    seen = _visible(window)
    for item in window.scene.activities.values():
        assert seen.intersects(item.sceneBoundingRect())
