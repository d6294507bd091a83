"""The message when a file cannot be opened: plain words first, the technical reason behind
the "Show Details…" button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.model import DocumentError, NotAMapError


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenError", text)


def open_error_box(parent: QWidget, path: Path, exc: DocumentError, at_start: bool) -> QMessageBox:
    """The warning for ``exc``; ``at_start`` (a file named on the command line) does not speak
    of a "current map", since the user has not seen one yet."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Cannot open the map"), "",
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openError")
    reason = str(exc).removeprefix(f"{path}: ")
    if isinstance(exc, NotAMapError):
        box.setText(_tr("This is not an OppSpace map (%1).").replace("%1", path.name))
        box.setDetailedText(f"{path}\n{reason}")
    else:
        box.setText(_tr("%1 could not be opened: %2").replace("%1", path.name).replace("%2", reason))
        box.setDetailedText(str(path))
    box.setInformativeText(_tr("OppSpace starts with the generic map instead.") if at_start
                           else _tr("The map you had open is unchanged."))
    return box
