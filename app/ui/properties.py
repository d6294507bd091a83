"""The properties panel: edits whatever is selected (activity, actor, flow, phase), or the
document's description when nothing is. Each edit is one undoable command; typing into the
same field merges into one step."""

from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QColorDialog, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from app import wording
from app.model import Change, Document, edits

from . import undo_text
from .controller import DocumentController

COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  #: BCP 47-like: da, en-GB, nb-NO
LANGUAGES = (("en", "English"), ("da", "Dansk"), ("fi", "Suomi"), ("sv", "Svenska"),
             ("nb", "Norsk bokmål"), ("de", "Deutsch"))  #: each shown in its own language
INVALID_STYLE = "#{name} {{ border: 2px solid #C62828; border-radius: 3px; }}"
Choices = Callable[[Document], list[tuple[str, Any]]]


class Binding:
    """One widget bound to one model field: ``load`` shows the value, edits call ``commit``."""

    def __init__(self, field: str, widget: QWidget, load: Callable[[Any], None]) -> None:
        self.field, self.widget, self.load = field, widget, load


class Form(QWidget):
    """Fields of one kind of object. ``obj_id`` None means the document's meta."""

    def __init__(self, controller: DocumentController, title: str) -> None:
        super().__init__()
        self.controller = controller
        self.obj_id: str | None = None
        self._bindings: list[Binding] = []
        self._loading = False
        self._typing: tuple[object | None, Any] = (None, None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(f"<b>{title}</b>")
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)

    # -- model access -------------------------------------------------------------------------
    def target(self) -> Any:
        doc = self.controller.document
        return doc.meta if self.obj_id is None else doc.find(self.obj_id)

    def commit(self, field: str, value: Any, merge: bool = False) -> None:
        if self._loading or self.target() is None:
            return
        obj_id = self.obj_id
        if obj_id is None:
            edit = lambda d: edits.update_at(d, ("meta",), **{field: value})  # noqa: E731
        elif field == "kind" and self.controller.document.actor(obj_id) is not None:
            edit = lambda d: edits.set_actor_kind(d, obj_id, value)  # noqa: E731
        else:
            edit = lambda d: edits.update(d, obj_id, **{field: value})  # noqa: E731
        key = ("properties", obj_id, field) if merge else None
        label = (undo_text.field_change(self.controller.document, obj_id, field, value,
                                        self._value_before(key, field))
                 or self.tr("Edit %s") % field.replace("_", " "))
        self.controller.execute(label, edit, key)

    def _value_before(self, key: object | None, field: str) -> Any:
        """The field's value before the run of typing that this keystroke continues (the
        steps merge into one, named from the first value to the last)."""
        stack = self.controller.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if key is None or getattr(top, "merge_key", None) != key or self._typing[0] != key:
            self._typing = (key, getattr(self.target(), field, None))
        return self._typing[1]

    def load(self) -> None:
        """Show the model's values; fields already showing them are left alone (cursor kept)."""
        obj = self.target()
        if obj is None:
            return
        self._loading = True
        try:
            for binding in self._bindings:
                binding.load(obj)
        finally:
            self._loading = False

    # -- field builders -----------------------------------------------------------------------
    def text(self, label: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"prop_{field}")
        edit.textEdited.connect(lambda value: self.commit(field, value, merge=True))

        def load(obj: Any) -> None:
            value = getattr(obj, field)
            if edit.text() != value:
                edit.setText(value)
        self._add(label, Binding(field, edit, load))
        return edit

    def multiline(self, label: str, field: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"prop_{field}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(90)
        edit.textChanged.connect(lambda: self.commit(field, edit.toPlainText(), merge=True))

        def load(obj: Any) -> None:
            value = getattr(obj, field)
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        self._add(label, Binding(field, edit, load))
        return edit

    def check(self, label: str, field: str) -> QCheckBox:
        box = QCheckBox()
        box.setObjectName(f"prop_{field}")
        box.toggled.connect(lambda value: self.commit(field, bool(value)))
        self._add(label, Binding(field, box, lambda obj: box.setChecked(getattr(obj, field))))
        return box

    def combo(self, label: str, field: str, choices: Choices) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"prop_{field}")
        combo.activated.connect(lambda index: self.commit(field, combo.itemData(index)))

        def load(obj: Any) -> None:
            combo.clear()
            for text, value in choices(self.controller.document):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(getattr(obj, field))))
        self._add(label, Binding(field, combo, load))
        return combo

    def number(self, label: str, field: str, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(f"prop_{field}")
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.valueChanged.connect(lambda value: self.commit(field, float(value), merge=True))
        self._add(label, Binding(field, spin, lambda obj: spin.setValue(getattr(obj, field))))
        return spin

    def color(self, label: str, field: str) -> QLineEdit:
        """A #RRGGBB field with a picker; a value that is not a colour is flagged, not applied."""
        edit = QLineEdit()
        edit.setObjectName(f"prop_{field}")
        edit.setAccessibleName(label)  # the label names the row, not the field inside it
        edit.setPlaceholderText("#RRGGBB")
        button = QPushButton(self.tr("Choose…"))
        button.setObjectName(f"prop_{field}_choose")
        button.setToolTip(self.tr("Pick the lane colour from a colour dialog"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        self.form.addRow(label, row)
        problem = self.problem_label(field)

        def check(value: str, say: bool = False) -> None:
            bad = value.strip() and not COLOR_RE.match(value.strip())
            self.flag(edit, problem, self.tr("{value} is not a colour; use #RRGGBB, e.g. #4C78A8")
                      .format(value=value.strip()) if bad else None, say)
            if not bad and value.strip():
                self.commit(field, value.strip().upper(), merge=True)

        def choose() -> None:
            chosen = QColorDialog.getColor(QColor(edit.text()), self, self.tr("Lane colour"))
            if chosen.isValid():
                edit.setText(chosen.name().upper())
                check(edit.text())
        edit.textEdited.connect(check)
        edit.editingFinished.connect(lambda: check(edit.text(), say=True))
        button.clicked.connect(choose)

        def load(obj: Any) -> None:
            if edit.text().upper() != getattr(obj, field).upper():
                edit.setText(getattr(obj, field))
                self.flag(edit, problem, None)
        self._bindings.append(Binding(field, edit, load))
        return edit

    def language(self, label: str, field: str) -> QComboBox:
        """An editable list of languages ("da — Dansk"); a typed code must look like BCP 47."""
        combo = QComboBox()
        combo.setObjectName(f"prop_{field}")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in LANGUAGES:
            combo.addItem(f"{code} — {name}", code)
        combo.lineEdit().setPlaceholderText(self.tr("e.g. da, en-GB"))
        combo.lineEdit().setAccessibleName(label)
        self._add(label, Binding(field, combo, lambda obj: show(getattr(obj, field))))
        problem = self.problem_label(field)

        def show(code: str) -> None:
            index = combo.findData(code)
            combo.setCurrentIndex(index)
            if index < 0:
                combo.setEditText(code)
            self.flag(combo, problem, None)

        def apply(text: str) -> None:
            code = text.split("—")[0].strip()
            if code and not LANGUAGE_RE.match(code):
                self.flag(combo, problem, self.tr("{value} is not a language code; use e.g. da, "
                                                  "fi or en-GB").format(value=code), say=True)
                return
            self.flag(combo, problem, None)
            self.commit(field, code)
            if combo.findData(code) >= 0:
                combo.setCurrentIndex(combo.findData(code))
        combo.activated.connect(lambda index: apply(combo.itemText(index)))
        combo.lineEdit().editingFinished.connect(lambda: apply(combo.currentText()))
        return combo

    def _add(self, label: str, binding: Binding) -> None:
        self._bindings.append(binding)
        self.form.addRow(label, binding.widget)

    # -- problems with typed values ---------------------------------------------------------
    def problem_label(self, field: str) -> QLabel:
        """A red line under a field saying what is wrong with what was typed (hidden if nothing)."""
        label = QLabel()
        label.setObjectName(f"prop_{field}_problem")
        label.setWordWrap(True)
        label.setStyleSheet("color: #C62828;")
        self.form.addRow("", label)
        self.form.setRowVisible(label, False)
        return label

    def flag(self, widget: QWidget, label: QLabel, problem: str | None, say: bool = False) -> None:
        """Show ``problem`` with a red frame on ``widget`` and in ``label``; None clears it."""
        widget.setStyleSheet(INVALID_STYLE.format(name=widget.objectName()) if problem else "")
        label.setText(problem or "")
        self.form.setRowVisible(label, bool(problem))
        if problem and say:
            self.controller.message.emit(problem)


def _actors(doc: Document) -> list[tuple[str, Any]]:
    return [(a.name or a.id, a.id) for a in doc.actors]


def _with_none(choices: Choices, none: str) -> Choices:
    return lambda doc: [(none, None)] + choices(doc)


class PropertiesPanel(QWidget):
    """Shows the form for the single selected object, or the document's form."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.forms: dict[str, Form] = {
            "meta": self._meta_form(), "activities": self._activity_form(),
            "actors": self._actor_form(), "flows": self._flow_form(),
            "phases": self._phase_form(), "none": Form(controller, self.tr("Several items selected")),
        }
        for form in self.forms.values():
            self.stack.addWidget(form)
        controller.selection_changed.connect(self.refresh)
        controller.document_replaced.connect(self.refresh)
        controller.changed.connect(self._on_change)
        self.refresh()

    def current(self) -> Form:
        return self.stack.currentWidget()

    def refresh(self, *_: object) -> None:
        ids = self.controller.selection
        doc = self.controller.document
        if not ids:
            key, obj_id = "meta", None
        elif len(ids) == 1 and doc.collection_of(ids[0]) in self.forms:
            key, obj_id = doc.collection_of(ids[0]), ids[0]
        else:
            key, obj_id = "none", None
        form = self.forms[key]
        form.obj_id = obj_id
        self.stack.setCurrentWidget(form)
        if key != "none":
            form.load()

    def _on_change(self, change: Change) -> None:
        form = self.current()
        if form is self.forms["none"]:
            return
        if change.kind != "set" or change.obj_id == form.obj_id or change.path == ("meta",):
            form.load()

    # -- the forms ----------------------------------------------------------------------------
    def _meta_form(self) -> Form:
        form = Form(self.controller, self.tr("Map"))
        form.text(self.tr("Title"), "title")
        form.multiline(self.tr("Description"), "description")
        authors = QLineEdit()
        authors.setObjectName("prop_authors")
        authors.setPlaceholderText(self.tr("Names, separated by commas"))
        authors.textEdited.connect(lambda value: form.commit(
            "authors", [a.strip() for a in value.split(",") if a.strip()], merge=True))

        def load(meta: Any) -> None:
            if [a.strip() for a in authors.text().split(",") if a.strip()] != meta.authors:
                authors.setText(", ".join(meta.authors))
        form._add(self.tr("Authors"), Binding("authors", authors, load))
        form.language(self.tr("Language"), "language")
        return form

    def _activity_form(self) -> Form:
        form = Form(self.controller, self.tr("Activity"))
        form.text(self.tr("Title"), "title")
        form.multiline(self.tr("Description"), "description")
        form.combo(self.tr("Actor (lane)"), "actor", _actors)
        form.combo(self.tr("Phase"), "phase", _with_none(
            lambda doc: [(p.name or p.id, p.id) for p in doc.phases], self.tr("(no phase)")))
        form.check(self.tr("Co-produced with citizens (*)"), "co_produced")
        return form

    def _actor_form(self) -> Form:
        form = Form(self.controller, self.tr("Actor"))
        form.text(self.tr("Name"), "name")
        kinds = [(wording.shown(label), value) for value, label in wording.KIND_CHOICES.items()]
        form.combo(self.tr("Kind"), "kind", lambda doc: kinds)
        form.combo(self.tr("Works for"), "organization", lambda doc: [(self.tr("(itself)"), None)] + [
            (a.name or a.id, a.id) for a in doc.actors if a.id != form.obj_id])
        form.color(self.tr("Colour"), "color")
        form.number(self.tr("Lane height"), "lane_height", 60, 5000)
        return form

    def _flow_form(self) -> Form:
        form = Form(self.controller, self.tr("Flow"))
        ends = QLabel()
        ends.setWordWrap(True)
        ends.setObjectName("prop_ends")
        about = QLabel(self.tr("A process-order arrow says which activity comes next. It "
                               "carries no information: draw an information flow (I) for what "
                               "someone must know."))
        about.setObjectName("prop_sequence_note")
        about.setWordWrap(True)
        info: list[QWidget] = []

        def load(flow: Any) -> None:
            doc = self.controller.document
            name = lambda i: getattr(doc.find(i), "title", None) or getattr(doc.find(i), "name", i)  # noqa: E731
            kind = self.tr("Information") if flow.kind == "information" else self.tr("Process order")
            ends.setText(f"{kind}: {name(flow.source)} → {name(flow.target)}")
            form.form.setRowVisible(about, flow.kind == "sequence")
            for widget in info:
                form.form.setRowVisible(widget, flow.kind == "information")
        form._add(self.tr("From → to"), Binding("ends", ends, load))
        form.form.addRow(about)
        info += [form.text(self.tr("What"), "what"), form.text(self.tr("When"), "when"),
                 form.text(self.tr("Form"), "form")]
        info.append(form.combo(self.tr("Asset"), "asset", _with_none(
            lambda doc: [(a.name or a.id, a.id) for a in doc.all_assets()], self.tr("(none)"))))
        info.append(form.check(self.tr("Personal data"), "personal_data"))
        consent = [(wording.shown(label), value) for value, label in wording.CONSENT.items()]
        info.append(form.combo(self.tr("Consent"), "consent", lambda doc: consent))
        return form

    def _phase_form(self) -> Form:
        form = Form(self.controller, self.tr("Phase"))
        form.text(self.tr("Name"), "name")
        form.number(self.tr("Width"), "width", 80, 5000)
        return form
