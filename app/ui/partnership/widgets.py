"""Small widgets the panel's pages share: an explanation line, text fields that write as the
user types, and a table with Add / Remove buttons."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDataWidgetMapper, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSizePolicy, QTableView, QVBoxLayout, QWidget)

from .delegates import FieldDelegate
from .table_models import TARGET_ROLE, PartnershipTableModel
from ..controller import DocumentController


def explanation(text: str, object_name: str = "") -> QLabel:
    """A one-line (wrapping) explanation in a quieter colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(object_name or "sectionExplanation")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def text_field(lines: int, placeholder: str = "") -> QLineEdit | QPlainTextEdit:
    """A line edit (one line) or a plain-text edit about ``lines`` lines high."""
    if lines <= 1:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 10
    edit.setFixedHeight(height)
    return edit


def map_live(mapper: QDataWidgetMapper, widget: QWidget, column: int) -> None:
    """Map ``widget`` to ``column``; write each keystroke or choice at once (typing in one
    field merges into one undo step)."""
    mapper.addMapping(widget, column)
    delegate = mapper.itemDelegate()
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: delegate.commitData.emit(widget))
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(lambda: delegate.commitData.emit(widget))
    elif isinstance(widget, QComboBox):
        widget.activated.connect(lambda _i: delegate.commitData.emit(widget))


class EditingTable(QTableView):
    """A table where one click (or typing) starts editing a cell and a choice cell opens its
    list at once; Tab moves to the next cell (Qt's own tab navigation between editors)."""

    def __init__(self) -> None:
        super().__init__()
        self.open_popup = False  #: the next choice editor was asked for by a click

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """After the click (which may show the cell's actor on the map), edit the cell."""
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and index.isValid()
                and self.state() != QAbstractItemView.State.EditingState):
            self.open_popup = True
            self.edit(index)
            self.open_popup = False

    def start_editing(self, index: QModelIndex, popup: bool = True) -> None:
        """Make ``index`` current and open its editor (a choice with its list open)."""
        self.setCurrentIndex(index)
        self.open_popup = popup
        self.edit(index)
        self.open_popup = False


class TableSection(QWidget):
    """A table over one partnership list, with Add and Remove buttons under it."""

    def __init__(self, model: PartnershipTableModel, controller: DocumentController,
                 name: str, stretch: int, widths: dict[int, int] | None = None) -> None:
        super().__init__()
        self.model = model
        self.controller = controller
        self.setObjectName(f"{name}Section")
        self.table = EditingTable()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(model)
        self.table.setItemDelegate(FieldDelegate(self.table))
        self._setup_table(stretch, widths or {})
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"{name}Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.clicked.connect(self._show_target)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        controller.changed.connect(self.update_buttons)
        self.update_buttons()

    def _setup_table(self, stretch: int, widths: dict[int, int]) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)  # + one click
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setMinimumHeight(120)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        for column, width in widths.items():
            table.setColumnWidth(column, width)

    def make_roomy(self) -> None:
        """For the workspace: text wraps in its cells and rows grow to show it whole; choice
        and date columns take their content's width, text columns share the rest."""
        table = self.table
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = table.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            fitted = spec.kind in ("choice", "date")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if fitted
                                        else QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.verticalHeader().geometriesChanged.connect(self._fit_height)
        table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_height())
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (no empty band, no scrolling inside the page)."""
        table = self.table
        rows = table.verticalHeader().length() or table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
        table.setFixedHeight(height)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def add_row(self) -> None:
        item = self.model.new_item()
        if item is not None and self.model.add(item):
            row = self.model.rowCount() - 1
            if hasattr(self.model, "view_row"):
                row = self.model.view_row(len(self.model.items()) - 1)
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            index = self.model.index(row, self.model.first_to_choose(row))
            self.table.setFocus()
            self.table.start_editing(index)  # the first thing to choose, list open

    def remove_selected(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def update_buttons(self, *_args) -> None:
        has_part = self.model.list_path() is not None
        self.add_button.setEnabled(has_part and self.model.new_item() is not None)
        self.remove_button.setEnabled(has_part and bool(self.selected_rows()))

    def _show_target(self, index: QModelIndex) -> None:
        ids = index.data(TARGET_ROLE)
        if ids:
            self.controller.show(list(ids))
