"""The palette: drag a new activity from here onto a lane."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from .canvas import MIME_ACTIVITY


class PaletteButton(QToolButton):
    """A button that starts a drag carrying "a new activity"; clicking picks the add tool."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setObjectName("paletteActivity")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._press: QPoint | None = None

    @staticmethod
    def mime() -> QMimeData:
        data = QMimeData()
        data.setData(MIME_ACTIVITY, b"activity")
        return data

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() \
                >= QApplication.startDragDistance():
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(self.mime())
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


def dark_palette() -> "QPalette":
    """A dark window palette (OPPSPACE_DARK=1), for checking the editor under a dark theme.

    The canvas keeps its own explicit light paper and ink, so maps read the same either way.
    """
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {role.Window: "#2B2B2B", role.WindowText: "#E6E6E6", role.Base: "#1E1E1E",
              role.AlternateBase: "#323232", role.Text: "#E6E6E6", role.Button: "#353535",
              role.ButtonText: "#E6E6E6", role.ToolTipBase: "#3C3C3C", role.ToolTipText: "#F0F0F0",
              role.Highlight: "#3D7BD9", role.HighlightedText: "#FFFFFF", role.Link: "#8AB4F8",
              role.PlaceholderText: "#9A9A9A", role.BrightText: "#FF6B6B"}
    for name, value in colors.items():
        palette.setColor(name, QColor(value))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7A7A7A"))
    return palette


def apply_dark_palette(app: "QApplication") -> None:
    """Use the Fusion style with :func:`dark_palette` (the native style may ignore palettes)."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
