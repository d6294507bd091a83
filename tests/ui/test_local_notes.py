"""The reflection log's row per member: what each organisation changes locally, typed into
its own field, one undoable step per field, following undo and entry changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_partnership_tables import panel, type_text  # noqa: F401 - panel is a fixture


def notes(panel, entry: int) -> dict[str, str]:
    reflections = panel.controller.document.partnerships[0].reflections
    return {n.actor: n.adaptation for n in reflections[entry].local}


def test_each_member_has_a_row_showing_its_local_adaptation(panel):
    local = panel.reflection_editor.local
    assert list(local.fields) == ["a-kommune", "a-botilbud", "a-cafe", "a-internat"]
    assert local.fields["a-cafe"].toPlainText().startswith("Vagtplanen har faste timer")


def test_typing_a_members_adaptation_is_one_undoable_step(qtbot, panel):
    ctrl = panel.controller
    qtbot.mouseClick(panel.reflections.add_button, Qt.MouseButton.LeftButton)
    local = panel.reflection_editor.local
    assert local.entry == 1 and all(f.toPlainText() == "" for f in local.fields.values())
    count = ctrl.undo_stack.count()
    field = local.fields["a-cafe"]
    field.setFocus()
    type_text(field, "Faste vagter på ø")
    assert notes(panel, 1) == {"a-cafe": "Faste vagter på ø"}
    assert ctrl.undo_stack.count() == count + 1
    ctrl.undo_stack.undo()
    assert notes(panel, 1) == {} and field.toPlainText() == ""
    ctrl.undo_stack.redo()
    assert field.toPlainText() == "Faste vagter på ø"


def test_removing_a_member_removes_its_row(panel):
    from app.model import edits

    panel.controller.execute("x", lambda d: edits.update(d, "p-aalborg-aktiv",
                                                          members=["a-kommune", "a-botilbud"]))
    # the café and the shelter keep their rows: their notes in this entry are history
    assert list(panel.reflection_editor.local.fields) == ["a-kommune", "a-botilbud", "a-cafe",
                                                          "a-internat"]
    panel.controller.execute("y", lambda d: edits.remove(d, "a-internat"))
    assert "a-internat" not in panel.reflection_editor.local.fields
