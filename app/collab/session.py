"""A map shared live: the open document kept equal to the valid content of a room.

Local edits (the document's change events) become id-addressed shared operations sent to the
client's thread as one transaction per edit; every state the room reaches comes back, is
validated (what is invalid is set aside, with a message) and applied to the document through
the model's own primitive edits. The owner (the editor's UI thread, or a test) gives a
``post`` function that runs a callable on its own thread, so the document is only ever
touched there.
"""

from __future__ import annotations

import queue
import time
from dataclasses import dataclass, field
from typing import Callable

from app.i18n import translate
from app.model import Change, Document, DocumentError

from .client import CONNECTED, ECHO, Identity, Listeners, LiveClient
from .reconcile import reconcile
from .shared import YOp, change_to_yops, read_document, write_document
from .validate import accept

Post = Callable[[Callable[[], None]], None]


@dataclass
class SessionListeners:
    """What the owner hears, on its own thread."""

    status: Callable[[str, str], None] = lambda status, detail: None
    peers: Callable[[dict[int, dict]], None] = lambda peers: None
    set_aside: Callable[[list[str]], None] = lambda messages: None
    problem: Callable[[str], None] = lambda message: None
    remote_change: Callable[[], None] = lambda: None


@dataclass
class _Pending:
    yops: list[YOp] = field(default_factory=list)
    scheduled: bool = False


class Session:
    """Binds ``doc`` to the room at ``url``; ``share`` puts ``doc`` into an empty room."""

    def __init__(self, doc: Document, url: str, post: Post, identity: Identity | None = None,
                 listeners: SessionListeners | None = None, share: bool = True,
                 saved_update: bytes | None = None) -> None:
        self.doc = doc
        self.post = post
        self.listeners = listeners or SessionListeners()
        self.share = share
        self.aside: list[str] = []
        self._seq = 0
        self._pending = _Pending()
        self._latest: tuple[dict | None, int] | None = None
        self._state_scheduled = False
        self._applying = False
        self._seeded = False
        #: the room holds a map and this document follows it (after the first sync or seed)
        self.in_room = False
        self.left = False
        self.status = "connecting"
        self.client = LiveClient(url, Listeners(state=self._state_from_net,
                                                status=self._status_from_net,
                                                peers=self._peers_from_net),
                                 identity, saved_update)
        doc.events.connect(self._local_change)

    def start(self) -> "Session":
        self.client.start()
        return self

    def leave(self) -> bytes:
        """End the session, keeping the document; returns the shared state (to keep what the
        server may not have yet, for the next join)."""
        if self.left:
            return b""
        self.left = True
        self.flush()
        self.doc.events.disconnect(self._local_change)
        try:
            state = self.client.call(self.client.doc.get_update)
        except Exception:
            state = b""
        self.client.close()
        return state

    # -- local edits --------------------------------------------------------------------------
    def _local_change(self, change: Change) -> None:
        if self._applying:
            return
        self._pending.yops.extend(change_to_yops(self.doc, change))
        if not self._pending.scheduled:
            self._pending.scheduled = True
            self.post(self.flush)

    def flush(self) -> int:
        """Send the edits made since the last flush as one transaction; returns how many."""
        yops, self._pending = self._pending.yops, _Pending()
        if yops:
            self._seq += 1
            self.client.submit(yops, self._seq)
        return len(yops)

    @property
    def local_edits(self) -> int:
        """How many batches of this editor's own edits (and undos) went to the room."""
        return self._seq

    def undo(self) -> None:
        """Undo this editor's last change in the room (never a partner's)."""
        self.flush()
        self._seq += 1
        self.client.undo(self._seq)

    def redo(self) -> None:
        self.flush()
        self._seq += 1
        self.client.redo(self._seq)

    def set_selection(self, ids: list[str]) -> None:
        self.client.set_selection(ids)

    # -- from the network thread ---------------------------------------------------------------
    def _state_from_net(self, data: dict | None, seq: int) -> None:
        """(On the client's thread.) Keep only the newest state for the owner to apply."""
        waiting = self._latest
        if data is ECHO and self._state_scheduled and waiting is not None \
                and waiting[0] is not ECHO:
            self.client.republish()  # the content not yet applied must not be lost
        self._latest = (data, seq)
        if not self._state_scheduled:
            self._state_scheduled = True
            self.post(self._apply_latest)

    def _status_from_net(self, status: str, detail: str) -> None:
        self.post(lambda: self._status(status, detail))

    def _peers_from_net(self, peers: dict[int, dict]) -> None:
        self.post(lambda: self.listeners.peers(peers))

    # -- on the owner's thread -----------------------------------------------------------------
    def _status(self, status: str, detail: str) -> None:
        self.status = status
        if status == CONNECTED and not self._seeded:
            self._seeded = True
            self.client.run_soon(self._seed_if_empty)
        self.listeners.status(status, detail)

    def _seed_if_empty(self) -> None:
        """On the client's thread, right after the first sync: an empty room gets this map
        (when sharing), or the owner hears that there is nothing to join yet."""
        if read_document(self.client.doc) is not None:
            return
        if self.share:
            write_document(self.client.doc, self.doc.model_dump(mode="json"))
        else:
            self.post(lambda: self.listeners.problem(translate(
                "Collab", "the room is empty: nobody has shared a map in it yet")))

    def _apply_latest(self) -> None:
        self._state_scheduled = False
        if self._latest is None:
            return
        data, seq = self._latest
        if data is None or data is ECHO:
            return
        if seq < self._seq or self._pending.yops:
            # this editor's newest edit is not in it yet: ask for the whole content again,
            # published after that edit has gone in
            self.client.republish()
            return
        try:
            target, aside = accept(data, self.doc)
        except DocumentError as exc:
            self.listeners.problem(str(exc))
            return
        self._applying = True
        try:
            changed = reconcile(self.doc, target)
        finally:
            self._applying = False
        self.in_room = True
        if aside != self.aside:
            self.aside = aside
            self.listeners.set_aside(aside)
        if changed:
            self.listeners.remote_change()


class Pump:
    """A ``post`` for owners without an event loop (the command line, tests, the bench):
    calls wait in a queue until :meth:`run` or :meth:`until`."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue = queue.SimpleQueue()

    def __call__(self, function: Callable[[], None]) -> None:
        self._queue.put(function)

    def run(self, timeout: float = 0.0) -> int:
        """Run what is waiting (waiting up to ``timeout`` for the first); returns how many."""
        done = 0
        try:
            function = self._queue.get(timeout=timeout) if timeout else self._queue.get_nowait()
            while True:
                function()
                done += 1
                function = self._queue.get_nowait()
        except queue.Empty:
            return done

    def until(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Run posted calls until ``condition()`` holds; False on timeout."""
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                return False
            self.run(timeout=0.02)
        return True
