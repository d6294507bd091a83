"""The partnership panel's form, chooser and its following of the map: typing and choosing in
the form's widgets, New / Rename / Delete, actors renamed or deleted elsewhere, and a
save/reopen round trip of a partnership filled in entirely through the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QInputDialog, QListView

from app.model import edits
from app.model.templates import from_template
from app.ui.controller import DocumentController
from app.ui.partnership_panel import PartnershipPanel


def make_panel(qtbot, template: str = "aalborg-aktiv") -> PartnershipPanel:
    widget = PartnershipPanel(DocumentController(from_template(template)))
    qtbot.addWidget(widget)
    widget.resize(480, 880)
    widget.show()
    return widget


@pytest.fixture
def panel(qtbot):
    return make_panel(qtbot)


def part(panel, i: int = 0):
    return panel.controller.document.partnerships[i]


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, æ ø å included."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def clear(widget) -> None:
    """Select all and delete, as a user would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered"
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(view.model().index(row, combo.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def toggle_member(qtbot, view: QListView, name: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def undo_redo(panel, before, after, read) -> None:
    stack = panel.controller.undo_stack
    assert read() == after
    stack.undo()
    assert read() == before
    stack.redo()
    assert read() == after


# -- showing --------------------------------------------------------------------------------
def test_shows_the_template_partnership(panel):
    assert panel.chooser.currentText() == "Aalborg Aktiv"
    assert panel.purpose.currentText() == "New services"
    assert panel.remit.toPlainText().startswith("Borgere med handicap")
    assert panel.coordinator.currentText() == "Aalborg Kommune – Aalborg Aktiv"
    assert panel.review.text() == "Hvert kvartal"
    assert panel.answers["technology"].toPlainText().startswith("En fælles kalender")
    titles = [panel.toolbox.itemText(i) for i in range(panel.toolbox.count())]
    assert len(titles) == 7 and all(t.endswith("✓") for t in titles)
    assert titles[2].startswith("Complementary resources && capabilities")


def test_an_empty_map_invites_to_create_a_partnership(qtbot, monkeypatch):
    panel = make_panel(qtbot, "blank")
    assert panel.empty_label.isVisible() and not panel.toolbox.isVisible()
    assert not panel.deletePartnership_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sundhedspartnerskab", True))
    qtbot.mouseClick(panel.newPartnership_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in panel.controller.document.partnerships] == ["Sundhedspartnerskab"]
    assert panel.toolbox.isVisible() and panel.chooser.currentText() == "Sundhedspartnerskab"
    titles = [panel.toolbox.itemText(i) for i in range(panel.toolbox.count())]
    assert all(t.endswith("empty") for t in titles)


# -- why and for whom -----------------------------------------------------------------------
def test_purpose_remit_and_need(qtbot, panel):
    choose(qtbot, panel.purpose, "Efficiency")
    undo_redo(panel, "new_service", "efficiency", lambda: part(panel).purpose)
    choose(qtbot, panel.purpose, "Not chosen yet")
    assert part(panel).purpose is None
    old = part(panel).remit
    clear(panel.remit)
    type_text(panel.remit, "Unge på kanten af arbejdsmarkedet")
    assert part(panel).remit == "Unge på kanten af arbejdsmarkedet"
    old_need = part(panel).need
    clear(panel.need)
    type_text(panel.need, "Et fritidsjob")
    undo_redo(panel, old_need, "Et fritidsjob", lambda: part(panel).need)
    panel.controller.undo_stack.undo()  # the need
    panel.controller.undo_stack.undo()  # the remit, cleared and retyped in one step
    assert part(panel).remit == old and panel.remit.toPlainText() == old


def test_typing_in_a_field_is_one_undo_step(qtbot, panel):
    stack = panel.controller.undo_stack
    count = stack.count()
    panel.review.setFocus()
    panel.review.end(False)
    type_text(panel.review, " og efter behov")
    assert part(panel).governance.review == "Hvert kvartal og efter behov"
    assert stack.count() == count + 1
    stack.undo()
    assert part(panel).governance.review == "Hvert kvartal"
    assert panel.review.text() == "Hvert kvartal"


def test_members_are_checked_in_a_list(qtbot, panel):
    toggle_member(qtbot, panel.members, "Borgeren på førtidspension")
    after = ["a-kommune", "a-botilbud", "a-cafe", "a-internat", "a-borger"]
    undo_redo(panel, ["a-kommune", "a-botilbud", "a-cafe", "a-internat"], after,
              lambda: part(panel).members)
    toggle_member(qtbot, panel.members, "Caféen på havnen")
    assert "a-cafe" not in part(panel).members


def test_clicking_a_member_shows_it_on_the_canvas(qtbot, panel):
    shown = []
    panel.controller.show_requested.connect(shown.append)
    view = panel.members
    panel.toolbox.setCurrentIndex(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(3, 0)).center())
    assert shown == [["a-cafe"]]


# -- governance -----------------------------------------------------------------------------
def test_governance_fields(qtbot, panel):
    panel.toolbox.setCurrentIndex(1)
    choose(qtbot, panel.coordinator, "Botilbud")
    undo_redo(panel, "a-kommune", "a-botilbud", lambda: part(panel).governance.coordinator)
    choose(qtbot, panel.coordinator, "No coordinator yet")
    assert part(panel).governance.coordinator is None
    for widget, field, text in ((panel.leadership, "leadership_resources", "To timer om ugen"),
                                (panel.decision, "decision_making", "Styregruppen beslutter"),
                                (panel.review, "review", "Hver måned")):
        before = getattr(part(panel).governance, field)
        count = panel.controller.undo_stack.index()
        clear(widget)
        type_text(widget, text)
        assert getattr(part(panel).governance, field) == text
        assert panel.controller.undo_stack.index() == count + 1  # clearing and typing merge
        panel.controller.undo_stack.undo()
        assert getattr(part(panel).governance, field) == before


# -- guiding questions ----------------------------------------------------------------------
def test_the_four_guiding_questions(qtbot, panel):
    panel.toolbox.setCurrentIndex(5)
    for key in ("why", "complementary", "technology", "routines"):
        before = getattr(part(panel).questions, key)
        panel.answers[key].setFocus()
        QTest.keyClick(panel.answers[key], Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(panel.answers[key], " Ændret.")
        assert getattr(part(panel).questions, key) == before + " Ændret."
        undo_redo(panel, before, before + " Ændret.", lambda: getattr(part(panel).questions, key))


# -- partnerships ---------------------------------------------------------------------------
def test_new_rename_delete_and_undo(qtbot, panel, monkeypatch):
    ctrl = panel.controller
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fritidsjob", True))
    qtbot.mouseClick(panel.newPartnership_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in ctrl.document.partnerships] == ["Aalborg Aktiv", "Fritidsjob"]
    assert panel.chooser.currentText() == "Fritidsjob"
    assert panel.responsibilities.model.rowCount() == 0 and panel.remit.toPlainText() == ""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fritidsjob for unge", True))
    qtbot.mouseClick(panel.renamePartnership_button, Qt.MouseButton.LeftButton)
    assert part(panel, 1).name == "Fritidsjob for unge" == panel.chooser.currentText()
    panel.chooser.setCurrentIndex(0)
    assert panel.responsibilities.model.rowCount() == 5
    before = part(panel).model_dump()
    qtbot.mouseClick(panel.deletePartnership_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in ctrl.document.partnerships] == ["Fritidsjob for unge"]
    assert ctrl.document.flow("f-kalender") is None or ctrl.document.flow("f-kalender").asset is None
    assert panel.chooser.currentText() == "Fritidsjob for unge"
    ctrl.undo_stack.undo()
    assert part(panel).model_dump() == before
    assert panel.chooser.count() == 2


def test_cancelled_dialogs_change_nothing(qtbot, panel, monkeypatch):
    count = panel.controller.undo_stack.count()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    qtbot.mouseClick(panel.newPartnership_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.renamePartnership_button, Qt.MouseButton.LeftButton)
    assert panel.controller.undo_stack.count() == count
    assert [p.name for p in panel.controller.document.partnerships] == ["Aalborg Aktiv"]


# -- following the map ----------------------------------------------------------------------
def test_an_actor_renamed_elsewhere_shows_up_at_once(panel):
    ctrl = panel.controller
    ctrl.execute("Rename", lambda d: edits.update(d, "a-cafe", name="Havnecaféen"))
    assert panel.responsibilities.model.index(3, 0).data() == "Havnecaféen"
    assert panel.members.model().index(3, 0).data() == "Havnecaféen"
    assert "Havnecaféen" in panel.assets.model.index(0, 3).data()
    assert "(Havnecaféen)" in panel.complementarities.model.index(0, 0).data()
    ctrl.undo_stack.undo()
    assert panel.responsibilities.model.index(3, 0).data() == "Caféen på havnen"


def test_an_actor_deleted_elsewhere_leaves_the_panel_and_undo_restores_it(panel):
    ctrl = panel.controller
    before = part(panel).model_dump()
    ctrl.execute("Delete", lambda d: edits.remove(d, "a-kommune"))
    assert part(panel).members == ["a-botilbud", "a-cafe", "a-internat"]
    assert panel.coordinator.currentText() == "No coordinator yet"
    assert panel.responsibilities.model.rowCount() == 3
    assert panel.resources.model.rowCount() == 3
    assert "Aalborg Kommune" not in panel.assets.model.index(0, 3).data()
    assert panel.members.model().rowCount() == 5
    ctrl.undo_stack.undo()
    assert part(panel).model_dump() == before
    assert panel.coordinator.currentText() == "Aalborg Kommune – Aalborg Aktiv"
    assert panel.responsibilities.model.rowCount() == 5
    assert panel.toolbox.itemText(1).endswith("✓")


def test_reopened_document_is_shown(qtbot, panel):
    panel.controller.set_document(from_template("generic"))
    names = [p.name for p in panel.controller.document.partnerships]
    assert [panel.chooser.itemText(i) for i in range(panel.chooser.count())] == names
    panel.controller.set_document(from_template("aalborg-aktiv"))
    assert panel.chooser.currentText() == "Aalborg Aktiv"
    assert panel.responsibilities.model.rowCount() == 5


def test_reflection_date_shows_today_when_no_entry_is_selected(qtbot):
    from datetime import date

    from app.model.document import Partnership

    panel = make_panel(qtbot, "blank")
    panel.controller.execute("New", lambda d: edits.add_partnership(
        d, Partnership(id="p-1", name="Ny")))
    panel.select_partnership("p-1")
    editor = panel.reflection_editor
    today = date.today().isoformat()
    assert editor.date.date().toString("yyyy-MM-dd") == today  # not 2000-01-01
    assert not editor.isEnabled()
    panel.reflections.add_button.click()
    assert editor.isEnabled()
    assert panel.controller.document.partnerships[0].reflections[0].date == today
    assert editor.date.date().toString("yyyy-MM-dd") == today
