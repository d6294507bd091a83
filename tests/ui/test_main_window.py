"""The main window: contract names, files (open, save, broken file, unsaved changes), export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMessageBox, QWidget

from app.model import dumps, edits, load
from app.ui.main_window import MainWindow

from canvas_support import choose, open_window

ACTIONS = ("actionNew actionOpen actionSave actionSaveAs actionExportPdf actionExportJson "
           "actionUndo actionRedo actionDelete actionAddActor actionAddActivity "
           "actionAddInformationFlow actionAddSequenceFlow actionToggleCoProduced "
           "actionZoomFit").split()


class Recorder:
    """Stands in for a QMessageBox static function: records the call, answers as told."""

    def __init__(self, answer=QMessageBox.StandardButton.Ok) -> None:
        self.calls: list[tuple] = []
        self.answer = answer

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.answer


@pytest.fixture
def warnings(monkeypatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def rename(window, obj_id, title="Changed"):
    window.controller.execute("Rename", lambda d: edits.update(d, obj_id, title=title))


def test_contract_names_exist(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    for name in ACTIONS:
        assert window.findChild(QAction, name) is not None, name
    assert window.findChild(QWidget, "canvasView") is window.view
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {"propertiesPanel", "partnershipPanel", "findingsPanel"} <= docks
    assert isinstance(window.controller.undo_stack, QUndoStack)


def test_save_and_reopen_round_trip(qtbot, tmp_path):
    window = open_window(qtbot, "aalborg-aktiv")
    rename(window, "s-visitation", "Visitation på kontoret")
    path = tmp_path / "aalborg.oppspace"
    assert window.isWindowModified()
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert "aalborg.oppspace" in window.windowTitle()
    saved = dumps(window.controller.document)
    assert path.read_text(encoding="utf-8") == saved
    other = open_window(qtbot)
    assert other.open_path(path)
    assert dumps(other.controller.document) == saved
    assert other.scene.activities["s-visitation"] is not None
    assert str(path.resolve()) == other.recent_files()[0]


def test_broken_file_gives_a_dialog_and_keeps_the_current_map(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())))
    rename(window, "s-need")
    before = dumps(window.controller.document)
    broken = tmp_path / "broken.oppspace"
    broken.write_text('{"format": "oppspace", "version": 1, "actors": [{"id": 3}]}')
    assert not window.open_path(broken)
    assert len(shown) == 1
    message, more = shown[0]
    assert "broken.oppspace" in message and "actors" in message and "unchanged" in more
    assert dumps(window.controller.document) == before
    assert window.controller.undo_stack.count() == 1  # history kept too
    assert not window.open_path(tmp_path / "missing.oppspace")
    assert "no such file" in shown[1][0]


def test_save_failure_is_reported_and_keeps_the_document(qtbot, tmp_path, warnings):
    window = open_window(qtbot)
    rename(window, "s-need")
    assert not window.save_to(tmp_path / "no-such-folder" / "map.oppspace")
    assert len(warnings.calls) == 1 and "cannot be saved" in warnings.calls[0][2]
    assert window.isWindowModified()


@pytest.mark.parametrize("answer, proceeds", [
    (QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Discard, True)])
def test_unsaved_changes_prompt_before_new(qtbot, monkeypatch, answer, proceeds):
    window = open_window(qtbot)
    rename(window, "s-need")
    asked = Recorder(answer)
    monkeypatch.setattr(QMessageBox, "question", asked)
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: ("Aalborg Aktiv (worked example)", True))
    choose(window, "actionNew")
    assert len(asked.calls) == 1
    titles = [a.title for a in window.controller.document.activities]
    assert ("Changed" in titles) is not proceeds
    if proceeds:
        assert window.controller.document.activity("s-visitation") is not None


def test_save_answer_saves_before_quitting(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot)
    path = tmp_path / "m.oppspace"
    window.save_to(path)
    rename(window, "s-need", "Saved on quit")
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Save))
    assert window.close()
    assert load(path).activity("s-need").title == "Saved on quit"


def test_quit_with_unsaved_changes_can_be_cancelled(qtbot, monkeypatch):
    window = open_window(qtbot)
    rename(window, "s-need")
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible()


def test_no_prompt_without_changes(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot)
    asked = Recorder()
    monkeypatch.setattr(QMessageBox, "question", asked)
    path = tmp_path / "x.oppspace"
    path.write_text(dumps(window.controller.document), encoding="utf-8")
    assert window.open_path(path)
    assert window.open_recent(str(path))
    assert asked.calls == []


def test_export_json_writes_the_map(qtbot, tmp_path, warnings):
    window = open_window(qtbot)
    out = tmp_path / "map.json"
    assert window.export_to(out, "json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meta"]["title"] == "Co-production service map"
    assert not window.export_to(tmp_path / "nope" / "map.json", "json")
    assert len(warnings.calls) == 1


def test_undo_history_view_is_in_the_view_menu(qtbot):
    window = open_window(qtbot)
    dock = window.findChild(QDockWidget, "undoHistory")
    assert dock is not None and not dock.isVisible()
    assert dock.toggleViewAction() in window.panels_menu.actions()
    choose(window, dock.toggleViewAction())
    assert dock.isVisible()


def test_status_bar_shows_controller_messages(qtbot):
    window = open_window(qtbot)
    window.controller.message.emit("Hello there")
    assert window.statusBar().currentMessage() == "Hello there"


@pytest.mark.parametrize("panel", ["FindingsPanel", "PartnershipPanel"])
def test_a_panel_that_cannot_be_built_is_an_error_not_a_placeholder(qtbot, monkeypatch, panel):
    """A broken panel is a bug to catch here, never a label in the dock (STYLE 17)."""
    from app.ui import main_window

    def broken(self, *args, **kwargs):
        raise RuntimeError("broken panel")

    monkeypatch.setattr(getattr(main_window, panel), "__init__", broken)
    with pytest.raises(RuntimeError, match="broken panel"):
        MainWindow()


def test_the_docks_hold_the_real_panels(qtbot):
    from app.ui.findings_panel import FindingsPanel
    from app.ui.partnership_panel import PartnershipPanel

    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window.findChild(QDockWidget, "findingsPanel").widget(), FindingsPanel)
    assert isinstance(window.findChild(QDockWidget, "partnershipPanel").widget(),
                      PartnershipPanel)
