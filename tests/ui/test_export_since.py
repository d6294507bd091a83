"""The export dialog's "Changes since" option, through the main window."""

from __future__ import annotations

import pypdf
from canvas_support import choose, open_window
from PySide6.QtWidgets import QMessageBox

from app.model import dumps, edits, save
from app.ui import export_dialog


def test_the_dialog_offers_changes_since_for_pdf_only(qtbot, tmp_path):
    dialog = export_dialog.ExportDialog(None, "pdf", "map", tmp_path)
    qtbot.addWidget(dialog)
    old = tmp_path / "old.oppspace"
    old.write_text("{}", encoding="utf-8")
    dialog.since.setText(str(old))
    assert dialog.options()["since"] == old
    png = export_dialog.ExportDialog(None, "png", "map", tmp_path)
    qtbot.addWidget(png)
    assert png.since.isHidden() and png.options()["since"] is None


def test_export_pdf_with_changes_since_an_older_copy(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, "aalborg-aktiv")
    old = tmp_path / "last-meeting.oppspace"
    save(window.controller.document, old)
    act = window.controller.document.activities[0]
    window.controller.execute("Rename", lambda d: edits.update(d, act.id, title="Ny visitation"))
    out = tmp_path / "map.pdf"
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(
        lambda *args: {"path": out, "format": "pdf", "paper": "A4", "portrait": False,
                       "report": False, "since": old, "language": "en"}))
    choose(window, "actionExportPdf")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Changes since" in text and "Ny visitation" in text


def test_a_broken_older_copy_is_a_clear_message_and_nothing_is_written(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    calls = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: calls.append(args))
    broken = tmp_path / "old.oppspace"
    broken.write_text("{", encoding="utf-8")
    before = dumps(window.controller.document)
    assert not window.export_to(tmp_path / "map.pdf", "pdf", since=broken)
    assert len(calls) == 1 and "old.oppspace" in calls[0][2]
    assert not (tmp_path / "map.pdf").exists() and dumps(window.controller.document) == before
