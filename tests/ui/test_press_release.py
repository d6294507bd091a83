"""A press on a box finds it without asking every item of the map, and a release repaints only
the places that changed -- and what is on screen afterwards is exactly a full repaint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene

from app.model.layout import Rect
from tests.ui.canvas_support import LEFT, NONE, lanes_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    return lanes_window(qtbot, 1.0)


def _on_screen(window) -> QImage:
    """The frame on screen now (the window's backing store), viewport part."""
    viewport = window.view.viewport()
    at = viewport.mapTo(window, QPoint(0, 0))
    image = viewport.backingStore().paintDevice()
    return image.copy(at.x(), at.y(), viewport.width(), viewport.height())


def _scan_counter(monkeypatch) -> list:
    """Counts lookups over every item (the scene has no spatial index)."""
    calls = []
    real = QGraphicsScene.items
    monkeypatch.setattr(QGraphicsScene, "items", lambda self, *a: (calls.append(a), real(self, *a))[1])
    return calls


def _at(window, act_id: str, dx: float = 0.0) -> QPoint:
    box = window.scene.activities[act_id].box()
    return window.view.mapFromScene(box.center() + QPointF(-box.width() / 4 + dx, 0))


def test_a_drag_moves_the_box_without_looking_through_every_item(qtbot, window, monkeypatch):
    scene, view = window.scene, window.view
    view.centerOn(scene.activities["s-95"].box().center())
    qtbot.wait(50)
    start, old = _at(window, "s-95"), scene.activities["s-95"].box()
    calls = _scan_counter(monkeypatch)
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(12 * step, 0))
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(60, 0))
    qtbot.wait(20)
    assert calls == []
    assert window.controller.selection == ["s-95"]
    act = window.controller.document.activity("s-95")
    assert scene.activities["s-95"].box().x() == pytest.approx(old.x() + 60, abs=1)
    assert scene.model_pos(act).x() == pytest.approx(old.x() + 60, abs=1)  # one command
    assert window.controller.undo_stack.count() == 1


def test_clicks_on_boxes_select_as_before(qtbot, window):
    scene, view = window.scene, window.view
    view.centerOn(scene.activities["s-95"].box().center())
    qtbot.wait(50)
    neighbour = next(i for i in scene.drawing.boxes_on(_visible(view)) if i != "s-95")
    viewport = view.viewport()
    QTest.mouseClick(viewport, LEFT, NONE, _at(window, "s-95"))
    QTest.mouseClick(viewport, LEFT, CTRL, _at(window, neighbour))
    assert sorted(window.controller.selection) == sorted(["s-95", neighbour])
    QTest.mouseClick(viewport, LEFT, CTRL, _at(window, neighbour))  # Ctrl again: taken away
    assert window.controller.selection == ["s-95"]
    QTest.mouseClick(viewport, LEFT, CTRL, _at(window, neighbour))
    QTest.mouseClick(viewport, LEFT, NONE, _at(window, neighbour))  # a plain click: only it
    assert window.controller.selection == [neighbour]


def test_both_selected_boxes_move_together(qtbot, window):
    scene, view = window.scene, window.view
    view.centerOn(scene.activities["s-95"].box().center())
    qtbot.wait(50)
    other = next(i for i in scene.drawing.boxes_on(_visible(view)) if i != "s-95")
    scene.select_only(["s-95", other])
    before = {i: scene.activities[i].box() for i in ("s-95", other)}
    viewport, start = view.viewport(), _at(window, "s-95")
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 4):
        QTest.mouseMove(viewport, start + QPoint(10 * step, 0))
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(30, 0))
    qtbot.wait(20)
    for act_id, box in before.items():
        assert scene.activities[act_id].box().x() == pytest.approx(box.x() + 30, abs=1)
    assert window.controller.undo_stack.count() == 1


def test_the_hit_test_picks_the_topmost_item(qtbot, window):
    scene = window.scene
    box = scene.activities["s-95"]
    lane = scene.lanes[window.controller.document.activity("s-95").actor]
    assert scene.hit(box.box().center(), ("activity", "actor")) is box  # above its lane
    assert scene.hit(lane.header().center(), ("activity", "actor")) is lane
    between = QPointF(box.box().left() - 15, box.box().center().y())  # the lane's band: no hit
    assert scene.hit(between, ("activity", "actor")) is None
    # a box laid over another (not in the plan's grid yet): the one drawn on top wins
    other = scene.activities["s-96"]
    other.setPos(box.pos())
    scene.mark_dirty()
    assert scene.hit(box.box().center(), ("activity",)) is other
    scene.flush()
    scene.place("s-96")
    assert window.controller.execute("stack", lambda d: _move(d, "s-96", "s-95"))
    scene.flush()
    assert scene.activities["s-96"].box() == box.box()
    assert scene.box_under(box.box().center()) == (True, other)  # later in the file: on top
    assert scene.hit(box.box().center(), ("activity",)) is other


def test_a_press_where_boxes_overlap_takes_the_top_one_without_a_scan(qtbot, window, monkeypatch):
    """As in a second drag: a box dropped half over its neighbour, then pressed again."""
    scene, view = window.scene, window.view
    box = scene.activities["s-95"]
    b = box.box()
    right = Rect(b.right() + 1, b.top() + 1, 600, b.height() - 2)  # its neighbour in the lane
    other = scene.activities[next(iter(scene.drawing.boxes_on(right)))]
    dx = other.box().left() - 90 - box.box().left()  # half over its neighbour
    assert window.controller.execute("overlap", lambda d: _shift(d, "s-95", dx))
    scene.flush()
    assert box.box().intersects(other.box())
    top = box if box.filed > other.filed else other  # what Qt draws on top
    point = box.box().intersected(other.box()).center()
    view.centerOn(point)
    qtbot.wait(50)
    assert [i for i in scene.items(point) if i in (box, other)][0] is top  # Qt agrees
    calls = _scan_counter(monkeypatch)
    at, before = view.mapFromScene(point), top.box()
    QTest.mousePress(view.viewport(), LEFT, NONE, at)
    for step in range(1, 4):
        QTest.mouseMove(view.viewport(), at + QPoint(10 * step, 0))
    QTest.mouseRelease(view.viewport(), LEFT, NONE, at + QPoint(30, 0))
    qtbot.wait(20)
    assert calls == []
    assert window.controller.selection == [top.obj_id]
    assert top.box().x() == pytest.approx(before.x() + 30, abs=1)


def _shift(doc, act_id: str, dx: float):
    from app.model import edits

    return edits.update(doc, act_id, x=doc.activity(act_id).x + dx)


def _move(doc, act_id: str, onto: str):
    from app.model import edits

    target = doc.activity(onto)
    return edits.update(doc, act_id, actor=target.actor, phase=target.phase, x=target.x, y=target.y)


def test_a_release_repaints_only_what_changed_and_leaves_the_frame_right(qtbot, window):
    scene, view = window.scene, window.view
    view.centerOn(scene.activities["s-95"].box().center())
    qtbot.wait(50)
    viewport, start = view.viewport(), _at(window, "s-95")
    areas = []
    real = view.paintEvent
    view.paintEvent = lambda event: (areas.append(_area(event.region())), real(event))[1]
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 8):
        QTest.mouseMove(viewport, start + QPoint(15 * step, 0))  # along its lane
        qtbot.wait(5)
    qtbot.wait(100)  # the last move's frame is on screen
    areas.clear()
    with qtbot.waitSignal(window.findings_panel.findings_changed, timeout=10000):
        QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(105, 0))
        qtbot.waitUntil(lambda: bool(areas) and not scene._dirty)
    qtbot.wait(50)  # the findings' badges moved with their arrows: painted as Qt does
    whole = viewport.width() * viewport.height()
    assert 0 < areas[0] < 0.8 * whole  # the places that changed (here arrows detour widely)
    settled = _on_screen(window)
    viewport.update()  # everything painted again, as Qt would without the partial repaint
    qtbot.waitUntil(lambda: _area_seen(areas, whole))
    qtbot.wait(20)
    full = _on_screen(window)
    differ = _differing(settled, full)
    assert differ == 0, f"{differ} pixels differ from a full repaint"


def _far(line: QLineF, at: QPointF, room: float = 60.0) -> bool:
    """``at`` is more than ``room`` away from the segment (so nothing the drag moves is near)."""
    d = line.p2() - line.p1()
    length2 = d.x() ** 2 + d.y() ** 2 or 1.0
    t = max(0.0, min(1.0, QPointF.dotProduct(at - line.p1(), d) / length2))
    return QLineF(line.p1() + d * t, at).length() > room


def _area(region) -> int:
    return sum(r.width() * r.height() for r in region)


def _area_seen(areas: list, whole: int) -> bool:
    return any(a >= whole for a in areas)


def _differing(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0
    return sum(1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y))


def _visible(view):
    from app.model import layout as geo

    r = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(200, 200, -200, -200)
    return geo.Rect(r.x(), r.y(), r.width(), r.height())


def test_findings_that_land_during_a_drag_are_painted_right_after_it(qtbot, window):
    scene, view = window.scene, window.view
    view.centerOn(scene.activities["s-95"].box().center())
    qtbot.wait(50)
    panel = window.findings_panel
    panel.findings_changed.disconnect(scene.set_findings)  # only the findings set below land
    viewport, start = view.viewport(), _at(window, "s-95")
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 4):
        QTest.mouseMove(viewport, start + QPoint(15 * step, 0))
        qtbot.wait(5)
    seen, moving = view.mapToScene(viewport.rect()).boundingRect(), scene.flows_at("s-95")
    lines = [QLineF(QPointF(*p), QPointF(*q)) for f in moving
             for p, q in zip(scene.flows[f].points(), scene.flows[f].points()[1:])]
    clear = lambda at: seen.contains(at) and all(_far(line, at) for line in lines)  # noqa: E731
    had = [k for k, (_key, badge, _on) in scene._badges.items()
           if k not in moving and clear(badge.scenePos())]
    bare = [b for b, item in scene.activities.items() if b not in panel._by_subject
            and clear(item.box().topLeft())]  # boxes: their badges sit on top
    assert len(had) >= 2 and len(bare) >= 2
    mapping = {k: v for k, v in panel._by_subject.items() if k not in had[:2]}  # two go
    mapping.update({b: panel._by_subject[had[0]] for b in bare[:2]})  # two come
    scene.set_findings(mapping)
    qtbot.wait(50)
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(45, 0))
    qtbot.wait(100)
    settled = _on_screen(window)
    viewport.update()
    qtbot.wait(100)
    assert _differing(settled, _on_screen(window)) == 0


def test_a_long_dotted_arrow_painted_in_part_has_its_dots_where_a_whole_paint_has_them(window):
    """Each arrow draws only its part inside the area repainted; the dots must not shift."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    scene = window.scene
    item = max((f for f in scene.flows.values() if f._info),
               key=lambda f: f.boundingRect().width() + f.boundingRect().height())
    bounds = item.boundingRect()
    assert max(bounds.width(), bounds.height()) > 600  # long: to a lane header
    part = QRectF(bounds.center().x() - 37.3, bounds.top(), 90.0, bounds.height())

    def painted(exposed: QRectF) -> QImage:
        image = QImage(bounds.size().toSize() + QSize(2, 2), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.left() + 1, -bounds.top() + 1)
        painter.setClipRect(part)
        option = QStyleOptionGraphicsItem()
        option.exposedRect = exposed
        item.paint(painter, option)
        painter.end()
        return image

    whole, cut = painted(bounds), painted(part)
    assert cut == whole
    assert cut != painted(QRectF())  # something of the arrow is in the part
