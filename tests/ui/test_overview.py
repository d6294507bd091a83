"""Zoomed far out, the map is drawn in bulk (overview.py): every box still shows at its place,
a box can still be dragged there, and zooming in brings every item's own painting back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtTest import QTest

from app.model.edits import update
from app.ui.canvas import overview
from app.ui.canvas.overview import DETAIL_ZOOM, NO_CONTENTS, detail_items
from bench.generate import make_lanes_map
from tests.ui.canvas_support import LEFT, NONE, open_window

@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    window.controller.set_document(make_lanes_map(200, seed=3))
    window.resize(1200, 800)
    qtbot.wait(50)
    return window


def _zoom(qtbot, window, factor: float, at: QPointF) -> None:
    window.view.set_zoom(factor)
    window.view.centerOn(at)
    qtbot.wait(20)


def _lightness(window, image, box: QRectF) -> float:
    """Mean lightness of the pixels inside ``box`` (scene rectangle)."""
    r = window.view.mapFromScene(box).boundingRect().adjusted(1, 1, -1, -1)
    values = [image.pixelColor(x, y).lightness() for x in range(r.left(), r.right() + 1)
              for y in range(r.top(), r.bottom() + 1)]
    return sum(values) / max(1, len(values))


def _shown_boxes(window) -> list[str]:
    rect = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    return [i for i, item in window.scene.activities.items() if rect.contains(item.box())]


def test_far_out_every_box_looks_as_when_it_paints_itself(qtbot, window, monkeypatch):
    _zoom(qtbot, window, DETAIL_ZOOM * 0.8, QPointF(3000, 600))
    shown = _shown_boxes(window)
    assert len(shown) > 150
    bulk = window.view.viewport().grab().toImage()
    assert all(item.flags() & NO_CONTENTS for item in detail_items(window.scene))
    monkeypatch.setattr(overview, "DETAIL_ZOOM", 0.0)  # every item paints itself, as before
    window.view.viewport().update()
    qtbot.wait(20)
    itself = window.view.viewport().grab().toImage()
    assert not any(item.flags() & NO_CONTENTS for item in detail_items(window.scene))
    boxes = [window.scene.activities[i].box() for i in shown]
    alike = sum(abs(_lightness(window, bulk, b) - _lightness(window, itself, b)) < 12 for b in boxes)
    assert alike >= 0.95 * len(boxes)
    assert min(_lightness(window, bulk, b) for b in boxes) > 200  # a light box, not a hole


def test_zooming_in_again_paints_titles_as_before(qtbot, window):
    _zoom(qtbot, window, DETAIL_ZOOM * 0.5, QPointF(3000, 600))
    _zoom(qtbot, window, 1.0, QPointF(3000, 600))
    assert not any(item.flags() & NO_CONTENTS for item in detail_items(window.scene))
    act_id = _shown_boxes(window)[0]
    box = window.scene.activities[act_id].box()
    image = window.view.viewport().grab().toImage()
    top_left = window.view.mapFromScene(box.topLeft())
    ink = sum(1 for x in range(20, int(box.width()) - 20) for y in range(10, int(box.height()) - 10)
              if image.pixelColor(top_left.x() + x, top_left.y() + y).lightness() < 100)
    assert ink > 30  # the title's letters


def test_a_box_dragged_far_out_moves_there(qtbot, window):
    _zoom(qtbot, window, DETAIL_ZOOM * 0.8, QPointF(3000, 600))
    # a box whose middle no label or mark lies over (a press there takes the box)
    act_id = next(i for i in _shown_boxes(window)[40:] if window.scene.hit(
        window.scene.activities[i].box().center()) is window.scene.activities[i])
    item = window.scene.activities[act_id]
    before = window.controller.document.activity(act_id).x
    start = window.view.mapFromScene(item.box().center())
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    for i in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(4 * i, 0))
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(16, 0))
    qtbot.wait(20)
    moved = window.controller.document.activity(act_id).x - before
    assert moved == pytest.approx(16 / window.view.zoom(), abs=2 / window.view.zoom())
    image = window.view.viewport().grab().toImage()
    assert _lightness(window, image, item.box()) > 200  # drawn where it went


def test_zooming_in_paints_the_view_once(qtbot, window):
    """Zooming in gives every item its own painting back, which marks them all changed; Qt
    takes that in with the frame that shows them, not by painting the whole view again
    right after it (a second whole frame, a third of a second at 10,000 activities)."""
    view, scene = window.view, window.scene
    at = scene.activities["s-95"].box().center()
    _zoom(qtbot, window, DETAIL_ZOOM / 2, at)
    qtbot.wait(100)
    assert view._overview.active
    painted = []
    real = view.paintEvent
    view.paintEvent = lambda event: (painted.append(event.region().boundingRect()), real(event))[1]
    _zoom(qtbot, window, 1.0, at)
    qtbot.wait(200)
    assert not view._overview.active
    assert not any(item.flags() & NO_CONTENTS for item in detail_items(scene))
    whole = view.viewport().rect()
    assert len([area for area in painted if area.contains(whole)]) == 1
    painted.clear()
    QTest.mouseClick(view.viewport(), LEFT, NONE, view.mapFromScene(at))
    qtbot.waitUntil(lambda: bool(painted))
    assert window.controller.selection == ["s-95"]
    assert not any(area.contains(whole) for area in painted)  # the click repaints its box


def test_the_whole_map_far_out_is_drawn_anew_after_each_change(qtbot, window):
    """Zoomed out with the whole map in view, the overview keeps its drawing between frames
    (Zoom to Fit, the frame after findings arrive); every change shows in the next frame just
    as a drawing made from scratch shows it."""
    view, scene, controller = window.view, window.scene, window.controller
    _zoom(qtbot, window, DETAIL_ZOOM * 0.9, scene.sceneRect().center())
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(scene.sceneRect())

    def shown_as_from_scratch() -> bool:
        kept = view.viewport().grab().toImage()
        view._overview = overview.Overview()  # nothing kept: everything drawn again
        return view.viewport().grab().toImage() == kept

    first = view.viewport().grab().toImage()
    assert shown_as_from_scratch()
    act = controller.document.activity("s-60")
    controller.execute("Move", lambda d: update(d, "s-60", x=act.x + 1500, y=act.y + 60))
    qtbot.waitUntil(lambda: not scene._dirty)
    moved = view.viewport().grab().toImage()
    assert moved != first  # the box (and its arrows) drawn where they went
    assert shown_as_from_scratch()
    scene.select_only(["s-61"])
    assert shown_as_from_scratch()
    warned = [f.id for f in controller.document.flows
              if any(x.code == "consent-missing" for x in window.findings_panel.findings_for(f.id))]
    assert len(warned) > 10
    before = view.viewport().grab().toImage()
    with qtbot.waitSignal(window.findings_panel.findings_changed, timeout=10000):
        for flow_id in warned:  # consent obtained: their warnings go
            controller.execute("Consent", lambda d, f=flow_id: update(d, f, consent="obtained"))
        qtbot.waitUntil(lambda: not scene._dirty)
        assert view.viewport().grab().toImage() == before  # no change seen yet far out
    assert view.viewport().grab().toImage() != before  # the badges changed
    assert shown_as_from_scratch()
