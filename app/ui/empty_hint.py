"""A short, centred hint over an empty map (no lanes yet), so a new user knows where to start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QGraphicsView, QLabel

from .canvas.items import LegendItem
from .controller import DocumentController

MAX_WIDTH = 460  # the hint's width on a wide canvas
GAP = 16  # between the hint and the legend


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
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._follow)
        if hasattr(view, "zoom_changed"):
            view.zoom_changed.connect(self._follow)
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
        """Centre the hint in the viewport, above the legend (never over it): below it when
        there is no room above."""
        area = self.view.viewport().geometry()
        width = min(MAX_WIDTH, max(200, area.width() - 40))
        height = self.heightForWidth(width)
        top = area.center().y() - height // 2
        legend = self._legend_rect()
        if legend is not None and top + height + GAP > legend.top() and top < legend.bottom() + GAP:
            above = legend.top() - GAP - height
            top = above if above >= area.top() else legend.bottom() + GAP
        self.setGeometry(area.center().x() - width // 2, top, width, height)

    def _legend_rect(self) -> QRect | None:
        """Where the map's legend is, in this widget's parent's coordinates."""
        scene = self.view.scene()
        legend = next((i for i in scene.items() if isinstance(i, LegendItem)), None) if scene else None
        if legend is None:
            return None
        rect = self.view.mapFromScene(legend.sceneBoundingRect()).boundingRect()
        return rect.translated(self.view.viewport().pos())

    def _follow(self, *_: object) -> None:
        """The view scrolled or zoomed: the legend moved, so may the hint."""
        if not self.isHidden():
            self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self.place()
        return False
