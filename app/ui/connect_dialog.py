"""Insert > Connect…: create a flow without a mouse by choosing its kind, source and target.

The source and target lists hold every lane (actor) followed by its activities, in map order,
so a screen-reader user hears the map as it is drawn. A sequence flow (process order) joins two
activities; choosing a lane for one is refused with a message in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from app.model import Document

KINDS = ("information", "sequence")


class ConnectDialog(QDialog):
    """Choose kind, source and target; :meth:`choice` gives ``(kind, source, target)``."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 kind: str = "information", source: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect"))
        self.document = document
        self.kind = QComboBox(self, objectName="connectKind")
        self.kind.addItem(self.tr("Information flow (what must the target know?)"), "information")
        self.kind.addItem(self.tr("Sequence flow (process order, activity to activity)"), "sequence")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.source = self._ends("connectSource", self.tr("Source"))
        self.target = self._ends("connectTarget", self.tr("Target"))
        self._preselect(source)
        self.problem = QLabel(self, objectName="connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B3261E")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&From:"), self.source)
        form.addRow(self.tr("&To:"), self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for combo in (self.kind, self.source, self.target):
            combo.currentIndexChanged.connect(self.problem.hide)
        self.resize(520, self.sizeHint().height())

    def _ends(self, name: str, accessible: str) -> QComboBox:
        """A combo of lanes, each followed by its activities (indented), in map order."""
        combo = QComboBox(self, objectName=name)
        combo.setAccessibleName(accessible)
        doc = self.document
        for actor in doc.actors:
            combo.addItem(self.tr("Lane: {name}").format(name=actor.name), actor.id)
            lane = sorted((a for a in doc.activities if a.actor == actor.id), key=lambda a: (a.x, a.y))
            for act in lane:
                title = act.title + (" *" if act.co_produced else "")
                combo.addItem("    " + title, act.id)
        return combo

    def _preselect(self, source: str | None) -> None:
        """The selected item as source; the next activity after it as target."""
        index = self.source.findData(source) if source else -1
        if index >= 0:
            self.source.setCurrentIndex(index)
        start = max(0, self.source.currentIndex())
        for i in range(start + 1, self.target.count()):
            if self.document.activity(self.target.itemData(i)) is not None:
                self.target.setCurrentIndex(i)
                return
        self.target.setCurrentIndex(min(start + 1, self.target.count() - 1))

    def choice(self) -> tuple[str, str, str]:
        return (self.kind.currentData(), self.source.currentData(), self.target.currentData())

    def refusal(self) -> str | None:
        """Why the current choice cannot become a flow, or None."""
        kind, source, target = self.choice()
        if source is None or target is None:
            return self.tr("The map has nothing to connect yet: add lanes and activities first.")
        if source == target:
            return self.tr("Choose two different ends: a flow cannot start and end at the same place.")
        doc = self.document
        if kind == "sequence" and (doc.activity(source) is None or doc.activity(target) is None):
            return self.tr("A sequence flow joins two activities, not a lane. Choose activities, "
                           "or make it an information flow to reach an actor.")
        return None

    def accept(self) -> None:
        problem = self.refusal()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            self.source.setFocus()
            return
        super().accept()


def connect_by_keyboard(scene, parent: QWidget | None = None) -> str | None:
    """Ask for the flow's ends and add it (one undoable step); the new flow's id, or None."""
    from .canvas import editing

    selected = scene.selected_ids()
    dialog = ConnectDialog(scene.document, parent, source=selected[0] if selected else None)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kind, source, target = dialog.choice()
    finally:
        dialog.deleteLater()
    return editing.add_flow(scene, kind, source, target)
