"""*Merge From…*: the conflicts of a merge one by one, with both values; the user picks OURS
or THEIRS for each before anything is applied. Dangling references the merge had to drop are
shown too, for information."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from app.model.change_text import Names, describe_conflict, field_word, subject, value_text
from app.model.merge import Conflict


class MergeDialog(QDialog):
    """``choices()`` after ``exec()``: the keys of the conflicts whose default was turned.
    ``exec()`` returns OTHER_BASE when the user wants to choose another base file."""

    OTHER_BASE = 2

    def __init__(self, parent: QWidget | None, label: str, base_label: str, changes: int,
                 conflicts: list[Conflict], names: Names) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge From %s") % label)
        self.conflicts = conflicts
        self.names = names
        self.flipped: set[tuple] = set()
        self.index = 0
        intro = QLabel(self.tr("Merging <b>%1</b> into this map (base: %2).<br>%3 changes from "
                               "their copy; %4 conflicts.").replace("%1", label)
                       .replace("%2", base_label).replace("%3", str(changes))
                       .replace("%4", str(len(conflicts))))
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self._choice_widgets()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if conflicts:
            layout.addWidget(self.counter)
            layout.addWidget(self.what)
            layout.addWidget(self.ours)
            layout.addWidget(self.theirs)
            layout.addLayout(self._pager())
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply merge"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("mergeApply")
        other = buttons.addButton(self.tr("Use another ba&se…"),
                                  QDialogButtonBox.ButtonRole.ActionRole)
        other.setObjectName("mergeOtherBase")
        other.setToolTip(self.tr("Choose the version both copies started from yourself"))
        other.clicked.connect(lambda: self.done(self.OTHER_BASE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if conflicts:
            self.show_conflict(0)
        self.setMinimumWidth(520)
        self.resize(640, self.sizeHint().height())

    def _choice_widgets(self) -> None:
        self.counter = QLabel()
        self.counter.setObjectName("mergeCounter")
        self.what = QLabel()
        self.what.setObjectName("mergeWhat")
        self.what.setWordWrap(True)
        self.ours = QRadioButton()
        self.ours.setObjectName("mergeOurs")
        self.theirs = QRadioButton()
        self.theirs.setObjectName("mergeTheirs")
        group = QButtonGroup(self)
        group.addButton(self.ours)
        group.addButton(self.theirs)
        self.ours.toggled.connect(self._picked)

    def _pager(self) -> QHBoxLayout:
        self.back = QPushButton(self.tr("&Back"))
        self.back.setObjectName("mergeBack")
        self.back.clicked.connect(lambda: self.show_conflict(self.index - 1))
        self.next = QPushButton(self.tr("&Next conflict"))
        self.next.setObjectName("mergeNext")
        self.next.clicked.connect(lambda: self.show_conflict(self.index + 1))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        return row

    def show_conflict(self, index: int) -> None:
        self.index = max(0, min(index, len(self.conflicts) - 1))
        c = self.conflicts[self.index]
        self.counter.setText(self.tr("Conflict %1 of %2").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.conflicts))))
        self.what.setText(self._question(c))
        choosable = c.resolution != "dropped"
        self.ours.setVisible(choosable)
        self.theirs.setVisible(choosable)
        if choosable:
            self.ours.setText(self.tr("Keep ours: %s") % self._side(c, c.ours))
            self.theirs.setText(self.tr("Take theirs: %s") % self._side(c, c.theirs))
            takes_theirs = (c.resolution == "theirs") != (c.key in self.flipped)
            self.ours.blockSignals(True)
            (self.theirs if takes_theirs else self.ours).setChecked(True)
            self.ours.blockSignals(False)
        self.back.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.conflicts) - 1)

    def _question(self, c: Conflict) -> str:
        """What the two copies disagree about (the choice below says what is kept)."""
        what = subject(c.kind, c.id, self.names)
        if c.resolution == "dropped":
            return describe_conflict(c, self.names)
        if c.field == "order":
            return self.tr("Both copies changed the order of the lanes or phases differently.")
        if c.field is None:
            return self.tr("%s: one copy removed it, the other changed it.") % what
        return self.tr("%1: both copies changed the %2 differently.").replace("%1", what).replace(
            "%2", field_word(c.field))

    def _side(self, c: Conflict, value) -> str:
        if c.field is None:
            return self.tr("removed") if value is None else self.tr("the changed %s") % subject(
                c.kind, c.id, self.names)
        if value is None and c.field != "order":
            return self.tr("removed")
        return f"{field_word(c.field)} {value_text(c.field, value, self.names)}"

    def _picked(self) -> None:
        c = self.conflicts[self.index]
        default_theirs = c.resolution == "theirs"
        if self.theirs.isChecked() != default_theirs:
            self.flipped.add(c.key)
        else:
            self.flipped.discard(c.key)

    def choices(self) -> set[tuple]:
        return set(self.flipped)
