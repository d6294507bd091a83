"""The parts wired into the main window: actions and shortcuts, find, preferences, help, export,
recent files, window layout, findings -> partnership."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QMenu, QMessageBox, QProgressDialog, QToolBar,
)

from app.model import Partnership, dumps, edits, save
from app.model.templates import from_template
from app.ui import export_dialog
from app.ui.help import GuideDialog
from app.ui.main_window import MainWindow
from app.ui.palette import PaletteButton
from app.ui.preferences import Preferences, PreferencesDialog

from canvas_support import box_center, choose, drag, open_window, press
from tests.dialogs import when_shown


def all_actions(window) -> list[QAction]:
    """What a user can reach: the window's shortcuts, the menus, the toolbars."""
    found = set(window.actions())
    for action in window.menuBar().actions():
        found |= menu_actions(action.menu())
    for bar in window.findChildren(QToolBar):
        found |= {a for a in bar.actions() if bar.widgetForAction(a) is None
                  or not isinstance(bar.widgetForAction(a), PaletteButton)}
    return [a for a in found if not a.isSeparator()]


def menu_actions(menu: QMenu) -> set[QAction]:
    found = set()
    for action in menu.actions():
        found.add(action)
        if action.menu() is not None:
            found |= menu_actions(action.menu())
    return found


def test_every_action_has_text_and_no_shortcut_is_bound_twice(qtbot):
    window = open_window(qtbot)
    owners: dict[str, str] = {}
    for action in all_actions(window):
        assert action.text().strip(), action.objectName()
        for shortcut in action.shortcuts():
            text = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owners, f"{text}: {owners.get(text)} and {action.objectName()}"
            owners[text] = action.objectName() or action.text()
    for expected in ("Ctrl+F", "F3", "Shift+F3", "F1", "Ctrl+K", "Ins", "F6"):
        assert expected in owners, expected


def test_every_window_action_is_in_a_menu(qtbot):
    """The menu bar (F10 / Alt) reaches everything the toolbar and shortcuts do."""
    window = open_window(qtbot)
    in_menus = set()
    for action in window.menuBar().actions():
        in_menus |= menu_actions(action.menu())
    missing = [a.objectName() for a in window.actions() if a not in in_menus]
    assert not missing


def test_standard_keys_drive_find_help_and_preferences(qtbot):
    window = open_window(qtbot)
    names = {"actionFind": QKeySequence.StandardKey.Find,
             "actionFindNext": QKeySequence.StandardKey.FindNext,
             "actionGuide": QKeySequence.StandardKey.HelpContents,
             "actionUndo": QKeySequence.StandardKey.Undo}
    for name, key in names.items():
        action = window.findChild(QAction, name)
        assert action.shortcut() == QKeySequence.keyBindings(key)[0], name


def test_ctrl_f_finds_highlights_cycles_and_esc_clears(qtbot):
    window = open_window(qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    QTest.keyClicks(bar.edit, "citizen")
    matches = list(bar.matches)
    assert len(matches) >= 2
    assert set(window.scene.selected_ids()) == set(matches)  # all highlighted on the canvas
    first = bar.current
    QTest.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.current == (first + 1) % len(matches)
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.scene.selected_ids() == []
    assert window.view.hasFocus()  # back to the map


def test_preferences_apply_grid_and_snap_at_once(qtbot, monkeypatch):
    window = open_window(qtbot)
    window.controller.undo_stack.clear()

    def answer(dialog):
        dialog.snap.setChecked(True)
        dialog.grid.setValue(25)
        dialog.accept()

    when_shown(PreferencesDialog, answer)
    assert window.edit_preferences()
    assert window.findChild(QAction, "actionSnapToGrid").isChecked()
    start = box_center(window, "s-need")
    drag(window, start, start + type(start)(63, 0))
    act = window.controller.document.activity("s-need")
    assert act.x != 40.0
    assert (act.x + 170.0) % 25 == 0  # the box's left edge sits on the 25-unit grid


def test_recent_files_honour_the_limit(qtbot, tmp_path):
    Preferences().update(recent_limit=2)
    window = open_window(qtbot)
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.oppspace"
        save(from_template("blank"), path)
        assert window.open_path(path)
    window.fill_recent_menu()
    shown = [a.text() for a in window.recent_menu.actions()]
    assert shown == ["c.oppspace", "b.oppspace"]


def test_window_size_and_docks_come_back(qtbot):
    first = open_window(qtbot)
    first.resize(700, 500)
    first.findChild(QDockWidget, "findingsPanel").hide()
    qtbot.wait(20)
    size = first.size()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size and size.width() == 700
    assert not second.findChild(QDockWidget, "findingsPanel").isVisible()
    assert second.findChild(QDockWidget, "propertiesPanel").isVisible()


def test_window_icon_is_the_app_icon(qtbot):
    window = open_window(qtbot)
    assert not window.windowIcon().isNull()


def test_f1_opens_the_guide_without_blocking(qtbot):
    window = open_window(qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()]
    assert guides
    assert "four components" in guides[0].browser.toPlainText()
    guides[0].close()


def test_about_box_shows(qtbot):
    window = open_window(qtbot)
    seen = {}

    def close(box):
        seen["title"] = box.windowTitle()
        seen["icon"] = not box.iconPixmap().isNull()
        box.close()

    when_shown(QMessageBox, close)
    choose(window, "actionAbout")
    assert seen == {"title": "About OppSpace", "icon": True}


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF"),
                                        ("json", b"{")])
def test_export_through_the_dialog(qtbot, tmp_path, monkeypatch, fmt, magic):
    window = open_window(qtbot)
    out = tmp_path / f"map.{fmt}"
    asked = {}

    def ask(parent, kind, suggested_name="map", folder=None, language=""):
        asked["fmt"], asked["name"] = kind, suggested_name
        return {"path": out, "format": kind, "paper": "A3", "portrait": False, "report": True}

    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(ask))
    before = dumps(window.controller.document)
    choose(window, {"png": "actionExportPng", "svg": "actionExportSvg", "pdf": "actionExportPdf",
                     "json": "actionExportJson"}[fmt])
    assert asked["fmt"] == fmt
    assert out.read_bytes().startswith(magic)
    assert dumps(window.controller.document) == before
    assert not window.isWindowModified()


def test_export_to_an_unwritable_place_says_so_and_changes_nothing(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    calls = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: calls.append(args))
    blocker = tmp_path / "notes.txt"  # a file where a folder should be
    blocker.write_text("keep me", encoding="utf-8")
    before = dumps(window.controller.document)
    assert not window.export_to(blocker / "map.pdf", "pdf")
    assert len(calls) == 1 and "map.pdf" in calls[0][2] and "not exported" in calls[0][2]
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert dumps(window.controller.document) == before


def test_pdf_export_reports_progress_and_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, "aalborg-aktiv")
    values = []
    real = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, v: (values.append(v), real(self, v)))
    assert window.export_to(tmp_path / "ok.pdf", "pdf", paper="A4")
    assert values and values[-1] >= 1
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert not window.export_to(tmp_path / "cancelled.pdf", "pdf", paper="A4")
    assert not (tmp_path / "cancelled.pdf").exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_partnership_finding_opens_its_partnership(qtbot):
    window = open_window(qtbot)
    window.controller.execute("Add", lambda d: edits.add_partnership(
        d, Partnership(id="p-2", name="Second")))
    window.findChild(QDockWidget, "propertiesPanel").raise_()
    window.findings_panel.partnership_requested.emit("p-2")
    assert window.partnership_panel.current().id == "p-2"
    assert not window.findChild(QDockWidget, "partnershipPanel").visibleRegion().isEmpty()


def test_f6_moves_focus_between_canvas_and_panels(qtbot):
    window = open_window(qtbot)
    assert window.view.hasFocus()
    assert window.findChild(QAction, "actionNextPane").shortcut().toString() == "F6"
    press(window, "actionNextPane")
    assert not window.view.hasFocus()
    focus = QApplication.focusWidget()
    assert focus is not None and any(p.isAncestorOf(focus) or p is focus for p in window.panes()[1:])
    for _ in range(len(window.panes()) - 1):
        press(window, "actionNextPane")
    assert window.view.hasFocus()


def test_docks_and_canvas_have_accessible_names(qtbot):
    window = open_window(qtbot)
    for name in ("propertiesPanel", "partnershipPanel", "findingsPanel"):
        dock = window.findChild(QDockWidget, name)
        assert dock.accessibleName() and dock.widget().accessibleName()
    assert window.view.accessibleName()

