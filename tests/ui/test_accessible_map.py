"""The map as a screen reader sees it in-process: one accessible object per lane, phase,
activity and flow; focus follows the keyboard; flows reachable by keys; announcements once.
(tests/ui/test_atspi.py reads the same through the real accessibility bus.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from canvas_support import box_center, drag, open_window, press

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ALT = Qt.KeyboardModifier.AltModifier


def walk(iface) -> list:
    found = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child.parent().indexOfChild(child) == i  # the tree is consistent both ways
        found.append(child)
        found.extend(walk(child))
    return found


def view_iface(window):
    return QAccessible.queryAccessibleInterface(window.view)


def node(window, obj_id: str):
    return window.map_access.node_for(obj_id)


def test_every_lane_phase_activity_and_flow_is_an_object_with_its_name(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    view = view_iface(window)
    assert view.role() == QAccessible.Role.Canvas and view.text(NAME) == "Service map"
    names = {n.text(NAME): n.role() for n in walk(view)}
    for act in doc.activities:
        assert names[f"Activity: {act.title}"] == QAccessible.Role.ListItem
    for actor in doc.actors:
        assert names[f"Lane: {actor.name}"] == QAccessible.Role.List
    for phase in doc.phases:
        assert f"Phase: {phase.name}" in names
    info = [f for f in doc.flows if f.what]
    assert all(f"Information flow: {f.what}" in names for f in info)
    flows = [n for n in walk(view) if n.text(NAME).startswith(("Information flow", "Sequence flow"))]
    assert len(flows) == len(doc.flows)
    lane = next(n for n in walk(view) if n.text(NAME) == "Lane: Municipality")
    assert [lane.child(i).text(NAME) for i in range(lane.childCount())] == [
        "Activity: Identify the need", "Activity: Plan the service with the citizen",
        "Activity: Evaluate and improve together"]


def test_descriptions_and_relations(qtbot):
    window = open_window(qtbot)
    plan = node(window, "s-plan")
    text = plan.text(DESCRIPTION)
    assert "lane Municipality" in text and "phase Co-design" in text
    assert "co-produced with citizens" in text and "flows out: 3, in: 1" in text
    wishes = node(window, "f-7")  # "Wishes and needs", personal data with consent
    assert wishes.text(NAME) == "Information flow: Wishes and needs"
    assert "personal data, consent obtained" in wishes.text(DESCRIPTION)
    assert "from “Describe own wishes and needs” to “Offer tasks and a place to work”" in \
        wishes.text(DESCRIPTION)
    # Qt's pairs say how the other object relates to this one: the source flows to the flow
    ends = {rel: other.text(NAME) for other, rel in wishes.relations()}
    assert ends == {QAccessible.Relation.FlowsTo: "Activity: Describe own wishes and needs",
                    QAccessible.Relation.FlowsFrom: "Activity: Offer tasks and a place to work"}
    flows = [(other.text(NAME), rel) for other, rel in plan.relations()]
    assert len([f for f in flows if f[1] == QAccessible.Relation.FlowsFrom]) == 3  # outgoing
    assert len([f for f in flows if f[1] == QAccessible.Relation.FlowsTo]) == 1


def test_keyboard_selection_moves_the_accessible_focus(qtbot):
    window = open_window(qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    need = node(window, "s-need")
    assert need.state().focused and need.state().selected
    assert view_iface(window).focusChild() is need
    assert not node(window, "s-plan").state().selected
    assert window.view.accessibleDescription().startswith("Activity “Identify the need”")


def test_a_deleted_item_is_no_longer_valid_and_comes_back_with_undo(qtbot):
    window = open_window(qtbot)
    need = node(window, "s-need")
    window.controller.show(["s-need"])
    window.delete_selection()
    assert not need.isValid() and need.text(NAME) == ""
    names = [n.text(NAME) for n in walk(view_iface(window))]
    assert "Activity: Identify the need" not in names
    window.controller.undo_stack.undo()
    assert need.isValid() and need.text(NAME) == "Activity: Identify the need"


def test_ctrl_alt_arrows_walk_the_flows_of_the_selected_activity(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    window.controller.show(["s-plan"])
    window.view.setFocus()
    outgoing = [f.id for f in doc.flows if f.source == "s-plan"]
    incoming = [f.id for f in doc.flows if f.target == "s-plan"]
    seen = []
    for _ in range(len(outgoing) + len(incoming)):
        QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL_ALT)
        seen.append(window.controller.selection[0])
    assert seen == outgoing + incoming
    assert node(window, seen[-1]).state().focused and not node(window, seen[0]).state().focused
    QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL_ALT)
    assert window.controller.selection == [outgoing[0]]  # round again
    QTest.keyClick(window.view, Qt.Key.Key_Left, CTRL_ALT)
    assert window.controller.selection == [incoming[-1]]
    QTest.keyClick(window.view, Qt.Key.Key_Up, CTRL_ALT)
    assert window.controller.selection == ["s-plan"]
    QTest.keyClick(window.view, Qt.Key.Key_PageDown, ALT)  # the same without Ctrl
    assert window.controller.selection == [outgoing[0]]


def test_a_flow_selected_by_keyboard_says_what_ends_and_consent(qtbot):
    window = open_window(qtbot)
    window.controller.show(["s-wishes"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL_ALT)  # its process-order arrow first
    QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL_ALT)
    flow = window.controller.document.flow(window.controller.selection[0])
    assert flow.what == "Wishes and needs"
    assert window.view.accessibleDescription() == (
        "Information flow from “Describe own wishes and needs” to “Offer tasks and a place to "
        "work”: Wishes and needs, personal data, consent obtained")


def spoken(qtbot, window) -> list[str]:
    qtbot.wait(20)  # announcements go out at the next pass of the event loop
    said, window.announcer.said = window.announcer.said, []
    return said


def test_delete_undo_and_redo_are_announced_once_each(qtbot):
    window = open_window(qtbot)
    spoken(qtbot, window)
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert spoken(qtbot, window) == ["Deleted 2 items"]  # the box and its one flow
    press(window, window.actions_by_key["undo"])
    assert spoken(qtbot, window) == ["Undone: " + window.controller.undo_stack.text(0)]
    press(window, window.actions_by_key["redo"])
    assert spoken(qtbot, window) == ["Redone: " + window.controller.undo_stack.text(0)]


def test_adding_a_flow_and_typing_are_announced_as_they_should(qtbot):
    window = open_window(qtbot)
    spoken(qtbot, window)
    press(window, "actionAddInformationFlow")  # I, then drag from one box to the other
    drag(window, box_center(window, "s-need"), box_center(window, "s-share"))
    [flow_id] = window.controller.selection
    said = spoken(qtbot, window)
    assert said == [f"Added: {window.map_access.words.name(flow_id)}"]
    QTest.keyClick(window.view.inline_editor, Qt.Key.Key_Escape)  # no name for now
    press(window, window.actions_by_key["undo"])
    assert window.controller.document.flow(flow_id) is None
    assert len(spoken(qtbot, window)) == 1


def test_find_and_findings_announce_where_focus_does_not_go(qtbot):
    window = open_window(qtbot)
    spoken(qtbot, window)
    window.find_bar.activate()
    QTest.keyClicks(window.find_bar.edit, "evaluate")
    assert spoken(qtbot, window)[-1] == "1 of 1 found: Activity: Evaluate and improve together"
    QTest.keyClicks(window.find_bar.edit, "zzz")
    assert spoken(qtbot, window) == ["No matches"]
    window.find_bar.close_bar()
    spoken(qtbot, window)
    panel = window.findings_panel
    panel.refresh()
    group = panel.model.index(0, 0)
    panel.view.activated.emit(panel.model.index(0, 0, group))
    said = spoken(qtbot, window)
    assert len(said) == 1 and said[0].startswith("Shown on the map: ")


def test_descriptions_count_the_findings_about_an_item(qtbot):
    window = open_window(qtbot)
    window.findings_panel.refresh()
    about = {s for f in window.findings_panel.findings for s in f.subjects}
    flow_id = next(f.id for f in window.controller.document.flows if f.id in about)
    count = len(window.findings_panel.findings_for(flow_id))
    assert node(window, flow_id).text(DESCRIPTION).endswith(f"findings: {count}")
    clean = next(a.id for a in window.controller.document.activities if a.id not in about)
    assert "findings" not in node(window, clean).text(DESCRIPTION)


def test_the_lists_follow_edits(qtbot):
    window = open_window(qtbot)
    lane = node(window, "a-municipality")
    assert lane.childCount() == 3
    from app.ui.canvas import editing

    flows = next(n for n in walk(view_iface(window)) if n.text(NAME) == "Flows")
    before = flows.childCount()
    flow_id = editing.add_flow(window.scene, "information", "s-need", "s-share")
    assert flows.childCount() == before + 1
    added = node(window, flow_id)
    assert flows.indexOfChild(added) == before and flows.child(before) is added
    window.controller.show(["s-need"])
    window.delete_selection()
    assert lane.childCount() == 2 and flows.indexOfChild(added) == -1


def test_a_box_with_one_unconsented_flow_says_one_flow(qtbot):
    """The screen reader's words count in the singular for one flow, in plural otherwise."""
    window = open_window(qtbot)
    doc = window.controller.document
    plan = doc.activity("s-plan")
    mine = [f for f in doc.flows if plan.id in (f.source, f.target)]
    for flow in mine:
        flow.personal_data, flow.consent = False, "not_needed"
    mine[0].personal_data, mine[0].consent = True, "missing"
    assert "personal data without consent in 1 flow" in node(window, "s-plan").text(DESCRIPTION)
    mine[1].personal_data, mine[1].consent = True, "unknown"
    assert "personal data without consent in 2 flows" in node(window, "s-plan").text(DESCRIPTION)
