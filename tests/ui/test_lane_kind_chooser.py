"""A new lane asks its kind while it is named (issue 16, item 6): the kind chooser beside the
name follows what is typed (Borger → citizen) until the user picks a kind, and Enter commits
name and kind as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from app.wording import kind_label

from canvas_support import choose, click, header_center, open_window


def new_lane(qtbot, template: str = "blank"):
    window = open_window(qtbot, template)
    choose(window, "actionAddActor")  # Insert → Add Actor, with the mouse
    click(window, QPointF(100.0, 100.0) if template == "blank" else QPointF(60.0, 900.0))
    editor = window.view.inline_editor
    chooser = window.view.findChild(QComboBox, "laneKindChooser")
    assert editor is not None and editor.hasFocus()
    assert chooser is not None and chooser.isVisible()
    return window, editor, chooser


def test_the_kind_follows_the_name_as_it_is_typed_and_enter_keeps_both(qtbot):
    window, editor, chooser = new_lane(qtbot)
    assert chooser.currentText() == kind_label("other")
    QTest.keySequence(editor, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(editor, "Kansalainen")
    assert chooser.currentText() == kind_label("citizen")  # seen before Enter
    QTest.keyClick(editor, Qt.Key.Key_Return)
    actor = window.controller.document.actors[-1]
    assert (actor.name, actor.kind) == ("Kansalainen", "citizen")
    assert window.view.findChild(QComboBox, "laneKindChooser") is None or not chooser.isVisible()
    stack = window.controller.undo_stack
    stack.undo()  # one step: name and kind together
    actor = window.controller.document.actors[-1]
    assert (actor.name, actor.kind) == ("New actor", "other")


def test_a_kind_picked_in_the_chooser_wins_over_the_guess(qtbot):
    window, editor, chooser = new_lane(qtbot)
    QTest.keySequence(editor, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(editor, "Kommune")
    assert chooser.currentText() == kind_label("public")
    qtbot.mouseClick(chooser, Qt.MouseButton.LeftButton)  # opens the list
    view = chooser.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a list ignores a click right after it opened
    assert window.view.inline_editor is editor  # still naming the lane
    index = view.model().index(chooser.findData("voluntary"), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    qtbot.waitUntil(editor.hasFocus)  # typing goes on in the name
    QTest.keyClicks(editor, "s frivillige")
    assert chooser.currentText() == kind_label("voluntary")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    actor = window.controller.document.actors[-1]
    assert (actor.name, actor.kind) == ("Kommunes frivillige", "voluntary")
    assert "lane; change its kind" not in window.statusBar().currentMessage()  # chosen, not guessed


def test_clicking_elsewhere_commits_the_name_and_kind(qtbot):
    window, editor, chooser = new_lane(qtbot)
    QTest.keySequence(editor, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(editor, "Borger")
    click(window, QPointF(600.0, 30.0))  # on the map, away from the lane header
    qtbot.waitUntil(lambda: window.view.inline_editor is None)
    actor = window.controller.document.actors[-1]
    assert (actor.name, actor.kind) == ("Borger", "citizen")


def test_an_existing_lane_shows_its_kind_and_keeps_it(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    click(window, header_center(window, "a-cafe"))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    chooser = window.view.findChild(QComboBox, "laneKindChooser")
    assert chooser.currentText() == kind_label("private")
    QTest.keySequence(window.view.inline_editor, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(window.view.inline_editor, "Borgercafeen")
    assert chooser.currentText() == kind_label("private")  # a set kind is not guessed over


def test_up_and_down_in_the_name_choose_the_kind_from_the_keyboard(qtbot):
    window, editor, chooser = new_lane(qtbot)
    QTest.keySequence(editor, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(editor, "Borger")
    assert chooser.kind() == "citizen"
    QTest.keyClick(editor, Qt.Key.Key_Down)  # the next kind after citizen
    chosen = chooser.kind()
    assert chosen != "citizen" and editor.text() == "Borger" and editor.hasFocus()
    QTest.keyClicks(editor, "gruppe")  # typing on keeps the chosen kind
    assert chooser.kind() == chosen
    QTest.keyClick(editor, Qt.Key.Key_Return)
    actor = window.controller.document.actors[-1]
    assert (actor.name, actor.kind) == ("Borgergruppe", chosen)
