"""A short, centred hint over an empty map (no lanes yet), so a new user knows where to start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsView, QLabel

from .controller import DocumentController

MAX_WIDTH = 460  # the hint's width on a wide canvas


class EmptyMapHint(QLabel):
    """Shown over ``view``'s viewport while the document has no actors; clicks pass through."""

    def __init__(self, view: QGraphicsView, controller: DocumentController) -> None:
        super().__init__(view)  # not the viewport: scrolling the viewport would move its children
        self.setObjectName("emptyMapHint")
        self.view, self.controller = view, controller
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#emptyMapHint { background: rgba(255, 255, 255, 235); "
                           "color: #333; border: 1px solid #B0B7C3; border-radius: 8px; "
                           "padding: 16px; font-size: 11pt; }")
        self.setText(self.tr(
            "<b>This map is empty.</b><br><br>Start with <i>Insert → Add Actor</i> (L) to add "
            "a lane for each organisation, professional and citizen, then click on the map. "
            "Add phases with P and activities with A.<br><br><i>Help → Guide</i> (F1) shows "
            "the first steps."))
        view.viewport().installEventFilter(self)
        controller.document_replaced.connect(self.update_visibility)
        controller.changed.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self, *_: object) -> None:
        """Visible exactly while the map has no lanes."""
        empty = not self.controller.document.actors
        if empty:
            self.place()
        self.setVisible(empty)

    def place(self) -> None:
        """Centre the hint in the viewport."""
        area = self.view.viewport().geometry()
        width = min(MAX_WIDTH, max(200, area.width() - 40))
        height = self.heightForWidth(width)
        self.setGeometry(area.center().x() - width // 2, area.center().y() - height // 2,
                         width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self.place()
        return False
