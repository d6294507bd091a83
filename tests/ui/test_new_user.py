"""What a new user tripped over in a real window: deleting lanes, toolbar, file dialogs, empty
map hint, the partnership dock's width, and refusals shown near the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.model import dumps

from canvas_support import answer_box, box_center, choose, click, header_center, open_window


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Qt fixes the settings file's place once per process: start each test from nothing."""
    from app.ui.preferences import settings

    settings().clear()
    settings().sync()
    yield


def test_deleting_a_lane_in_a_partnership_asks_first_and_cancel_keeps_everything(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    before = dumps(window.controller.document)
    click(window, header_center(window, "a-cafe"))
    seen: list[str] = []
    answer_box("Cancel", seen)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert len(seen) == 1
    text = seen[0]
    assert "Caféen på havnen" in text and "Aalborg Aktiv" in text
    assert "Arbejdspladser og opgaver på caféen" in text  # its resource is named
    assert "pairings of resources" in text and "undo" in text
    assert dumps(window.controller.document) == before
    assert window.controller.undo_stack.count() == 0


def test_deleting_a_lane_after_saying_delete_is_one_undo_step(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    before = dumps(window.controller.document)
    click(window, header_center(window, "a-cafe"))
    seen: list[str] = []
    answer_box("Delete", seen)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    doc = window.controller.document
    assert len(seen) == 1 and doc.actor("a-cafe") is None
    assert "a-cafe" not in doc.partnerships[0].members
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert dumps(window.controller.document) == before


def test_deleting_an_activity_asks_nothing(qtbot, monkeypatch):
    window = open_window(qtbot, "aalborg-aktiv")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    act = window.controller.document.activities[0].id
    click(window, box_center(window, act))
    assert window.scene.selected_ids() == [act]
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert asked == [] and window.controller.document.activity(act) is None


def test_toolbar_undo_redo_keep_short_text_and_carry_the_command_in_the_tooltip(qtbot):
    from PySide6.QtWidgets import QToolBar, QToolButton

    from app.model import edits

    window = open_window(qtbot)
    bar = window.findChild(QToolBar, "toolsToolbar")
    undo, redo = (window.findChild(QAction, n) for n in ("actionToolbarUndo", "actionToolbarRedo"))
    button = bar.widgetForAction(undo)
    assert isinstance(button, QToolButton)
    assert not undo.isEnabled() and not redo.isEnabled()
    width = button.sizeHint().width()
    window.controller.execute("Add information flow",
                              lambda d: edits.update(d, "s-need", title="Longer title"))
    assert undo.isEnabled() and button.text() == "Undo"
    assert "Add information flow" in undo.toolTip()
    assert button.sizeHint().width() == width  # the toolbar does not jump sideways
    assert window.findChild(QAction, "actionUndo").text() == "&Undo Add information flow"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.controller.document.activity("s-need").title != "Longer title"
    assert redo.isEnabled() and "Add information flow" in redo.toolTip()


def test_an_asset_finding_opens_the_assets_section_at_its_row(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from app.ui.findings_panel import FINDING_ROLE

    window = open_window(qtbot, "aalborg-aktiv")
    panel = window.findings_panel
    panel.refresh()
    window.findChild(QDockWidget, "propertiesPanel").raise_()
    index = next(group.child(i).index() for r in range(panel.model.rowCount())
                 for group in [panel.model.item(r)] for i in range(group.rowCount())
                 if panel.findings[group.child(i).data(FINDING_ROLE)].code == "asset-needs-investment")
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(index).center())
    dock = window.findChild(QDockWidget, "partnershipPanel")
    assert not dock.visibleRegion().isEmpty()  # raised over the Properties tab
    part = window.partnership_panel
    assert part.toolbox.currentWidget().isAncestorOf(part.assets)
    rows = part.assets.selected_rows()
    asset = next(a for a in window.controller.document.all_assets()
                 if a.status == "needs_investment")
    assert [part.assets.model.item(r).id for r in rows] == [asset.id]


def test_a_refused_sequence_flow_to_a_lane_is_said_near_the_mouse_and_in_the_status_bar(
        qtbot, monkeypatch):
    from PySide6.QtWidgets import QToolTip

    from canvas_support import box_center, drag, header_center

    window = open_window(qtbot)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append((pos, text)))
    before = dumps(window.controller.document)
    choose(window, "actionAddSequenceFlow")
    drag(window, box_center(window, "s-need"), header_center(window, "a-company"))
    assert dumps(window.controller.document) == before
    message = window.statusBar().currentMessage()
    assert message.startswith("Not done")
    assert len(shown) == 1 and shown[0][1] == message


def test_a_refused_edit_from_a_panel_is_said_near_the_mouse_once(qtbot, monkeypatch):
    from PySide6.QtWidgets import QToolTip

    from app.model import edits

    window = open_window(qtbot)
    window.properties.setFocus()
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    assert not window.controller.execute("Bad", lambda d: edits.update(d, "s-need", actor="nobody"))
    message = window.statusBar().currentMessage()
    assert message.startswith("Not done") and shown == [message]


def test_file_dialogs_start_in_a_real_folder_and_never_name_a_file_after_a_folder(
        qtbot, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from app.ui import export_dialog

    window = open_window(qtbot)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, *a: asked.append(("open", start)) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: asked.append(("save", start)) or ("", ""))
    assert not (Path.home() / "Documents").exists()  # as on the QA machine
    choose(window, "actionOpen")
    assert asked[-1] == ("open", str(Path.home()))  # home, not "Documents" as a file name
    window.controller.document.meta.title = "Plan: 2026/27"
    choose(window, "actionSaveAs")
    start = Path(asked[-1][1])
    assert start.parent == Path.home() and start.name == "Plan- 2026-27.oppspace"
    folder = tmp_path / "maps"
    folder.mkdir()
    assert window.save_to(folder / "one.oppspace")
    choose(window, "actionOpen")
    assert asked[-1] == ("open", str(folder))  # the map's folder
    window.controller.set_document(window.controller.document.model_validate(
        window.controller.document.model_dump()))  # an untitled map …
    choose(window, "actionOpen")
    assert asked[-1] == ("open", str(folder))  # … starts in the folder used last
    window.controller.path = folder / "one.oppspace"
    dialog = export_dialog.ExportDialog(window, "pdf", "one", folder)
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()) == folder / "one.pdf"
    shown = {}
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(
        lambda parent, fmt, name="map", where=None, language="": shown.update(folder=where)))
    choose(window, "actionExportPdf")
    assert Path(shown["folder"]) == folder


def _window_at(qtbot, width: int = 1440):
    from app.model.templates import from_template
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.undo_stack.setClean())
    window.controller.set_document(from_template("aalborg-aktiv"))
    window.resize(width, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_partnership_dock_is_a_third_wide_and_a_widened_dock_comes_back(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    window = _window_at(qtbot)
    dock = window.findChild(QDockWidget, "partnershipPanel")
    dock.raise_()
    qtbot.waitUntil(lambda: abs(dock.width() - 480) <= 12)  # not the 345 px that truncated
    window.resizeDocks([dock], [640], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - 640) <= 4)
    window.close()
    again = _window_at(qtbot)
    restored = again.findChild(QDockWidget, "partnershipPanel")
    restored.raise_()
    qtbot.waitUntil(lambda: abs(restored.width() - 640) <= 4)


def test_export_dialog_labels_show_their_mnemonic_not_a_literal_ampersand(qtbot):
    from PySide6.QtWidgets import QLabel

    from app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(None, "pdf", "map")
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert {label.text() for label in labels} >= {"&File:", "P&aper:"}
    for label in labels:
        assert label.buddy() is not None, label.text()  # else Qt shows the "&" itself
    assert next(lb for lb in labels if lb.text() == "&File:").buddy() is dialog.path_edit


def test_an_empty_map_shows_where_to_start_until_it_has_a_lane(qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QLabel

    from canvas_support import click

    window = open_window(qtbot, "blank")
    hint = window.view.findChild(QLabel, "emptyMapHint")
    assert hint is not None and hint.isVisible()
    assert "Add Actor" in hint.text() and "(L)" in hint.text()
    centre = window.view.viewport().geometry().center()
    assert abs(hint.geometry().center().x() - centre.x()) <= 2
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
    assert abs(hint.geometry().center().x() - centre.x()) <= 2  # scrolling leaves it centred
    choose(window, "actionAddActor")
    click(window, QPointF(100.0, 100.0))  # through the hint: it lets clicks pass
    assert len(window.controller.document.actors) == 1
    assert not hint.isVisible()
    window.view.cancel_rename()
    window.controller.undo_stack.undo()
    assert hint.isVisible()
    window.controller.set_document(window.controller.document.model_validate(
        __import__("app.model.templates", fromlist=["x"]).from_template("generic").model_dump()))
    assert not hint.isVisible()


def test_guide_starts_with_getting_started(qtbot):
    from app.ui.help import GuideDialog

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    start = text.index("Getting started")
    assert start < text.index("1. The service map")
    for phrase in ("Add Actor", "Add Phase", "▭ Activity", "Ctrl+Shift+8", "press I",
                   "Partnership", "Findings"):
        assert phrase in text[start:text.index("1. The service map")], phrase
