"""Editing the partnership tables in few steps (issue 16): one click starts editing and opens a
choice's list, typing starts editing, Tab goes to the next cell, and a new row says what still
needs choosing instead of silently filling in a guess."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView

from app.model.templates import from_template
from app.ui.controller import DocumentController
from app.ui.partnership_panel import PartnershipPanel


@pytest.fixture
def panel(qtbot):
    controller = DocumentController(from_template("aalborg-aktiv"))
    widget = PartnershipPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 880)
    widget.show()
    widget.toolbox.setCurrentIndex(2)  # Complementary resources & capabilities
    return widget


def cell_point(table: QTableView, row: int, column: int):
    return table.visualRect(table.model().index(row, column)).center()


def click_cell(qtbot, table: QTableView, row: int, column: int) -> None:
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(table, row, column))


def editor_at(table: QTableView, row: int, column: int):
    return table.indexWidget(table.model().index(row, column))


def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Click the entry ``text`` in the combo's open list."""
    view = combo.view()
    row = combo.findText(text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_one_click_opens_the_owner_list_and_a_second_click_picks(qtbot, panel):
    table = panel.resources.table
    click_cell(qtbot, table, 0, 0)
    combo = editor_at(table, 0, 0)
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list is open at once
    pick(qtbot, combo, "Botilbud")
    assert panel.controller.document.partnerships[0].resources[0].owner == "a-botilbud"


def test_typing_starts_editing_and_tab_goes_to_the_next_cell(qtbot, panel):
    table = panel.resources.table
    click_cell(qtbot, table, 0, 1)  # the resource's name: a text editor opens
    editor = editor_at(table, 0, 1)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Shared calendar")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(editor_at(table, 0, 2), QComboBox))  # Nature, next cell
    assert panel.controller.document.partnerships[0].resources[0].name == "Shared calendar"
    QTest.keyClick(editor_at(table, 0, 2), Qt.Key.Key_Escape)
    table.setCurrentIndex(table.model().index(1, 3))
    table.setFocus()
    QTest.keyClick(table, "W")  # typing on a cell starts editing it …
    editor = editor_at(table, 1, 3)
    QTest.keyClicks(QApplication.focusWidget(), "eekly")  # … and the keys go on into it
    assert isinstance(editor, QLineEdit) and editor.text() == "Weekly"


def test_a_new_resource_shows_what_needs_choosing_until_chosen(qtbot, panel):
    section, table = panel.resources, panel.resources.table
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    row = table.model().rowCount() - 1
    model = table.model()
    assert model.index(row, 0).data() == "choose…"  # owner
    assert model.index(row, 2).data() == "choose…"  # nature
    assert "click to choose" in model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "“Intangible”" in model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)  # the guess
    combo = editor_at(table, row, 0)  # the owner's list opened by itself
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    pick(qtbot, combo, "Caféen på havnen")
    assert model.index(row, 0).data() == "Caféen på havnen"
    assert model.index(row, 2).data() == "choose…"
    click_cell(qtbot, table, row, 2)
    combo = editor_at(table, row, 2)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    pick(qtbot, combo, "Intangible")  # the guess, chosen on purpose: no longer "choose…"
    assert model.index(row, 2).data() == "Intangible"


def test_a_new_complementarity_asks_for_its_interdependence(qtbot, panel):
    section, table = panel.complementarities, panel.complementarities.table
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(table.focusWidget() or table, Qt.Key.Key_Escape)
    row = table.model().rowCount() - 1
    assert table.model().index(row, 1).data() == "choose…"


# -- the partnership workspace ----------------------------------------------------------------
def test_the_workspace_tab_shows_names_cells_and_headers_whole_at_1440x900(qtbot):
    from PySide6.QtGui import QFontMetrics

    from canvas_support import choose, open_window

    window = open_window(qtbot, "aalborg-aktiv")
    window.resize(1440, 900)
    choose(window, "actionPartnershipWorkspace")
    workspace = window.workspace
    assert window.central_tabs.currentWidget().isAncestorOf(workspace)
    chooser = workspace.chooser
    assert chooser.width() > QFontMetrics(chooser.font()).horizontalAdvance(chooser.currentText())
    for index, table in ((2, workspace.resources.table), (2, workspace.complementarities.table),
                         (3, workspace.assets.table), (4, workspace.routines.table)):
        workspace.toolbox.setCurrentIndex(index)
        QApplication.processEvents()
        model, metrics = table.model(), QFontMetrics(table.font())
        header = table.horizontalHeader()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
            for row in range(model.rowCount()):
                text = model.index(row, column).data() or ""
                rect = table.visualRect(model.index(row, column)).adjusted(3, 0, -3, 0)
                needed = metrics.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
                assert needed.height() <= rect.height() + 1, (title, text)  # wrapped, not elided
    window.focus_canvas()
    assert window.central_tabs.currentIndex() == 0  # the map comes back for the canvas


def test_the_dock_opens_the_same_partnership_in_the_workspace(qtbot):
    from canvas_support import open_window

    window = open_window(qtbot, "aalborg-aktiv")
    link = window.partnership_panel.findChild(type(window.partnership_panel.newPartnership_button),
                                              "openWorkspace")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.central_tabs.currentWidget().isAncestorOf(window.workspace)
    assert window.workspace.current().id == window.partnership_panel.current().id


def test_the_dock_shows_the_partnerships_whole_name_at_1440x900(qtbot):
    """The dock is narrow: its New/Rename/Delete buttons sit under the chooser, so the chooser
    has room for the name (it showed "Aalborg A" beside them)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QDockWidget

    from canvas_support import open_window

    window = open_window(qtbot, "aalborg-aktiv")
    window.resize(1440, 900)
    dock = window.findChild(QDockWidget, "partnershipPanel")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.partnership_panel.chooser.isVisible())
    chooser = window.partnership_panel.chooser
    assert chooser.currentText() == "Aalborg Aktiv"
    room = chooser.width() - 30  # less the drop-down arrow
    assert room > QFontMetrics(chooser.font()).horizontalAdvance(chooser.currentText())
    new = window.partnership_panel.newPartnership_button
    assert new.isVisible()
    assert new.mapTo(window, QPoint(0, 0)).y() > chooser.mapTo(window, QPoint(0, 0)).y()  # below
