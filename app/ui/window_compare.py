"""File > Compare With… and File > Merge From… for the main window.

Comparing overlays the differences between the open map and another copy on the canvas and
lists them in a dock; nothing is edited. Merging runs the model's three-way merge with the
open map as OURS, the chosen copy as THEIRS and, as BASE, the last saved or opened state of the
open file (:mod:`app.ui.snapshots`) or a base file the user picks; the conflicts are decided
in :class:`MergeDialog`, and the result is applied as one undoable command of primitive
operations (``app.model.diff.operations``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from app.model import Document, DocumentError, edits, load
from app.model.change_text import Names
from app.model.diff import diff, operations
from app.model.merge import merge

from . import snapshots
from .canvas.compare_overlay import CompareOverlay
from .compare_panel import ComparePanel
from .merge_dialog import MergeDialog

def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class _EscapeFilter(QObject):
    """Esc on the canvas ends a comparison (before tools see it, only while comparing)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and self.window.comparing is not None:
            self.window.stop_comparing()
            return True
        return False


class CompareMixin:
    """Compare and merge methods of MainWindow (kept apart so the window's file stays small)."""

    def install_compare(self) -> None:
        """Actions in the File menu (after the exports), the dock, snapshots of saved states."""
        self.comparing: tuple[str, Document] | None = None
        self.compare_overlay = CompareOverlay(self.scene)
        self.compare_panel = ComparePanel()
        self.compare_panel.element_chosen.connect(self._show_compared)
        self.compare_panel.stop_requested.connect(self.stop_comparing)
        self.compare_dock = QDockWidget(_tr("Compare"), self)
        self.compare_dock.setObjectName("comparePanel")
        self.compare_dock.setWidget(self.compare_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.compare_dock)
        self.compare_dock.hide()
        self._escape = _EscapeFilter(self)
        self.view.installEventFilter(self._escape)
        compare = QAction(_tr("Compare &With…"), self)
        compare.setObjectName("actionCompareWith")
        compare.setStatusTip(_tr("Show what differs from a saved version or a partner's copy"))
        compare.triggered.connect(lambda: self.compare_with())
        merge_action = QAction(_tr("&Merge From…"), self)
        merge_action.setObjectName("actionMergeFrom")
        merge_action.setStatusTip(_tr("Merge a partner's copy of this map into it, by id"))
        merge_action.triggered.connect(lambda: self.merge_from())
        self.actions_by_key.update(compareWith=compare, mergeFrom=merge_action)
        menu = self.menuBar().findChild(QMenu, "menuFile")
        if menu is not None:
            before = self.actions_by_key["close"]
            menu.insertActions(before, [compare, merge_action])
            menu.insertSeparator(before)
        self.controller.path_changed.connect(self._remember_state)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # once per edit, however many operations it has
        self._refresh_timer.timeout.connect(self._refresh_comparison)
        self.controller.changed.connect(lambda *_: self.comparing and self._refresh_timer.start())
        self.controller.document_replaced.connect(self.stop_comparing)

    # -- snapshots --------------------------------------------------------------------------
    def _remember_state(self) -> None:
        """Opened or saved: the document is what the file holds now (so the file is copied)."""
        path = self.controller.path
        if path is not None and not self.controller.is_modified():
            snapshots.remember(path)

    def _ask_map(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, self._folder(),
                                              _tr("OppSpace maps (*.oppspace)"))
        return Path(path) if path else None

    def _load_other(self, path: Path) -> Document | None:
        try:
            return load(path)
        except DocumentError as exc:
            QMessageBox.warning(self, _tr("Cannot read the other map"),
                                _tr("%1 could not be read: %2\n\nThe open map is unchanged.")
                                .replace("%1", path.name).replace("%2", str(exc)))
            return None

    # -- compare ----------------------------------------------------------------------------
    def compare_with(self, path: str | Path | None = None) -> bool:
        """Overlay the differences from ``path`` (asked for when None) on the canvas."""
        path = Path(path) if path else self._ask_map(_tr("Compare with which copy of the map?"))
        other = self._load_other(path) if path is not None else None
        if other is None:
            return False
        self.comparing = (path.name, other)
        self._refresh_comparison()
        self.compare_dock.show()
        self.compare_dock.raise_()
        return True

    def _refresh_comparison(self, *_: object) -> None:
        if self.comparing is None:
            return
        label, other = self.comparing
        doc = self.controller.document
        self.scene.flush()
        changes = diff(other, doc)
        removed = {x.id: x for x in (*other.activities, *other.flows) if doc.path_of(x.id) is None}
        self.compare_overlay.show(changes, removed)
        self.compare_panel.show_changes(label, changes, Names(other, doc))

    def stop_comparing(self) -> None:
        self.comparing = None
        self.compare_overlay.clear()
        self.compare_dock.hide()

    def _show_compared(self, obj_id: str) -> None:
        """Select the element (if the open map has it) and bring it into view."""
        item = self.scene.item_of(obj_id)
        if item is None:
            item = next((i for i in self.compare_overlay.items if i.data(0) == obj_id), None)
        else:
            self.scene.select_only([obj_id])
        if item is not None:
            self.view.ensureVisible(item.sceneBoundingRect(), 40, 40)

    # -- merge ------------------------------------------------------------------------------
    def merge_from(self, path: str | Path | None = None, base_path: str | Path | None = None,
                   dialog: type[MergeDialog] = MergeDialog) -> bool:
        """Merge another copy into the open map as one undoable step."""
        path = Path(path) if path else self._ask_map(_tr("Merge which copy of the map?"))
        theirs = self._load_other(path) if path is not None else None
        if theirs is None:
            return False
        ours = self.controller.document
        while True:
            base, base_label = self._merge_base(base_path)
            if base is None:
                return False
            result = merge(base, ours, theirs)
            names = Names(base, theirs, ours)
            box = dialog(self, path.name, base_label, len(diff(base, theirs)), result.conflicts,
                         names)
            answer = box.exec()
            if answer != MergeDialog.OTHER_BASE:
                break
            base_path = self._ask_map(_tr("Which version did both copies start from?"))
            if base_path is None:
                return False
        if answer != MergeDialog.DialogCode.Accepted:
            return False
        if box.choices():
            result = merge(base, ours, theirs, flip=box.choices())
        merged = result.document
        done = self.controller.execute(_tr("Merge from %s") % path.name,
                                       lambda d: edits.apply(d, operations(d, merged)))
        message = _tr("Merged %1: %2 conflicts decided").replace("%1", path.name).replace(
            "%2", str(len(result.conflicts))) if done else \
            _tr("Nothing to merge: %s adds nothing to this map.") % path.name
        self.statusBar().showMessage(message, 8000)
        return done

    def _merge_base(self, base_path: str | Path | None) -> tuple[Document | None, str]:
        """The remembered state of the open file, else a base file the user chooses."""
        if base_path is None:
            remembered = snapshots.recall(self.controller.path)
            if remembered is not None:
                return remembered, _tr("this map as last saved or opened")
            QMessageBox.information(
                self, _tr("Choose the base"),
                _tr("OppSpace has no earlier state of this map. Choose the version both copies "
                    "started from (the base) next."))
            base_path = self._ask_map(_tr("Which version did both copies start from?"))
            if base_path is None:
                return None, ""
        base = self._load_other(Path(base_path))
        return base, Path(base_path).name
