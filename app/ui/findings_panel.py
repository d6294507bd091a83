"""The findings panel: what the map reveals, grouped by severity, a click away from the canvas.

Analysis runs a moment after the last edit (a single-shot timer restarted by every change), in
a worker thread on a snapshot of the document (:mod:`app.ui.background`), so typing and
dragging never wait for it; a result the user has edited past meanwhile is dropped.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import (QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Finding, analyze, by_subject
from app.analysis.titles import TITLES

from .background import Background
from .controller import DocumentController

#: Item data role holding a finding's position in :attr:`FindingsPanel.findings`.
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1



def _translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("FindingsPanel", ...), e.g. one of TITLES."""
    return QCoreApplication.translate("FindingsPanel", text)


class _WrappingView(QTreeView):
    """A tree whose long rows wrap to the panel's width instead of being cut off."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # row heights depend on the width


class _WrapDelegate(QStyledItemDelegate):
    """Row height for a message wrapped to the width the view gives it."""

    PADDING = 6

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():
            return hint
        width = max(120, self._view.viewport().width() - 2 * self._view.indentation() - 8)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 2 * self.PADDING)


class FindingsPanel(QWidget):
    """Lists the findings; clicking one selects and centres what it is about."""

    #: the findings were recomputed: dict of id -> list[Finding] about it (for canvas badges)
    findings_changed = Signal(dict)
    #: a finding about a partnership was chosen; the partnership's id (to open its panel)
    partnership_requested = Signal(str)
    #: a finding about a partnership's asset, resource, routine … was chosen: that item's id
    item_requested = Signal(str)

    #: milliseconds between the last edit and the analysis
    DELAY_MS = 300
    #: the longest a new map's analysis waits for the map's first frame on screen (ms)
    FRAME_WAIT_MS = 300
    #: rows shown per code; a huge map's thousands of alike findings end in a "more" row
    MAX_PER_CODE = 100

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.controller = controller
        self._findings: list[Finding] = []
        self._by_subject: dict[str, list[Finding]] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("findingsTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._analyse_later)
        self._frame_wait = QTimer(self)
        self._frame_wait.setSingleShot(True)
        self._frame_wait.setInterval(self.FRAME_WAIT_MS)
        self._frame_wait.timeout.connect(self._analyse_later)
        self._awaiting_frame = False
        #: whether a new map's first frame is to come (a shown canvas): the analysis waits for it
        self.frame_coming: Callable[[], bool] = lambda: False
        self._revision = 0  #: counts the document's edits (a result for an older one is stale)
        self._worker = Background(lambda: self._revision, self)
        self._worker.done.connect(self._show)
        self._worker.failed.connect(self._show_failure)
        self._build()
        controller.changed.connect(self.schedule)
        controller.document_set.connect(self._analyse_new)
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = _WrappingView(self)
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setItemDelegate(_WrapDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    # -- analysis ---------------------------------------------------------------------------
    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def findings_for(self, obj_id: str) -> list[Finding]:
        """The findings about one id: what a badge on that canvas item stands for."""
        return list(self._by_subject.get(obj_id, []))

    def schedule(self, *_: object) -> None:
        """Analyse again once the edits pause."""
        self._revision += 1
        self._awaiting_frame = False
        self._frame_wait.stop()
        self._timer.start()

    def _analyse_new(self) -> None:
        """Another map: analyse it at once (no edits to wait for) -- but where a canvas shows
        it, once its first frame is on screen (:meth:`map_painted`; at most ``FRAME_WAIT_MS``
        after the event loop runs again). Beside the canvas building and painting its items
        the worker thread would share the interpreter with them: the map showed later
        (measured at 10,000 activities: the open's build took 0.6-1.3 s longer) and the
        findings came no sooner."""
        self._revision += 1
        self._timer.stop()
        self._frame_wait.stop()
        self._awaiting_frame = self.frame_coming()
        if self._awaiting_frame:
            QTimer.singleShot(0, self, self._wait_for_frame)
        else:
            self._analyse_later()

    def _wait_for_frame(self) -> None:
        if self._awaiting_frame:
            self._frame_wait.start()

    def map_painted(self) -> None:
        """The canvas painted a new map's first frame: its analysis may start."""
        if self._awaiting_frame:
            self._frame_wait.stop()
            self._analyse_later()

    def refresh(self) -> None:
        """Analyse now, on this thread, and show the result."""
        self._timer.stop()
        try:
            found = analyze(self.controller.document)
        except Exception as exc:  # a rule's bug must not take the editor down
            self._show_failure(exc)
        else:
            self._show((found, by_subject(found)))

    def _analyse_later(self) -> None:
        """Analyse in the worker; the result shows if no edit came meanwhile."""
        self._awaiting_frame = False
        self._worker.run(self.controller.document, self._revision, _analyse)

    def _show(self, result: tuple[list[Finding], dict[str, list[Finding]]]) -> None:
        self._findings, self._by_subject = result
        self.summary.setText(self._summary_text())
        self._fill()
        self.findings_changed.emit(dict(self._by_subject))

    def _show_failure(self, exc: BaseException) -> None:
        self._findings, self._by_subject = [], {}
        self.summary.setText(self.tr("The map could not be analysed: %s") % exc)
        self._fill()
        self.findings_changed.emit({})

    def _summary_text(self) -> str:
        warnings = sum(1 for f in self._findings if f.severity == "warning")
        infos = len(self._findings) - warnings
        if not self._findings:
            return self.tr("Nothing in this map calls for attention.")
        counted = (self.tr("1 warning") if warnings == 1
                   else self.tr("%1 warnings").replace("%1", str(warnings)))
        return self.tr("%1, %2 information").replace("%1", counted).replace("%2", str(infos))

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Finding")])  # not "1" to a screen reader
        style = self.style()
        groups = (
            ("warning", self.tr("Warnings"), QStyle.StandardPixmap.SP_MessageBoxWarning),
            ("info", self.tr("Information"), QStyle.StandardPixmap.SP_MessageBoxInformation),
        )
        for severity, title, pixmap in groups:
            members = [(i, f) for i, f in enumerate(self._findings) if f.severity == severity]
            if not members:
                continue
            group = QStandardItem(style.standardIcon(pixmap), f"{title} ({len(members)})")
            group.setSelectable(False)
            shown: dict[str, int] = {}
            for i, finding in members:
                shown[finding.code] = shown.get(finding.code, 0) + 1
                if shown[finding.code] <= self.MAX_PER_CODE:
                    group.appendRow(self._item(i, finding))
            for code, count in shown.items():
                if count > self.MAX_PER_CODE:
                    group.appendRow(self._more_item(code, count - self.MAX_PER_CODE))
            self.model.appendRow(group)
        self.view.expandAll()

    def _item(self, position: int, finding: Finding) -> QStandardItem:
        item = QStandardItem(finding.message)
        item.setData(position, FINDING_ROLE)
        item.setToolTip(f"{finding.code}\n\n{finding.message}")
        item.setAccessibleDescription(self.title(finding))
        return item

    def title(self, finding: Finding) -> str:
        """Severity and short title, e.g. "Warning: Personal data without consent"."""
        severity = self.tr("Warning") if finding.severity == "warning" else self.tr("Information")
        title = TITLES.get(finding.code)
        name = _translated(title) if title else finding.code
        return self.tr("{severity}: {title}").format(severity=severity, title=name)

    def _more_item(self, code: str, hidden: int) -> QStandardItem:
        text = self.tr("\u2026 and %1 more \u201c%2\u201d findings; the JSON export and "
                       "\u201coppspace check\u201d list them all.")
        item = QStandardItem(text.replace("%1", str(hidden)).replace("%2", code))
        item.setSelectable(False)
        return item

    # -- choosing a finding -----------------------------------------------------------------
    def _choose(self, index: QModelIndex) -> None:
        position = index.data(FINDING_ROLE)
        if position is None or not 0 <= position < len(self._findings):
            return
        self.show_finding(self._findings[position])

    def show_finding(self, finding: Finding) -> None:
        """Select and centre the finding's subjects; open the partnership it concerns."""
        doc = self.controller.document
        subjects = [s for s in finding.subjects if doc.path_of(s) is not None]
        if subjects:
            self.controller.show(subjects)
        for subject in subjects:
            path = doc.path_of(subject)
            if path and path[0] == "partnerships":
                self.partnership_requested.emit(doc.partnerships[path[1]].id)
                if len(path) > 2:  # an asset or resource: open its section at its row
                    self.item_requested.emit(subject)
                break


def _analyse(doc) -> tuple[list[Finding], dict[str, list[Finding]]]:
    """The worker's job: the findings and who they are about."""
    found = analyze(doc)
    return found, by_subject(found)
