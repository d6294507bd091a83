"""Workshop mode (View > Workshop, F11; Esc leaves): the partnership meeting itself.

The map fills the screen in large type; beside it the selected partnership's four guiding
questions one at a time, each with a large field that writes into that question's answer, and
a last step that adds today's reflection entry with each member's local adaptation. Every
keystroke is an ordinary undoable edit; leaving restores the window exactly as it was.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QProgressBar, QPushButton, QScrollArea, QSpinBox, QStackedWidget,
                               QVBoxLayout, QWidget)

from app import wording
from app.model import Reflection, edits

from .controller import DocumentController
from .partnership.local_notes import LocalNotesEditor

SCALE = 1.6  # workshop type and map zoom, against the normal font and 100 %
REFLECTION_FIELDS = ("works_locally", "works_for_citizens", "to_improve")


class WorkshopPanel(QWidget):
    """The questions one at a time, then today's reflection; large type throughout."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.setObjectName("workshopPanel")
        self.controller = controller
        self.partnership_id: str | None = None
        self.step = 0
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self.title = QLabel()
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("workshopProgress")
        self.progress.setRange(0, len(wording.QUESTIONS) + 1)
        self.progress.setFormat(self.tr("Step %v of %m"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._reflection_page())
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("workshopBack")
        self.back.clicked.connect(self.previous_step)
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("workshopNext")
        self.next.clicked.connect(self.next_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._timer_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        controller.changed.connect(lambda _change: self._sync())

    def _question_page(self) -> QWidget:
        self.question = QLabel()
        self.question.setObjectName("workshopQuestion")
        self.question.setWordWrap(True)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("workshopAnswer")
        self.answer.setTabChangesFocus(True)
        self.answer.textChanged.connect(self._write_answer)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.answer, 1)
        return page

    def _reflection_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reflection_title = QLabel()
        self.reflection_title.setWordWrap(True)
        self.start = QPushButton(self.tr("Add today's reflection entry"))
        self.start.setObjectName("workshopStartReflection")
        self.start.clicked.connect(self._add_entry)
        layout.addWidget(self.reflection_title)
        layout.addWidget(self.start)
        questions = (self.tr("What works for us locally?"), self.tr("What works for the citizens?"),
                     self.tr("What needs to be improved?"))
        self.fields: dict[str, QPlainTextEdit] = {}
        inner = QWidget()
        fields = QVBoxLayout(inner)
        for name, question in zip(REFLECTION_FIELDS, questions):
            edit = QPlainTextEdit()
            edit.setObjectName(f"workshop_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
            edit.textChanged.connect(lambda n=name, e=edit: self._write_reflection(n, e.toPlainText()))
            fields.addWidget(QLabel(question))
            fields.addWidget(edit)
            self.fields[name] = edit
        self.local = LocalNotesEditor(self.controller, lines=3)
        self.local.rebuilt.connect(self._show_member)
        fields.addWidget(self.local)
        fields.addLayout(self._member_row())
        fields.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        return page

    def _member_row(self) -> QVBoxLayout:
        """Each member's local adaptation in turn: one at a time, with its own Back/Next."""
        self.member = 0
        self.member_label = QLabel()
        self.member_label.setObjectName("workshopMemberTurn")
        self.member_back = QPushButton(self.tr("Previous member"))
        self.member_back.setObjectName("workshopMemberBack")
        self.member_back.clicked.connect(lambda: self.turn_to(self.member - 1))
        self.member_next = QPushButton(self.tr("Next member"))
        self.member_next.setObjectName("workshopMemberNext")
        self.member_next.clicked.connect(lambda: self.turn_to(self.member + 1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.member_back)
        buttons.addStretch(1)
        buttons.addWidget(self.member_next)
        column = QVBoxLayout()  # the label on its own line: long names fit at 1280x720
        column.addWidget(self.member_label)
        column.addLayout(buttons)
        return column

    def turn_to(self, member: int) -> None:
        self.member = member
        self._show_member()
        actors = list(self.local.fields)
        if actors:
            self.local.fields[actors[self.member]].setFocus()

    def _show_member(self) -> None:
        actors = list(self.local.fields)
        self.member = max(0, min(self.member, len(actors) - 1))
        self.local.show_only(actors[self.member] if actors else None)
        for widget in (self.member_label, self.member_back, self.member_next):
            widget.setVisible(bool(actors))
        if actors:
            self.member_label.setText(self.tr("Member %1 of %2").replace(
                "%1", str(self.member + 1)).replace("%2", str(len(actors))))
            self.member_back.setEnabled(self.member > 0)
            self.member_next.setEnabled(self.member < len(actors) - 1)

    def _timer_row(self) -> QHBoxLayout:
        self.timer_on = QCheckBox(self.tr("Timer"))
        self.timer_on.setObjectName("workshopTimerOn")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("workshopMinutes")
        self.minutes.setRange(1, 120)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.clock = QLabel()
        self.clock.setObjectName("workshopClock")
        self.left = 0
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.timer_on.toggled.connect(self._restart_timer)
        row = QHBoxLayout()
        row.addWidget(self.timer_on)
        row.addWidget(self.minutes)
        row.addWidget(self.clock, 1)
        return row

    # -- steps ------------------------------------------------------------------------------
    def start_on(self, partnership_id: str | None) -> None:
        self.partnership_id = partnership_id
        self.show_step(0)

    def _part(self):
        doc = self.controller.document
        return doc.partnership(self.partnership_id) if self.partnership_id else None

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(wording.QUESTIONS)))
        self.progress.setValue(self.step + 1)
        self.back.setEnabled(self.step > 0)
        self.next.setEnabled(self.step < len(wording.QUESTIONS))
        self.pages.setCurrentIndex(0 if self.step < len(wording.QUESTIONS) else 1)
        self._sync()
        self._restart_timer()
        target = self.answer if self.step < len(wording.QUESTIONS) else self.start
        target.setFocus()

    def next_step(self) -> None:
        self.show_step(self.step + 1)

    def previous_step(self) -> None:
        self.show_step(self.step - 1)

    def _sync(self) -> None:
        """Show the document as it is now (after typing, undo, or others' edits)."""
        part = self._part()
        if part is None:
            self.title.setText(self.tr("Add a partnership first (Partnership panel)."))
            self.pages.setEnabled(False)
            return
        self.pages.setEnabled(True)
        self.title.setText(self.tr("Workshop: %s") % part.name)
        if self.step < len(wording.QUESTIONS):
            key, question = wording.QUESTIONS[self.step]
            self.question.setText(wording.shown(question))
            _set_text(self.answer, getattr(part.questions, key))
            return
        today = date.today().isoformat()
        self.reflection_title.setText(self.tr("Reflection, %s") % today)
        entry = self._today(part)
        self.start.setVisible(entry is None)
        for name, edit in self.fields.items():
            edit.setEnabled(entry is not None)
            _set_text(edit, getattr(part.reflections[entry], name) if entry is not None else "")
        self.local.show_entry(self.partnership_id, entry)

    @staticmethod
    def _today(part) -> int | None:
        today = date.today().isoformat()
        return next((i for i in range(len(part.reflections) - 1, -1, -1)
                     if part.reflections[i].date == today), None)

    # -- edits ------------------------------------------------------------------------------
    def _write_answer(self) -> None:
        part = self._part()
        if part is None or self.step >= len(wording.QUESTIONS):
            return
        key, text = wording.QUESTIONS[self.step][0], self.answer.toPlainText()
        if getattr(part.questions, key) == text:
            return
        path = ("partnerships", self.controller.document.path_of(part.id)[1], "questions")
        self.controller.execute(self.tr("Answer guiding question"),
                                lambda d: edits.update_at(d, path, **{key: text}),
                                merge_key=("workshop", part.id, key))

    def _add_entry(self) -> None:
        part = self._part()
        if part is None:
            return
        path = ("partnerships", self.controller.document.path_of(part.id)[1], "reflections")
        self.controller.execute(self.tr("Add reflection"), lambda d: edits.add(
            d, path, Reflection(date=date.today().isoformat())))
        self.fields["works_locally"].setFocus()

    def _write_reflection(self, name: str, text: str) -> None:
        part = self._part()
        entry = self._today(part) if part is not None else None
        if entry is None or getattr(part.reflections[entry], name) == text:
            return
        path = ("partnerships", self.controller.document.path_of(part.id)[1], "reflections", entry)
        self.controller.execute(self.tr("Edit reflection"),
                                lambda d: edits.update_at(d, path, **{name: text}),
                                merge_key=("workshop", part.id, entry, name))

    # -- timer ------------------------------------------------------------------------------
    def _restart_timer(self, *_args) -> None:
        self.ticker.stop()
        self.clock.setStyleSheet("")
        if not self.timer_on.isChecked():
            self.clock.clear()
            return
        self.left = self.minutes.value() * 60
        self._show_time()
        self.ticker.start()

    def _tick(self) -> None:
        self.left = max(0, self.left - 1)
        self._show_time()
        if self.left == 0:
            self.ticker.stop()

    def _show_time(self) -> None:
        if self.left:
            self.clock.setText(f"{self.left // 60}:{self.left % 60:02d}")
        else:
            self.clock.setText(self.tr("Time is up"))
            self.clock.setStyleSheet("color: #D62728; font-weight: bold;")


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` without writing it back, and keep the cursor where the user types."""
    if edit.toPlainText() == text:
        return
    edit.blockSignals(True)
    edit.setPlainText(text)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.blockSignals(False)
