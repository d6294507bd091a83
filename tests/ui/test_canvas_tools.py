"""Drawing with the tools, with real mouse and keyboard events on the canvas viewport."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from app.model import dumps

from canvas_support import (
    box_center, click, drag, header_center, lane_point, open_window, choose, undo_all_redo_all,
)


def test_add_activity_by_click_in_a_lane_then_name_it(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    choose(window, "actionAddActivity")
    click(window, lane_point(window, "a-voluntary", "ph-evaluation"))
    added = doc.activities[-1]
    assert (added.actor, added.phase, added.title) == ("a-voluntary", "ph-evaluation", "New activity")
    assert added.id in window.scene.activities
    editor = window.view.inline_editor
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Follow up")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.activity(added.id).title == "Follow up"
    assert window.scene.tool.name == "select"
    undo_all_redo_all(window, before)


def test_add_activity_by_dragging_from_the_palette(qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    viewport = window.view.viewport()
    at = QPointF(window.view.mapFromScene(lane_point(window, "a-company", "ph-evaluation")))
    mime: QMimeData = window.palette.mime()
    move = Qt.DropAction.CopyAction
    for event in (QDragEnterEvent(at.toPoint(), move, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(at.toPoint(), move, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(at, move, mime, Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))
    added = doc.activities[-1]
    assert (added.actor, added.phase) == ("a-company", "ph-evaluation")
    window.view.cancel_rename()
    undo_all_redo_all(window, before)


def test_information_flow_from_an_activity_to_a_lane_header(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    choose(window, "actionAddInformationFlow")
    drag(window, box_center(window, "s-offer"), header_center(window, "a-citizen"))
    flow = doc.flows[-1]
    assert (flow.kind, flow.source, flow.target) == ("information", "s-offer", "a-citizen")
    end = window.scene.flows[flow.id].line().p2()
    header = window.scene.lanes["a-citizen"].header()
    assert abs(end.x() - header.right()) < 1 or abs(end.y() - header.top()) < 1  # on its border
    window.view.finish_rename()
    undo_all_redo_all(window, before)


def test_sequence_flow_between_two_activities(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    count = len(doc.flows)
    choose(window, "actionAddSequenceFlow")
    drag(window, box_center(window, "s-need"), box_center(window, "s-wishes"))
    assert len(doc.flows) == count + 1
    flow = doc.flows[-1]
    assert (flow.kind, flow.source, flow.target) == ("sequence", "s-need", "s-wishes")
    undo_all_redo_all(window, before)


def test_sequence_flow_to_a_lane_is_refused_with_a_message(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    choose(window, "actionAddSequenceFlow")
    drag(window, box_center(window, "s-need"), header_center(window, "a-company"))
    assert dumps(doc) == before
    assert window.controller.undo_stack.count() == 0
    assert "sequence flow" in window.statusBar().currentMessage()


def test_dragging_a_box_into_another_lane_and_phase_changes_actor_and_phase(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    start = box_center(window, "s-need")
    click(window, start)
    drag(window, start, lane_point(window, "a-voluntary", "ph-design"))
    act = doc.activity("s-need")
    assert (act.actor, act.phase) == ("a-voluntary", "ph-design")
    assert window.controller.undo_stack.count() == 1
    item = window.scene.activities["s-need"]
    assert item.pos() == window.scene.model_pos(act)
    for flow in doc.flows:  # every arrow touching the box starts or ends on its border
        if "s-need" in (flow.source, flow.target):
            line = window.scene.flows[flow.id].line()
            end = line.p1() if flow.source == "s-need" else line.p2()
            assert item.box().adjusted(-1, -1, 1, 1).contains(end)
    undo_all_redo_all(window, before)


def test_delete_takes_the_flows_touching_the_box(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    touching = {f.id for f in doc.flows if "s-plan" in (f.source, f.target)}
    assert touching
    click(window, box_center(window, "s-plan"))
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert doc.activity("s-plan") is None
    assert not touching & {f.id for f in doc.flows}
    assert "s-plan" not in window.scene.activities
    assert not touching & set(window.scene.flows)
    undo_all_redo_all(window, before)
    window.controller.undo_stack.undo()
    assert touching <= set(window.scene.flows)


def test_rename_with_double_click_and_with_f2(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    from canvas_support import double_click

    double_click(window, box_center(window, "s-need"))
    editor = window.view.inline_editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Afklaring")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.activity("s-need").title == "Afklaring"
    click(window, header_center(window, "a-company"))
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.inline_editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Cafe Havnen")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc cancels: nothing changes
    assert doc.actor("a-company").name == "Private company"
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    window.view.inline_editor.selectAll()
    qtbot.keyClicks(window.view.inline_editor, "Cafe Havnen")
    qtbot.keyClick(window.view.inline_editor, Qt.Key.Key_Return)
    assert doc.actor("a-company").name == "Cafe Havnen"
    assert window.controller.undo_stack.count() == 2
    undo_all_redo_all(window, before)


def test_arrow_keys_nudge_and_successive_nudges_merge(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    x, y = doc.activity("s-offer").x, doc.activity("s-offer").y
    click(window, box_center(window, "s-offer"))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(window.view, key)
    assert (doc.activity("s-offer").x, doc.activity("s-offer").y) == (x + 20, y + 10)
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert dumps(doc) == before


def test_dragging_a_lane_header_reorders_lanes(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    drag(window, header_center(window, "a-citizen"), header_center(window, "a-municipality"))
    assert [a.id for a in doc.actors][0] == "a-citizen"
    lane = window.scene.layout.lane_by_actor["a-citizen"]
    assert window.scene.lanes["a-citizen"].pos().y() == lane.top
    assert window.scene.activities["s-wishes"].box().top() > lane.top
    assert window.scene.activities["s-wishes"].box().bottom() < lane.top + lane.height
    undo_all_redo_all(window, before)


def test_escape_cancels_a_tool(qtbot):
    window = open_window(qtbot)
    before = dumps(window.controller.document)
    choose(window, "actionAddActivity")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.tool.name == "select"
    click(window, lane_point(window, "a-voluntary", "ph-evaluation"))
    assert dumps(window.controller.document) == before


def test_toggle_co_produced_with_the_action(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    click(window, box_center(window, "s-need"))
    assert not doc.activity("s-need").co_produced
    choose(window, "actionToggleCoProduced")
    assert doc.activity("s-need").co_produced
    undo_all_redo_all(window, before)


def test_rubber_band_and_select_all(qtbot):
    window = open_window(qtbot)
    scene = window.scene
    a = scene.activities["s-need"].box()
    start = QPointF(a.left() - 15, a.top() - 10)
    drag(window, start, QPointF(a.right() + 10, a.bottom() + 10))
    assert window.controller.selection == ["s-need"]
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(window.controller.selection) == set(scene.activities) | set(scene.flows)


def test_add_actor_and_phase_tools(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    choose(window, "actionAddActor")
    click(window, lane_point(window, "a-municipality", "ph-design"))
    assert [a.name for a in doc.actors][1] == "New actor"
    window.view.cancel_rename()
    choose(window, "actionAddPhase")
    click(window, lane_point(window, "a-municipality", "ph-delivery"))
    assert [p.name for p in doc.phases][3] == "New phase"
    window.view.cancel_rename()
    assert len(window.scene.lanes) == 5 and len(window.scene.phases) == 5
    undo_all_redo_all(window, before)


def test_resize_a_box_by_its_handle(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    click(window, box_center(window, "s-need"))
    box = window.scene.activities["s-need"].box()
    drag(window, box.bottomRight() - QPointF(3, 3), box.bottomRight() + QPointF(60, 40))
    act = doc.activity("s-need")
    assert act.width > 220 and act.height > 95
    assert window.controller.undo_stack.count() == 1
    undo_all_redo_all(window, before)


def test_duplicate_gives_new_ids(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    click(window, box_center(window, "s-deliver") if "s-deliver" in window.scene.activities
          else box_center(window, "s-offer"))
    count = len(doc.activities)
    choose(window, "actionDuplicate")
    assert len(doc.activities) == count + 1
    assert len({a.id for a in doc.activities}) == count + 1
    undo_all_redo_all(window, before)


def test_ctrl_wheel_zooms_and_fit_shows_everything(qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    view = window.view
    zoom = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, QPointF(view.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > zoom * 1.3
    choose(window, "actionZoomFit")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.drawn_rect().adjusted(5, 5, -5, -5))


def test_connect_refusals_are_said_next_to_the_mouse(qtbot, monkeypatch):
    from PySide6.QtWidgets import QToolTip

    window = open_window(qtbot)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    choose(window, "actionAddInformationFlow")
    empty = QPointF(window.scene.layout.width - 5, window.scene.layout.height - 5)
    drag(window, empty, box_center(window, "s-need"))
    assert shown and shown[0].startswith("Start the arrow")
    assert window.statusBar().currentMessage() == shown[0]


def test_lane_kinds_under_lane_names_follow_the_language(qapp):
    from app.i18n import set_language
    from app.ui.canvas.items import kind_label

    try:
        set_language("da")
        assert [kind_label(k) for k in ("public", "private", "voluntary", "citizen", "other")] \
            == ["offentlig", "privat", "frivillig", "borger", "anden"]
        set_language("fi")
        assert kind_label("citizen") == "kansalainen" and kind_label("public") == "julkinen"
    finally:
        set_language("en")
    assert kind_label("voluntary") == "voluntary"


def test_the_findings_panel_puts_badges_on_the_map(qtbot):
    from app.ui.canvas.badges import BadgeItem

    window = open_window(qtbot)
    window.findings_panel.refresh()
    findings = window.findings_panel.findings
    on_map = {s for f in findings for s in f.subjects if window.scene.item_of(s) is not None}
    assert on_map  # the generic template has findings about items on the map
    marked = {i.parentItem().obj_id for i in window.scene.items() if isinstance(i, BadgeItem)}
    assert marked == on_map


def test_find_marks_the_current_match_apart_from_the_other_matches(qtbot):
    window = open_window(qtbot)
    bar = window.find_bar
    bar.activate()
    QTest.keyClicks(bar.edit, "the")
    assert len(bar.matches) > 1
    scene = window.scene
    assert sorted(scene.selected_ids()) == sorted(bar.matches)  # all matches stay selected
    first = bar.matches[bar.current]
    assert scene.current_id == first
    outline = scene._current.path().boundingRect()
    assert outline.contains(scene.item_of(first).sceneBoundingRect().center())
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert scene.current_id == bar.matches[bar.current] != first
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert scene.current_id is None and scene._current.path().isEmpty()


def test_a_box_added_near_a_column_edge_stays_inside_its_phase(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    column = next(c for c in window.scene.layout.columns if c.phase_id == "ph-design")
    lane = window.scene.layout.lane_by_actor["a-voluntary"]
    choose(window, "actionAddActivity")
    click(window, QPointF(column.left + column.width - 12, lane.top + lane.height / 2))
    qtbot.keyClick(window.view.inline_editor, Qt.Key.Key_Escape)
    added = doc.activities[-1]
    box = window.scene.activities[added.id].box()
    assert added.phase == "ph-design"
    assert column.left <= box.left() and box.right() <= column.left + column.width


def test_a_new_lane_gets_a_colour_no_other_lane_has(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    used = {a.color for a in doc.actors}
    for _ in range(2):  # two new lanes: each unlike every lane before it
        choose(window, "actionAddActor")
        click(window, header_center(window, doc.actors[-1].id))
        editor = window.view.inline_editor
        if editor is not None:
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
    added = [a for a in doc.actors if a.color not in used]
    assert len(added) == 2 and added[0].color != added[1].color
