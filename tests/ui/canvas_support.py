"""Helpers for driving the editor like a user: real mouse events on the canvas viewport, menus
chosen with the mouse (`choose`) and shortcuts pressed on the keyboard (`press`)."""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from app.model import dumps
from app.model.templates import from_template
from app.ui.main_window import MainWindow
from bench.generate import make_lanes_map
from tests.dialogs import when_shown

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def open_window(qtbot, template: str = "generic") -> MainWindow:
    window = MainWindow()
    # closing at teardown must not stop at the unsaved-changes question
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.undo_stack.setClean())
    window.controller.set_document(from_template(template))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.view.setFocus()
    window.view.zoom_fit()
    return window


def lanes_window(qtbot, zoom: float) -> MainWindow:
    """A shown window on a generated 200-activity lanes map with its findings, at ``zoom``."""
    window = open_window(qtbot)
    with qtbot.waitSignal(window.findings_panel.findings_changed, timeout=20000):
        window.controller.set_document(make_lanes_map(200, seed=5))
    window.resize(1200, 800)
    window.view.set_zoom(zoom)
    qtbot.wait(50)
    return window


def vp_point(window: MainWindow, scene_pos: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_pos)


def click(window: MainWindow, scene_pos: QPointF, modifiers=NONE) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, modifiers, vp_point(window, scene_pos))


def double_click(window: MainWindow, scene_pos: QPointF) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NONE, vp_point(window, scene_pos))


def drag(window: MainWindow, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    viewport = window.view.viewport()
    a, b = vp_point(window, start), vp_point(window, end)
    QTest.mousePress(viewport, LEFT, NONE, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(viewport, LEFT, NONE, b)


def box_center(window: MainWindow, act_id: str) -> QPointF:
    return window.scene.activities[act_id].box().center()


def header_center(window: MainWindow, actor_id: str) -> QPointF:
    return window.scene.lanes[actor_id].header().center()


def lane_point(window: MainWindow, actor_id: str, phase_id: str, dy: float = 0.0) -> QPointF:
    """The middle of the cell where a lane meets a phase column."""
    lane = window.scene.layout.lane_by_actor[actor_id]
    column = next(c for c in window.scene.layout.columns if c.phase_id == phase_id)
    return QPointF(column.left + column.width / 2, lane.top + lane.height / 2 + dy)


def undo_all_redo_all(window: MainWindow, before: str) -> str:
    """Undo every step (must give ``before`` back exactly), then redo them all."""
    stack = window.controller.undo_stack
    after = dumps(window.controller.document)
    count = stack.index()
    for _ in range(count):
        stack.undo()
    assert dumps(window.controller.document) == before
    for _ in range(count):
        stack.redo()
    assert dumps(window.controller.document) == after
    return after


def menu_path(window: MainWindow, action: QAction) -> list[QAction]:
    """The menu-bar entries a user opens to reach ``action``, ending with the action itself."""

    def walk(menu: QMenu, trail: list[QAction]) -> list[QAction] | None:
        for entry in menu.actions():
            if entry is action:
                return [*trail, entry]
            if entry.menu() is not None:
                found = walk(entry.menu(), [*trail, entry])
                if found:
                    return found
        return None

    for top in window.menuBar().actions():
        found = walk(top.menu(), [top]) if top.menu() is not None else None
        if found:
            return found
    raise AssertionError(f"{action.objectName() or action.text()!r} is in no menu")


def choose(window: MainWindow, name: str | QAction) -> None:
    """Choose a menu entry with the mouse: click its menu's title, then each entry down to it.

    A modal dialog the entry opens blocks in the last click, so drive it with ``when_shown``
    before calling this."""
    action = name if isinstance(name, QAction) else window.findChild(QAction, name)
    assert action is not None, name
    path = menu_path(window, action)
    bar = window.menuBar()
    QTest.mouseClick(bar, LEFT, NONE, bar.actionGeometry(path[0]).center())
    for parent, entry in zip(path, path[1:]):
        menu = parent.menu()
        _wait_for(menu.isVisible)
        assert entry.isEnabled() and entry.isVisible(), f"{entry.text()!r} cannot be chosen"
        click_entry(menu, entry)


def click_entry(menu: QMenu, entry: QAction) -> None:
    """Move the mouse onto a menu entry and click it."""
    target = menu.actionGeometry(entry).center()
    for dx in range(8):  # a menu ignores a release where the mouse has not yet moved
        QTest.mouseMove(menu, target + QPoint(dx - 4, 0))
    QTest.mouseClick(menu, LEFT, NONE, target)


def press(window: MainWindow, name: str | QAction) -> None:
    """Press an action's shortcut keys where the keyboard focus is (the canvas if nowhere)."""
    action = name if isinstance(name, QAction) else window.findChild(QAction, name)
    assert action is not None and not action.shortcut().isEmpty(), name
    if not window.isActiveWindow():  # shortcuts reach the active window only
        window.activateWindow()
        _wait_for(window.isActiveWindow)
    target = window.focusWidget() or window.view.viewport()
    QTest.keySequence(target, action.shortcut())


def _wait_for(condition, timeout_ms: int = 5000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        assert not deadline.hasExpired(), "waited in vain"
        QTest.qWait(10)


def answer_box(button_text: str, seen: list[str]) -> None:
    """When a message box appears, note its text and press ``button_text``."""
    from PySide6.QtWidgets import QMessageBox

    def press(box) -> None:
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {box.text()!r}")
    when_shown(QMessageBox, press)
