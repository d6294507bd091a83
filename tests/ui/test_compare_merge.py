"""File > Compare With… and File > Merge From… in the editor."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from canvas_support import box_center, click, open_window

from app.model import Activity, dumps, edits, load, loads, save
from app.model.diff import diff
from app.ui import merge_dialog, snapshots


def _partner_copy(window, tmp_path, name="partner.oppspace", title="Theirs"):
    """A partner's copy of the open map: a new activity, a retitled one, a removed one."""
    doc = loads(dumps(window.controller.document))
    acts = doc.activities
    edits.update(doc, acts[0].id, title=title)
    edits.remove(doc, acts[-1].id)
    edits.add_activity(doc, Activity(id="s-partner", title="Partner's step", actor=doc.actors[0].id))
    path = tmp_path / name
    save(doc, path)
    return path, doc


def test_both_actions_are_in_the_file_menu(qtbot):
    window = open_window(qtbot)
    menu = window.menuBar().findChild(QMenu, "menuFile")
    names = [a.objectName() for a in menu.actions()]
    assert "actionCompareWith" in names and "actionMergeFrom" in names
    assert window.findChild(QAction, "actionCompareWith").text() == "Compare &With…"


def test_compare_marks_differences_lists_them_and_edits_nothing(qtbot, tmp_path):
    window = open_window(qtbot, "aalborg-aktiv")
    before = dumps(window.controller.document)
    old = window.controller.document.activities[-1]
    path, partner = _partner_copy(window, tmp_path)
    assert window.compare_with(path)
    changes = diff(partner, window.controller.document)
    panel = window.compare_panel
    assert window.compare_dock.isVisible() and panel.list.count() == len(changes)
    marked = window.compare_overlay.marked
    assert marked[old.id] == "added"  # the open map has it, the partner's copy does not
    assert marked[window.controller.document.activities[0].id] == "changed"
    assert "s-partner" in marked and marked["s-partner"] == "removed"  # drawn as a ghost
    gone_flows = [f.id for f in window.controller.document.flows if f.source == old.id or f.target == old.id]
    assert gone_flows and all(marked[f] == "added" for f in gone_flows)
    assert dumps(window.controller.document) == before and window.controller.undo_stack.count() == 0
    # the map under the marks still answers the mouse
    click(window, box_center(window, old.id))
    assert window.controller.selection == [old.id]
    # a click in the list selects the element on the canvas
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("Activity")
               and window.controller.document.activities[0].id in panel.list.item(i).text())
    rect = panel.list.visualItemRect(panel.list.item(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.selection == [window.controller.document.activities[0].id]
    # Esc on the canvas leaves the comparison
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.comparing is None and not window.compare_overlay.items
    assert not window.compare_dock.isVisible()
    assert dumps(window.controller.document) == before


def test_stop_comparing_button(qtbot, tmp_path):
    window = open_window(qtbot, "aalborg-aktiv")
    doc = window.controller.document
    path = tmp_path / "older.oppspace"
    save(doc, path)
    flow = next(f for f in doc.flows if f.kind == "information")
    window.controller.execute("Delete", lambda d: edits.remove(d, flow.id))
    window.compare_with(path)
    assert window.compare_overlay.marked == {flow.id: "removed"}  # a dashed grey line
    line = next(i for i in window.compare_overlay.items if i.data(0) == flow.id)
    ends = [window.scene.item_of(flow.source), window.scene.item_of(flow.target)]
    start, end = (e.sceneBoundingRect() for e in ends)
    assert start.adjusted(-1, -1, 1, 1).contains(line.line().p1())  # from one end's border …
    assert end.adjusted(-1, -1, 1, 1).contains(line.line().p2())  # … to the other's
    assert not start.adjusted(2, 2, -2, -2).contains(line.line().p1())
    QTest.mouseClick(window.compare_panel.stop, Qt.MouseButton.LeftButton)
    assert window.comparing is None and not window.compare_overlay.items


class _TakeTheirs(merge_dialog.MergeDialog):
    """Clicks THEIRS for every conflict, as a user would, then applies."""

    seen: list = []

    def exec(self) -> int:
        self.show()
        for i in range(len(self.conflicts)):
            self.show_conflict(i)
            _TakeTheirs.seen.append((self.what.text(), self.ours.text(), self.theirs.text()))
            QTest.mouseClick(self.theirs, Qt.MouseButton.LeftButton,
                             pos=QPoint(8, self.theirs.height() // 2))  # on the round indicator
        return merge_dialog.MergeDialog.DialogCode.Accepted


def test_merge_from_uses_the_remembered_base_and_is_one_undoable_step(qtbot, tmp_path):
    window = open_window(qtbot, "aalborg-aktiv")
    mine = tmp_path / "map.oppspace"
    window.save_to(mine)
    assert snapshots.recall(mine) is not None  # saved: the base is remembered
    path, _ = _partner_copy(window, tmp_path)
    first = window.controller.document.activities[0].id
    window.controller.execute("Ours", lambda d: edits.update(d, first, title="Ours"))
    window.controller.execute("Ours 2", lambda d: edits.update(d, d.activities[1].id, co_produced=False))
    before = dumps(window.controller.document)
    depth = window.controller.undo_stack.count()
    _TakeTheirs.seen = []
    assert window.merge_from(path, dialog=_TakeTheirs)
    doc = window.controller.document
    assert _TakeTheirs.seen[0][1:] == ("Keep ours: title “Ours”", "Take theirs: title “Theirs”")
    assert doc.activity(first).title == "Theirs" and doc.activity("s-partner") is not None
    assert doc.activities[1].co_produced is False  # our change is kept
    assert window.controller.undo_stack.count() == depth + 1
    merged = dumps(doc)
    window.controller.undo_stack.undo()
    assert dumps(window.controller.document) == before
    window.controller.undo_stack.redo()
    assert dumps(window.controller.document) == merged
    assert window.scene.activities.keys() == {a.id for a in window.controller.document.activities}


def test_without_a_remembered_state_the_base_file_is_asked_for(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    base = tmp_path / "base.oppspace"
    save(window.controller.document, base)
    path, _ = _partner_copy(window, tmp_path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(base), "")))
    assert window.merge_from(path, dialog=_TakeTheirs)
    assert told and "base" in told[0]
    assert window.controller.document.activity("s-partner") is not None


def test_a_broken_copy_is_a_clear_message_and_the_map_stays(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    before = dumps(window.controller.document)
    broken = tmp_path / "broken.oppspace"
    broken.write_text("{", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert not window.merge_from(broken)
    assert not window.compare_with(broken)
    assert len(warned) == 2 and all("broken.oppspace" in w for w in warned)
    assert dumps(window.controller.document) == before and window.controller.undo_stack.count() == 0


def test_the_user_can_choose_another_base_than_the_remembered_one(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    window.save_to(tmp_path / "map.oppspace")  # remembered base: the map as saved now
    older = tmp_path / "older.oppspace"
    save(window.controller.document, older)
    path, _ = _partner_copy(window, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(older), "")))
    intros = []

    class OtherBaseFirst(merge_dialog.MergeDialog):
        def exec(self) -> int:
            intros.append(self.findChild(type(self.what), "mergeIntro").text())
            if len(intros) == 1:
                self.show()
                button = self.findChild(QPushButton, "mergeOtherBase")
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                return self.result()
            return merge_dialog.MergeDialog.DialogCode.Accepted

    assert window.merge_from(path, dialog=OtherBaseFirst)
    assert "last saved or opened" in intros[0] and "older.oppspace" in intros[1]
    assert window.controller.document.activity("s-partner") is not None
