"""The partnership panel (Table 1's four components); filled in by the partnership work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .controller import DocumentController


class PartnershipPanel(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Partnerships")))
