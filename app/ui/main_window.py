"""The main window: the canvas in the middle, side panels in docks, files and exports."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QCursor, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QInputDialog, QMainWindow, QMessageBox, QToolTip, QUndoView,
    QVBoxLayout, QWidget,
)

from app.analysis import by_subject
from app.model import DocumentError, load
from app.model.templates import from_template

from . import actions
from .announce import Announcer
from .canvas import MapScene, MapView
from .canvas import editing
from .canvas.accessible import MapAccess
from .canvas.keyboard import CanvasKeyboard, add_activity_by_keyboard
from .connect_dialog import connect_by_keyboard
from . import whatif_panel as whatif
from .workshop_mode import WorkshopMode
from . import live
from .controller import DocumentController
from .findings_panel import FindingsPanel
from .partnership_panel import PartnershipPanel
from .delete_check import question
from .empty_hint import EmptyMapHint
from .window_compare import CompareMixin
from .window_export import ExportCancelled, ExportMixin  # noqa: F401 (ExportCancelled re-exported)
from .find_bar import FindBar
from .heap import long_lived
from .help import app_icon
from .open_error import open_error_box
from .outline import OutlinePanel
from .preferences import Preferences, settings, show_preferences
from .properties import PropertiesPanel
from .workspace import install_workspace, workspace_panel

FILE_FILTER = "OppSpace maps (*.oppspace);;All files (*)"
RECENT_KEY = "recentFiles"
LAST_FOLDER_KEY = "files/lastFolder"  #: where the last map was opened or saved
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
DOCK_MIN_WIDTH, DOCK_MAX_WIDTH = 380, 560  #: default width of the right docks
MESSAGE_MS = 5000  #: how long a message or refusal stays in the status bar
DOCKS = ("outlinePanel", "propertiesPanel", "partnershipPanel", "findingsPanel",
         "undoHistory")  #: F6 order
#: the canvas shows keyboard focus with a frame in the palette's highlight colour
FOCUS_STYLE = ("QGraphicsView#canvasView { border: 2px solid transparent; }"
               "QGraphicsView#canvasView:focus { border: 2px solid palette(highlight); }")


class MainWindow(ExportMixin, CompareMixin, QMainWindow):
    """``MainWindow()``; ``open_path(path)`` / ``save_to(path)`` do File > Open / Save As."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.controller = DocumentController(parent=self)
        self.scene = MapScene(self.controller, parent=self)
        self.view = MapView(self.scene, self)
        self.map_access = MapAccess(self.view)  # before anything asks for the view's interface
        self.view.setStyleSheet(FOCUS_STYLE)
        self.find_bar = FindBar(self.controller, self)
        self.find_bar.current_changed.connect(self.scene.set_current)
        self.find_bar.closed.connect(self.focus_canvas)
        self.setCentralWidget(self._central())
        self.recent_menu = None
        self.panels_menu = None
        self.actions_by_key = actions.build(self)
        self._docks()
        self.central_tabs = install_workspace(self, self.centralWidget())
        self.panels_menu.addAction(self.actions_by_key["workspace"])
        self.install_compare()
        whatif.install(self)
        self.workshop_mode = WorkshopMode(self)
        live.install(self)
        self.keyboard = CanvasKeyboard(self.view, self.findings_panel)
        self.map_access.findings = self.findings_panel
        self.announcer = Announcer(self)
        self.empty_hint = EmptyMapHint(self.view, self.controller)
        self.apply_preferences()
        self.statusBar().setObjectName("statusBar")
        self._refusal: str | None = None
        self._hint = ""  #: the active tool's hint in the status bar
        self.scene.tool_changed.connect(self._tool_changed)
        self.controller.message.connect(self._message)
        self.controller.refused.connect(self.show_refusal)
        self.controller.undo_stack.cleanChanged.connect(self._update_title)
        self.controller.path_changed.connect(self._update_title)
        self.controller.document_replaced.connect(self._document_replaced)
        available = self.screen().availableGeometry()
        self.resize(min(1400, int(available.width() * 0.94)), min(860, int(available.height() * 0.9)))
        self._layout_restored = self._restore_layout()  # after every dock exists
        self._sized = False
        self._update_title()

    def _central(self) -> QWidget:
        """The canvas with the find bar under it."""
        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        return central

    # -- layout -------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        widget.setAccessibleName(title)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _docks(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.properties = PropertiesPanel(self.controller)
        self.properties.setObjectName("propertiesPanelWidget")
        props = self._dock("propertiesPanel", self.tr("Properties"), self.properties, right)
        self.partnership_panel = PartnershipPanel(self.controller)
        part = self._dock("partnershipPanel", self.tr("Partnership"), self.partnership_panel, right)
        self.findings_panel = FindingsPanel(self.controller)
        find = self._dock("findingsPanel", self.tr("Findings"), self.findings_panel,
                          Qt.DockWidgetArea.BottomDockWidgetArea)
        self.findings_panel.partnership_requested.connect(self.show_partnership)
        self.findings_panel.item_requested.connect(self.show_partnership_item)
        self.findings_panel.findings_changed.connect(self.scene.set_findings)  # badges
        self.findings_panel.frame_coming = self.view.isVisible  # a new map's analysis waits
        self.view.new_map_painted.connect(self.findings_panel.map_painted)  # for its first frame
        self.scene.set_findings(by_subject(self.findings_panel.findings))
        self.tabifyDockWidget(props, part)
        props.raise_()
        undo_view = QUndoView(self.controller.undo_stack)
        undo_view.setEmptyLabel(self.tr("<opened>"))
        history = self._dock("undoHistory", self.tr("Undo History"), undo_view, right)
        history.hide()
        self._outline_dock()

    def _outline_dock(self) -> None:
        """View → Outline (Ctrl+Shift+O): the map as a tree, on the left, closed at first."""
        self.outline = OutlinePanel(self.controller)
        dock = self._dock("outlinePanel", self.tr("Outline"), self.outline,
                          Qt.DockWidgetArea.LeftDockWidgetArea)
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        toggle.setStatusTip(self.tr("The map as a tree: lanes, activities and their flows"))
        toggle.triggered.connect(lambda on: on and self.outline.tree.setFocus())
        dock.hide()

    @property
    def workspace(self):
        """The partnership workspace's panel (made when first wanted)."""
        return workspace_panel(self)

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
        if not self._sized:
            self._sized = True
            if not self._layout_restored:
                self._default_dock_sizes()
        self.view.zoom_fit()

    def _default_dock_sizes(self) -> None:
        """Right docks a third of the window wide (480 px at 1440), so the partnership tables
        and chooser are readable; the findings a strip at the bottom."""
        right = self.findChild(QDockWidget, "propertiesPanel")
        bottom = self.findChild(QDockWidget, "findingsPanel")
        width = max(DOCK_MIN_WIDTH, min(DOCK_MAX_WIDTH, round(self.width() / 3)))
        self.resizeDocks([right], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([bottom], [150], Qt.Orientation.Vertical)

    def show_tool_hint(self, text: str) -> None:
        """What to do with the chosen tool, in the status bar until the gesture ends."""
        self._hint = text
        self.statusBar().showMessage(text)

    def _tool_changed(self, name: str) -> None:
        """A tool's hint goes when the gesture ends (placed, cancelled, another tool)."""
        if self.statusBar().currentMessage() == self._hint and self._hint:
            self.statusBar().clearMessage()
        self._hint = ""

    def _message(self, text: str) -> None:
        """Status bar for a few seconds; a message from a gesture on the canvas (a hint why an
        arrow or box was not added) is also shown near the mouse, where the user looks."""
        self.statusBar().showMessage(text, MESSAGE_MS)
        if text == self._refusal:  # already shown by show_refusal
            self._refusal = None
        elif self.view.hasFocus() or self.view.underMouse():
            self._tip(text)

    def show_refusal(self, text: str) -> None:
        """A refused edit is said near the mouse too (the status bar line is easy to miss)."""
        self._refusal = text
        self._tip(text)

    def _tip(self, text: str) -> None:
        pos = QCursor.pos()
        if not self.frameGeometry().contains(pos):  # the mouse is elsewhere: under the canvas
            pos = self.view.mapToGlobal(self.view.rect().center())
        QToolTip.showText(pos, text, self.view, QRect(), 6000)

    # -- files --------------------------------------------------------------------------------
    def open_path(self, path: str | Path, at_start: bool = False) -> bool:
        """Open ``path`` (no dialog except an error); the current map is kept on failure."""
        try:
            with long_lived():  # the document, its plan and its items (see heap.py)
                doc = load(path)
                self.controller.set_document(doc, Path(path))
        except DocumentError as exc:
            box = open_error_box(self, Path(path), exc, at_start)
            box.exec()
            box.deleteLater()
            return False
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
        """Where file dialogs start: the map's folder, else the last folder used, else
        Documents (if it exists), else home; always an existing folder."""
        candidates = [self.controller.path.parent if self.controller.path is not None else None,
                      settings().value(LAST_FOLDER_KEY) or None,
                      QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or None]
        for folder in candidates:
            if folder is not None and Path(str(folder)).is_dir():
                return str(folder)
        return str(Path.home())

    def _suggested_name(self) -> str:
        """A file name from the map's title (characters files cannot hold replaced)."""
        title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", self.controller.document.meta.title).strip(" .-")
        return (title or self.tr("map")) + ".oppspace"

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
        suggested = self.controller.path or Path(self._folder()) / self._suggested_name()
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
            self.save_layout()
            event.accept()
        else:
            event.ignore()

    # -- window layout and preferences ------------------------------------------------------------
    def save_layout(self) -> None:
        """Remember the window's size and place and where the docks are."""
        store = settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(STATE_KEY, self.saveState())
        store.sync()

    def _restore_layout(self) -> bool:
        """The window's size and docks as the user left them; False when there was nothing
        (or nothing usable) to restore, so the defaults apply."""
        store = settings()
        geometry, state = store.value(GEOMETRY_KEY), store.value(STATE_KEY)
        try:
            if geometry:
                self.restoreGeometry(geometry)
            return bool(state) and self.restoreState(state)
        except TypeError:  # a hand-edited settings file: keep the default layout
            return False

    def apply_preferences(self) -> None:
        """Grid and snapping apply at once; the language is used at the next start."""
        prefs = Preferences()
        self.scene.grid = float(prefs.grid_size)
        self.actions_by_key["snap"].setChecked(prefs.snap_to_grid)
        self.scene.snap_to_grid = prefs.snap_to_grid

    def edit_preferences(self) -> bool:
        if not show_preferences(self):
            return False
        self.apply_preferences()
        self._trim_recent()
        return True

    # -- keyboard ---------------------------------------------------------------------------------
    def focus_canvas(self) -> None:
        self.central_tabs.setCurrentIndex(0)  # the map's tab, if the workspace was in front
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def panes(self) -> list[QWidget]:
        """What F6 cycles through: the canvas, then each open dock (tabbed ones too)."""
        docks = [self.findChild(QDockWidget, name) for name in DOCKS]
        docks = [d for d in docks if d is not None and d.toggleViewAction().isChecked()]
        return [self.view] + [d.widget() for d in docks]

    def cycle_pane(self, delta: int) -> None:
        """F6 / Shift+F6: focus the first control of the next / previous pane."""
        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes)
                        if focus is not None and (focus is p or p.isAncestorOf(focus))), 0)
        target = panes[(current + delta) % len(panes)]
        dock = target.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.raise_()
        if target is self.view:
            self.focus_canvas()
            return
        controls = [w for w in target.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                    and w.isVisibleTo(target)]
        (controls[0] if controls else target).setFocus(Qt.FocusReason.TabFocusReason)

    def add_activity_by_keyboard(self) -> str | None:
        self.focus_canvas()
        return add_activity_by_keyboard(self.scene)

    def connect_by_keyboard(self) -> str | None:
        return connect_by_keyboard(self.scene, self)

    def show_partnership(self, partnership_id: str) -> None:
        """Raise the Partnership dock and show ``partnership_id`` in it (from a finding)."""
        dock = self.findChild(QDockWidget, "partnershipPanel")
        if dock is not None:
            dock.show()
            dock.raise_()
        self.partnership_panel.select_partnership(partnership_id)

    def show_partnership_item(self, item_id: str) -> None:
        """Raise the Partnership dock at the section and row of an asset, resource …"""
        dock = self.findChild(QDockWidget, "partnershipPanel")
        if dock is not None:
            dock.show()
            dock.raise_()
        self.partnership_panel.show_item(item_id)

    # -- recent files -------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = settings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])][:Preferences().recent_limit]

    def _remember(self, path: Path) -> None:
        entry = str(path.resolve())
        settings().setValue(LAST_FOLDER_KEY, str(path.resolve().parent))
        files = [entry] + [f for f in self.recent_files() if f != entry]
        settings().setValue(RECENT_KEY, files[:Preferences().recent_limit])

    def _trim_recent(self) -> None:
        settings().setValue(RECENT_KEY, self.recent_files())

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
            self.delete_selection()

    def delete_selection(self) -> bool:
        """Delete the selection; deleting lanes asks first when partnership content or
        activities would go with them (one question, naming what goes)."""
        ids = self.scene.selected_ids()
        text = question(self.controller.document, ids) if ids else None
        if text is None:
            return editing.delete_selected(self.scene)
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        where = [bar.value() for bar in bars]
        done = self.confirm_delete(text) and editing.delete_selected(self.scene)
        self.scene.flush()
        for bar, value in zip(bars, where):  # the map stays where the user was looking
            bar.setValue(value)
        self.activateWindow()  # the question had the focus: give it back to the map,
        self.focus_canvas()  # so that Ctrl+Z undoes at once
        return done

    def confirm_delete(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete lane"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDelete")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)
        box.exec()
        chosen = box.clickedButton() is delete
        box.setParent(None)  # gone now, not at the next event loop: no focus left in it
        box.deleteLater()
        return chosen
