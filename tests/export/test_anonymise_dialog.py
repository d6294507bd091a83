"""The export dialog's Anonymise box: ticked, the file written from the editor holds no
citizen's name; the map in the editor keeps them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_anonymise import MAP, NAMES
from test_pdf import text_of

from app.model import loads
from app.ui.export_dialog import ExportDialog
from app.ui.main_window import MainWindow
from tests.dialogs import when_shown


@pytest.mark.parametrize("fmt", ["pdf", "svg"])
def test_ticking_anonymise_in_the_export_dialog(qtbot, tmp_path, fmt):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.undo_stack.setClean())
    window.controller.set_document(loads(json.dumps(MAP)))
    out = tmp_path / f"meeting.{fmt}"

    def fill(dialog) -> None:
        dialog.path_edit.setText(str(out))
        qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(ExportDialog, fill)
    assert window.export_as(fmt)
    text = text_of(out) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert "Citizen" in text and not NAMES.search(text)
    assert window.controller.document.actors[0].name == "Maja Hansen"
