"""What if this were gone? — from the map's context menu: the consequences are tinted on the
map and listed in a panel, and the document is not edited."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from canvas_support import box_center, click, click_entry, header_center, open_window, press, vp_point

from app.model import dumps
from tests.dialogs import when_shown


def right_click_and_choose(qtbot, widget, point: QPoint, action_name: str) -> list[str]:
    """Right-click ``widget`` at ``point`` and click an entry of the menu; the entries' names."""
    seen: list[str] = []

    def choose(menu) -> None:
        seen.extend(a.objectName() for a in menu.actions())
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        click_entry(menu, action)

    shown = when_shown(QMenu, choose)
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)  # what the platform sends after a right click
    qtbot.waitUntil(lambda: bool(seen) or "error" in shown)
    assert "error" not in shown, shown.get("error")
    return seen


def on_map(qtbot, window, scene_pos, action_name: str) -> list[str]:
    return right_click_and_choose(qtbot, window.view.viewport(), vp_point(window, scene_pos),
                                  action_name)


def test_what_if_an_actor_were_gone_tints_and_lists_without_editing(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    before = dumps(window.controller.document)
    count = window.controller.undo_stack.count()
    entries = on_map(qtbot, window, header_center(window, "a-cafe"), "actionWhatIf")
    assert "actionDelete" in entries
    panel = window.whatif_panel
    assert window.whatif_dock.isVisible()
    assert panel.title.text().startswith("What if \u201cCaféen på havnen\u201d (actor)")
    headings = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert headings[0].startswith("Flows lost (8)")
    tinted = panel.tinted_ids()
    assert {"a-cafe", "s-cafe", "f-15"} <= tinted
    assert dumps(window.controller.document) == before
    assert window.controller.undo_stack.count() == count
    assert window.scene.item_of("f-15").graphicsEffect() is not None


def test_an_edit_clears_the_stale_answer_and_its_tint(qtbot):
    window = open_window(qtbot, "aalborg-aktiv")
    on_map(qtbot, window, box_center(window, "s-match"), "actionWhatIf")
    panel = window.whatif_panel
    assert "s-match" in panel.tinted_ids()
    click(window, box_center(window, "s-afklaring"))
    press(window, "actionToggleCoProduced")
    assert panel.tinted_ids() == set() and panel.tree.topLevelItemCount() == 0
    assert panel.title.text() == "The map has changed; ask again."
    assert window.scene.item_of("s-match").graphicsEffect() is None


def test_findings_and_partnership_panels_offer_it_for_what_they_selected(qtbot):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, "aalborg-aktiv")
    action = window.findChild(type(window.actions_by_key["delete"]), "actionWhatIf")
    for panel in (window.findings_panel, window.partnership_panel):
        assert action in panel.actions()
        assert panel.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.controller.set_selection(["as-system"])  # as the Partnership panel does on a click
    window.findChild(QDockWidget, "partnershipPanel").raise_()
    panel = window.partnership_panel
    qtbot.waitUntil(panel.isVisible)
    right_click_and_choose(qtbot, panel, panel.rect().center(), "actionWhatIf")
    assert window.whatif_panel.title.text().startswith("What if \u201cFælles borgeroverblik\u201d (asset)")
    assert {"f-12", "f-22"} <= window.whatif_panel.tinted_ids()
