"""The properties panel edits the selection (or the map) as undoable, merging commands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from app.model import dumps

from canvas_support import box_center, click, header_center, open_window, undo_all_redo_all


def field(window, name, kind=QLineEdit):
    return window.properties.current().findChild(kind, name)


def choose(combo: QComboBox, value) -> None:
    """Pick an entry as a user would (activated is what a click or Enter emits)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_nothing_selected_edits_the_map_description(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    title = field(window, "prop_title")
    assert title.text() == "Co-production service map"
    title.selectAll()
    qtbot.keyClicks(title, "Aalborg Aktiv")
    assert doc.meta.title == "Aalborg Aktiv"
    assert window.controller.undo_stack.count() == 1  # typing merged into one step
    authors = field(window, "prop_authors")
    qtbot.keyClicks(authors, "Ann, Bo")
    assert doc.meta.authors == ["Ann", "Bo"]
    undo_all_redo_all(window, before)


def test_activity_form_moves_the_box_to_another_lane_and_phase(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    click(window, box_center(window, "s-need"))
    assert window.properties.current().obj_id == "s-need"
    assert field(window, "prop_title").text() == "Identify the need"
    choose(field(window, "prop_actor", QComboBox), "a-citizen")
    choose(field(window, "prop_phase", QComboBox), None)
    field(window, "prop_co_produced", QCheckBox).click()
    act = doc.activity("s-need")
    assert (act.actor, act.phase, act.co_produced) == ("a-citizen", None, True)
    lane = window.scene.layout.lane_by_actor["a-citizen"]
    assert window.scene.activities["s-need"].pos().y() >= lane.top
    assert window.controller.undo_stack.count() == 3
    undo_all_redo_all(window, before)


def test_typing_a_title_merges_and_the_box_follows(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    click(window, box_center(window, "s-need"))
    title = field(window, "prop_title")
    title.end(False)
    qtbot.keyClicks(title, " together")
    assert doc.activity("s-need").title == "Identify the need together"
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert doc.activity("s-need").title == "Identify the need"
    assert title.text() == "Identify the need"  # the panel follows undo


def test_actor_form_kind_and_colour(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    before = dumps(doc)
    click(window, header_center(window, "a-company"))
    assert window.properties.current().obj_id == "a-company"
    choose(field(window, "prop_kind", QComboBox), "citizen")
    colour = field(window, "prop_color")
    colour.selectAll()
    qtbot.keyClicks(colour, "#12AB34")
    actor = doc.actor("a-company")
    assert (actor.kind, actor.color) == ("citizen", "#12AB34")
    undo_all_redo_all(window, before)


def test_flow_form_lists_every_asset_and_records_consent(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    doc = window.controller.document
    before = dumps(doc)
    flow = next(f for f in doc.flows if f.kind == "information")
    window.controller.set_selection([flow.id])
    assert window.properties.current().obj_id == flow.id
    combo = field(window, "prop_asset", QComboBox)
    listed = [combo.itemData(i) for i in range(combo.count())]
    assert listed == [None] + [a.id for a in doc.all_assets()]
    choose(combo, "as-system")
    field(window, "prop_personal_data", QCheckBox).setChecked(not flow.personal_data)
    choose(field(window, "prop_consent", QComboBox), "missing")
    what = field(window, "prop_what")
    what.selectAll()
    qtbot.keyClicks(what, "Plan")
    changed = doc.flow(flow.id)
    assert (changed.asset, changed.consent, changed.what) == ("as-system", "missing", "Plan")
    assert "→" in window.properties.current().findChild(QLabel, "prop_ends").text()
    undo_all_redo_all(window, before)


def test_an_invalid_colour_is_not_applied(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    click(window, header_center(window, "a-company"))
    colour = field(window, "prop_color")
    colour.selectAll()
    qtbot.keyClicks(colour, "#12XY")
    assert doc.actor("a-company").color == "#F58518"
    assert window.controller.undo_stack.count() == 0
    qtbot.keyClick(colour, Qt.Key.Key_Escape)
