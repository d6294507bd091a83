"""Find on the map: a bar that searches titles, names and flow texts as the user types.

All matches are selected (so the canvas highlights them); the current one is centred. Matching
ignores case and accents, and lets a plain "o"/"ae"/"a" find "ø"/"æ"/"å", since people often
type without the Nordic keys (e.g. on a borrowed laptop).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.model import Change, Document

from .controller import DocumentController

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d",
                          "þ": "th", "ł": "l", "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents: "Ålborg Kør" -> "alborg kor"."""
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_LETTERS)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def search(doc: Document, text: str) -> list[str]:
    """Ids whose texts contain ``text``, in reading order: phases, then lane by lane, then flows."""
    needle = fold(text.strip())
    if not needle:
        return []

    def hit(*texts: str) -> bool:
        return any(needle in fold(t) for t in texts if t)

    found = [p.id for p in doc.phases if hit(p.name)]
    for actor in doc.actors:
        if hit(actor.name):
            found.append(actor.id)
        lane = sorted((a for a in doc.activities if a.actor == actor.id), key=lambda a: (a.x, a.y))
        found.extend(a.id for a in lane if hit(a.title, a.description))
    found.extend(f.id for f in doc.flows if hit(f.what, f.when, f.form))
    return found


class FindBar(QWidget):
    """Type to find; Enter/F3 next, Shift+Enter/Shift+F3 previous, Esc clears and hides."""

    #: the matches or the current one changed: (current index from 0, or -1; number of matches)
    matches_changed = Signal(int, int)
    #: the bar was closed with Esc or its close button; the window gives focus back to the canvas
    closed = Signal()
    #: the current match's id ("" when there is none): the canvas marks it apart from the rest
    current_changed = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find"))
        self.controller = controller
        self.matches: list[str] = []
        self.current = -1
        self._build()
        controller.changed.connect(self._document_changed)
        controller.document_replaced.connect(self._document_replaced)
        self.hide()

    def _build(self) -> None:
        self.edit = QLineEdit(self, objectName="findEdit")
        self.edit.setPlaceholderText(self.tr("Find activities, actors, phases and flows"))
        self.edit.setAccessibleName(self.tr("Find text"))
        self.edit.setClearButtonEnabled(True)
        for button in self.edit.findChildren(QToolButton):  # the clear button Qt adds
            button.setAccessibleName(self.tr("Clear find text"))
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self.count = QLabel(self, objectName="findCount")
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)
        self.previous_button = self._button("findPrevious", self.tr("Previous match (Shift+F3)"),
                                            Qt.ArrowType.UpArrow, self.find_previous)
        self.next_button = self._button("findNext", self.tr("Next match (F3)"),
                                        Qt.ArrowType.DownArrow, self.find_next)
        close = QToolButton(self, objectName="findClose", text="×", autoRaise=True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find bar"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for widget in (self.previous_button, self.next_button, close):
            layout.addWidget(widget)

    def _button(self, name: str, tip: str, arrow: Qt.ArrowType, slot) -> QToolButton:
        button = QToolButton(self, objectName=name, autoRaise=True)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- public ----------------------------------------------------------------------------
    def activate(self) -> None:
        """Show the bar with the cursor in the text (what Ctrl+F does); select what was typed."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._refresh(keep=self._current_id())

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def close_bar(self) -> None:
        """Clear the search and its highlight, hide, and hand focus back."""
        self.edit.clear()
        if self.controller.selection:
            self.controller.set_selection([])
        self.current_changed.emit("")
        self.hide()
        self.closed.emit()

    # -- searching -------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._refresh(keep=None)

    def _refresh(self, keep: str | None) -> None:
        """Search again; select every match and centre the current one."""
        self.matches = search(self.controller.document, self.edit.text())
        self.current = self.matches.index(keep) if keep in self.matches else (0 if self.matches else -1)
        self._show_current()

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.activate()
        if not self.matches:
            self._refresh(keep=None)
        if self.matches:
            self.current = (self.current + delta) % len(self.matches)
            self._show_current()

    def _show_current(self) -> None:
        if self.matches:
            self.controller.show([self.matches[self.current]])
            self.controller.set_selection(self.matches)
        elif self.edit.text().strip() and self.controller.selection:
            self.controller.set_selection([])
        self.current_changed.emit(self._current_id() or "")
        self._update_count()

    def _current_id(self) -> str | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def _update_count(self) -> None:
        total = len(self.matches)
        if not self.edit.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        else:
            text = self.tr("{current} of {total}").format(current=self.current + 1, total=total)
        self.count.setText(text)
        self.count.setAccessibleDescription(text)
        self.edit.setProperty("noMatches", bool(self.edit.text().strip()) and total == 0)
        self.matches_changed.emit(self.current, total)

    # -- following the document ------------------------------------------------------------
    def _document_changed(self, _change: Change) -> None:
        """Recount after an edit without touching the user's selection."""
        if not self.isVisible() or not self.edit.text().strip():
            return
        keep = self._current_id()
        self.matches = search(self.controller.document, self.edit.text())
        self.current = self.matches.index(keep) if keep in self.matches else min(self.current, len(self.matches) - 1)
        self._update_count()

    def _document_replaced(self) -> None:
        self.matches, self.current = [], -1
        if self.isVisible() and self.edit.text().strip():
            self._refresh(keep=None)

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            action = self._key_action(event)  # type: ignore[arg-type]
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent):
        """The bar's own keys win over window shortcuts while the text has focus."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.find_previous if shift else self.find_next
        if event.matches(QKeySequence.StandardKey.FindNext):
            return self.find_next
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            return self.find_previous
        if key == Qt.Key.Key_Escape:
            return self.close_bar
        return None
