"""The partnership panel for keyboard and screen-reader users: named tables, and section
headers that Tab reaches and Enter or Space opens.

Kept apart from the panel's layout so the panel's own code stays about editing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QToolBox, QWidget

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)


def table_names() -> dict[str, str]:
    """Accessible name of each table, by the name its TableSection was built with."""
    return {
        "responsibilities": QCoreApplication.translate("PartnershipPanel", "Responsibilities"),
        "resources": QCoreApplication.translate("PartnershipPanel", "Resources"),
        "complementarities": QCoreApplication.translate("PartnershipPanel",
                                                        "How resources complement each other"),
        "assets": QCoreApplication.translate("PartnershipPanel", "Relational-specific assets"),
        "routines": QCoreApplication.translate("PartnershipPanel", "Knowledge-sharing routines"),
        "reflections": QCoreApplication.translate("PartnershipPanel", "Reflection log"),
    }


def name_tables(sections: list[QWidget]) -> None:
    """Give each partnership table its title as accessible name ("Resources", not "table")."""
    names = table_names()
    for section in sections:
        key = section.objectName().removesuffix("Section")
        if key in names:
            section.table.setAccessibleName(names[key])


class SectionKeys(QObject):
    """Makes a QToolBox's section headers keyboard stops: Tab reaches them, Enter or Space
    opens the section (Qt's headers take no focus by default)."""

    def __init__(self, toolbox: QToolBox) -> None:
        super().__init__(toolbox)
        self.toolbox = toolbox
        self.refresh()

    def headers(self) -> list[QAbstractButton]:
        return [b for b in self.toolbox.findChildren(QAbstractButton)
                if b.objectName() == "qt_toolbox_toolboxbutton"]

    def refresh(self) -> None:
        """Make every header focusable (call again after adding sections); the scroll areas
        around the pages are no stops of their own (they were silent, unnamed Tab stops)."""
        for area in self.toolbox.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in self.headers():
            if button.focusPolicy() != Qt.FocusPolicy.StrongFocus:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in OPEN_KEYS and not key_event.isAutoRepeat():
                watched.click()
                return True
        return False
