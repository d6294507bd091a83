"""Entering and leaving workshop mode: the window's state is remembered on the way in and put
back exactly on the way out (docks, toolbars, menus, status bar, size, zoom and scroll)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTransform
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from .workshop import SCALE, WorkshopPanel


@dataclass
class _Saved:
    state: QByteArray
    geometry: QByteArray
    rect: QRect
    window_state: Qt.WindowState
    menu_visible: bool
    status_visible: bool
    transform: QTransform
    scroll: tuple[int, int]


class WorkshopMode(QObject):
    """View > Workshop (F11) toggles; Esc leaves."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = WorkshopPanel(window.controller)
        self.dock = QDockWidget(QCoreApplication.translate("WorkshopMode", "Workshop"), window)
        self.dock.setObjectName("workshopDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.saved: _Saved | None = None
        self.action = QAction(QCoreApplication.translate("WorkshopMode", "&Workshop"), window)
        self.action.setObjectName("actionWorkshopMode")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setStatusTip(QCoreApplication.translate(
            "WorkshopMode", "The map full screen in large type, with the partnership's guiding "
                            "questions one at a time; Esc leaves"))
        self.action.toggled.connect(self._toggle)
        window.addAction(self.action)  # F11 works while the menu bar is hidden
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(lambda: self.action.setChecked(False))
        view_menu = window.menuBar().findChild(QWidget, "menuView")
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.action)

    @property
    def active(self) -> bool:
        return self.saved is not None

    def _toggle(self, on: bool) -> None:
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.leave()

    def enter(self) -> None:
        w, view = self.window, self.window.view
        self.saved = _Saved(w.saveState(), w.saveGeometry(), w.geometry(), w.windowState(),
                            w.menuBar().isVisible(), w.statusBar().isVisible(),
                            view.transform(), (view.horizontalScrollBar().value(),
                                               view.verticalScrollBar().value()))
        for dock in w.findChildren(QDockWidget):
            if dock is not self.dock:
                dock.hide()
        for bar in w.findChildren(QToolBar):
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        self.dock.show()
        w.resizeDocks([self.dock], [max(360, w.width() // 3)], Qt.Orientation.Horizontal)
        w.showFullScreen()
        w.setGeometry(w.screen().geometry())  # also where no window manager sizes it
        view.setTransform(QTransform.fromScale(SCALE, SCALE))
        self.panel.start_on(self._partnership())
        self.escape.setEnabled(True)
        self.action.setChecked(True)

    def leave(self) -> None:
        saved, w, view = self.saved, self.window, self.window.view
        self.saved = None
        self.escape.setEnabled(False)
        self.panel.ticker.stop()
        self.dock.hide()
        w.setWindowState(saved.window_state)
        w.restoreGeometry(saved.geometry)
        if saved.window_state == Qt.WindowState.WindowNoState:
            w.setGeometry(saved.rect)  # to the pixel, whatever the window manager's frame
        w.restoreState(saved.state)
        w.menuBar().setVisible(saved.menu_visible)
        w.statusBar().setVisible(saved.status_visible)
        view.setTransform(saved.transform)
        view.horizontalScrollBar().setValue(saved.scroll[0])
        view.verticalScrollBar().setValue(saved.scroll[1])
        self.action.setChecked(False)

    def _partnership(self) -> str | None:
        """The partnership chosen in the Partnership panel, else the first."""
        panel = getattr(self.window, "partnership_panel", None)
        current = panel.current() if panel is not None and hasattr(panel, "current") else None
        if current is not None:
            return current.id
        parts = self.window.controller.document.partnerships
        return parts[0].id if parts else None
