"""Learning at two levels (the chapter's Figure 1): under a reflection entry, one field per
member organisation for what it changes in its own routines and information flows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.model import Change, Partnership, edits

from .widgets import explanation, text_field
from ..controller import DocumentController


def note_actors(doc, part: Partnership, entry: int) -> list[str]:
    """Whose notes an entry shows: the member organisations (citizens are no organisation),
    then anyone else with a note in it (a partner who has left since)."""
    members = [m for m in part.members if (a := doc.actor(m)) is not None and a.kind != "citizen"]
    noted = [n.actor for n in part.reflections[entry].local] if entry < len(part.reflections) else []
    return list(dict.fromkeys([*members, *noted]))


class LocalNotesEditor(QWidget):
    """The local adaptations of one reflection entry; each keystroke is an undoable edit
    (typing in one field merges into one step); a blank field removes the note."""

    #: the rows were made anew (row 0 is the explanation, then one row per actor in ``fields``)
    rebuilt = Signal()

    def __init__(self, controller: DocumentController, lines: int = 2) -> None:
        super().__init__()
        self.setObjectName("localNotesEditor")
        self.controller = controller
        self.lines = lines
        self.partnership_id: str | None = None
        self.entry: int | None = None
        self.fields: dict[str, QPlainTextEdit] = {}
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        controller.changed.connect(self._changed)
        controller.document_replaced.connect(self.rebuild)

    def show_entry(self, partnership_id: str | None, entry: int | None) -> None:
        """Edit the notes of reflection ``entry`` (its index in the file) of a partnership."""
        if (partnership_id, entry) != (self.partnership_id, self.entry):
            self.partnership_id, self.entry = partnership_id, entry
            self.rebuild()
        else:
            self._sync()

    def _part(self) -> Partnership | None:
        if self.partnership_id is None or self.entry is None:
            return None
        part = self.controller.document.partnership(self.partnership_id)
        return part if part is not None and self.entry < len(part.reflections) else None

    def rebuild(self) -> None:
        """New rows; the old widgets go later (one of them may be sending the keystroke
        that led here)."""
        while self._layout.rowCount():
            row = self._layout.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.fields = {}
        part = self._part()
        if part is None:
            return
        self._layout.addRow(explanation(self.tr("What each member changes in its own routines "
                                                "and information flows (learning at two "
                                                "levels)")))
        doc = self.controller.document
        for actor_id in note_actors(doc, part, self.entry):
            edit = text_field(self.lines)
            edit.setObjectName(f"local_{actor_id}")
            name = doc.actor(actor_id).name or actor_id
            edit.setAccessibleName(self.tr("Local adaptation of %s") % name)
            edit.setPlaceholderText(self.tr("What %s changes locally") % name)
            edit.setPlainText(self._note(part, actor_id))
            edit.textChanged.connect(lambda a=actor_id, e=edit: self._write(a, e.toPlainText()))
            self.fields[actor_id] = edit
            self._layout.addRow(QLabel(name), edit)
            if self.lines > 1:  # now that it has its parent's font (large in a workshop)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * self.lines
                                    + 2 * edit.frameWidth() + 10)
        self.rebuilt.emit()

    def show_only(self, actor_id: str | None) -> None:
        """Show one actor's row (None: all), for going round the members in turn."""
        for row, shown in enumerate(self.fields, 1):
            self._layout.setRowVisible(row, actor_id is None or shown == actor_id)

    def _note(self, part: Partnership, actor_id: str) -> str:
        return next((n.adaptation for n in part.reflections[self.entry].local
                     if n.actor == actor_id), "")

    def _write(self, actor_id: str, text: str) -> None:
        part = self._part()
        if part is None or self._note(part, actor_id) == text:
            return
        pid, entry = self.partnership_id, self.entry
        self.controller.execute(self.tr("Edit local adaptation"),
                                lambda d: edits.set_local_adaptation(d, pid, entry, actor_id, text),
                                merge_key=("local", pid, entry, actor_id))

    def _changed(self, change: Change) -> None:
        """Follow undo, redo and others' edits: members, entries and the notes themselves."""
        if self.partnership_id is None or change.path[:1] not in (("partnerships",), ("actors",)):
            return
        self._sync(rename=change.path[:1] == ("actors",))

    def _sync(self, rename: bool = False) -> None:
        """Show the document's notes; new rows only when whose notes are shown changed."""
        part = self._part()
        if part is None or rename or \
                note_actors(self.controller.document, part, self.entry) != list(self.fields):
            self.rebuild()
            return
        for actor_id, edit in self.fields.items():
            text = self._note(part, actor_id)
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
