"""The partnership workspace: a tab beside the map with the whole window's room for Table 1
(text wraps, columns fit their content, explanations whole). The Partnership dock stays for
quick looks beside the map; both edit the same document through the same undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QScrollArea, QTabWidget, QWidget

from .partnership_panel import PartnershipPanel

MAP_TAB, WORKSPACE_TAB = 0, 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def install_workspace(window: QMainWindow, map_page: QWidget) -> QTabWidget:
    """Put ``map_page`` and a roomy partnership panel in tabs as the window's centre; add
    *View → Partnership Workspace* (Ctrl+Shift+P) and the dock's "Open in workspace" link."""
    tabs = QTabWidget(window)
    tabs.setObjectName("centralTabs")
    tabs.setDocumentMode(True)
    tabs.setAccessibleName(_tr("Map or partnership workspace"))
    tabs.addTab(map_page, _tr("Map"))
    scroll = QScrollArea()  # a small window still fits: the workspace scrolls, not the window
    scroll.setObjectName("workspaceScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    tabs.addTab(scroll, _tr("Partnerships"))
    tabs.setTabToolTip(WORKSPACE_TAB, _tr("Table 1's four components with room to work"))
    window.setCentralWidget(tabs)
    window._workspace = None  # built when first shown (it is half the window's making)
    tabs.currentChanged.connect(lambda index: index == WORKSPACE_TAB and workspace_panel(window))
    action = QAction(_tr("Partnership &Workspace"), window)
    action.setObjectName("actionPartnershipWorkspace")
    action.setShortcut("Ctrl+Shift+P")
    action.setStatusTip(_tr("Work on the partnerships in a tab beside the map"))
    action.triggered.connect(lambda: show_workspace(window))
    window.addAction(action)
    window.actions_by_key["workspace"] = action
    dock_panel = getattr(window, "partnership_panel", None)
    if hasattr(dock_panel, "workspace_requested"):
        dock_panel.workspace_requested.connect(lambda: show_workspace(window))
    return tabs


def workspace_panel(window: QMainWindow) -> PartnershipPanel:
    """The workspace's panel, made on first use."""
    if window._workspace is None:
        panel = PartnershipPanel(window.controller, roomy=True)
        panel.setObjectName("partnershipWorkspace")
        panel.setAccessibleName(_tr("Partnership workspace"))
        window.centralWidget().widget(WORKSPACE_TAB).setWidget(panel)
        window._workspace = panel
    return window._workspace


def show_workspace(window: QMainWindow, partnership_id: str | None = None) -> PartnershipPanel:
    """Bring the workspace tab forward, on the partnership the dock shows (or the one given)."""
    dock_panel = getattr(window, "partnership_panel", None)
    current = dock_panel.current() if hasattr(dock_panel, "current") else None
    chosen = partnership_id or (current.id if current is not None else None)
    if chosen:
        window.workspace.select_partnership(chosen)
    window.centralWidget().setCurrentIndex(WORKSPACE_TAB)
    return window.workspace


def show_map(window: QMainWindow) -> None:
    window.centralWidget().setCurrentIndex(MAP_TAB)
