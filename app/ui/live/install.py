"""The live session in the main window: File → Share Live… / Leave Live Session, the status
indicator, partners' selections on the canvas, and what is kept for the next join."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.collab.client import Identity
from app.collab.hosted import ServerThread
from app.collab.server import ServeError, ServerConfig
from app.collab.session import Session, SessionListeners
from app.model.fileio import write_atomic
from app.model.files import PRIVATE_FILE, private_folder

from ..commands import EditCommand
from .bridge import UiPost, command_factory, start_session
from .dialog import ShareLiveDialog
from .hosting import host_details, lan_address
from .outlines import PresenceOutlines
from .status import LiveStatus, color_for

NAME_KEY, URL_KEY = "live/name", "live/lastUrl"
KEEP_EVERY_MS = 3000


def _data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class LiveSessionUi(QObject):
    """Owns the session (and the hosted server) of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("liveSession")
        self.window, self.controller = window, window.controller
        self.post = UiPost(self)
        self.session: Session | None = None
        self.server: ServerThread | None = None
        self.url = ""
        self.status = LiveStatus(window)
        self.outlines = PresenceOutlines(window.scene)
        self.share_action = QAction(self.tr("Share &Live…"), window)
        self.share_action.setObjectName("actionShareLive")
        self.share_action.setStatusTip(self.tr("Edit this map together with others, live"))
        self.share_action.triggered.connect(self.ask)
        self.leave_action = QAction(self.tr("Lea&ve Live Session"), window)
        self.leave_action.setObjectName("actionLeaveLive")
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        # every few seconds of a session, what this editor did is kept on disk too, so even
        # a crash loses nothing the server had not heard of yet
        self.keep_timer = QTimer(self)
        self.keep_timer.setInterval(KEEP_EVERY_MS)
        self.keep_timer.timeout.connect(self._keep_now)
        self._kept_seq = 0
        self.controller.selection_changed.connect(self._selection_changed)
        self.controller.changed.connect(self.outlines.later)
        self.controller.document_replaced.connect(self._document_replaced)
        window.destroyed.connect(self._window_gone)
        app = QCoreApplication.instance()
        if app is not None:  # quitting keeps what the server has not heard yet, for next time
            app.aboutToQuit.connect(self._window_gone)

    # -- starting ----------------------------------------------------------------------------
    def ask(self) -> None:
        from ..preferences import settings

        if self.session is not None:
            self.status.show_details()
            return
        dialog = ShareLiveDialog(str(settings().value(NAME_KEY, "") or ""),
                                 str(settings().value(URL_KEY, "") or ""), self.window)
        if not dialog.exec():
            return
        choice = dialog.choice()
        settings().setValue(NAME_KEY, choice.name)
        if choice.host:
            self.host(choice.name, choice.port, choice.network)
        else:
            url = choice.url
            if choice.token:
                url += ("&" if "?" in url else "?") + "token=" + choice.token
            settings().setValue(URL_KEY, choice.url)
            self.join(url, choice.name)

    def host(self, name: str, port: int, network: bool = False) -> bool:
        """Start a server on this computer and share the open map in a new room."""
        token = secrets.token_urlsafe(16) if network else None
        config = ServerConfig(host="0.0.0.0" if network else "127.0.0.1", port=port,
                              data=_data_folder() / "rooms", token=token)
        try:
            private_folder(config.data)  # rooms hold maps: owner only, also an old folder
            self.server = ServerThread(config).start()
        except (ServeError, OSError, TimeoutError) as exc:
            self.server = None
            self.controller.refuse(self.tr("Cannot host a live session: %s") % exc)
            return False
        room = "map-" + secrets.token_hex(4)
        query = f"?token={token}" if token else ""
        self.begin(f"ws://127.0.0.1:{port}/{room}{query}", name, share=True)
        address = f"ws://{lan_address() if network else '127.0.0.1'}:{port}/{room}"
        self.status.details = host_details(self.status, address, token)
        self.status.show_details()
        return True

    def join(self, url: str, name: str) -> None:
        self.begin(url, name, share=False)
        shown = urlsplit(url)._replace(query="").geturl()  # the token stays out of sight
        self.status.details = host_details(self.status, shown, None, joined=True)

    def begin(self, url: str, name: str, share: bool) -> None:
        self.url = url
        listeners = SessionListeners(status=self._status, peers=self._peers,
                                     set_aside=self._set_aside, problem=self._problem)
        identity = Identity(name=name, color=color_for(name), selection=self.controller.selection)
        self.session = start_session(self.controller.document, url, self.post, identity,
                                     listeners, share, self._saved(url))
        self.controller.undo_stack.clear()
        self.controller.command_factory = command_factory(self.session)
        self.share_action.setText(self.tr("Live Session &Details…"))
        self.leave_action.setEnabled(True)
        self.status.start(name)
        self._kept_seq = 0
        self.keep_timer.start()

    # -- ending ------------------------------------------------------------------------------
    def leave(self) -> None:
        """End the session; the map stays open here, as it is now."""
        if self.session is None:
            return
        session, self.session = self.session, None
        self.keep_timer.stop()
        state = session.leave()
        self._keep(self.url, state)
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.controller.command_factory = EditCommand
        self.controller.undo_stack.clear()
        self.controller.undo_stack.resetClean()  # the shared map is not saved in a file yet
        self.outlines.clear()
        self.status.stop()
        self.share_action.setText(self.tr("Share &Live…"))
        self.leave_action.setEnabled(False)

    def _document_replaced(self) -> None:
        if self.session is not None and self.session.doc is not self.controller.document:
            self.leave()  # a new or opened map is not the shared one

    def _window_gone(self, *_: object) -> None:
        if self.session is not None:
            self.leave()

    # -- what the session says -----------------------------------------------------------------
    def _status(self, status: str, detail: str) -> None:
        self.status.set_state(status)
        if status == "refused":
            self.controller.refuse(self.tr("The server refused to let you in (wrong or missing "
                                           "token?): %s") % detail)

    def _peers(self, peers: dict[int, dict]) -> None:
        self.status.set_peers(peers)
        self.outlines.show(peers)

    def _set_aside(self, messages: list[str]) -> None:
        self.status.set_aside(messages)
        if messages:
            self.controller.message.emit(messages[0] if len(messages) == 1 else
                                         self.tr("%d changes from partners were set aside; "
                                                 "see the Live indicator") % len(messages))

    def _problem(self, message: str) -> None:
        self.controller.refuse(message)

    def _selection_changed(self, ids: list[str]) -> None:
        if self.session is not None:
            self.session.set_selection(ids)

    # -- kept between sessions: what may not have reached the server -------------------------
    def _pending_path(self, url: str) -> Path:
        parts = urlsplit(url)
        key = hashlib.sha256(f"{parts.hostname}:{parts.port}{parts.path}".encode()).hexdigest()[:24]
        return _data_folder() / "live" / f"{key}.ystate"

    def _saved(self, url: str) -> bytes | None:
        try:
            return self._pending_path(url).read_bytes() or None
        except OSError:
            return None

    def _keep_now(self) -> None:
        session = self.session
        if session is None or session.local_edits == self._kept_seq:
            return
        self._kept_seq = session.local_edits
        try:
            state = session.client.call(session.client.doc.get_update, timeout=1.0)
        except Exception:  # the client is busy or gone: next time
            return
        self._keep(self.url, state)

    def _keep(self, url: str, state: bytes) -> None:
        if not state:
            return
        path = self._pending_path(url)
        try:  # the shared map's state: personal data, owner only
            private_folder(path.parent)
            write_atomic(path, state, mode=PRIVATE_FILE)
        except OSError as exc:
            self.controller.message.emit(self.tr("Could not keep the session's changes for next "
                                                 "time: %s") % exc)


def install(window) -> LiveSessionUi:
    """Add Share Live… and Leave Live Session to the File menu, before Close."""
    live = LiveSessionUi(window)
    file_menu = window.menuBar().findChild(QWidget, "menuFile")
    if file_menu is not None:
        close = next((a for a in file_menu.actions() if a.objectName() == "actionClose"), None)
        file_menu.insertActions(close, [live.share_action, live.leave_action])
        file_menu.insertSeparator(close)
    window.live = live
    return live


__all__ = ["LiveSessionUi", "install"]
