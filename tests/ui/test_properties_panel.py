"""The properties panel edits the selection (or the map) as undoable, merging commands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

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


def test_an_invalid_colour_is_shown_as_a_problem_and_a_picker_is_offered(qtbot, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog, QPushButton

    window = open_window(qtbot)
    doc = window.controller.document
    click(window, header_center(window, "a-company"))
    colour = field(window, "prop_color")
    colour.selectAll()
    qtbot.keyClicks(colour, "#12")
    qtbot.keyClick(colour, Qt.Key.Key_Return)
    problem = field(window, "prop_color_problem", QLabel)
    assert problem.isVisibleTo(window) and "#12 is not a colour; use #RRGGBB" in problem.text()
    assert "C62828" in colour.styleSheet()  # the red frame
    assert "#12 is not a colour" in window.statusBar().currentMessage()
    assert doc.actor("a-company").color == "#F58518"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#336699"))
    field(window, "prop_color_choose", QPushButton).click()
    assert doc.actor("a-company").color == "#336699"
    assert colour.text() == "#336699" and not problem.isVisibleTo(window)
    assert colour.styleSheet() == ""


def test_map_language_is_a_list_of_languages_and_a_bad_code_is_refused(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    window.controller.set_selection([])
    combo = field(window, "prop_language", QComboBox)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "da — Dansk" in texts and "fi — Suomi" in texts
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "da", "fi", "sv", "nb", "de"]
    choose(combo, "da")
    assert doc.meta.language == "da"
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "dansk!")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert doc.meta.language == "da"  # not applied
    problem = field(window, "prop_language_problem", QLabel)
    assert problem.isVisibleTo(window) and "dansk! is not a language code" in problem.text()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "en-GB")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert doc.meta.language == "en-GB" and not problem.isVisibleTo(window)


def test_a_sequence_flow_shows_only_its_ends_and_an_explanation(qtbot):
    window = open_window(qtbot)
    doc = window.controller.document
    sequence = next(f for f in doc.flows if f.kind == "sequence")
    information = next(f for f in doc.flows if f.kind == "information")
    window.controller.set_selection([sequence.id])
    form = window.properties.current()
    hidden = ["prop_what", "prop_when", "prop_form", "prop_asset", "prop_personal_data",
              "prop_consent"]
    for name in hidden:
        assert not form.findChild(QWidget, name).isVisibleTo(window), name
    assert form.findChild(QLabel, "prop_sequence_note").isVisibleTo(window)
    assert "Process order" in form.findChild(QLabel, "prop_ends").text()
    window.controller.set_selection([information.id])
    for name in hidden:
        assert form.findChild(QWidget, name).isVisibleTo(window), name
    assert not form.findChild(QLabel, "prop_sequence_note").isVisibleTo(window)


def test_kind_and_consent_combos_show_human_labels_and_keep_model_values(qtbot):
    window = open_window(qtbot)
    click(window, header_center(window, "a-company"))
    kinds = field(window, "prop_kind", QComboBox)
    texts = [kinds.itemText(i) for i in range(kinds.count())]
    assert texts == ["Public organisation", "Private company", "Voluntary organisation",
                     "Citizen", "Other"]
    assert [kinds.itemData(i) for i in range(kinds.count())] == [
        "public", "private", "voluntary", "citizen", "other"]
    flow = next(f for f in window.controller.document.flows if f.kind == "information")
    window.controller.set_selection([flow.id])
    consent = field(window, "prop_consent", QComboBox)
    texts = [consent.itemText(i) for i in range(consent.count())]
    assert "unknown" not in texts and "not needed" not in texts
    choose(consent, "not_needed")
    assert window.controller.document.flow(flow.id).consent == "not_needed"
