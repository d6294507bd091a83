"""The main window's actions, menus and toolbar (object names are part of the contract).

Shortcuts come from QKeySequence.StandardKey where one exists (first binding only, so that
no key is bound twice); a platform without a binding for a standard key gets the usual one.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from .canvas import editing
from .canvas.tools import AddActivityTool, AddActorTool, AddPhaseTool, ConnectTool
from .palette import PaletteButton

Key = QKeySequence.StandardKey
FALLBACK = {Key.Quit: "Ctrl+Q", Key.Preferences: "Ctrl+,"}


def _tr(text: str) -> str:
    """Texts of the main window's actions and menus (context MainWindow, like window.tr)."""
    return QCoreApplication.translate("MainWindow", text)


def standard(key: Key) -> QKeySequence:
    """The platform's first binding for a standard key, or the usual fallback."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(FALLBACK.get(key, ""))


def redo_keys() -> list[QKeySequence]:
    """Redo is Ctrl+Shift+Z and Ctrl+Y everywhere (people bring either habit); the platform's
    own bindings first, so the menu shows the one the platform expects."""
    keys = list(QKeySequence.keyBindings(Key.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def make(window: QMainWindow, name: str, text: str, slot: Callable | None = None,
         shortcut: QKeySequence | Key | str | None = None, tip: str = "",
         checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(shortcut, Key):
        shortcut = standard(shortcut)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)
    return action


def build(window) -> dict[str, QAction]:
    """Create every action of ``window`` (a MainWindow) and lay out its menus and toolbar."""
    a: dict[str, QAction] = {}
    _file_actions(window, a)
    _edit_actions(window, a)
    _tool_actions(window, a)
    _view_actions(window, a)
    _help_actions(window, a)
    _menus(window, a)
    _toolbar(window, a)
    window.view.context_actions = [a["rename"], a["toggleCo"], a["connect"], a["duplicate"],
                                   None, a["delete"]]
    return a


def _file_actions(window, a: dict[str, QAction]) -> None:
    a["new"] = make(window, "actionNew", _tr("&New…"), window.file_new, Key.New)
    a["open"] = make(window, "actionOpen", _tr("&Open…"), window.file_open, Key.Open)
    a["save"] = make(window, "actionSave", _tr("&Save"), window.file_save, Key.Save)
    a["saveAs"] = make(window, "actionSaveAs", _tr("Save &As…"), window.file_save_as, Key.SaveAs)
    a["close"] = make(window, "actionClose", _tr("&Close"), window.file_close, Key.Close)
    a["exportPdf"] = make(window, "actionExportPdf", _tr("Export &PDF…"),
                          lambda: window.export_as("pdf"), "Ctrl+Shift+E",
                          _tr("A PDF for the meeting: the map, and the report pages if chosen"))
    a["exportPng"] = make(window, "actionExportPng", _tr("Export P&NG Image…"),
                          lambda: window.export_as("png"))
    a["exportSvg"] = make(window, "actionExportSvg", _tr("Export S&VG Drawing…"),
                          lambda: window.export_as("svg"))
    a["exportJson"] = make(window, "actionExportJson", _tr("Export &JSON…"),
                           lambda: window.export_as("json"),
                           tip=_tr("The map with its findings and need-to-know matrix, as JSON"))
    a["preferences"] = make(window, "actionPreferences", _tr("Pre&ferences…"),
                            window.edit_preferences, Key.Preferences)
    a["quit"] = make(window, "actionQuit", _tr("&Quit"), window.close, Key.Quit)


def _edit_actions(window, a: dict[str, QAction]) -> None:
    scene, view = window.scene, window.view
    undo = window.controller.undo_stack.createUndoAction(window, _tr("&Undo"))
    undo.setObjectName("actionUndo")
    undo.setShortcut(standard(Key.Undo))
    redo = window.controller.undo_stack.createRedoAction(window, _tr("&Redo"))
    redo.setObjectName("actionRedo")
    redo.setShortcuts(redo_keys())
    window.addActions([undo, redo])
    a["undo"], a["redo"] = undo, redo
    a["cut"] = make(window, "actionCut", _tr("Cu&t"), window.cut, Key.Cut)
    a["copy"] = make(window, "actionCopy", _tr("&Copy"), lambda: editing.copy(scene), Key.Copy)
    a["paste"] = make(window, "actionPaste", _tr("&Paste"), lambda: editing.paste(scene), Key.Paste)
    a["duplicate"] = make(window, "actionDuplicate", _tr("D&uplicate"),
                          lambda: editing.duplicate(scene), "Ctrl+D")
    a["delete"] = make(window, "actionDelete", _tr("&Delete"),
                       window.delete_selection, Key.Delete,
                       _tr("Delete the selection; flows touching it go too"))
    a["selectAll"] = make(window, "actionSelectAll", _tr("Select &All"),
                          lambda: editing.select_all(scene), Key.SelectAll)
    a["rename"] = make(window, "actionRename", _tr("&Rename"), view.rename_selected, "F2")
    a["toggleCo"] = make(window, "actionToggleCoProduced", _tr("Co-produced with citizens (&*)"),
                         lambda: editing.toggle_co_produced(scene), "Ctrl+Shift+8",
                         _tr("Mark or unmark the selected activities as co-produced (*)"))
    a["find"] = make(window, "actionFind", _tr("&Find…"), window.find_bar.activate, Key.Find,
                     _tr("Find activities, actors, phases and flows by their text"))
    a["findNext"] = make(window, "actionFindNext", _tr("Find &Next"), window.find_bar.find_next,
                         Key.FindNext)
    a["findPrevious"] = make(window, "actionFindPrevious", _tr("Find Pre&vious"),
                             window.find_bar.find_previous, Key.FindPrevious)


def _tool_actions(window, a: dict[str, QAction]) -> None:
    scene = window.scene
    group = QActionGroup(window)
    specs = [
        ("select", "actionSelectTool", _tr("&Select"), "V", lambda: scene.set_tool(None),
         _tr("Select, move and resize (Esc)")),
        ("addActor", "actionAddActor", _tr("Add &Actor (lane)"), "L",
         lambda: scene.set_tool(AddActorTool(scene)),
         _tr("Click where the new lane goes, or press Enter to add it below the selected lane.")),
        ("addPhase", "actionAddPhase", _tr("Add P&hase"), "P",
         lambda: scene.set_tool(AddPhaseTool(scene)),
         _tr("Click where the new phase column goes, or press Enter to add it at the end.")),
        ("addActivity", "actionAddActivity", _tr("Add Acti&vity"), "A",
         lambda: scene.set_tool(AddActivityTool(scene)),
         _tr("Click in a lane where the new activity goes, or press Enter to add it to the "
             "selected lane.")),
        ("addInfo", "actionAddInformationFlow", _tr("&Information Flow"), "I",
         lambda: scene.set_tool(ConnectTool(scene, "information")),
         _tr("Drag from an activity or lane header to another: what must the target know?")),
        ("addSeq", "actionAddSequenceFlow", _tr("Se&quence Flow"), "S",
         lambda: scene.set_tool(ConnectTool(scene, "sequence")),
         _tr("Drag from one activity to the next in the process")),
    ]
    for key, name, text, shortcut, slot, tip in specs:
        action = make(window, name, text, None, shortcut, tip, checkable=True)
        action.triggered.connect(slot)
        action.triggered.connect(lambda _=False, t=tip: window.show_tool_hint(t))
        group.addAction(action)
        a[key] = action
    a["select"].setChecked(True)
    by_tool = {"select": "select", "actor": "addActor", "phase": "addPhase",
               "activity": "addActivity", "information": "addInfo", "sequence": "addSeq"}
    scene.tool_changed.connect(lambda name: a[by_tool.get(name, "select")].setChecked(True))
    a["newActivity"] = make(window, "actionNewActivityInLane", _tr("New Activity in &Lane"),
                            window.add_activity_by_keyboard, "Ins",
                            _tr("Add an activity to the selected lane at a free spot and name it"))
    a["connect"] = make(window, "actionConnect", _tr("&Connect…"), window.connect_by_keyboard,
                        "Ctrl+K", _tr("Choose a flow's kind, source and target from lists"))


def _view_actions(window, a: dict[str, QAction]) -> None:
    view, scene = window.view, window.scene
    a["zoomIn"] = make(window, "actionZoomIn", _tr("Zoom &In"), view.zoom_in, Key.ZoomIn)
    a["zoomOut"] = make(window, "actionZoomOut", _tr("Zoom &Out"), view.zoom_out, Key.ZoomOut)
    a["zoomFit"] = make(window, "actionZoomFit", _tr("Zoom to &Fit"), view.zoom_fit, "Ctrl+0")
    a["zoomReset"] = make(window, "actionZoomReset", _tr("&Actual Size"), view.zoom_reset, "Ctrl+1")
    a["snap"] = make(window, "actionSnapToGrid", _tr("S&nap to Grid"), None, "Ctrl+Shift+G",
                     checkable=True)
    a["snap"].toggled.connect(lambda on: setattr(scene, "snap_to_grid", on))
    a["nextPane"] = make(window, "actionNextPane", _tr("Next &Pane"),
                         lambda: window.cycle_pane(1), "F6",
                         _tr("Move the keyboard focus to the next panel"))
    a["previousPane"] = make(window, "actionPreviousPane", _tr("Pre&vious Pane"),
                             lambda: window.cycle_pane(-1), "Shift+F6")


def _help_actions(window, a: dict[str, QAction]) -> None:
    from .help import show_about, show_guide

    a["guide"] = make(window, "actionGuide", _tr("OppSpace &Guide"), lambda: show_guide(window),
                      Key.HelpContents, _tr("The method in brief: the map, the four components, "
                                            "the questions and the findings"))
    a["about"] = make(window, "actionAbout", _tr("&About OppSpace"), lambda: show_about(window))


def _menus(window, a: dict[str, QAction]) -> None:
    bar = window.menuBar()
    file = bar.addMenu(_tr("&File"))
    file.setObjectName("menuFile")
    file.addActions([a["new"], a["open"]])
    window.recent_menu = file.addMenu(_tr("Open &Recent"))
    window.recent_menu.setObjectName("menuRecent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file.addActions([a["save"], a["saveAs"]])
    file.addSeparator()
    file.addActions([a["exportPdf"], a["exportPng"], a["exportSvg"], a["exportJson"]])
    file.addSeparator()
    file.addActions([a["close"], a["quit"]])
    edit = bar.addMenu(_tr("&Edit"))
    edit.setObjectName("menuEdit")
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["cut"], a["copy"], a["paste"], a["duplicate"], a["delete"]])
    edit.addSeparator()
    edit.addActions([a["selectAll"], a["rename"], a["toggleCo"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["findNext"], a["findPrevious"]])
    edit.addSeparator()
    edit.addAction(a["preferences"])
    insert = bar.addMenu(_tr("&Insert"))
    insert.setObjectName("menuInsert")
    insert.addActions([a["select"], a["addActor"], a["addPhase"], a["addActivity"],
                       a["addInfo"], a["addSeq"]])
    insert.addSeparator()
    insert.addActions([a["newActivity"], a["connect"]])
    view = bar.addMenu(_tr("&View"))
    view.setObjectName("menuView")
    view.addActions([a["zoomIn"], a["zoomOut"], a["zoomFit"], a["zoomReset"]])
    view.addSeparator()
    view.addAction(a["snap"])
    view.addSeparator()
    view.addActions([a["nextPane"], a["previousPane"]])
    view.addSeparator()
    window.panels_menu = view
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.setObjectName("menuHelp")
    help_menu.addActions([a["guide"], a["about"]])


def _toolbar(window, a: dict[str, QAction]) -> None:
    bar = QToolBar(_tr("Tools"), window)
    bar.setObjectName("toolsToolbar")
    window.addToolBar(bar)
    bar.addActions([a["new"], a["open"], a["save"]])
    bar.addSeparator()
    bar.addActions(_short_undo_redo(window, a))
    bar.addSeparator()
    bar.addAction(a["select"])
    palette = PaletteButton(_tr("▭ Activity"), bar)
    palette.setToolTip(_tr("Drag onto a lane to add an activity (or click, then click a lane)"))
    palette.setAccessibleName(_tr("Add activity"))
    palette.clicked.connect(a["addActivity"].trigger)
    window.palette = palette
    bar.addWidget(palette)
    bar.addActions([a["addActor"], a["addPhase"], a["addInfo"], a["addSeq"], a["toggleCo"],
                    a["delete"]])
    bar.addSeparator()
    bar.addActions([a["zoomFit"]])




class StepAction(QAction):
    """A toolbar Undo or Redo with fixed short text; the command's name is in the tooltip."""

    def __init__(self, window, name: str, text: str, template: str, shortcut: QKeySequence) -> None:
        super().__init__(text, window)
        self.setObjectName(name)
        self._plain, self._template = text, template
        self._keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        self.set_command("")

    def set_command(self, command: str) -> None:
        tip = self._template.format(command=command) if command else self._plain
        self.setToolTip(f"{tip} ({self._keys})" if self._keys else tip)


def _short_undo_redo(window, a: dict[str, QAction]) -> list[QAction]:
    """Toolbar twins of Undo/Redo, so the toolbar does not shift as command names change;
    the full "Undo Add flow" text stays in the Edit menu and shows in the tooltip."""
    stack = window.controller.undo_stack
    undo = StepAction(window, "actionToolbarUndo", _tr("Undo"), _tr("Undo {command}"),
                      a["undo"].shortcut())
    redo = StepAction(window, "actionToolbarRedo", _tr("Redo"), _tr("Redo {command}"),
                      a["redo"].shortcut())
    for action, step, can, changed, text, text_changed in (
            (undo, stack.undo, stack.canUndo(), stack.canUndoChanged, stack.undoText(),
             stack.undoTextChanged),
            (redo, stack.redo, stack.canRedo(), stack.canRedoChanged, stack.redoText(),
             stack.redoTextChanged)):
        action.triggered.connect(step)
        action.setEnabled(can)
        changed.connect(action.setEnabled)
        action.set_command(text)
        text_changed.connect(action.set_command)
    a["toolbarUndo"], a["toolbarRedo"] = undo, redo
    return [undo, redo]
