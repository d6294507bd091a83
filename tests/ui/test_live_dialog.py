"""The Share Live dialog refuses what cannot work where the user can fix it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.ui.live.dialog import ShareLiveDialog


def test_a_wrong_address_is_named_in_the_dialog_and_a_good_one_accepted(qtbot):
    dialog = ShareLiveDialog("", "")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.mouseClick(dialog.join, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.join.height() // 2))
    assert dialog.join.isChecked()
    assert dialog.url.isEnabled() and not dialog.port.isEnabled()
    qtbot.keyClicks(dialog.name, "Anna")
    qtbot.keyClicks(dialog.url, "http://192.168.1.20/workshop")
    dialog.accept()
    assert dialog.isVisible() and "not a room address" in dialog.problem.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "ws://192.168.1.20:8765/workshop")
    qtbot.keyClicks(dialog.token, "abc")
    dialog.accept()
    assert not dialog.isVisible()
    choice = dialog.choice()
    assert (choice.host, choice.name, choice.url, choice.token) == (
        False, "Anna", "ws://192.168.1.20:8765/workshop", "abc")


def test_a_name_is_needed(qtbot):
    dialog = ShareLiveDialog("", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text()
