"""Helpers for driving the editor like a user: real mouse events on the canvas viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from app.model import dumps
from app.model.templates import from_template
from app.ui.main_window import MainWindow
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


def trigger(window: MainWindow, name: str) -> None:
    from PySide6.QtGui import QAction

    window.findChild(QAction, name).trigger()


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
