"""The list beside a comparison: one line per difference; a click selects the element on the
canvas, Esc or *Stop comparing* ends the comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from app.model.change_text import Names, describe_change
from app.model.diff import Change

ID_ROLE = Qt.ItemDataRole.UserRole


class ComparePanel(QWidget):
    """Shows a comparison's changes; emits which element to show and when to stop."""

    #: an element's id was clicked in the list
    element_chosen = Signal(str)
    #: the user asked to stop comparing (button or Esc)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanelWidget")
        self.title = QLabel()
        self.title.setObjectName("compareTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("compareList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # a wrapped line is told from the next one
        self.list.setSpacing(1)
        self.list.setAccessibleName(self.tr("Differences"))
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.stop = QPushButton(self.tr("&Stop comparing"))
        self.stop.setObjectName("compareStop")
        self.stop.clicked.connect(self.stop_requested)
        legend = QLabel(self.tr("<span style='color:#2E9E44'>■</span> added &nbsp; "
                                "<span style='color:#E07B00'>■</span> changed &nbsp; "
                                "<span style='color:#7A7A7A'>■</span> removed (ghost)"))
        legend.setObjectName("compareLegend")
        row = QHBoxLayout()
        row.addWidget(legend, 1)
        row.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_changes(self, label: str, changes: list[Change], names: Names) -> None:
        self.list.clear()
        self.title.setText(self.tr("Differences from %1: %2").replace("%1", label)
                           .replace("%2", str(len(changes))) if changes else
                           self.tr("No differences from %1.").replace("%1", label))
        for change in changes:
            item = QListWidgetItem(describe_change(change, names))
            item.setData(ID_ROLE, change.id)
            self.list.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        obj_id = item.data(ID_ROLE)
        if obj_id:
            self.element_chosen.emit(obj_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)
