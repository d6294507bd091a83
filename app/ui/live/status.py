"""The Live indicator in the status bar: connected / reconnecting / offline, and who is here."""

from __future__ import annotations

import hashlib
import html
from typing import Callable

from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton

#: partners' colours: distinct, readable as outlines on the map's pale lanes, and none of
#: them the blue of this editor's own selection
COLORS = ("#D62728", "#2CA02C", "#9467BD", "#FF7F0E", "#E377C2", "#8C564B", "#BCBD22")
STATE_COLORS = {"connected": "#2CA02C", "connecting": "#FF7F0E", "reconnecting": "#FF7F0E",
                "offline": "#7F7F7F", "refused": "#D62728", "closed": "#7F7F7F"}


def color_for(name: str) -> str:
    """The same colour for the same name in every editor."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return COLORS[digest[0] % len(COLORS)]


class LiveStatus(QToolButton):
    """Hidden outside a session; clicking it shows the session's details."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("liveStatus")
        self.setAutoRaise(True)
        self.label = QLabel()
        self.state, self.name = "connecting", ""
        self.peers: dict[int, dict] = {}
        self.aside: list[str] = []
        self.details: Callable[[], None] | None = None
        self.clicked.connect(self.show_details)
        window.statusBar().addPermanentWidget(self)
        self.hide()

    def start(self, name: str) -> None:
        self.name, self.state, self.peers, self.aside = name, "connecting", {}, []
        self.show()
        self._update()

    def stop(self) -> None:
        self.details = None
        self.hide()

    def set_state(self, state: str) -> None:
        self.state = state
        self._update()

    def set_peers(self, peers: dict[int, dict]) -> None:
        self.peers = peers
        self._update()

    def set_aside(self, messages: list[str]) -> None:
        self.aside = messages
        self._update()

    def people(self) -> list[tuple[str, str]]:
        """(name, colour) of everyone here, this editor first."""
        found = [(self.name, color_for(self.name))]
        for state in self.peers.values():
            user = state.get("user") if isinstance(state, dict) else None
            if isinstance(user, dict) and user.get("name"):
                found.append((str(user["name"])[:40], str(user.get("color", "#888888"))))
        return found

    def state_text(self) -> str:
        return {"connected": self.tr("connected"), "connecting": self.tr("connecting…"),
                "reconnecting": self.tr("reconnecting…"), "offline": self.tr("offline"),
                "refused": self.tr("refused"), "closed": self.tr("ended")}.get(self.state, self.state)

    def _update(self) -> None:
        people = self.people()
        text = self.tr("Live: %s · %d here") % (self.state_text(), len(people))
        if self.aside:
            text += " · " + self.tr("%d set aside") % len(self.aside)
        self.setText("\u25CF " + text)
        self.setStyleSheet(f"QToolButton#liveStatus {{ color: {STATE_COLORS.get(self.state, '#000')}; }}")
        names = "<br>".join(f"<span style='color:{html.escape(c)}'>\u25A0</span> {html.escape(n)}"
                            for n, c in people)
        tip = self.tr("Who is here:") + "<br>" + names
        if self.aside:
            tip += "<br><br>" + "<br>".join(html.escape(m) for m in self.aside[:10])
        self.setToolTip(tip)
        self.setAccessibleName(text)

    def show_details(self) -> None:
        if self.details is not None:
            self.details()
