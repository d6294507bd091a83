"""The dialog that offers unsaved work left by an editor that crashed or was killed."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .recovery_entry import RecoveryEntry, discard_entry


class RecoveryDialog(QDialog):
    """Lists recoverable documents (name, time, file); restore one, or discard any.

    After ``exec()`` returns Accepted, :attr:`chosen` is the entry to restore. Entries neither
    restored nor discarded stay for the next start ("Decide later").
    """

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.chosen: RecoveryEntry | None = None
        self._entries = list(entries)
        intro = QLabel(self.tr("OppSpace did not close normally. These maps had changes that "
                               "were not saved. Restore one to keep working on it, or discard "
                               "what you do not need."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recoveryList")
        for entry in self._entries:
            item = QListWidgetItem(self._describe(entry), self.list)
            item.setToolTip(str(entry.original) if entry.original else "")
            item.setData(Qt.ItemDataRole.UserRole, entry)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(buttons, "recoveryRestore", self.tr("&Restore"),
                                           QDialogButtonBox.ButtonRole.AcceptRole, self._restore)
        self.discard_button = self._button(buttons, "recoveryDiscard", self.tr("&Discard"),
                                           QDialogButtonBox.ButtonRole.DestructiveRole, self._discard)
        self._button(buttons, "recoveryLater", self.tr("Decide &later"),
                     QDialogButtonBox.ButtonRole.RejectRole, self.reject)
        self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setSpacing(3)
        self.resize(560, 320)

    def _button(self, box: QDialogButtonBox, name: str, text: str,
                role: QDialogButtonBox.ButtonRole, slot) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _describe(self, entry: RecoveryEntry) -> str:
        """Two lines: the map's name, then when it was last changed and which file it is."""
        stamp = QDateTime.fromSecsSinceEpoch(int(entry.time.timestamp())).toLocalTime()
        when = QLocale().toString(stamp, "d MMM yyyy, HH:mm")
        where = entry.original.name if entry.original else self.tr("never saved")
        return entry.name + "\n" + self.tr("changed %1 · %2").replace("%1", when) \
            .replace("%2", where)

    def _current(self) -> tuple[int, RecoveryEntry] | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        return row, self.list.item(row).data(Qt.ItemDataRole.UserRole)

    def _restore(self) -> None:
        current = self._current()
        if current is not None:
            self.chosen = current[1]
            self.accept()

    def _discard(self) -> None:
        current = self._current()
        if current is None:
            return
        row, entry = current
        discard_entry(entry)
        self.list.takeItem(row)
        if self.list.count() == 0:
            self.reject()

    def remaining(self) -> int:
        return self.list.count()
