"""The Outline dock: the map as a tree (lanes → activities → flows), walked by keyboard,
in step with the canvas both ways; Enter renames and Delete deletes, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from app.ui.canvas import editing
from app.ui.outline import ID_ROLE

from canvas_support import choose, open_window, press


def open_outline(qtbot):
    window = open_window(qtbot)
    toggle = window.findChild(QDockWidget, "outlinePanel").toggleViewAction()
    assert toggle.shortcut().toString() == "Ctrl+Shift+O"
    press(window, toggle)
    qtbot.waitUntil(lambda: window.outline.tree.hasFocus())
    return window, window.outline


def rows(outline, parent=None) -> list[str]:
    model = outline.model
    parent = parent if parent is not None else model.index(-1, -1)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def index(outline, obj_id: str):
    return outline.index_of(obj_id)


def test_view_outline_opens_a_tree_of_lanes_activities_and_flows(qtbot):
    window, outline = open_outline(qtbot)
    assert window.findChild(QDockWidget, "outlinePanel").isVisible()
    view_menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuView")
    assert "Outline" in [a.text() for a in view_menu.actions()]
    assert rows(outline) == ["Lane: Municipality", "Lane: Private company",
                             "Lane: Voluntary organisation", "Lane: Citizen"]
    assert rows(outline, index(outline, "a-municipality")) == [
        "Identify the need", "Plan the service with the citizen *", "Evaluate and improve together *",
        "Experiences and ideas ← “Share experiences”"]
    wishes = index(outline, "s-offer").model().index(2, 0, index(outline, "s-offer"))
    assert wishes.data() == "Wishes and needs ← “Describe own wishes and needs”"
    assert wishes.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "from “Describe own wishes and needs”: Wishes and needs — personal data, consent obtained")
    assert outline.tree.accessibleName() == "Outline of the map"


def test_arrow_keys_in_the_outline_select_on_the_canvas_and_back(qtbot):
    window, outline = open_outline(qtbot)
    tree = outline.tree
    assert tree.currentIndex().data(ID_ROLE) == "a-municipality"  # focus starts at the top
    QTest.keyClick(tree, Qt.Key.Key_Down)  # the lane's first activity
    assert window.controller.selection == ["s-need"]
    assert window.scene.selected_ids() == ["s-need"]
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)  # s-need -> s-plan on the canvas
    assert tree.currentIndex().data(ID_ROLE) == "s-plan"
    assert window.view.hasFocus()  # following the canvas does not steal the focus


def test_enter_renames_and_undo_restores(qtbot):
    window, outline = open_outline(qtbot)
    tree = outline.tree
    tree.setCurrentIndex(index(outline, "s-need"))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert editor is not tree and editor.text() == "Identify the need"
    editor.selectAll()
    QTest.keyClicks(editor, "Spot the need")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the editor commits at the next event-loop pass
    qtbot.waitUntil(lambda: window.controller.document.activity("s-need").title == "Spot the need")
    assert window.controller.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "Spot the need" in rows(outline, index(outline, "a-municipality")))
    press(window, window.actions_by_key["undo"])
    assert window.controller.document.activity("s-need").title == "Identify the need"
    qtbot.waitUntil(lambda: "Identify the need" in rows(outline, index(outline, "a-municipality")))


def test_enter_on_a_flow_edits_only_its_what(qtbot):
    window, outline = open_outline(qtbot)
    tree = outline.tree
    flow = window.controller.document.flow("f-7")
    tree.setCurrentIndex(index(outline, "f-7"))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert editor.text() == flow.what
    editor.selectAll()
    QTest.keyClicks(editor, "Wishes")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.document.flow("f-7").what == "Wishes")
    assert window.controller.document.flow("f-7").kind == "information"


def test_delete_in_the_outline_deletes_and_undo_brings_it_back(qtbot):
    window, outline = open_outline(qtbot)
    tree = outline.tree
    tree.setCurrentIndex(index(outline, "s-share"))
    assert window.controller.selection == ["s-share"]
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert window.controller.document.activity("s-share") is None
    qtbot.waitUntil(lambda: not index(outline, "s-share").isValid())
    press(window, window.actions_by_key["undo"])
    assert window.controller.document.activity("s-share") is not None
    qtbot.waitUntil(lambda: index(outline, "s-share").isValid())


def test_an_edit_rebuilds_only_the_lanes_it_touches(qtbot):
    window, outline = open_outline(qtbot)
    lanes_before = dict(outline._lanes)
    flow_id = editing.add_flow(window.scene, "information", "s-need", "s-support")
    qtbot.waitUntil(lambda: index(outline, flow_id).isValid())
    after = outline._lanes
    assert after["a-company"] is lanes_before["a-company"]  # untouched lane kept as it was
    assert after["a-citizen"] is lanes_before["a-citizen"]
    assert after["a-municipality"] is not lanes_before["a-municipality"]
    assert any(r.endswith("← “Identify the need”")
               for r in rows(outline, index(outline, "s-support")))


def test_a_closed_outline_builds_nothing_and_catches_up_when_opened(qtbot):
    window = open_window(qtbot)
    outline = window.outline
    assert not outline.isVisible() and outline.model.rowCount() == 0  # no cost while closed
    window.controller.show(["s-need"])
    window.delete_selection()
    choose(window, window.findChild(QDockWidget, "outlinePanel").toggleViewAction())
    qtbot.waitUntil(outline.isVisible)
    assert rows(outline, index(outline, "a-municipality"))[0] == "Plan the service with the citizen *"
    assert not index(outline, "s-need").isValid()
