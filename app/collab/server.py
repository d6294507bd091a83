"""The live-session server: pycrdt-websocket rooms over `websockets`, kept in SQLite.

Every room is a pycrdt-websocket ``YRoom`` speaking the standard y-websocket sync and awareness
protocol; its updates go to one SQLite database in the data folder (pycrdt-store), so a
restarted server serves every room as it was. The token (when there is one) is checked in
constant time before the room sends anything; a wrong one closes the connection with 1008.
Logs name connections and rooms, never what the maps say.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import re
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import anyio
from pycrdt.store import SQLiteYStore
from pycrdt.store.base import YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import ServerConnection, serve

from app.i18n import translate
from app.model.files import private_folder

from .channel import WebsocketChannel

MAX_MESSAGE = 16 * 1024 * 1024
DEFAULT_PORT = 8765
POLICY_VIOLATION = 1008
ROOM_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
log = logging.getLogger("oppspace.serve")


class ServeError(Exception):
    """The server cannot start as asked (a message for the user)."""


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    data: Path | None = None
    token: str | None = None
    certfile: str | None = None
    keyfile: str | None = None


def default_data_folder() -> Path:
    """Where rooms are kept when no --data is given: the app data folder, as the editor's."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "OppSpace" / "OppSpace" / "rooms"


def read_token_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ServeError(translate("Collab", "%s: cannot read the token file (%s)")
                         % (path, getattr(exc, "strerror", None) or exc)) from None
    if not text or any(ch.isspace() for ch in text):
        raise ServeError(translate("Collab", "%s: the token file must hold one token of "
                                   "letters, digits and signs, without spaces") % path)
    return text


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_config(config: ServerConfig) -> None:
    """Refuse what would expose the rooms: no token beyond loopback, half a certificate."""
    if not is_loopback(config.host) and not config.token:
        raise ServeError(translate("Collab", "--host %s: serving beyond this machine needs "
                                   "--token-file, so only people with the token can join")
                         % config.host)
    if bool(config.certfile) != bool(config.keyfile):
        raise ServeError(translate("Collab", "--certfile and --keyfile go together"))


class RoomServer(WebsocketServer):
    """pycrdt-websocket's server with every room loaded from, and written to, SQLite."""

    def __init__(self, data: Path) -> None:
        super().__init__(rooms_ready=False, auto_clean_rooms=False,
                         exception_handler=_log_exception, log=logging.getLogger("oppspace.rooms"))
        data.mkdir(parents=True, exist_ok=True, mode=0o700)  # rooms hold maps: owner only
        self._store_class = type("RoomStore", (SQLiteYStore,), {"db_path": str(data / "rooms.sqlite")})
        self._opening = anyio.Lock()

    async def get_room(self, name: str) -> YRoom:
        async with self._opening:
            if name not in self.rooms:
                store = self._store_class(path=name, log=self.log)
                assert self._task_group is not None
                await self._task_group.start(store.start)
                room = YRoom(ready=False, ystore=store, exception_handler=_log_exception,
                             log=self.log)
                try:
                    await store.apply_updates(room.ydoc)
                except YDocNotFound:  # a new room
                    pass
                room.ready = True
                self.rooms[name] = room
            room = self.rooms[name]
            # inside the lock: two first visitors at once would both start the room, and
            # the second start would wait forever on the room's own start lock
            await self.start_room(room)
            # the room hears its document's changes only from a task its start begins: an
            # edit a visitor sends before that task runs would reach neither the other
            # visitors nor the store (a restarted server lost an offline edit this way)
            await room.ydoc_observed.wait()
        return room


def _log_exception(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("room problem: %s", type(exception).__name__, exc_info=exception)
    return True


class Gate:
    """Checks each connection's room name and token before its room says anything."""

    def __init__(self, rooms: RoomServer, token: str | None) -> None:
        self.rooms = rooms
        self.token = token

    async def __call__(self, ws: ServerConnection) -> None:
        peer = _peer(ws)
        parts = urlsplit(ws.request.path if ws.request else "/")
        room = unquote(parts.path.lstrip("/"))
        given = (parse_qs(parts.query).get("token") or [""])[0]
        if self.token is not None and not hmac.compare_digest(given.encode(), self.token.encode()):
            log.info("refused %s: wrong or missing token", peer)
            await ws.close(POLICY_VIOLATION, "wrong or missing token")
            return
        if not ROOM_NAME.match(room):
            log.info("refused %s: bad room name", peer)
            await ws.close(POLICY_VIOLATION, "bad room name (letters, digits, . _ -)")
            return
        log.info("%s joined room %s", peer, room)
        try:
            await self.rooms.serve(WebsocketChannel(ws, room))
        finally:
            log.info("%s left room %s", peer, room)


def _peer(ws: ServerConnection) -> str:
    address = ws.remote_address
    return f"{address[0]}:{address[1]}" if address else "?"


def _ssl_context(config: ServerConfig) -> ssl.SSLContext | None:
    if not config.certfile:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(config.certfile, config.keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise ServeError(translate("Collab", "%s: cannot use the certificate (%s)")
                         % (config.certfile, exc)) from None
    return context


async def run_server(config: ServerConfig, started: "anyio.Event | None" = None,
                     stop: "anyio.Event | None" = None) -> None:
    """Serve until ``stop`` is set (or forever); ``started`` is set once the port listens."""
    check_config(config)
    context = _ssl_context(config)
    data = config.data or default_data_folder()
    if config.data is None:  # a folder OppSpace chose holds maps: owner only, also an old one
        private_folder(data)
    async with RoomServer(data) as rooms:
        try:
            server = await serve(Gate(rooms, config.token), config.host, config.port,
                                 max_size=MAX_MESSAGE, ssl=context, compression=None,
                                 logger=logging.getLogger("oppspace.websockets"))
        except OSError as exc:
            raise ServeError(translate("Collab", "%s:%s: cannot listen there (%s)")
                             % (config.host, config.port, exc.strerror or exc)) from None
        async with server:
            log.info("serving rooms on %s:%s", config.host, config.port)
            if started is not None:
                started.set()
            await (stop.wait() if stop is not None else anyio.sleep_forever())
