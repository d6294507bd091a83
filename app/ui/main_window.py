"""The main window: the canvas in the middle, side panels in docks, files and exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QInputDialog, QMainWindow, QMessageBox, QUndoView, QWidget,
)

from app.model import DocumentError, load
from app.model.templates import from_template

from . import actions
from .canvas import MapScene, MapView
from .canvas import editing
from .controller import DocumentController
from .properties import PropertiesPanel

FILE_FILTER = "OppSpace maps (*.oppspace);;All files (*)"
MAX_RECENT = 8
RECENT_KEY = "recentFiles"


def _panel(name: str, controller: DocumentController) -> QWidget:
    """The partnership / findings panels, written by other work; a placeholder if absent."""
    try:
        if name == "partnership":
            from .partnership_panel import PartnershipPanel as Panel
        else:
            from .findings_panel import FindingsPanel as Panel
        return Panel(controller)
    except Exception as exc:  # a broken panel must not keep the editor from starting
        from PySide6.QtWidgets import QLabel

        return QLabel(f"{name} panel unavailable: {exc}")


class MainWindow(QMainWindow):
    """``MainWindow()``; ``open_path(path)`` / ``save_to(path)`` do File > Open / Save As."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.controller = DocumentController(parent=self)
        self.scene = MapScene(self.controller, parent=self)
        self.view = MapView(self.scene, self)
        self.setCentralWidget(self.view)
        self.recent_menu = None
        self.panels_menu = None
        self.actions_by_key = actions.build(self)
        self._docks()
        self.statusBar().setObjectName("statusBar")
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.controller.undo_stack.cleanChanged.connect(self._update_title)
        self.controller.path_changed.connect(self._update_title)
        self.controller.document_replaced.connect(self._document_replaced)
        available = self.screen().availableGeometry()
        self.resize(min(1400, int(available.width() * 0.94)), min(860, int(available.height() * 0.9)))
        self._update_title()

    # -- layout -------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _docks(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.properties = PropertiesPanel(self.controller)
        self.properties.setObjectName("propertiesPanelWidget")
        props = self._dock("propertiesPanel", self.tr("Properties"), self.properties, right)
        part = self._dock("partnershipPanel", self.tr("Partnership"),
                          _panel("partnership", self.controller), right)
        find = self._dock("findingsPanel", self.tr("Findings"),
                          _panel("findings", self.controller), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(props, part)
        props.raise_()
        undo_view = QUndoView(self.controller.undo_stack)
        undo_view.setEmptyLabel(self.tr("<opened>"))
        history = self._dock("undoHistory", self.tr("Undo History"), undo_view, right)
        history.hide()
        self.resizeDocks([props], [360], Qt.Orientation.Horizontal)
        self.resizeDocks([find], [150], Qt.Orientation.Vertical)

    def _update_title(self, *_: object) -> None:
        path = self.controller.path
        name = path.name if path is not None else (self.controller.document.meta.title
                                                   or self.tr("Untitled"))
        self.setWindowTitle(f"{name}[*] – OppSpace")
        self.setWindowModified(self.controller.is_modified())

    def _document_replaced(self) -> None:
        self._update_title()
        self.view.zoom_fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.zoom_fit()

    # -- files --------------------------------------------------------------------------------
    def open_path(self, path: str | Path) -> bool:
        """Open ``path`` (no dialog except an error); the current map is kept on failure."""
        try:
            doc = load(path)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the map"),
                                self.tr("The map could not be opened:\n\n%s\n\n"
                                        "The current map is unchanged.") % exc)
            return False
        self.controller.set_document(doc, Path(path))
        self._remember(Path(path))
        return True

    def save_to(self, path: str | Path) -> bool:
        """Save as ``path``; on failure a dialog says why and the file on disk is intact."""
        try:
            self.controller.save(path)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the map"), str(exc))
            return False
        self._remember(Path(path))
        self.statusBar().showMessage(self.tr("Saved %s") % Path(path).name, 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled."""
        if not self.controller.is_modified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The map has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.file_save()
        return answer == QMessageBox.StandardButton.Discard

    def file_new(self) -> bool:
        if not self.maybe_save():
            return False
        names = [self.tr("Generic co-production map"), self.tr("Blank map"),
                 self.tr("Aalborg Aktiv (worked example)")]
        choice, ok = QInputDialog.getItem(self, self.tr("New map"), self.tr("Start from:"),
                                          names, 0, False)
        if not ok:
            return False
        template = ("generic", "blank", "aalborg-aktiv")[names.index(choice)]
        self.controller.set_document(from_template(template))
        return True

    def _folder(self) -> str:
        if self.controller.path is not None:
            return str(self.controller.path.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def file_open(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open map"), self._folder(), FILE_FILTER)
        return bool(path) and self.open_path(path)

    def open_recent(self, path: str) -> bool:
        return self.maybe_save() and self.open_path(path)

    def file_save(self) -> bool:
        if self.controller.path is None:
            return self.file_save_as()
        return self.save_to(self.controller.path)

    def file_save_as(self) -> bool:
        suggested = self.controller.path or Path(self._folder()) / (
            (self.controller.document.meta.title or "map") + ".oppspace")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map as"), str(suggested),
                                              FILE_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".oppspace"
        return self.save_to(path)

    def file_close(self) -> bool:
        """Close the map: an empty (blank) map takes its place."""
        if not self.maybe_save():
            return False
        self.controller.set_document(from_template("blank"))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    # -- recent files -------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.recent_files()
        for file in files:
            action = menu.addAction(Path(file).name)
            action.setToolTip(file)
            action.triggered.connect(lambda _=False, f=file: self.open_recent(f))
        if not files:
            menu.addAction(self.tr("(no recent maps)")).setEnabled(False)

    # -- editing and export -------------------------------------------------------------------
    def cut(self) -> None:
        if editing.copy(self.scene):
            editing.delete_selected(self.scene)

    def export_pdf(self) -> bool:
        return self._export("pdf", self.tr("PDF documents (*.pdf)"))

    def export_json(self) -> bool:
        return self._export("json", self.tr("JSON with findings (*.json)"))

    def export_to(self, path: str | Path, fmt: str, **options) -> bool:
        """Export without a dialog; a clear message on failure (the map is untouched)."""
        from app.export import ExportError, export

        try:
            export(self.controller.document, Path(path), fmt, **options)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), f"{Path(path).name}: {exc}")
            return False
        except ImportError:
            QMessageBox.warning(self, self.tr("Cannot export"),
                                self.tr("Export to %s is not available in this version.") % fmt.upper())
            return False
        self.statusBar().showMessage(self.tr("Exported %s") % Path(path).name, 5000)
        return True

    def _export(self, fmt: str, filter_text: str) -> bool:
        base = self.controller.path.stem if self.controller.path else "map"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                              str(Path(self._folder()) / f"{base}.{fmt}"), filter_text)
        return bool(path) and self.export_to(path, fmt)
