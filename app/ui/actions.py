"""The main window's actions, menus and toolbar (object names are part of the contract)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from .canvas import editing
from .canvas.tools import AddActivityTool, AddActorTool, AddPhaseTool, ConnectTool
from .palette import PaletteButton

Key = QKeySequence.StandardKey


def make(window: QMainWindow, name: str, text: str, slot: Callable | None = None,
         shortcut: QKeySequence | Key | str | None = None, tip: str = "",
         checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
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
    tr, scene, view = window.tr, window.scene, window.view
    a: dict[str, QAction] = {}
    a["new"] = make(window, "actionNew", tr("&New…"), window.file_new, Key.New)
    a["open"] = make(window, "actionOpen", tr("&Open…"), window.file_open, Key.Open)
    a["save"] = make(window, "actionSave", tr("&Save"), window.file_save, Key.Save)
    a["saveAs"] = make(window, "actionSaveAs", tr("Save &As…"), window.file_save_as, Key.SaveAs)
    a["close"] = make(window, "actionClose", tr("&Close"), window.file_close, Key.Close)
    a["exportPdf"] = make(window, "actionExportPdf", tr("Export &PDF…"), window.export_pdf)
    a["exportJson"] = make(window, "actionExportJson", tr("Export &JSON…"), window.export_json)
    a["quit"] = make(window, "actionQuit", tr("&Quit"), window.close, Key.Quit)

    undo = window.controller.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("actionUndo")
    undo.setShortcut(QKeySequence(Key.Undo))
    redo = window.controller.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("actionRedo")
    redo.setShortcut(QKeySequence(Key.Redo))
    window.addActions([undo, redo])
    a["undo"], a["redo"] = undo, redo
    a["cut"] = make(window, "actionCut", tr("Cu&t"), window.cut, Key.Cut)
    a["copy"] = make(window, "actionCopy", tr("&Copy"), lambda: editing.copy(scene), Key.Copy)
    a["paste"] = make(window, "actionPaste", tr("&Paste"), lambda: editing.paste(scene), Key.Paste)
    a["duplicate"] = make(window, "actionDuplicate", tr("D&uplicate"),
                          lambda: editing.duplicate(scene), "Ctrl+D")
    a["delete"] = make(window, "actionDelete", tr("&Delete"),
                       lambda: editing.delete_selected(scene), Key.Delete,
                       tr("Delete the selection; flows touching it go too"))
    a["selectAll"] = make(window, "actionSelectAll", tr("Select &All"),
                          lambda: editing.select_all(scene), Key.SelectAll)
    a["rename"] = make(window, "actionRename", tr("&Rename"), view.rename_selected, "F2")
    a["toggleCo"] = make(window, "actionToggleCoProduced", tr("Co-produced with citizens (&*)"),
                         lambda: editing.toggle_co_produced(scene), "Ctrl+Shift+8",
                         tr("Mark or unmark the selected activities as co-produced (*)"))
    _tool_actions(window, a)
    _view_actions(window, a)
    _menus(window, a)
    _toolbar(window, a)
    view.context_actions = [a["rename"], a["toggleCo"], a["duplicate"], None, a["delete"]]
    return a


def _tool_actions(window, a: dict[str, QAction]) -> None:
    tr, scene = window.tr, window.scene
    group = QActionGroup(window)
    specs = [
        ("select", "actionSelectTool", tr("&Select"), "V", lambda: scene.set_tool(None),
         tr("Select, move and resize (Esc)")),
        ("addActor", "actionAddActor", tr("Add &Actor (lane)"), "L",
         lambda: scene.set_tool(AddActorTool(scene)), tr("Click on the map to add a lane below")),
        ("addPhase", "actionAddPhase", tr("Add P&hase"), "P",
         lambda: scene.set_tool(AddPhaseTool(scene)), tr("Click on the map to add a phase column")),
        ("addActivity", "actionAddActivity", tr("Add Acti&vity"), "A",
         lambda: scene.set_tool(AddActivityTool(scene)), tr("Click in a lane to add an activity")),
        ("addInfo", "actionAddInformationFlow", tr("&Information Flow"), "I",
         lambda: scene.set_tool(ConnectTool(scene, "information")),
         tr("Drag from an activity or lane header to another: what must the target know?")),
        ("addSeq", "actionAddSequenceFlow", tr("Se&quence Flow"), "S",
         lambda: scene.set_tool(ConnectTool(scene, "sequence")),
         tr("Drag from one activity to the next in the process")),
    ]
    for key, name, text, shortcut, slot, tip in specs:
        action = make(window, name, text, None, shortcut, tip, checkable=True)
        action.triggered.connect(slot)
        action.triggered.connect(lambda _=False, t=tip: window.statusBar().showMessage(t, 6000))
        group.addAction(action)
        a[key] = action
    a["select"].setChecked(True)
    by_tool = {"select": "select", "actor": "addActor", "phase": "addPhase",
               "activity": "addActivity", "information": "addInfo", "sequence": "addSeq"}
    scene.tool_changed.connect(lambda name: a[by_tool.get(name, "select")].setChecked(True))


def _view_actions(window, a: dict[str, QAction]) -> None:
    tr, view, scene = window.tr, window.view, window.scene
    a["zoomIn"] = make(window, "actionZoomIn", tr("Zoom &In"), view.zoom_in, Key.ZoomIn)
    a["zoomOut"] = make(window, "actionZoomOut", tr("Zoom &Out"), view.zoom_out, Key.ZoomOut)
    a["zoomFit"] = make(window, "actionZoomFit", tr("Zoom to &Fit"), view.zoom_fit, "Ctrl+0")
    a["zoomReset"] = make(window, "actionZoomReset", tr("&Actual Size"), view.zoom_reset, "Ctrl+1")
    a["snap"] = make(window, "actionSnapToGrid", tr("S&nap to Grid"), None, "Ctrl+G",
                     checkable=True)
    a["snap"].toggled.connect(lambda on: setattr(scene, "snap_to_grid", on))


def _menus(window, a: dict[str, QAction]) -> None:
    tr, bar = window.tr, window.menuBar()
    file = bar.addMenu(tr("&File"))
    file.setObjectName("menuFile")
    file.addActions([a["new"], a["open"]])
    window.recent_menu = file.addMenu(tr("Open &Recent"))
    window.recent_menu.setObjectName("menuRecent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file.addActions([a["save"], a["saveAs"]])
    file.addSeparator()
    file.addActions([a["exportPdf"], a["exportJson"]])
    file.addSeparator()
    file.addActions([a["close"], a["quit"]])
    edit = bar.addMenu(tr("&Edit"))
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["cut"], a["copy"], a["paste"], a["duplicate"], a["delete"]])
    edit.addSeparator()
    edit.addActions([a["selectAll"], a["rename"], a["toggleCo"]])
    insert = bar.addMenu(tr("&Insert"))
    insert.addActions([a["select"], a["addActor"], a["addPhase"], a["addActivity"],
                       a["addInfo"], a["addSeq"]])
    view = bar.addMenu(tr("&View"))
    view.setObjectName("menuView")
    view.addActions([a["zoomIn"], a["zoomOut"], a["zoomFit"], a["zoomReset"]])
    view.addSeparator()
    view.addAction(a["snap"])
    view.addSeparator()
    window.panels_menu = view


def _toolbar(window, a: dict[str, QAction]) -> None:
    bar = QToolBar(window.tr("Tools"), window)
    bar.setObjectName("toolsToolbar")
    window.addToolBar(bar)
    bar.addActions([a["new"], a["open"], a["save"]])
    bar.addSeparator()
    bar.addActions([a["undo"], a["redo"]])
    bar.addSeparator()
    bar.addAction(a["select"])
    palette = PaletteButton(window.tr("▭ Activity"), bar)
    palette.setToolTip(window.tr("Drag onto a lane to add an activity (or click, then click a lane)"))
    palette.clicked.connect(a["addActivity"].trigger)
    window.palette = palette
    bar.addWidget(palette)
    bar.addActions([a["addActor"], a["addPhase"], a["addInfo"], a["addSeq"], a["toggleCo"],
                    a["delete"]])
    bar.addSeparator()
    bar.addActions([a["zoomFit"]])
