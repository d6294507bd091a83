"""The partnership panel's tables, edited through the widgets a user uses: Add / Remove
buttons, and cell editors opened on the table (combo boxes, checkable lists, text, dates)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QTableView

from app.model import load
from app.model.templates import from_template
from app.ui.controller import DocumentController
from app.ui.partnership.delegates import CheckList
from app.ui.partnership_panel import PartnershipPanel


@pytest.fixture
def panel(qtbot):
    controller = DocumentController(from_template("aalborg-aktiv"))
    widget = PartnershipPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(480, 880)
    widget.show()
    return widget


def part(panel):
    return panel.controller.document.partnerships[0]


def open_editor(table: QTableView, row: int, column: int):
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None, "the cell opened no editor"
    return editor


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, æ ø å included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def type_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    editor = open_editor(table, row, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QTableView.State.EditingState)  # commit is queued


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list and click the entry showing ``text``."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered; offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(view.model().index(row, combo.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def choose_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    editor = open_editor(table, row, column)
    assert isinstance(editor, QComboBox)
    choose(qtbot, editor, text)


def toggle_checks(qtbot, table: QTableView, row: int, column: int, labels: list[str]) -> CheckList:
    """Open the cell's checkable list and press Space on each named entry."""
    editor = open_editor(table, row, column)
    assert isinstance(editor, CheckList)
    for label in labels:
        item = next(editor.item(i) for i in range(editor.count()) if editor.item(i).text() == label)
        editor.setCurrentItem(item)
        qtbot.keyClick(editor, Qt.Key.Key_Space)
    return editor


def undo_redo_check(controller, before, after, read) -> None:
    """Undo gives ``before`` back, redo ``after`` again."""
    assert read() == after
    controller.undo_stack.undo()
    assert read() == before
    controller.undo_stack.redo()
    assert read() == after


# -- responsibilities -----------------------------------------------------------------------
def test_responsibility_added_edited_and_removed_through_the_table(qtbot, panel):
    section = panel.responsibilities
    table, ctrl = section.table, panel.controller
    resp = lambda: [r.model_dump() for r in part(panel).governance.responsibilities]
    start = resp()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert len(resp()) == 6 and resp()[5]["actor"] == "a-kommune"
    undo_redo_check(ctrl, start, resp(), resp)

    choose_cell(qtbot, table, 5, 0, "Caféen på havnen")
    assert resp()[5]["actor"] == "a-cafe"
    choose_cell(qtbot, table, 5, 1, "Strategic")
    assert resp()[5]["level"] == "strategic"
    before = resp()
    type_cell(qtbot, table, 5, 2, "Sætter rammerne for frivillige")
    assert resp()[5]["description"] == "Sætter rammerne for frivillige"
    undo_redo_check(ctrl, before, resp(), resp)
    assert table.model().index(5, 0).data() == "Caféen på havnen"

    table.selectRow(0)
    before = resp()
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert len(resp()) == 5 and resp()[0]["level"] == "operational"
    undo_redo_check(ctrl, before, resp(), resp)


def test_combo_edit_is_one_undo_step_each(qtbot, panel):
    table, ctrl = panel.responsibilities.table, panel.controller
    count = ctrl.undo_stack.count()
    choose_cell(qtbot, table, 0, 1, "Operational")
    choose_cell(qtbot, table, 1, 1, "Strategic")
    assert ctrl.undo_stack.count() == count + 2
    levels = [r.level for r in part(panel).governance.responsibilities[:2]]
    assert levels == ["operational", "strategic"]
    ctrl.undo_stack.undo()
    assert part(panel).governance.responsibilities[1].level == "operational"


# -- resources and complementarities --------------------------------------------------------
def test_resource_every_field(qtbot, panel):
    section = panel.resources
    table, ctrl = section.table, panel.controller
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    res = lambda: part(panel).resources[-1].model_dump()
    assert len(part(panel).resources) == 6 and res()["owner"] == "a-kommune"
    choose_cell(qtbot, table, 5, 0, "Botilbud")
    type_cell(qtbot, table, 5, 1, "Personale der kender borgeren")
    choose_cell(qtbot, table, 5, 2, "Tangible")
    before = res()
    type_cell(qtbot, table, 5, 3, "Faste kontaktpersoner")
    assert res() == {"id": res()["id"], "owner": "a-botilbud", "name": "Personale der kender borgeren",
                     "nature": "tangible", "description": "Faste kontaktpersoner"}
    undo_redo_check(ctrl, before, res(), res)
    ctrl.undo_stack.undo()
    ctrl.undo_stack.undo()
    assert res()["nature"] == "intangible" and res()["description"] == ""
    assert table.model().index(5, 2).data() == "Intangible"


def test_removing_a_resource_drops_its_complementarities_and_undo_restores_them(qtbot, panel):
    section, ctrl = panel.resources, panel.controller
    before = part(panel).model_dump()
    section.table.selectRow(3)  # r-cafe, used by three complementarities
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in part(panel).resources] == ["r-kendskab", "r-netvaerk", "r-stotte", "r-internat"]
    assert len(part(panel).complementarities) == 1
    assert panel.complementarities.table.model().rowCount() == 1
    ctrl.undo_stack.undo()
    assert part(panel).model_dump() == before
    assert panel.complementarities.table.model().rowCount() == 4


def test_complementarity_needs_two_resources_and_defaults_to_the_first_two(qtbot, panel):
    comp, res, ctrl = panel.complementarities, panel.resources, panel.controller
    for row in range(4, 0, -1):  # leave one resource
        res.table.selectRow(row)
        qtbot.mouseClick(res.remove_button, Qt.MouseButton.LeftButton)
    assert len(part(panel).resources) == 1
    assert not comp.add_button.isEnabled()
    qtbot.mouseClick(res.add_button, Qt.MouseButton.LeftButton)
    assert comp.add_button.isEnabled()
    qtbot.mouseClick(comp.add_button, Qt.MouseButton.LeftButton)
    ids = [r.id for r in part(panel).resources]
    added = part(panel).complementarities[-1]
    assert added.resources == ids[:2] and added.interdependence == "pooled"


def test_complementarity_every_field(qtbot, panel):
    table, ctrl = panel.complementarities.table, panel.controller
    comp = lambda: part(panel).complementarities[0].model_dump()
    toggle_checks(qtbot, table, 0, 0, ["Daglig støtte og transport (Botilbud)"])
    assert comp()["resources"] == ["r-netvaerk", "r-stotte", "r-cafe"]
    undo_redo_check(ctrl, ["r-netvaerk", "r-cafe"], comp()["resources"], lambda: comp()["resources"])
    choose_cell(qtbot, table, 0, 1, "Sequential")
    assert comp()["interdependence"] == "sequential"
    type_cell(qtbot, table, 0, 2, "Først match, så arbejde")
    assert comp()["note"] == "Først match, så arbejde"
    undo_redo_check(ctrl, "Kommunen formidler borgere; caféen melder tilbage om trivsel",
                    "Først match, så arbejde", lambda: comp()["note"])


def test_a_complementarity_cannot_be_left_with_one_resource(qtbot, panel):
    table, ctrl = panel.complementarities.table, panel.controller
    messages = []
    ctrl.message.connect(messages.append)
    before = part(panel).model_dump()
    toggle_checks(qtbot, table, 0, 0, ["Arbejdspladser og opgaver på caféen (Caféen på havnen)"])
    assert part(panel).model_dump() == before
    assert messages and "at least two different resources" in messages[-1]


# -- assets ---------------------------------------------------------------------------------
def test_asset_every_field(qtbot, panel):
    section, ctrl = panel.assets, panel.controller
    table = section.table
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    asset = lambda: part(panel).assets[-1].model_dump()
    assert asset()["access"] == part(panel).members
    type_cell(qtbot, table, 3, 0, "Tablet på caféen")
    choose_cell(qtbot, table, 3, 1, "Physical")
    choose_cell(qtbot, table, 3, 2, "Needs investment")
    toggle_checks(qtbot, table, 3, 3, ["Botilbud", "Dyreinternatet (frivillig forening)"])
    type_cell(qtbot, table, 3, 4, "Til at melde fremmøde")
    assert {k: v for k, v in asset().items() if k != "id"} == {
        "name": "Tablet på caféen", "kind": "physical", "status": "needs_investment",
        "access": ["a-kommune", "a-cafe"], "description": "Til at melde fremmøde"}
    ctrl.undo_stack.undo()  # description
    ctrl.undo_stack.undo()  # access: Dyreinternatet back
    assert asset()["access"] == ["a-kommune", "a-cafe", "a-internat"]
    ctrl.undo_stack.redo()
    assert asset()["access"] == ["a-kommune", "a-cafe"]
    table.selectRow(3)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert len(part(panel).assets) == 3


def test_clicking_an_asset_or_actor_shows_it_on_the_canvas(qtbot, panel):
    ctrl = panel.controller
    shown = []
    ctrl.show_requested.connect(shown.append)
    table = panel.assets.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(2, 0)).center())
    assert shown[-1] == ["as-system"] and ctrl.selection == ["as-system"]
    table = panel.responsibilities.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(2, 0)).center())
    assert shown[-1] == ["a-botilbud"] and ctrl.selection == ["a-botilbud"]


# -- routines -------------------------------------------------------------------------------
def test_routine_every_field(qtbot, panel):
    section, ctrl = panel.routines, panel.controller
    table = section.table
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    routine = lambda: part(panel).routines[-1].model_dump()
    type_cell(qtbot, table, 2, 0, "Hvordan borgerne trives")
    type_cell(qtbot, table, 2, 1, "Efter hver vagt")
    type_cell(qtbot, table, 2, 2, "Kort besked")
    choose_cell(qtbot, table, 2, 3, "Fælles kalender")
    toggle_checks(qtbot, table, 2, 4, ["Botilbud", "Dyreinternatet (frivillig forening)"])
    assert {k: v for k, v in routine().items() if k != "id"} == {
        "what": "Hvordan borgerne trives", "when": "Efter hver vagt", "form": "Kort besked",
        "asset": "as-kalender", "participants": ["a-kommune", "a-cafe"]}
    choose_cell(qtbot, table, 2, 3, "No asset")
    assert routine()["asset"] is None
    undo_redo_check(ctrl, "as-kalender", None, lambda: routine()["asset"])


def test_renaming_an_asset_updates_the_routines_table(qtbot, panel):
    type_cell(qtbot, panel.assets.table, 0, 0, "Delt kalender")
    assert panel.routines.table.model().index(1, 3).data() == "Delt kalender"


# -- reflection log -------------------------------------------------------------------------
def test_reflections_newest_first_with_date_and_three_answers(qtbot, panel):
    section, editor, ctrl = panel.reflections, panel.reflection_editor, panel.controller
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    today = date.today().isoformat()
    model = section.table.model()
    dates = [model.index(r, 0).data() for r in range(2)]
    assert sorted(dates, reverse=True) == dates and today in dates
    assert section.table.currentIndex().row() == model.view_row(1)
    count = ctrl.undo_stack.count()
    for name, text in (("works_locally", "Ugentlige møder"), ("works_for_citizens", "Faste opgaver"),
                       ("to_improve", "Transporten")):
        field = editor.fields[name]
        field.setFocus()
        type_text(field, text)
    last = part(panel).reflections[-1]
    assert (last.works_locally, last.works_for_citizens, last.to_improve) == (
        "Ugentlige møder", "Faste opgaver", "Transporten")
    assert ctrl.undo_stack.count() == count + 3  # typing merges: one step per field
    ctrl.undo_stack.undo()
    assert part(panel).reflections[-1].to_improve == ""
    ctrl.undo_stack.redo()


def test_reflection_date_edited_in_the_table_resorts_the_log(qtbot, panel):
    section = panel.reflections
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    model = section.table.model()
    row = model.view_row(1)
    editor = open_editor(section.table, row, 0)
    assert isinstance(editor, QDateEdit)
    editor.setDate(editor.date().fromString("2020-01-02", "yyyy-MM-dd"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.table.state() != QTableView.State.EditingState)
    assert part(panel).reflections[1].date == "2020-01-02"
    assert [model.index(r, 0).data() for r in range(2)] == ["2026-11-28", "2020-01-02"]
    panel.controller.undo_stack.undo()
    assert part(panel).reflections[1].date == date.today().isoformat()


def test_reflection_date_in_the_detail_editor(qtbot, panel):
    editor = panel.reflection_editor
    assert editor.date.date().toString("yyyy-MM-dd") == "2026-11-28"
    editor.date.setFocus()
    editor.date.setDate(editor.date.date().addDays(-7))
    qtbot.keyClick(editor.date, Qt.Key.Key_Return)
    assert part(panel).reflections[0].date == "2026-11-21"


# -- a whole partnership, filled in through the panel, survives save and reopen ---------------
def fill_form(qtbot, panel, monkeypatch) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("Fritidsjob i Aalborg Øst", True))
    qtbot.mouseClick(panel.newPartnership_button, Qt.MouseButton.LeftButton)
    choose(qtbot, panel.purpose, "Repackaging of existing services")
    for widget, text in ((panel.remit, "Unge 15–17 år"), (panel.need, "Et første fritidsjob"),
                         (panel.leadership, "En jobkonsulent, fire timer om ugen"),
                         (panel.decision, "Styregruppe; den unge vælger selv"),
                         (panel.review, "Hvert halve år")):
        widget.setFocus()
        type_text(widget, text)
    for key in ("why", "complementary", "technology", "routines"):
        panel.answers[key].setFocus()
        type_text(panel.answers[key], f"Svar på {key} – æøå")
    for name in ("Aalborg Kommune – Aalborg Aktiv", "Caféen på havnen"):
        model = panel.members.model()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
        panel.members.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(panel.members, Qt.Key.Key_Space)
    choose(qtbot, panel.coordinator, "Caféen på havnen")


def fill_tables(qtbot, panel) -> None:
    for section in (panel.responsibilities, panel.resources, panel.resources,
                    panel.complementarities, panel.assets, panel.routines, panel.reflections):
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    choose_cell(qtbot, panel.responsibilities.table, 0, 1, "Strategic")
    type_cell(qtbot, panel.responsibilities.table, 0, 2, "Finansiering")
    type_cell(qtbot, panel.resources.table, 0, 1, "Kontakt til de unge")
    choose_cell(qtbot, panel.resources.table, 1, 0, "Caféen på havnen")
    type_cell(qtbot, panel.resources.table, 1, 1, "Jobs i weekenden")
    choose_cell(qtbot, panel.resources.table, 1, 2, "Tangible")
    choose_cell(qtbot, panel.complementarities.table, 0, 1, "Sequential")
    type_cell(qtbot, panel.complementarities.table, 0, 2, "Match før job")
    type_cell(qtbot, panel.assets.table, 0, 0, "Fælles chat")
    type_cell(qtbot, panel.assets.table, 0, 4, "Til vagtplaner")
    type_cell(qtbot, panel.routines.table, 0, 0, "Vagtplan")
    type_cell(qtbot, panel.routines.table, 0, 1, "Hver fredag")
    choose_cell(qtbot, panel.routines.table, 0, 3, "Fælles chat")
    editor = panel.reflection_editor
    for name in ("works_locally", "works_for_citizens", "to_improve"):
        editor.fields[name].setFocus()
        type_text(editor.fields[name], f"{name}: ja")


def test_a_partnership_filled_in_through_the_panel_survives_save_and_reopen(
        qtbot, panel, monkeypatch, tmp_path):
    fill_form(qtbot, panel, monkeypatch)
    fill_tables(qtbot, panel)
    ctrl = panel.controller
    filled = ctrl.document.partnerships[1].model_dump()
    assert filled["purpose"] == "repackaging" and filled["governance"]["coordinator"] == "a-cafe"
    assert filled["members"] == ["a-kommune", "a-cafe"]
    assert filled["resources"][1]["owner"] == "a-cafe"
    assert filled["complementarities"][0]["resources"] == [r["id"] for r in filled["resources"]]
    assert filled["routines"][0]["asset"] == filled["assets"][0]["id"]
    assert filled["reflections"][0]["to_improve"] == "to_improve: ja"
    assert filled["questions"]["routines"] == "Svar på routines – æøå"
    path = tmp_path / "fritidsjob.oppspace"
    ctrl.save(path)
    reopened = load(path)
    assert reopened.partnerships[1].model_dump() == filled
    ctrl.set_document(reopened, path)
    panel.chooser.setCurrentIndex(1)
    assert panel.need.toPlainText() == "Et første fritidsjob"
    assert panel.coordinator.currentText() == "Caféen på havnen"
    assert panel.routines.table.model().index(0, 3).data() == "Fælles chat"
    assert panel.reflection_editor.fields["works_locally"].toPlainText() == "works_locally: ja"
    assert all(panel.toolbox.itemText(i).endswith("✓") for i in range(7))


def test_the_checklist_editor_shows_every_actor_inside_the_table(qtbot, panel):
    panel.toolbox.setCurrentIndex(3)
    table = panel.assets.table
    editor = open_editor(table, 2, 3)
    assert editor.count() == len(panel.controller.document.actors)
    assert table.viewport().rect().contains(editor.geometry())
    assert editor.geometry().height() >= editor.sizeHintForRow(0) * editor.count()
