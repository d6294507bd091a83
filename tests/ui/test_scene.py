"""MapScene as an adapter: items built from the model, updated per edit, never rebuilt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.model import Activity, Flow, edits
from app.model import layout as geo
from app.model.templates import from_template
from app.ui.canvas import MapScene, render_scene
from app.ui.controller import DocumentController


def big_document(n_acts: int = 2000, n_flows: int = 6000):
    doc = from_template("generic")
    actors = [a.id for a in doc.actors]
    for i in range(n_acts):
        doc.activities.append(Activity(id=f"b-{i}", title=f"Activity number {i}",
                                       actor=actors[i % 4], x=float(40 + (i // 4) * 200),
                                       y=30.0))
    for i in range(n_flows):
        kind = "sequence" if i % 3 else "information"
        doc.flows.append(Flow(id=f"bf-{i}", kind=kind, source=f"b-{i % n_acts}",
                              target=f"b-{(i * 7 + 1) % n_acts}"))
    doc.invalidate_index()
    return doc


def test_render_scene_draws_a_document_headless(qapp):
    doc = from_template("aalborg-aktiv")
    scene = render_scene(doc)
    assert set(scene.activities) == {a.id for a in doc.activities}
    assert set(scene.flows) == {f.id for f in doc.flows}
    assert set(scene.lanes) == {a.id for a in doc.actors}
    layout = geo.compute(doc)
    for act in doc.activities:
        rect = layout.activity_rect(act)
        assert (scene.activities[act.id].pos().x(), scene.activities[act.id].pos().y()) == (rect.x, rect.y)
    assert scene.sceneRect().contains(scene.drawn_rect())


def test_an_edit_updates_items_without_rebuilding(qapp):
    controller = DocumentController(from_template("generic"))
    scene = MapScene(controller)
    items = dict(scene.activities), dict(scene.flows), dict(scene.lanes)
    controller.execute("t", lambda d: edits.update(d, "s-need", title="A much longer title "
                                                   "that has to wrap over several lines here, "
                                                       "five of them at least"))
    controller.execute("y", lambda d: edits.update(d, "s-wishes", y=400.0))
    assert (dict(scene.activities), dict(scene.flows), dict(scene.lanes)) == items
    citizen = scene.layout.lane_by_actor["a-citizen"]
    assert citizen.height >= 400 + 70  # the lane grew around the moved box
    box = scene.activities["s-need"].rect
    assert box.height() > 70  # wrapped title: the box grows, text is never cut
    controller.undo_stack.undo()
    assert scene.layout.lane_by_actor["a-citizen"].height == 160.0


def test_parallel_arrows_are_spread_apart(qapp):
    controller = DocumentController(from_template("generic"))
    scene = MapScene(controller)
    for target in ("s-offer", "s-offer", "a-company", "a-company"):
        flow = Flow(id=edits.new_id(controller.document, "f"), kind="information",
                    source="s-need", target=target)
        controller.execute("f", lambda d, f=flow: edits.add_flow(d, f))
    a, b, c, d = (scene.flows[f.id].line() for f in controller.document.flows[-4:])
    assert (a.p1() - b.p1()).manhattanLength() > 5  # two arrows between two boxes
    assert (c.p2() - d.p2()).manhattanLength() > 5  # two arrows into one lane header
    header = scene.lanes["a-company"].header()
    assert c.p2().x() == header.right() and header.top() < c.p2().y() < header.bottom()


def test_dragging_one_box_reroutes_only_its_arrows(qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from app.ui.canvas import MapView

    controller = DocumentController(big_document())
    scene = MapScene(controller)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    item = scene.activities["b-10"]
    view.centerOn(item.box().center())
    routed: list[str] = []
    original = scene._follow
    scene._follow = lambda flow_id, moving: (routed.append(flow_id), original(flow_id, moving))
    attached = {f.id for f in controller.document.flows if "b-10" in (f.source, f.target)}
    before = {f: scene.flows[f].line() for f in attached}
    start = view.mapFromScene(item.box().center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(5 * i, 2 * i))
    assert set(routed) == attached and len(routed) == 5 * len(attached)
    assert all(scene.flows[f].line() != before[f] for f in attached)  # the arrows followed
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(25, 10))
    assert controller.document.activity("b-10").x == 40 + 2 * 200 + 25  # one command on release
    assert controller.undo_stack.count() == 1


TEARDOWN_SCRIPT = r'''
import gc
from PySide6.QtWidgets import QApplication
from app.model import edits
from app.model.templates import from_template
from app.ui.canvas import MapScene, MapView
from app.ui.controller import DocumentController

app = QApplication([])
for ballast_size in (0, 10, 100, 1000, 3000):  # other garbage changes the collector's order
    for template, with_view in (("generic", False), ("aalborg-aktiv", True)):
        controller = DocumentController(from_template(template))
        scene = MapScene(controller)  # no Qt parent: only Python's collector frees it
        view = MapView(scene) if with_view else None
        ballast = [[i] for i in range(ballast_size)]
        act = controller.document.activities[0].id
        controller.execute("move", lambda d: edits.update(d, act, y=300.0))
        controller.execute("title", lambda d: edits.update(d, act, title="Ny titel"))
        scene.select_only([act])
        controller.undo_stack.undo()
        del controller, scene, view, ballast
        gc.collect()
        app.processEvents()
print("survived")
'''


def test_scene_and_controller_freed_together_by_the_collector_do_not_crash(tmp_path):
    """Regression: with commands on the undo stack, collecting a parentless scene and its
    controller in one pass used to segfault (a command deleted twice). A subprocess, so a
    crash fails this test instead of killing pytest."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", TEARDOWN_SCRIPT],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"


def test_a_box_grown_by_its_title_stays_inside_its_lane(qapp):
    """The lane is sized from the box as drawn, not from its stored height."""
    controller = DocumentController(from_template("generic"))
    scene = MapScene(controller)
    act = controller.document.activity("s-need")
    lane_before = scene.layout.lane_by_actor[act.actor]
    low = lane_before.height - geo.LANE_PADDING - act.height  # the box sits on the lane's floor
    long_title = "Borgerens ønsker og behov for meningsfuldt arbejde, drøftet med sagsbehandleren " * 2
    controller.execute("t", lambda d: edits.update(d, "s-need", y=low, title=long_title))
    box = scene.activities["s-need"].box()
    lane = scene.layout.lane_by_actor[act.actor]
    assert box.height() > act.height + 40  # the title made the box taller
    assert box.bottom() + geo.LANE_PADDING <= lane.top + lane.height + 0.01
    assert lane.height > lane_before.height
    assert scene.lanes[act.actor].boundingRect().height() >= lane.height  # drawn band too
    controller.undo_stack.undo()
    assert scene.layout.lane_by_actor[act.actor].height == lane_before.height


def test_arrow_on_the_canvas_goes_around_the_box_between_its_ends(qapp):
    import sys as _sys
    _sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "model"))
    from test_routing import through_box_document

    from app.model import routing

    scene = render_scene(through_box_document())
    b = scene.activities["B"].box()
    box_b = geo.Rect(b.x(), b.y(), b.width(), b.height())
    points = scene.flows["f-ac"].points()
    assert len(points) > 2
    assert not any(routing.crosses(p, q, box_b, 0.0) for p, q in zip(points, points[1:]))
    # what the user sees: the drawn arrow's band misses the box's middle
    assert not scene.flows["f-ac"].shape().contains(b.center())
    (x0, y0), (x1, y1) = scene.flows["f-ab"].points()  # clear: straight, A's side to B's
    assert (x0, x1) == (b.x() - 220 + b.width(), b.x()) and y0 == y1
    assert b.top() < y0 < b.bottom() and y0 != b.center().y()  # spread from f-ac's first leg


def test_canvas_labels_cover_no_box_and_no_other_label(qapp):
    for template in ("generic", "aalborg-aktiv"):
        scene = render_scene(from_template(template))
        labels = [(f, i.label.boundingRect()) for f, i in scene.flows.items() if i.label]
        assert labels, template
        boxes = [(a, i.box()) for a, i in scene.activities.items()]
        bad = [f"{f} on {a}" for f, r in labels for a, box in boxes if r.intersects(box)]
        bad += [f"{f1} on {f2}" for k, (f1, r1) in enumerate(labels) for f2, r2 in labels[k + 1:]
                if r1.intersects(r2)]
        assert bad == [], template


def test_findings_badges_mark_the_items_and_follow_changes(qapp):
    from app.analysis import Finding
    from app.ui.canvas.badges import BadgeItem

    doc = from_template("generic")
    scene = render_scene(doc)
    act, actor, flow = doc.activities[0].id, doc.actors[0].id, doc.flows[0].id
    warn = Finding("consent-missing", "warning", "Personal data without consent", (act,))
    info = Finding("uninformed-actor", "info", "Nobody informs this actor", (actor,))
    scene.set_findings({act: [warn, info], actor: [info], flow: [info]})
    badges = {i.parentItem(): i for i in scene.items() if isinstance(i, BadgeItem)}
    assert set(badges) == {scene.activities[act], scene.lanes[actor], scene.flows[flow]}
    box_badge = badges[scene.activities[act]]
    assert box_badge.warning and box_badge.count == 2
    assert scene.activities[act].box().contains(box_badge.scenePos())  # top-left of the box
    assert "Personal data without consent" in scene.badge_text(box_badge.scenePos())
    assert not badges[scene.lanes[actor]].warning
    kept = badges[scene.lanes[actor]]
    scene.set_findings({actor: [info]})  # unchanged: same badge; the others go
    left = [i for i in scene.items() if isinstance(i, BadgeItem)]
    assert left == [kept]
    scene.set_findings({})
    assert not [i for i in scene.items() if isinstance(i, BadgeItem)]
