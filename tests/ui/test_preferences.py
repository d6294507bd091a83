"""Preferences: stored in QSettings, read back typed and validated, edited in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.preferences import Preferences, PreferencesDialog, settings


@pytest.fixture(autouse=True)
def _fresh_settings(qapp):
    """Qt caches the settings file per process, whatever HOME says; start each test empty."""
    settings().clear()
    yield
    settings().clear()


def _shown(qtbot) -> PreferencesDialog:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _button(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton):
    return dialog.findChild(QDialogButtonBox).button(which)


def test_defaults_when_nothing_is_stored(qapp):
    prefs = Preferences()
    assert prefs.language is None  # follow the system
    assert prefs.snap_to_grid is True
    assert prefs.grid_size == 10
    assert prefs.paper == "A4"
    assert prefs.recent_limit == 8


def test_damaged_settings_fall_back_instead_of_failing(qapp):
    store = settings()
    store.setValue("ui/language", "klingon")
    store.setValue("canvas/grid_size", "wide")
    store.setValue("canvas/snap_to_grid", "false")
    store.setValue("export/paper", "Letter")
    store.setValue("files/recent_limit", 10_000)
    prefs = Preferences()
    assert prefs.language is None
    assert prefs.grid_size == 10
    assert prefs.snap_to_grid is False
    assert prefs.paper == "A4"
    assert prefs.recent_limit == 30


def test_ok_stores_what_the_user_chose_and_it_survives_a_new_reader(qtbot):
    dialog = _shown(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findText("Dansk"))
    qtbot.keyClick(dialog.snap, Qt.Key.Key_Space)  # off
    assert not dialog.grid.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findText("A3"))
    dialog.recent.setValue(3)
    with qtbot.waitSignal(dialog.preferences_changed):
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    prefs = Preferences(settings())
    assert (prefs.language, prefs.snap_to_grid, prefs.paper, prefs.recent_limit) == ("da", False, "A3", 3)


def test_cancel_changes_nothing(qtbot):
    Preferences().update(language="fi", grid_size=20)
    dialog = _shown(qtbot)
    assert dialog.language.currentData() == "fi" and dialog.grid.value() == 20
    dialog.language.setCurrentIndex(0)
    dialog.grid.setValue(50)
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert Preferences().language == "fi" and Preferences().grid_size == 20


def test_restore_defaults_then_ok_returns_to_the_system_language(qtbot):
    Preferences().update(language="da", paper="A3", recent_limit=2)
    dialog = _shown(qtbot)
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.RestoreDefaults), Qt.MouseButton.LeftButton)
    assert dialog.language.currentText() == "System language"
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    prefs = Preferences()
    assert (prefs.language, prefs.paper, prefs.recent_limit) == (None, "A4", 8)


def test_the_dialog_can_be_used_from_the_keyboard(qtbot):
    dialog = _shown(qtbot)
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # System -> English
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # -> Dansk
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &paper buddy
    assert dialog.paper.hasFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Return)
    assert Preferences().language == "da" and Preferences().paper == "A3"
