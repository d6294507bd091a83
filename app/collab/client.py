"""One editor's connection to a room, on its own thread: pycrdt's Provider over `websockets`.

The shared Doc lives on that thread only; the editor hands it id-addressed operations
(:class:`~app.collab.shared.YOp`) and is told the room's content after every change, so the
user interface never waits on the network. When the server goes away the Doc keeps taking
edits; on reconnect the Provider's sync step (state vectors both ways) merges the two sides.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit

from pycrdt import (
    Awareness,
    Doc,
    Map,
    Provider,
    UndoManager,
    YMessageType,
    create_awareness_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from .channel import WebsocketChannel
from .server import MAX_MESSAGE, POLICY_VIOLATION
from .shared import ROOT, YOp, apply_yops, read_document

log = logging.getLogger("oppspace.live")
LOCAL = "oppspace-local"
RETRY_DELAYS = (0.1, 0.25, 0.5, 1.0, 2.0)
SYNC_TIMEOUT = 10.0
#: published instead of the content when only this editor's own edits went in
ECHO: dict = {"echo": True}

CONNECTING, CONNECTED, RECONNECTING, OFFLINE, REFUSED, CLOSED = (
    "connecting", "connected", "reconnecting", "offline", "refused", "closed")


@dataclass
class Listeners:
    """What the owner of a client wants to hear; called on the client's thread."""

    state: Callable[[dict | None, int], None] = lambda data, seq: None
    status: Callable[[str, str], None] = lambda status, detail: None
    peers: Callable[[dict[int, dict]], None] = lambda peers: None


@dataclass
class Identity:
    name: str = ""
    color: str = "#4C78A8"
    selection: list[str] = field(default_factory=list)


class LiveClient:
    """Keeps one Doc in step with a room until :meth:`close`, reconnecting as needed."""

    def __init__(self, url: str, listeners: Listeners | None = None,
                 identity: Identity | None = None, saved_update: bytes | None = None) -> None:
        self.url = url
        self.listeners = listeners or Listeners()
        self.identity = identity or Identity()
        self.doc = Doc()
        if saved_update:
            self.doc.apply_update(saved_update)
        self.root = self.doc.get(ROOT, type=Map)
        self.awareness = Awareness(self.doc)
        self.undo_manager = UndoManager(scopes=[self.root], capture_timeout_millis=0)
        self.undo_manager.include_origin(LOCAL)
        self.status = CONNECTING
        self.synced = threading.Event()
        #: why the last attempt to connect failed, when the server could not be reached
        self.unreachable: str | None = None
        self._seq = 0
        self._publish_pending = False
        self._local = False
        self._changed_elsewhere = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._online: asyncio.Event | None = None
        self._refusal: str | None = None
        self._ws: ClientConnection | None = None
        self._thread = threading.Thread(target=self._run, name="oppspace-live", daemon=True)
        self._ready = threading.Event()

    # -- called from the owner's thread ---------------------------------------------------
    def start(self) -> "LiveClient":
        self._thread.start()
        self._ready.wait(5)
        return self

    def submit(self, yops: list[YOp], seq: int) -> None:
        """Apply local operations (numbered ``seq``) to the shared Doc, soon."""
        self._call(self._apply_local, yops, seq)

    def undo(self, seq: int) -> None:
        self._call(self._undo_redo, self.undo_manager.undo, seq)

    def redo(self, seq: int) -> None:
        self._call(self._undo_redo, self.undo_manager.redo, seq)

    def set_selection(self, ids: list[str]) -> None:
        self._call(self._set_awareness, ids)

    def run_soon(self, function: Callable[[], Any]) -> None:
        """Run ``function`` on the client's thread, without waiting for it."""
        self._call(function)

    def call(self, function: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Run ``function`` on the client's thread and return its result (for saving the
        unsent state, tests and the bench)."""
        future: Future = Future()

        def run() -> None:
            try:
                future.set_result(function())
            except BaseException as exc:  # handed back to the caller
                future.set_exception(exc)

        self._call(run)
        return future.result(timeout)

    def go_offline(self) -> None:
        """Drop the connection and stay away until :meth:`go_online` (edits go on locally)."""
        self._call(self._set_online, False)

    def go_online(self) -> None:
        self._call(self._set_online, True)

    def close(self, timeout: float = 5.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:  # closed meanwhile: nothing left to stop
                pass
        self._thread.join(timeout)

    def _call(self, function: Callable, *args: Any) -> None:
        if self._loop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(function, *args)
            except RuntimeError:  # the loop closed meanwhile: the session is over
                pass

    # -- on the client's thread -------------------------------------------------------------
    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._online = asyncio.Event()
        self._online.set()
        self.doc.observe(self._transaction_done)
        self.awareness.observe(self._awareness_changed)
        self.awareness.set_local_state({"user": {"name": self.identity.name,
                                                 "color": self.identity.color},
                                        "selection": list(self.identity.selection)})
        awareness_task = asyncio.create_task(self.awareness.start())
        self._ready.set()
        self._schedule_publish()
        worker = asyncio.create_task(self._connect_loop())
        await self._stop.wait()
        self.awareness.set_local_state(None)  # partners see this editor leave at once
        try:
            await asyncio.wait_for(self._send_awareness(), 1.0)
        except (asyncio.TimeoutError, OSError):
            pass
        worker.cancel()
        awareness_task.cancel()
        await asyncio.gather(worker, awareness_task, return_exceptions=True)
        self._set_status(CLOSED, "")

    async def _connect_loop(self) -> None:
        attempt = 0
        while True:
            assert self._online is not None
            if not self._online.is_set():
                self._set_status(OFFLINE, "")
                await self._online.wait()
                attempt = 0
            self._refusal = None
            try:
                await self._session()
                attempt = 0
            except (OSError, InvalidHandshake, InvalidURI, asyncio.TimeoutError, TimeoutError) as exc:
                log.info("cannot reach the room: %s", type(exc).__name__)
                self.unreachable = getattr(exc, "strerror", None) or type(exc).__name__
            except Exception as exc:  # any other failure: try again, never crash the editor
                log.info("connection problem: %s", type(exc).__name__, exc_info=exc)
            self.synced.clear()
            if self._refusal is not None:
                self._set_status(REFUSED, self._refusal)
                return
            if self._online.is_set():
                self._set_status(RECONNECTING, "")
                await asyncio.sleep(RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])
                attempt += 1

    async def _session(self) -> None:
        async with connect(self.url, max_size=MAX_MESSAGE, proxy=None, open_timeout=5,
                           compression=None) as ws:
            self._ws = ws
            channel = WebsocketChannel(ws, urlsplit(self.url).path, self._take_awareness)
            await self._send_awareness()
            try:
                async with Provider(self.doc, channel, log=log) as provider:
                    waiter = asyncio.create_task(provider.synced.wait())
                    closed = asyncio.create_task(ws.wait_closed())
                    try:
                        await asyncio.wait({waiter, closed}, timeout=SYNC_TIMEOUT,
                                           return_when=asyncio.FIRST_COMPLETED)
                        if provider.synced.is_set():
                            self.synced.set()
                            self._set_status(CONNECTED, "")
                        else:  # a server that never answers: try again
                            await ws.close()
                        await closed
                    finally:
                        for task in (waiter, closed):
                            task.cancel()
                        await asyncio.gather(waiter, closed, return_exceptions=True)
            finally:
                self._ws = None
                received = ws.protocol.close_rcvd
                if received is not None and received.code == POLICY_VIOLATION:
                    self._refusal = received.reason

    def _transaction_done(self, event: Any) -> None:
        if not self._local:
            self._changed_elsewhere = True
        self._schedule_publish()

    def _schedule_publish(self) -> None:
        if not self._publish_pending and self._loop is not None:
            self._publish_pending = True
            self._loop.call_soon(self._publish)

    def _publish(self) -> None:
        """Tell the owner the room's content; after only this editor's own edits (which its
        document already shows) just that they are in, which saves reading the whole map."""
        self._publish_pending = False
        if self._changed_elsewhere:
            self._changed_elsewhere = False
            self.listeners.state(read_document(self.doc), self._seq)
        else:
            self.listeners.state(ECHO, self._seq)

    def republish(self) -> None:
        """Publish the whole content again (the owner missed it)."""
        self._call(self._republish)

    def _republish(self) -> None:
        self._changed_elsewhere = True
        self._schedule_publish()

    def _apply_local(self, yops: list[YOp], seq: int) -> None:
        self._seq = max(self._seq, seq)
        self._local = True
        try:
            apply_yops(self.doc, yops, origin=LOCAL)
        finally:
            self._local = False
        self._schedule_publish()

    def _undo_redo(self, action: Callable[[], bool], seq: int) -> None:
        self._seq = max(self._seq, seq)
        action()  # what it changes, the owner's document does not know yet: a full publish
        self._schedule_publish()

    def _set_awareness(self, ids: list[str]) -> None:
        self.identity.selection = list(ids)
        self.awareness.set_local_state_field("selection", list(ids))

    def _take_awareness(self, message: bytes) -> bool:
        """Awareness messages go to the Awareness, not to the Provider."""
        if message[0] != YMessageType.AWARENESS:
            return False
        try:
            self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
        except Exception:  # a malformed awareness message changes nothing
            log.info("ignored a malformed awareness message")
        return True

    def _awareness_changed(self, topic: str, changes: tuple[dict, Any]) -> None:
        if topic == "update" and changes[1] == "local":
            asyncio.ensure_future(self._send_awareness())
        if topic == "change" and changes[1] == "remote" and changes[0]["added"]:
            # the room does not tell newcomers who is there: say it to them
            asyncio.ensure_future(self._send_awareness())
        if topic == "change":
            peers = {cid: state for cid, state in self.awareness.states.items()
                     if cid != self.awareness.client_id}
            self.listeners.peers(peers)

    async def _send_awareness(self) -> None:
        ws = self._ws
        if ws is None:
            return
        update = self.awareness.encode_awareness_update([self.awareness.client_id])
        try:
            await ws.send(create_awareness_message(update))
        except ConnectionClosed:
            pass

    def _set_online(self, online: bool) -> None:
        assert self._online is not None
        if online:
            self._online.set()
            return
        self._online.clear()
        if self._ws is not None:
            asyncio.ensure_future(self._ws.close())

    def _set_status(self, status: str, detail: str) -> None:
        if status != self.status:
            self.status = status
            self.listeners.status(status, detail)
