"""The reflection log page: the dated entries (newest first) and, under them, the selected
entry's three answers in roomy multi-line fields."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDataWidgetMapper, QFormLayout, QWidget

from .delegates import FormDelegate, make_date_edit
from .lists import ReflectionsModel
from .local_notes import LocalNotesEditor
from .widgets import TableSection, map_live, text_field


class ReflectionEditor(QWidget):
    """Edits the reflection selected in ``section``'s table through a QDataWidgetMapper."""

    def __init__(self, section: TableSection) -> None:
        super().__init__()
        self.setObjectName("reflectionEditor")
        self.section = section
        self.model: ReflectionsModel = section.model  # type: ignore[assignment]
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(self.model)
        self.mapper.setItemDelegate(FormDelegate(self.mapper))
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.date = make_date_edit()
        self.date.setObjectName("reflectionDate")
        self.fields = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addRow(self.tr("Date"), self.date)
        self.mapper.addMapping(self.date, 0)
        self.date.editingFinished.connect(lambda: self.mapper.itemDelegate().commitData.emit(self.date))
        questions = (self.tr("What works for us locally?"), self.tr("What works for the citizens?"),
                     self.tr("What needs to be improved?"))
        for column, name in enumerate(("works_locally", "works_for_citizens", "to_improve"), 1):
            edit = text_field(3)
            edit.setObjectName(f"reflection_{name}")
            map_live(self.mapper, edit, column)
            self.fields[name] = edit
            layout.addRow(questions[column - 1], edit)
        self.local = LocalNotesEditor(section.controller)
        layout.addRow(self.local)
        self._current_doc_row: int | None = None
        section.table.selectionModel().currentRowChanged.connect(self._follow)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._follow()

    def _follow(self, *_args) -> None:
        index = self.section.table.currentIndex()
        if index.isValid():
            self.mapper.setCurrentIndex(index.row())
            self._current_doc_row = self.model.doc_row(index.row())
            self.local.show_entry(self.model.partnership_id, self._current_doc_row)
        else:  # nothing to edit: show today, not QDateEdit's 2000-01-01, and empty answers
            self.mapper.setCurrentIndex(-1)
            self.date.setDate(QDate.currentDate())
            for edit in self.fields.values():
                edit.clear()
            self.local.show_entry(None, None)
        self.setEnabled(index.isValid())

    def _remember(self) -> None:
        index = self.section.table.currentIndex()
        self._current_doc_row = self.model.doc_row(index.row()) if index.isValid() else None

    def _restore(self) -> None:
        """After the log is re-sorted (a date changed, an entry added), keep editing the same
        entry, or the newest one."""
        rows = self.model.rowCount()
        row = 0
        doc_row = self._current_doc_row
        if doc_row is not None and doc_row < len(self.model.items()):
            row = self.model.view_row(doc_row)
        if rows:
            self.section.table.selectRow(row)
            self.section.table.setCurrentIndex(self.model.index(row, 0))
        self._follow()
