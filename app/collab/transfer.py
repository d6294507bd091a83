"""`oppspace push` and `oppspace pull`: a map into a room, a room's map into a file.

Both are short-lived clients of the same kind as an editor (pycrdt's Provider over
`websockets`): they sync with the room, act, and leave. ``pull`` writes only a map that
validates as a whole; a room holding anything else is refused with the place named.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

from app.i18n import translate
from app.model import Document, DocumentError, dumps, loads, save

from .client import REFUSED, LiveClient
from .shared import read_document, write_document

TIMEOUT = 10.0


class TransferError(Exception):
    """The room could not be reached, or refused, or holds no valid map."""


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname or len(parts.path) < 2:
        raise TransferError(translate("Collab", "%s: not a room address; expected "
                                      "ws://HOST:PORT/ROOM (or wss://…, with ?token=TOKEN "
                                      "when the server has one)") % _shown(url))


def _shown(url: str) -> str:
    """The address without its token, for messages."""
    parts = urlsplit(url)
    return parts._replace(query="token=…" if "token=" in parts.query else parts.query).geturl()


def _connected(url: str, timeout: float) -> LiveClient:
    """A client synced with the room; a refusal or an unreachable server ends it at once."""
    check_url(url)
    client = LiveClient(url).start()
    deadline = time.monotonic() + timeout
    while not client.synced.wait(0.05):
        if client.status == REFUSED or client.unreachable or time.monotonic() > deadline:
            status, why = client.status, client.unreachable
            client.close()
            if status == REFUSED:
                raise TransferError(translate("Collab", "%s: the server refused the connection "
                                              "(wrong or missing token?)") % _shown(url))
            raise TransferError(translate("Collab", "%s: cannot reach the room") % _shown(url)
                                + (f" ({why})" if why else ""))
    return client


def push(doc: Document, url: str, timeout: float = TIMEOUT) -> None:
    """Put ``doc`` into the room (replacing what it held); return once a fresh connection
    reads it back whole."""
    client = _connected(url, timeout)
    try:
        client.call(lambda: write_document(client.doc, doc.model_dump(mode="json")))
        wanted, deadline = dumps(doc), time.monotonic() + timeout
        while True:
            try:
                if dumps(pull_document(url, timeout)) == wanted:
                    return
            except TransferError:
                pass
            if time.monotonic() > deadline:
                raise TransferError(translate("Collab", "%s: the room did not take the whole map")
                                    % _shown(url))
            time.sleep(0.05)
    finally:
        client.close()


def pull_document(url: str, timeout: float = TIMEOUT) -> Document:
    client = _connected(url, timeout)
    try:
        data = client.call(lambda: read_document(client.doc))
    finally:
        client.close()
    if data is None:
        raise TransferError(translate("Collab", "%s: the room is empty") % _shown(url))
    try:
        return loads(json.dumps(data, ensure_ascii=False))
    except DocumentError as exc:
        raise TransferError(translate("Collab", "%s: the room does not hold a valid map: %s")
                            % (_shown(url), exc)) from None


def pull(url: str, out: Path, timeout: float = TIMEOUT) -> Document:
    doc = pull_document(url, timeout)
    save(doc, out)
    return doc
