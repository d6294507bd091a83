"""Starting a drag paints nothing but what moves: the picture under it is the frame already on
screen, with a faded ghost where the moving box and its arrows were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

from app.model import layout as geo
from app.model import routing
from app.ui.canvas.flow_item import FlowItem
from bench.generate import make_lanes_map
from tests.ui.canvas_support import LEFT, NONE, open_window


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    window.controller.set_document(make_lanes_map(200, seed=5))
    window.resize(1200, 800)
    window.view.set_zoom(1.0)
    qtbot.wait(50)
    return window


def _on_screen(window):
    """The frame on screen now (the window's backing store), viewport part."""
    viewport = window.view.viewport()
    at = viewport.mapTo(window, QPoint(0, 0))
    image = viewport.backingStore().paintDevice()
    return image.copy(at.x(), at.y(), viewport.width(), viewport.height())


def _dark(image, window, box, below: int = 120) -> int:
    r = window.view.mapFromScene(box).boundingRect().adjusted(4, 4, -4, -4)
    return sum(1 for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())
               if image.pixelColor(x, y).lightness() < below)


def _ink(image, window, box) -> int:
    """A title's letters (near black; the blue arrows are lighter)."""
    return _dark(image, window, box, below=60)


def test_a_drag_starts_without_painting_the_map_again(qtbot, window, monkeypatch):
    scene = window.scene
    act_id = "s-95"
    window.view.centerOn(scene.activities[act_id].box().center())
    qtbot.wait(50)
    old = scene.activities[act_id].box()
    before = _on_screen(window)
    painted = []
    real = FlowItem.paint
    monkeypatch.setattr(FlowItem, "paint", lambda self, *a: (painted.append(self.obj_id), real(self, *a)))
    viewport = window.view.viewport()
    start = window.view.mapFromScene(old.center() + QPointF(-old.width() / 4, 0))
    QTest.mousePress(viewport, LEFT, NONE, start)
    QTest.mouseMove(viewport, start + QPoint(250, 140))
    qtbot.wait(20)
    moving = scene.flows_at(act_id)
    assert painted and set(painted) <= moving  # only its own arrows, on top of the picture
    during = _on_screen(window)
    assert _dark(during, window, old) < _dark(before, window, old) / 3  # a faded ghost
    on_top = [scene.activities[act_id].box()] + [  # the moving box and its labels, drawn on top
        scene.flows[f].label.sceneBoundingRect() for f in moving if scene.flows[f].label is not None]
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    lines = [(p, q) for f in moving for p, q in zip(scene.flows[f].points(), scene.flows[f].points()[1:])]
    others = [b for b in scene.drawing.boxes_on(_rect(shown)) if b != act_id
              and not any(r.intersects(scene.activities[b].box()) for r in on_top)
              and not any(routing.crosses(p, q, _rect(scene.activities[b].box()), 3.0) for p, q in lines)]
    assert len(others) > 10
    for b in others:  # the ghost of the old arrows that ran under them leaves them alone
        box = scene.activities[b].box()
        assert _ink(during, window, box) >= 0.95 * _ink(before, window, box)
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(250, 140))
    qtbot.wait(20)
    assert window.controller.document.activity(act_id).x != pytest.approx(old.x() - 170, abs=1)  # it moved


def _rect(r):
    return geo.Rect(r.x(), r.y(), r.width(), r.height())
