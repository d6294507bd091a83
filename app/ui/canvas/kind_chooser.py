"""The kind chooser beside a lane's name while it is typed: a new lane gets its kind at once.

While the user types "Borger" the chooser shows *citizen* (the guess of
:func:`app.model.kinds.guess_kind`); picking another kind (with the mouse, or ↑/↓ in the name
editor) keeps that one. Enter commits name and kind as one step. The chooser takes no keyboard
focus, so typing stays in the name.
"""

from __future__ import annotations

from typing import get_args

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.model.document import ActorKind
from app.model.kinds import guess_kind
from app.wording import kind_label

KINDS: tuple[str, ...] = get_args(ActorKind)


class KindChooser(QComboBox):
    """A lane's kind, following the typed name until the user picks one."""

    # the user picked a kind (the name editor takes the focus back)
    picked = Signal()

    def __init__(self, parent: QWidget, kind: str) -> None:
        super().__init__(parent)
        self.setObjectName("laneKindChooser")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for value in KINDS:
            self.addItem(kind_label(value), value)
        self.setCurrentIndex(max(0, self.findData(kind)))
        # still guessing from the name: a lane of kind "other" that the user did not set
        self.guessing = kind == "other"
        self.setToolTip(self.tr("The lane's kind, guessed from its name; choose another here, "
                                "or with ↑ and ↓ while you type the name"))
        self.setAccessibleName(self.tr("Lane kind"))
        self.activated.connect(self._chosen)

    def follow(self, name: str) -> None:
        """Show the kind ``name`` suggests (unless the user chose one)."""
        if self.guessing:
            self.setCurrentIndex(max(0, self.findData(guess_kind(name) or "other")))

    def step(self, delta: int) -> None:
        """The previous (-1) or next (+1) kind, from the keyboard: the user's choice."""
        self.setCurrentIndex((self.currentIndex() + delta) % self.count())
        self.guessing = False

    def kind(self) -> str:
        return str(self.currentData())

    def _chosen(self, _index: int) -> None:
        self.guessing = False
        self.picked.emit()
