"""Workshop mode: F11 in, Esc out; large type; the questions one at a time writing their
answers as undoable edits; today's reflection with each member's local adaptation; the window
exactly as it was afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget
from test_partnership_tables import type_text

from canvas_support import open_window


def visible_docks(window) -> set[str]:
    return {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}


def test_f11_enters_and_esc_leaves_restoring_the_window_exactly(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    window.view.scale(0.8, 0.8)
    before = (window.saveState(), window.geometry(), visible_docks(window),
              window.menuBar().isVisible(), window.view.transform())
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F11)
    mode = window.workshop_mode
    assert mode.active and mode.action.isChecked()
    assert visible_docks(window) == {"workshopDock"}
    assert not window.menuBar().isVisible()
    assert window.geometry() == window.screen().geometry()
    normal = window.view.font().pointSizeF()
    assert mode.panel.question.font().pointSizeF() >= 1.5 * normal
    assert window.view.transform().m11() >= 1.5  # the map's type at least 1.5x its 100 %
    QTest.keyClick(mode.panel.answer, Qt.Key.Key_Escape)
    assert not mode.active and not mode.action.isChecked()
    after = (window.saveState(), window.geometry(), visible_docks(window),
             window.menuBar().isVisible(), window.view.transform())
    assert after == before


def test_questions_one_at_a_time_write_their_answers_as_undoable_edits(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F11)
    panel, ctrl = window.workshop_mode.panel, window.controller
    part = ctrl.document.partnerships[0]
    assert panel.progress.value() == 1 and not panel.back.isEnabled()
    assert panel.question.text().startswith("Why are we collaborating")
    qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert panel.progress.value() == 2
    assert panel.answer.toPlainText() == part.questions.complementary
    count = ctrl.undo_stack.count()
    panel.answer.setFocus()
    panel.answer.moveCursor(panel.answer.textCursor().MoveOperation.End)
    type_text(panel.answer, " Og åbne døre.")
    assert part.questions.complementary.endswith(" Og åbne døre.")
    assert ctrl.undo_stack.count() == count + 1
    ctrl.undo_stack.undo()
    assert not part.questions.complementary.endswith("døre.")
    assert not panel.answer.toPlainText().endswith("døre.")
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert panel.question.text().startswith("Why are we collaborating")


def test_last_step_adds_todays_reflection_with_each_members_adaptation(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F11)
    panel, ctrl = window.workshop_mode.panel, window.controller
    for _ in range(4):
        qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert panel.progress.value() == 5 and not panel.next.isEnabled()
    part = ctrl.document.partnerships[0]
    entries = len(part.reflections)
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert part.reflections[-1].date == date.today().isoformat()
    type_text(panel.fields["to_improve"], "Transport")
    assert part.reflections[-1].to_improve == "Transport"
    assert list(panel.local.fields) == ["a-kommune", "a-botilbud", "a-cafe", "a-internat"]
    # each member in turn: one field at a time
    assert panel.member_label.text() == "Member 1 of 4"
    assert [f.isVisible() for f in panel.local.fields.values()] == [True, False, False, False]
    for _ in range(3):
        qtbot.mouseClick(panel.member_next, Qt.MouseButton.LeftButton)
    assert panel.member_label.text() == "Member 4 of 4" and not panel.member_next.isEnabled()
    assert [f.isVisible() for f in panel.local.fields.values()] == [False, False, False, True]
    type_text(panel.local.fields["a-internat"], "Makkerordning")
    assert panel.local.fields["a-internat"].isVisible()  # still the same member after the edit
    assert [(n.actor, n.adaptation) for n in part.reflections[-1].local] == [
        ("a-internat", "Makkerordning")]
    for _ in range(3):
        ctrl.undo_stack.undo()
    assert len(part.reflections) == entries  # typing, the note and the new entry undone
    assert panel.start.isVisible()


def test_the_timer_counts_down_and_says_when_time_is_up(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F11)
    panel = window.workshop_mode.panel
    panel.minutes.setValue(1)
    qtbot.mouseClick(panel.timer_on, Qt.MouseButton.LeftButton)
    assert panel.clock.text() == "1:00"
    panel.left = 1
    panel._tick()
    assert panel.clock.text() == "Time is up"
