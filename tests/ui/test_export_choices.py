"""The PDF export dialog: orientation by the map's shape unless chosen, and the report's
language, preset to the map's own (issue 16). Driven through File > Export PDF."""

from __future__ import annotations

import pypdf
from canvas_support import choose, open_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import i18n
from app.i18n import I18N, load_catalog
from app.ui.export_dialog import ExportDialog
from tests.dialogs import when_shown

DANISH = load_catalog(I18N / "oppspace_da.ts")
FINNISH = load_catalog(I18N / "oppspace_fi.ts")


def _pdf(path) -> tuple[str, tuple[int, int]]:
    reader = pypdf.PdfReader(str(path))
    box = reader.pages[0].mediabox
    return (" ".join(p.extract_text() for p in reader.pages),
            (round(float(box.width)), round(float(box.height))))


def _export_with(qtbot, window, path, pick) -> None:
    """File > Export PDF; in the real dialog type the file name, ``pick``, press Export."""
    def act(dialog: ExportDialog) -> None:
        dialog.path_edit.setText(str(path))
        pick(dialog)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    state = when_shown(ExportDialog, act)
    choose(window, "actionExportPdf")
    assert "error" not in state, state.get("error")


def _click(qtbot, radio) -> None:
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def test_a_danish_map_is_reported_in_danish_and_another_language_can_be_chosen(qtbot, tmp_path):
    window = open_window(qtbot, "aalborg-aktiv")  # meta.language "da"; the editor speaks English
    seen = {}

    def keep(dialog: ExportDialog) -> None:
        seen["preset"] = dialog.language.currentText()
        dialog.report.setChecked(True)

    _export_with(qtbot, window, tmp_path / "da.pdf", keep)
    assert seen["preset"] == "Dansk"
    text, _ = _pdf(tmp_path / "da.pdf")
    assert DANISH[("Report", "Need to know")] in text and "Need to know" not in text

    def finnish(dialog: ExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fi"))

    _export_with(qtbot, window, tmp_path / "fi.pdf", finnish)
    text, _ = _pdf(tmp_path / "fi.pdf")
    assert FINNISH[("Report", "Need to know")] in text
    assert i18n.translate("Report", "Need to know") == "Need to know"  # the editor still English


def test_orientation_follows_the_map_unless_chosen(qtbot, tmp_path):
    window = open_window(qtbot, "blank")  # one lane: a wide map

    def automatic(dialog: ExportDialog) -> None:
        _click(qtbot, dialog.automatic)
        seen_auto.append(dialog.automatic.isChecked())

    seen_auto: list[bool] = []
    _export_with(qtbot, window, tmp_path / "auto.pdf", automatic)
    assert seen_auto == [True] and _pdf(tmp_path / "auto.pdf")[1] == (842, 595)
    _export_with(qtbot, window, tmp_path / "tall.pdf", lambda d: _click(qtbot, d.portrait))
    assert _pdf(tmp_path / "tall.pdf")[1] == (595, 842)
    again = ExportDialog(None, "pdf")  # the choice is remembered
    qtbot.addWidget(again)
    assert again.portrait.isChecked() and again.options()["portrait"] is True
