"""The export options dialog: choices come back as export options; the folder is remembered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.export import export
from app.model.templates import from_template
from app.ui.export_dialog import ExportDialog
from tests.dialogs import when_shown


def _click_export(dialog: ExportDialog, qtbot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_pdf_choices_become_export_options_and_are_remembered(qtbot, tmp_path):
    dialog = ExportDialog(None, "pdf", "aalborg")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(tmp_path / "meeting"))
    dialog.paper.setCurrentText("A3")
    qtbot.mouseClick(dialog.portrait, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.portrait.height() // 2))  # on the round indicator
    qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)  # untick the report pages
    _click_export(dialog, qtbot)
    options = dialog.options()
    assert options == {"path": tmp_path / "meeting.pdf", "format": "pdf", "paper": "A3",
                       "portrait": True, "report": False, "since": None, "anonymise": False,
                       "language": "en"}
    path, fmt = options.pop("path"), options.pop("format")
    export(from_template("generic"), path, fmt, **options)
    assert path.read_bytes()[:5] == b"%PDF-"

    again = ExportDialog(None, "pdf", "next")
    qtbot.addWidget(again)
    assert again.path_edit.text() == str(tmp_path / "next.pdf")  # the last folder
    assert again.paper.currentText() == "A3" and again.portrait.isChecked()
    assert not again.report.isChecked()


def test_image_export_hides_paper_choices(qtbot):
    dialog = ExportDialog(None, "svg")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.paper.isVisible() and not dialog.report.isVisible()
    assert dialog.path_edit.text().endswith("map.svg")


def test_missing_folder_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    dialog = ExportDialog(None, "pdf")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.pdf"))
    _click_export(dialog, qtbot)
    assert dialog.result() == 0 and shown and "does not exist" in shown[0]


def test_ask_returns_none_on_cancel(qtbot):
    when_shown(ExportDialog, lambda dialog: dialog.reject())
    assert ExportDialog.ask(None, "png") is None
