"""Boxes, arrows and labels live in groups by place (canvas/filing.py), so a repaint of part of
the view looks only into the groups there. Nothing may ever be left out of such a repaint
because it moved out of its group: after drags far across the map, resizes, edits and undo,
a repaint of a small area draws exactly what a repaint of the whole view draws there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from app.model.edits import update
from app.ui.canvas.filing import CONTAINS
from tests.ui.canvas_support import LEFT, NONE, lanes_window


@pytest.fixture
def window(qtbot):
    return lanes_window(qtbot, 0.5)


def _filed(scene) -> list:
    labels = [flow.label for flow in scene.flows.values() if flow.label is not None]
    return [*scene.activities.values(), *scene.flows.values(), *labels]


def _outside(scene) -> list[str]:
    """Items that reach (with their findings badges) past the group that holds them."""
    bad = []
    for item in _filed(scene):
        group = item.parentItem()
        if group is None or not group.flags() & CONTAINS:
            continue  # the plain groups of very long arrows: Qt always looks into those
        reach = item.sceneBoundingRect()
        for child in item.childItems():
            reach |= child.sceneBoundingRect()
        if not group.sceneBoundingRect().contains(reach):
            bad.append(item.obj_id)
    return bad


def _found_where_drawn(scene, act_id: str) -> bool:
    """Qt finds the box, its arrows and their labels where they are drawn, by the same test a
    paint uses to skip a group: a small area on each."""
    def at(item, point: QPointF) -> bool:
        return item in scene.items(QRectF(point - QPointF(1, 1), QSizeF(2, 2)))

    box = scene.activities[act_id]
    if not at(box, box.box().center()):
        return False
    for flow_id in scene.flows_at(act_id):
        arrow = scene.flows[flow_id]
        (x1, y1), (x2, y2) = arrow.points()[:2]
        if not at(arrow, QPointF((x1 + x2) / 2, (y1 + y2) / 2)):
            return False
        if arrow.label is not None and not arrow.label_rect().isEmpty() \
                and not at(arrow.label, arrow.label_rect().center()):
            return False
    return True


def _same_in_part(window, act_id: str) -> bool:
    """A repaint of only the box's area (as after a change there) draws what a repaint of
    the whole view draws in that area. (Slanted dotted lines partly painted may put a dot a
    pixel off: a handful of pixels, where a box left out would be hundreds.)"""
    view = window.view
    view.set_zoom(1.0)
    view.centerOn(window.scene.activities[act_id].box().center())
    area = view.mapFromScene(window.scene.activities[act_id].box()).boundingRect()
    area = area.adjusted(-30, -30, 30, 30) & view.viewport().rect()
    assert area.width() > 200 and area.height() > 100  # the box is on screen
    whole = view.viewport().grab().toImage().copy(area)
    part = view.viewport().grab(area).toImage()
    off = 0
    for y in range(0, area.height()):
        for x in range(0, area.width()):
            a, b = QColor(whole.pixel(x, y)), QColor(part.pixel(x, y))
            if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 64:
                off += 1
    return off < 0.01 * area.width() * area.height()


def test_items_are_filed_by_place_in_groups_that_hold_them(window):
    scene = window.scene
    items = _filed(scene)
    held = [item for item in items if item.parentItem().flags() & CONTAINS]
    assert len(held) > 0.9 * len(items)  # all but the longest arrows: a paint can skip them
    assert _outside(scene) == []
    groups = {item.parentItem() for item in held}
    assert len(groups) > 4  # by place, not one big group


def test_a_box_dragged_far_across_the_map_is_repainted_where_it_lands(qtbot, window):
    scene, view = window.scene, window.view
    box = scene.activities["s-95"].box()
    view.centerOn(box.center() + QPointF(700, 0))
    qtbot.wait(50)
    viewport = view.viewport()
    start = view.mapFromScene(box.center())
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 21):  # 1,400 map units to the right, past the groups' tiles
        QTest.mouseMove(viewport, start + QPoint(35 * step, 0))
        if step % 5 == 0:
            assert _outside(scene) == []  # the box and its straight arrows while dragged
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(700, 0))
    qtbot.waitUntil(lambda: not scene._dirty)
    qtbot.wait(50)
    assert scene.activities["s-95"].box().x() == pytest.approx(box.x() + 1400, abs=2)
    assert _outside(scene) == []
    assert _found_where_drawn(scene, "s-95")
    assert _same_in_part(window, "s-95")
    window.controller.undo_stack.undo()  # back where it was
    qtbot.waitUntil(lambda: not scene._dirty)
    assert scene.activities["s-95"].box().x() == pytest.approx(box.x(), abs=1)
    assert _outside(scene) == []
    assert _found_where_drawn(scene, "s-95")
    assert _same_in_part(window, "s-95")


def test_edits_that_move_and_grow_boxes_keep_them_in_their_groups(qtbot, window):
    scene, view = window.scene, window.view
    controller = window.controller
    act = controller.document.activity("s-40")
    controller.execute("Move", lambda d: update(d, "s-40", x=act.x + 3000))
    controller.execute("Wider", lambda d: update(d, "s-41", width=1500.0))  # past a tile
    qtbot.waitUntil(lambda: not scene._dirty)
    assert _outside(scene) == []
    for act_id in ("s-40", "s-41"):
        assert _found_where_drawn(scene, act_id)
        assert _same_in_part(window, act_id)
