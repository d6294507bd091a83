"""What if this were gone? Right-click an actor, activity or asset (on the map, or in the
Findings or Partnership panel) to see what removing it would break: the consequences are
tinted on the map and listed in a panel. Nothing is edited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (QDockWidget, QGraphicsColorizeEffect, QHBoxLayout, QLabel,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.analysis.whatif import WhatIf, headline, sections, what_if
from app.model import Change, DocumentError

from .controller import DocumentController

# what is lost, and what is left worse off
LOST = QColor("#D62728")
HURT = QColor("#FF9F1C")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WhatIfPanel(QWidget):
    """The consequences of one imagined removal, until the map changes or Clear is pressed."""

    def __init__(self, controller: DocumentController, scene) -> None:
        super().__init__()
        self.setObjectName("whatIfPanel")
        self.controller, self.scene = controller, scene
        self.result: WhatIf | None = None
        self._tinted: list = []
        self.title = QLabel(self.tr("Right-click an actor, activity or asset and choose "
                                    "\u201cWhat if this were gone?\u201d"))
        self.title.setWordWrap(True)
        self.title.setObjectName("whatIfTitle")
        self.tree = QTreeWidget()
        self.tree.setObjectName("whatIfTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Consequences"))
        self.tree.itemActivated.connect(self._show_item)
        self.tree.itemClicked.connect(self._show_item)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("whatIfClear")
        clear.clicked.connect(self.clear)
        note = QLabel(self.tr("Nothing has been removed: this only shows what would happen."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        controller.changed.connect(self._map_changed)
        controller.document_replaced.connect(self.clear)

    def ask(self, obj_id: str) -> bool:
        """Show what removing ``obj_id`` would break; False (and a message) if it cannot."""
        doc = self.controller.document
        try:
            result = what_if(doc, obj_id)
        except DocumentError as exc:
            self.controller.refuse(str(exc))
            return False
        self.clear()
        self.result = result
        self.title.setText(headline(doc, result))
        for heading, lines in sections(doc, result):
            top = QTreeWidgetItem(self.tree, [f"{heading} ({len(lines)})"])
            for target, line in lines:
                child = QTreeWidgetItem(top, [line])
                child.setData(0, ID_ROLE, target)
                child.setToolTip(0, line)
            top.setExpanded(True)
        if not self.tree.topLevelItemCount():
            QTreeWidgetItem(self.tree, [self.tr("Nothing else is lost, and no finding changes.")])
        self._tint(result)
        return True

    def _tint(self, result: WhatIf) -> None:
        lost = {result.removed, *result.flows_lost, *result.co_produced_lost}
        for obj_id in result.highlighted():
            item = self.scene.item_of(obj_id)
            if item is None:
                continue
            effect = QGraphicsColorizeEffect()
            effect.setColor(LOST if obj_id in lost else HURT)
            effect.setStrength(0.85)
            item.setGraphicsEffect(effect)
            self._tinted.append(item)

    def tinted_ids(self) -> set[str]:
        return {item.obj_id for item in self._tinted if item.graphicsEffect() is not None}

    def clear(self) -> None:
        for item in self._tinted:
            try:
                item.setGraphicsEffect(None)
            except RuntimeError:  # the scene dropped the item meanwhile
                pass
        self._tinted = []
        self.result = None
        self.tree.clear()

    def _map_changed(self, _change: Change) -> None:
        """An edit makes the answer stale: say so rather than show the past."""
        if self.result is None:
            return
        self.clear()
        self.title.setText(self.tr("The map has changed; ask again."))

    def _show_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, ID_ROLE)
        if target and self.controller.document.find(target) is not None:
            self.controller.show([target])


def install(window) -> QAction:
    """The panel as a dock (shown when asked), and the action on the map's context menu, in
    the Edit menu, and on the Findings and Partnership panels' context menus."""
    panel = WhatIfPanel(window.controller, window.scene)
    dock = QDockWidget(QCoreApplication.translate("WhatIfPanel", "What if"), window)
    dock.setObjectName("whatIfDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    findings = window.findChild(QDockWidget, "findingsPanel")
    if findings is not None:  # a tab beside the findings: the whole width for long lines
        window.tabifyDockWidget(findings, dock)
        findings.raise_()
    dock.hide()
    action = QAction(QCoreApplication.translate("WhatIfPanel", "What if this were gone?"), window)
    action.setObjectName("actionWhatIf")
    action.setStatusTip(QCoreApplication.translate(
        "WhatIfPanel", "Show what removing the selected item would break, without removing it"))

    def ask() -> None:
        chosen = window.controller.selection
        if not chosen:
            window.controller.refuse(QCoreApplication.translate(
                "WhatIfPanel", "Select an actor, activity or asset first."))
            return
        if panel.ask(chosen[0]):
            dock.show()
            dock.raise_()

    action.triggered.connect(ask)
    window.view.context_actions[-1:-1] = [action, None]
    edit = window.menuBar().findChild(QWidget, "menuEdit")
    if edit is not None:
        edit.addAction(action)
    for widget in (window.findings_panel, window.partnership_panel):
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        widget.addAction(action)
    window.whatif_panel, window.whatif_dock = panel, dock
    return action
