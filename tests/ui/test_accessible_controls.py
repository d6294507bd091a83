"""Every control a screen reader reaches has a name (or a label that names it); findings say
their severity and title, not a code; the partnership sections are keyboard stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from app.ui.connect_dialog import ConnectDialog
from app.ui.findings_panel import FINDING_ROLE

from canvas_support import open_window

NAME = QAccessible.Text.Name


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(NAME)


def labelled(widget: QWidget) -> bool:
    iface = QAccessible.queryAccessibleInterface(widget)
    return bool(iface.relations(QAccessible.Relation.Label))


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets Tab stops at, in focus-chain order."""
    stops, widget = [], root
    for _ in range(20000):
        widget = widget.nextInFocusChain()
        if widget is root:
            break
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled() and root.isAncestorOf(widget)):
            stops.append(widget)
    return stops


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {w.parentWidget().objectName()!r}"
            for w in widgets if not accessible_name(w).strip() and not labelled(w)]


def test_every_tab_stop_of_the_window_is_named(qtbot):
    window = open_window(qtbot)
    window.findings_panel.refresh()
    stops = tab_stops(window)
    names = [accessible_name(w) for w in stops]
    assert "Findings" in names and "Find text" not in names  # the find bar is hidden
    assert unnamed(stops) == []


def test_partnership_tables_and_questions_are_named(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    panel = window.partnership_panel
    tables = {s.objectName(): accessible_name(s.table) for s in panel._tables()}
    assert tables == {"responsibilitiesSection": "Responsibilities", "resourcesSection": "Resources",
                      "complementaritiesSection": "How resources complement each other",
                      "assetsSection": "Relational-specific assets",
                      "routinesSection": "Knowledge-sharing routines",
                      "reflectionsSection": "Reflection log"}
    assert accessible_name(panel.answers["why"]).startswith("Why are we collaborating")
    assert labelled(panel.chooser)


def test_colour_field_find_clear_button_and_rename_editor_are_named(qtbot):
    window = open_window(qtbot)
    window.controller.show(["a-municipality"])
    colour = window.properties.findChild(QLineEdit, "prop_color")
    assert accessible_name(colour) == "Colour"
    window.find_bar.activate()
    QTest.keyClicks(window.find_bar.edit, "x")
    clear = [b for b in window.find_bar.edit.findChildren(QAbstractButton) if b.isVisible()]
    assert clear and all(accessible_name(b) == "Clear find text" for b in clear)
    window.find_bar.close_bar()
    window.controller.show(["s-need"])
    window.view.rename_selected()
    assert accessible_name(window.view.inline_editor) == "Activity title"


def test_connect_dialog_combo_boxes_are_labelled(qtbot):
    window = open_window(qtbot)
    dialog = ConnectDialog(window.controller.document, window)
    qtbot.addWidget(dialog)
    for combo in dialog.findChildren(QComboBox):
        iface = QAccessible.queryAccessibleInterface(combo)
        labels = [r[0].text(NAME) for r in iface.relations(QAccessible.Relation.Label)]
        assert labels, combo.objectName()
    source = QAccessible.queryAccessibleInterface(dialog.source)
    assert [r[0].text(NAME) for r in source.relations(QAccessible.Relation.Label)] == ["From:"]


def test_findings_say_severity_and_title_not_the_code(qtbot):
    window = open_window(qtbot)
    panel = window.findings_panel
    panel.refresh()
    model = panel.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Finding"
    descriptions = []
    for g in range(model.rowCount()):
        group = model.item(g)
        for r in range(group.rowCount()):
            item = group.child(r)
            if item.data(FINDING_ROLE) is not None:
                descriptions.append(item.accessibleDescription())
    assert descriptions
    assert all(d.startswith(("Warning: ", "Information: ")) for d in descriptions)
    codes = {f.code for f in panel.findings}
    assert not any(code in d for d in descriptions for code in codes)


def test_tab_reaches_partnership_sections_and_enter_or_space_opens_them(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    panel = window.partnership_panel
    window.findChild(QWidget, "partnershipPanel").raise_()
    panel.members.setFocus()
    headers = panel.section_keys.headers()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is headers[1]  # "Effective governance"
    assert panel.toolbox.currentIndex() == 0
    QTest.keyClick(headers[1], Qt.Key.Key_Return)
    assert panel.toolbox.currentIndex() == 1
    headers[5].setFocus()
    QTest.keyClick(headers[5], Qt.Key.Key_Space)
    assert panel.toolbox.currentIndex() == 5
    assert accessible_name(headers[5]).startswith("Guiding questions")


def test_every_finding_code_has_a_title():
    from app.analysis.findings import CODES
    from app.ui.findings_panel import TITLES

    assert set(TITLES) == set(CODES)
