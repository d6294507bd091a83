"""Editors for table cells and form fields: combo boxes for choices, a checkable list for sets
of actors or resources, a date editor for dates. Choices come from the model (CHOICES_ROLE), so
the editors always offer what the document holds now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QRect, Qt,
                            QTimer)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QStyledItemDelegate,
                               QStyleOptionViewItem, QWidget)

from .table_models import CHOICES_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex
DATE_FORMAT = "yyyy-MM-dd"


def make_combo(choices: list[tuple[str, str]], parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in choices:
        combo.addItem(text, value)
    return combo


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class CheckList(QListWidget):
    """A checkable list of choices; ``values()`` are the checked ones in list order."""

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str]) -> None:
        self.blockSignals(True)
        current = self.currentRow()
        self.clear()
        for value, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked
                               else Qt.CheckState.Unchecked)
        if 0 <= current < self.count():
            self.setCurrentRow(current)
        self.blockSignals(False)

    def values(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class FieldDelegate(QStyledItemDelegate):
    """One delegate for every table: the editor follows the cell's KIND_ROLE.

    Choices and checks are written at once (each one undoable step); text when the editor
    closes or Enter is pressed.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(KIND_ROLE)
        if kind == "choice":
            combo = make_combo(index.data(CHOICES_ROLE), parent)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            if getattr(self.parent(), "open_popup", False):  # clicked: show the list at once
                QTimer.singleShot(0, combo, combo.showPopup)
            return combo
        if kind == "multi":
            checks = CheckList(parent)
            checks.set_choices(index.data(CHOICES_ROLE) or [], [])
            checks.itemChanged.connect(lambda _item, c=checks: self.commitData.emit(c))
            return checks
        if kind == "date":
            return make_date_edit(parent)
        return super().createEditor(parent, option, index)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        set_editor_value(editor, index.data(Qt.ItemDataRole.EditRole), index.data(CHOICES_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor_value(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        """A checklist needs room for several lines: let it drop below its cell."""
        if isinstance(editor, CheckList):
            editor.setGeometry(checklist_rect(editor, option.rect))
            editor.raise_()
        else:
            super().updateEditorGeometry(editor, option, index)


def checklist_rect(editor: "CheckList", cell: QRect) -> QRect:
    """Room for every entry (up to ~10), starting at the cell, kept inside the table."""
    frame = 2 * editor.frameWidth()
    rows = max(1, min(editor.count(), 10))
    height = editor.sizeHintForRow(0) * rows + frame + 2
    width = max(cell.width(), editor.sizeHintForColumn(0) + frame + 8)
    rect = QRect(cell.left(), cell.top(), width, height)
    area = editor.parentWidget().rect() if editor.parentWidget() is not None else rect
    rect.setWidth(min(rect.width(), area.width()))
    if rect.right() > area.right():
        rect.moveRight(area.right())
    if rect.bottom() > area.bottom():
        rect.moveBottom(area.bottom())
    return rect


def set_editor_value(editor: QWidget, value: Any, choices: Any = None) -> None:
    """Show ``value`` in ``editor`` without emitting its change signals, and without resetting
    the text of a field the user is typing in (it would jump the cursor)."""
    editor.blockSignals(True)
    try:
        if isinstance(editor, CheckList):
            editor.set_choices(choices or [], list(value or []))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value or ""))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(value or "", DATE_FORMAT))
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            if editor.text() != (value or ""):
                editor.setText(value or "")
    finally:
        editor.blockSignals(False)


def editor_value(editor: QWidget) -> Any:
    if isinstance(editor, CheckList):
        return editor.values()
    if isinstance(editor, QComboBox):
        return editor.currentData() or ""
    if isinstance(editor, QDateEdit):
        return editor.date().toString(DATE_FORMAT)
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return None


class FormDelegate(QStyledItemDelegate):
    """The delegate of the form's QDataWidgetMapper: same value conversions as the tables."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        set_editor_value(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor_value(editor), Qt.ItemDataRole.EditRole)
