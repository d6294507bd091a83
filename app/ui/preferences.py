"""User preferences: stored with QSettings, read through :class:`Preferences`, edited in a dialog.

Other code reads ``Preferences().language``, ``.snap_to_grid``, ``.grid_size``, ``.paper`` and
``.recent_limit``; values that are missing or damaged in the settings file fall back to the
defaults, so a hand-edited settings file can never stop the editor from starting.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QSpinBox, QVBoxLayout, QWidget)

from app.i18n import LANGUAGES
from app.model.files import private_file, private_folder

ORGANIZATION = "OppSpace"
APPLICATION = "OppSpace"
PAPERS = ("A4", "A3")
GRID_RANGE = (2, 200)
RECENT_RANGE = (0, 30)
DEFAULTS: dict[str, object] = {
    "ui/language": "",  # "" follows the system
    "canvas/snap_to_grid": True,
    "canvas/grid_size": 10,
    "export/paper": "A4",
    "files/recent_limit": 8,
}


def settings() -> QSettings:
    """The application's settings store (the same one main window geometry and recent files use).

    It lists the paths of recent maps, which may name a citizen's case, so where it is a file
    of ours (Linux and other Unix but macOS, whose own preferences service writes it) its
    folder is 0700 and the file 0600 before Qt writes it; Qt keeps the mode when it rewrites."""
    store = QSettings(ORGANIZATION, APPLICATION)
    if os.name == "posix" and sys.platform != "darwin":
        path = Path(store.fileName())
        try:
            private_folder(path.parent)
            private_file(path)
        except OSError:
            pass  # a read-only or foreign folder: Qt reports what it cannot write itself
    return store


class Preferences:
    """Typed, validated access to the stored preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else settings()

    # -- reading ---------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """"en", "da", "fi", or None to follow the system's language."""
        value = str(self._store.value("ui/language", "") or "").strip().lower()
        return value if value in LANGUAGES else None

    @property
    def snap_to_grid(self) -> bool:
        value = self._store.value("canvas/snap_to_grid", True)
        if isinstance(value, str):
            return value.strip().lower() not in {"false", "0", "no", "off"}
        return bool(value)

    @property
    def grid_size(self) -> int:
        return self._int("canvas/grid_size", GRID_RANGE)

    @property
    def paper(self) -> str:
        value = str(self._store.value("export/paper", "A4") or "").upper()
        return value if value in PAPERS else "A4"

    @property
    def recent_limit(self) -> int:
        return self._int("files/recent_limit", RECENT_RANGE)

    def _int(self, key: str, limits: tuple[int, int]) -> int:
        try:
            value = int(str(self._store.value(key, DEFAULTS[key])))
        except (TypeError, ValueError):
            return int(DEFAULTS[key])  # type: ignore[call-overload]
        return max(limits[0], min(limits[1], value))

    # -- writing ---------------------------------------------------------------------------
    def update(self, *, language: str | None = None, snap_to_grid: bool | None = None,
               grid_size: int | None = None, paper: str | None = None,
               recent_limit: int | None = None, follow_system: bool = False) -> None:
        """Store the given values (``follow_system=True`` clears the language override)."""
        if follow_system:
            self._store.setValue("ui/language", "")
        elif language is not None:
            self._store.setValue("ui/language", language if language in LANGUAGES else "")
        if snap_to_grid is not None:
            self._store.setValue("canvas/snap_to_grid", bool(snap_to_grid))
        if grid_size is not None:
            self._store.setValue("canvas/grid_size", max(GRID_RANGE[0], min(GRID_RANGE[1], grid_size)))
        if paper is not None and paper in PAPERS:
            self._store.setValue("export/paper", paper)
        if recent_limit is not None:
            self._store.setValue("files/recent_limit",
                                 max(RECENT_RANGE[0], min(RECENT_RANGE[1], recent_limit)))
        self._store.sync()


class PreferencesDialog(QDialog):
    """Edit the preferences; OK stores them, Cancel leaves them as they were."""

    #: the preferences were stored (after OK); the main window applies grid and recent-file changes
    preferences_changed = Signal()

    def __init__(self, parent: QWidget | None = None, prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs or Preferences()
        self._build()
        self._load()

    def _build(self) -> None:
        self.language = QComboBox(self, objectName="languageCombo")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():  # each language in its own name
            self.language.addItem(name, code)
        self.language_note = QLabel(self.tr("A new language is used the next time OppSpace starts."), self)
        self.language_note.setWordWrap(True)
        self.snap = QCheckBox(self.tr("&Snap boxes to a grid"), self, objectName="snapCheck")
        self.grid = QSpinBox(self, objectName="gridSpin", minimum=GRID_RANGE[0], maximum=GRID_RANGE[1])
        self.grid.setSuffix(self.tr(" pt"))
        self.snap.toggled.connect(self.grid.setEnabled)
        self.paper = QComboBox(self, objectName="paperCombo")
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.recent = QSpinBox(self, objectName="recentSpin", minimum=RECENT_RANGE[0], maximum=RECENT_RANGE[1])
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.snap)
        form.addRow(self.tr("&Grid size:"), self.grid)
        form.addRow(self.tr("Default &paper size:"), self.paper)
        form.addRow(self.tr("&Recent files to remember:"), self.recent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _load(self) -> None:
        self._select(self.language, self.prefs.language or "")
        self.snap.setChecked(self.prefs.snap_to_grid)
        self.grid.setEnabled(self.snap.isChecked())
        self.grid.setValue(self.prefs.grid_size)
        self._select(self.paper, self.prefs.paper)
        self.recent.setValue(self.prefs.recent_limit)

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def restore_defaults(self) -> None:
        """Put the default values in the form (stored only on OK)."""
        self._select(self.language, str(DEFAULTS["ui/language"]))
        self.snap.setChecked(bool(DEFAULTS["canvas/snap_to_grid"]))
        self.grid.setValue(int(DEFAULTS["canvas/grid_size"]))  # type: ignore[call-overload]
        self._select(self.paper, str(DEFAULTS["export/paper"]))
        self.recent.setValue(int(DEFAULTS["files/recent_limit"]))  # type: ignore[call-overload]

    def accept(self) -> None:
        language = self.language.currentData()
        self.prefs.update(language=language or None, follow_system=not language,
                          snap_to_grid=self.snap.isChecked(), grid_size=self.grid.value(),
                          paper=self.paper.currentData(), recent_limit=self.recent.value())
        self.preferences_changed.emit()
        super().accept()


def show_preferences(parent: QWidget | None = None) -> bool:
    """Show the dialog modally; True when the user stored new preferences."""
    dialog = PreferencesDialog(parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
