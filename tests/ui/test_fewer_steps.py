"""Polish a new user asked for (issue 16): Ctrl+Y, "not a map", a lane's kind from its name,
the empty-map hint beside the legend, status bar hints that go, deleting a lane and undoing at
once, undo texts that say what changed, Zoom to Fit without scrollbars, the coordinator list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from app.model import NotAMapError, dumps, edits, load
from app.model.kinds import guess_kind

from canvas_support import answer_box, box_center, choose, click, header_center, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _fresh_settings():
    from app.ui.preferences import settings

    settings().clear()
    settings().sync()
    yield


def rename_with_keys(window, text: str) -> None:
    editor = window.view.inline_editor
    assert editor is not None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


# -- 5: redo --------------------------------------------------------------------------------
@pytest.mark.parametrize("keys", [(Qt.Key.Key_Y, CTRL),
                                  (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)])
def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, keys):
    window = open_window(qtbot)
    window.controller.execute("Rename", lambda d: edits.update(d, "s-need", title="Changed"))
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert window.controller.document.activity("s-need").title != "Changed"
    QTest.keyClick(window.view, *keys)
    assert window.controller.document.activity("s-need").title == "Changed"


# -- 4: a file that is not a map --------------------------------------------------------------
def test_a_text_file_is_called_not_a_map_with_the_detail_behind_a_button(qtbot, tmp_path,
                                                                         monkeypatch):
    window = open_window(qtbot)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    notes = tmp_path / "file.txt"
    notes.write_text("shopping: milk, bread\n", encoding="utf-8")
    before = dumps(window.controller.document)
    assert not window.open_path(notes)
    box = boxes[0]
    assert box.text() == "This is not an OppSpace map (file.txt)."
    assert "not valid JSON" not in box.text() + box.informativeText()
    assert "not valid JSON" in box.detailedText()  # the "Show Details…" button holds it
    assert "unchanged" in box.informativeText()
    assert dumps(window.controller.document) == before
    with pytest.raises(NotAMapError):
        load(notes)


def test_a_file_named_on_the_command_line_does_not_speak_of_a_current_map(qtbot, tmp_path,
                                                                          monkeypatch):
    window = open_window(qtbot)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert not window.open_path(tmp_path / "list.json", at_start=True)
    words = boxes[0].text() + boxes[0].informativeText()
    assert "not an OppSpace map (list.json)" in words
    assert "unchanged" not in words and "generic map" in words


# -- 6: a lane's kind -------------------------------------------------------------------------
@pytest.mark.parametrize("name, kind", [("Citizen", "citizen"), ("Borger", "citizen"),
                                        ("Kansalainen", "citizen"), ("Aalborg Kommune", "public"),
                                        ("Dyreinternatet (frivillig)", "voluntary"),
                                        ("Caféen på havnen", "private"), ("Taskforce", None)])
def test_a_lane_name_suggests_its_kind(name, kind):
    assert guess_kind(name) == kind


def test_a_new_lane_named_borger_is_a_citizen_lane_in_one_undo_step(qtbot):
    window = open_window(qtbot, "blank")
    choose(window, "actionAddActor")
    click(window, QPointF(100.0, 100.0))
    rename_with_keys(window, "Borger")
    actor = window.controller.document.actors[0]
    assert (actor.name, actor.kind) == ("Borger", "citizen")
    assert "citizen lane" in window.statusBar().currentMessage()
    stack = window.controller.undo_stack
    assert stack.undoText() == "Rename lane “New actor” to “Borger”"
    stack.undo()
    assert (window.controller.document.actors[0].kind,
            window.controller.document.actors[0].name) == ("other", "New actor")


def test_renaming_a_lane_keeps_a_kind_the_user_chose(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    click(window, header_center(window, "a-cafe"))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    QTest.keySequence(window.view.inline_editor, QKeySequence.StandardKey.SelectAll)
    rename_with_keys(window, "Borgercafeen")
    assert window.controller.document.actor("a-cafe").kind == "private"


# -- 7: the empty map's hint and the legend -----------------------------------------------------
def test_the_empty_map_hint_does_not_cover_the_legend(qtbot):
    window = open_window(qtbot, "blank")
    hint = window.view.findChild(QLabel, "emptyMapHint")
    assert hint.isVisible()
    legend = hint._legend_rect()
    assert legend is not None and not hint.geometry().intersects(legend)
    window.view.zoom_in()
    window.view.zoom_in()
    assert not hint.geometry().intersects(hint._legend_rect())


# -- 9: status bar --------------------------------------------------------------------------
def test_a_tool_hint_goes_when_the_activity_is_placed_and_refusals_fade(qtbot, monkeypatch):
    from app.ui import main_window

    window = open_window(qtbot)
    bar = window.statusBar()
    choose(window, "actionAddActivity")
    assert bar.currentMessage().startswith("Click in a lane")
    assert bar.currentMessage().count(".") == 1  # one sentence
    lane = window.scene.layout.lanes[0]
    click(window, QPointF(600.0, lane.top + lane.height / 2))
    window.view.cancel_rename()
    assert bar.currentMessage() == ""
    choose(window, "actionAddPhase")
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert bar.currentMessage() == ""
    monkeypatch.setattr(main_window, "MESSAGE_MS", 150)
    window.controller.refuse("Not done: a flow needs two different ends.")
    assert bar.currentMessage().startswith("Not done")
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)


# -- 10: delete a lane, then undo at once ------------------------------------------------------
def test_after_the_delete_lane_question_ctrl_z_undoes_at_once_and_the_view_stays(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    window.view.zoom_reset()
    bars = (window.view.horizontalScrollBar(), window.view.verticalScrollBar())
    before = dumps(window.controller.document)
    click(window, header_center(window, "a-cafe"))
    window.view.ensureVisible(window.scene.lanes["a-cafe"].header(), 0, 0)
    where = [bar.value() for bar in bars]
    seen: list[str] = []
    answer_box("Delete", seen)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.controller.document.actor("a-cafe") is None
    text = seen[0]
    assert "complementarit" not in text and "3 pairings of resources that complement each other" in text
    assert "flows (arrows) to or from the lane" in text
    assert f"{lost_flows(before, 'a-cafe')} flows (arrows)" in text
    assert [bar.value() for bar in bars] == where
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=1000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert dumps(window.controller.document) == before


def lost_flows(text: str, actor: str) -> int:
    """How many flows touch the lane or its activities (counted from the saved map)."""
    import json

    data = json.loads(text)
    ends = {actor} | {a["id"] for a in data["activities"] if a["actor"] == actor}
    return sum(1 for f in data["flows"] if {f["source"], f["target"]} & ends)


# -- 11: undo texts ---------------------------------------------------------------------------
def test_undo_history_says_what_moved_where_and_what_was_renamed(qtbot):
    from canvas_support import drag, lane_point

    window = open_window(qtbot, "generic")
    doc = window.controller.document
    act = doc.activities[0]
    title = act.title
    other = next(p for p in doc.phases if p.id != act.phase)
    drag(window, box_center(window, act.id), lane_point(window, act.actor, other.id))
    assert window.controller.undo_stack.undoText() == f"Move “{act.title}” to {other.name}"
    assert window.scene.selected_ids() == [act.id]  # the dragged box stays selected
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    rename_with_keys(window, "Working in the cafe")
    assert (window.controller.undo_stack.undoText()
            == f"Rename activity “{title}” to “Working in the cafe”")


def test_typing_a_lane_name_in_properties_is_one_step_named_from_first_to_last(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    click(window, header_center(window, "a-cafe"))
    old = window.controller.document.actor("a-cafe").name
    field = window.properties.current().findChild(QLineEdit, "prop_name")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    QTest.keySequence(field, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(field, "Cafe")
    stack = window.controller.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == f"Rename lane “{old}” to “Cafe”"


# -- 13: Zoom to Fit, coordinator ------------------------------------------------------------
@pytest.mark.parametrize("template", ["aalborg-aktiv", "generic"])
def test_zoom_to_fit_leaves_no_scrollbar(qtbot, template):
    window = open_window(qtbot, template)
    window.resize(1440, 900)
    QApplication.processEvents()
    choose(window, "actionZoomFit")
    QApplication.processEvents()
    assert not window.view.verticalScrollBar().isVisible()
    assert not window.view.horizontalScrollBar().isVisible()


def test_the_coordinator_list_offers_only_members(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    panel = window.partnership_panel
    part = window.controller.document.partnerships[0]
    combo = panel.coordinator
    offered = {combo.itemData(i) for i in range(combo.count())} - {""}
    assert offered == set(part.members) | {part.governance.coordinator} - {None}
    outsider = next(a.id for a in window.controller.document.actors if a.id not in part.members)
    members = part.members + [outsider]
    window.controller.execute("m", lambda d: edits.update(d, part.id, members=members))
    assert outsider in {combo.itemData(i) for i in range(combo.count())}
