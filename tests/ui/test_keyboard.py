"""The canvas without a mouse: Tab order, Alt+arrows, Enter to rename, keyboard-only creation of
activities and flows (Connect… dialog), and what a screen reader hears about the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel

from app.model import dumps
from app.ui.connect_dialog import ConnectDialog

from canvas_support import open_window
from tests.dialogs import when_shown

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier

# the generic template, lane by lane (Municipality, company, voluntary, citizen), left to right
READING_ORDER = ["s-need", "s-plan", "s-evaluate", "s-offer", "s-deliver", "s-support",
                 "s-wishes", "s-share"]


def key(window, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.view, k, modifiers)


def selected(window) -> list[str]:
    return window.controller.selection


def test_tab_walks_activities_in_reading_order_and_wraps(qtbot):
    window = open_window(qtbot)
    seen = []
    for _ in READING_ORDER:
        key(window, Qt.Key.Key_Tab)
        seen.append(selected(window)[0])
    assert seen == READING_ORDER
    key(window, Qt.Key.Key_Tab)
    assert selected(window) == [READING_ORDER[0]]  # wraps round
    key(window, Qt.Key.Key_Backtab, SHIFT)
    assert selected(window) == [READING_ORDER[-1]]
    assert window.view.hasFocus()  # Tab stayed on the canvas


def test_ctrl_tab_leaves_the_canvas(qtbot):
    window = open_window(qtbot)
    key(window, Qt.Key.Key_Tab, CTRL)
    assert not window.view.hasFocus()
    assert selected(window) == []


def test_alt_arrows_go_to_the_nearest_item_and_plain_arrows_still_nudge(qtbot):
    window = open_window(qtbot)
    key(window, Qt.Key.Key_Tab)  # s-need, top-left
    key(window, Qt.Key.Key_Right, ALT)
    assert selected(window) == ["s-plan"]  # same lane, next to the right
    key(window, Qt.Key.Key_Down, ALT)
    assert selected(window) == ["s-offer"]  # the box right below it
    key(window, Qt.Key.Key_Left, ALT)
    assert selected(window) == ["s-need"]  # left and a little up: the nearest that way
    key(window, Qt.Key.Key_Left, ALT)
    assert selected(window) == ["s-need"]  # nothing further left: stays
    key(window, Qt.Key.Key_Down, ALT)
    assert selected(window) == ["s-wishes"]  # straight down, past the lanes with nothing there
    window.controller.set_selection(["s-offer"])
    before = window.controller.document.activity("s-offer").x
    key(window, Qt.Key.Key_Right)
    assert window.controller.document.activity("s-offer").x == before + 10


def test_enter_renames_the_selected_activity(qtbot):
    window = open_window(qtbot)
    key(window, Qt.Key.Key_Tab)
    key(window, Qt.Key.Key_Return)
    editor = window.view.inline_editor
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Afklaring")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.controller.document.activity("s-need").title == "Afklaring"
    window.controller.undo_stack.undo()
    assert window.controller.document.activity("s-need").title == "Identify the need"


def test_add_activity_by_keyboard_lands_in_the_selected_lane_at_a_free_spot(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    for _ in range(4):  # to s-offer, in the company's lane
        key(window, Qt.Key.Key_Tab)
    assert selected(window) == ["s-offer"]
    key(window, Qt.Key.Key_A)  # the Add Activity tool …
    assert window.scene.tool.name == "activity"
    key(window, Qt.Key.Key_Return)  # … placed from the keyboard
    editor = window.view.inline_editor
    assert editor is not None
    QTest.keyClicks(editor, "Følg op")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    new = [a for a in doc.activities if a.title == "Følg op"]
    assert len(new) == 1 and new[0].actor == "a-company"
    others = [window.scene.activities[a.id].box() for a in doc.activities
              if a.actor == "a-company" and a.id != new[0].id]
    mine = window.scene.activities[new[0].id].box()
    assert not any(mine.intersects(box) for box in others)
    assert window.scene.tool.name == "select"
    assert window.controller.undo_stack.count() == 2  # add, then rename


def test_insert_key_adds_an_activity_to_the_first_lane_when_nothing_is_selected(qtbot):
    window = open_window(qtbot)
    count = len(window.controller.document.activities)
    key(window, Qt.Key.Key_Insert)
    doc = window.controller.document
    assert len(doc.activities) == count + 1
    assert doc.activities[-1].actor == doc.actors[0].id
    assert window.view.inline_editor is not None


def _drive_connect(qtbot, steps, then=None):
    """Run ``steps(dialog)`` once the modal Connect dialog is up."""
    def run(dialog):
        steps(dialog)
        if then is not None:
            then(dialog)
    when_shown(ConnectDialog, run)


def _choose(combo: QComboBox, data: str) -> None:
    """Move through the list with the Down/Up keys until ``data`` is current."""
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_connect_dialog_creates_a_flow_with_keys_only(qtbot):
    window = open_window(qtbot)
    for _ in range(7):  # s-wishes, the citizen's first activity
        key(window, Qt.Key.Key_Tab)
    flows = len(window.controller.document.flows)

    def steps(dialog):
        assert dialog.source.currentData() == "s-wishes"  # the selection is the source
        _choose(dialog.target, "a-voluntary")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    _drive_connect(qtbot, steps)
    key(window, Qt.Key.Key_K, CTRL)
    doc = window.controller.document
    assert len(doc.flows) == flows + 1
    flow = doc.flows[-1]
    assert (flow.kind, flow.source, flow.target) == ("information", "s-wishes", "a-voluntary")
    assert window.view.inline_editor is not None  # type what must be known, at once


def test_connect_dialog_refuses_a_sequence_flow_to_a_lane(qtbot):
    window = open_window(qtbot)
    before = dumps(window.controller.document)
    shown = {}

    def steps(dialog):
        _choose(dialog.kind, "sequence")
        _choose(dialog.source, "s-need")
        _choose(dialog.target, "a-citizen")
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        label = dialog.findChild(QLabel, "connectProblem")
        shown["text"], shown["visible"] = label.text(), label.isVisible()
        shown["open"] = dialog.isVisible()
        dialog.reject()

    _drive_connect(qtbot, steps)
    window.connect_by_keyboard()
    assert shown["open"] and shown["visible"]
    assert "sequence flow joins two activities" in shown["text"]
    assert dumps(window.controller.document) == before


def test_connect_dialog_lists_lanes_then_their_activities(qtbot):
    window = open_window(qtbot)
    dialog = ConnectDialog(window.controller.document, window)
    qtbot.addWidget(dialog)
    ids = [dialog.source.itemData(i) for i in range(dialog.source.count())]
    assert ids[:4] == ["a-municipality", "s-need", "s-plan", "s-evaluate"]
    assert dialog.source.itemText(0) == "Lane: Municipality"
    assert dialog.source.itemText(2).strip() == "Plan the service with the citizen *"


def test_accessible_description_follows_the_selection(qtbot):
    window = open_window(qtbot)
    view = window.view
    assert view.accessibleName() == "Service map"
    assert view.accessibleDescription().startswith("Nothing selected")
    key(window, Qt.Key.Key_Tab)
    key(window, Qt.Key.Key_Tab)
    text = view.accessibleDescription()
    assert text.startswith("Activity “Plan the service with the citizen” in lane Municipality, "
                           "phase Co-design, co-produced"), text
    window.controller.set_selection(["f-11"])
    assert view.accessibleDescription().startswith(
        "Information flow from “Share experiences” to Municipality")
    window.controller.set_selection(["s-need", "s-plan"])
    assert view.accessibleDescription() == "2 items selected"


def test_accessible_description_counts_findings(qtbot):
    window = open_window(qtbot)
    panel = window.findings_panel
    panel.refresh()
    subject = next(s for f in panel.findings for s in f.subjects if s in window.scene.activities
                   or s in window.scene.flows or s in window.scene.lanes)
    count = len(panel.findings_for(subject))
    window.controller.set_selection([subject])
    assert window.view.accessibleDescription().endswith(f"(findings: {count})")


def test_enter_in_the_rename_editor_closes_it_without_opening_another(qtbot):
    """F2, type, Enter: the name is applied once, the editor is gone, typing on does nothing."""
    window = open_window(qtbot)
    key(window, Qt.Key.Key_Tab)  # s-need
    key(window, Qt.Key.Key_F2)
    editor = window.view.inline_editor
    assert editor is not None
    QTest.keyClicks(editor, "Afklaring")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.view.inline_editor is None  # no new editor opened by the same Enter
    assert window.controller.document.activity("s-need").title == "Afklaring"
    assert window.controller.undo_stack.count() == 1
    QTest.keyClicks(window.view, "xyz")  # keys go to the canvas, not a second editor
    assert window.view.inline_editor is None
    assert window.controller.document.activity("s-need").title == "Afklaring"
    key(window, Qt.Key.Key_Return)  # a fresh Enter on the canvas still renames
    assert window.view.inline_editor is not None
