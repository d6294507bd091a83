"""The main window (placeholder until the canvas lands)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.model import DocumentError, load

from .controller import DocumentController


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.controller = DocumentController(parent=self)
        self._label = QLabel(self)
        self.setCentralWidget(self._label)
        self.controller.document_replaced.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        doc = self.controller.document
        self._label.setText(f"{doc.meta.title}: {len(doc.activities)} activities")
        self.setWindowTitle(f"{doc.meta.title} – OppSpace")

    def open_path(self, path) -> bool:
        try:
            doc = load(path)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return False
        self.controller.set_document(doc, Path(path))
        return True

    def save_to(self, path) -> bool:
        try:
            self.controller.save(path)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        return True
