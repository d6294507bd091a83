"""Live-session tests: a real room server on 127.0.0.1 and a free port, started per test."""

from __future__ import annotations

import pytest

from app.collab.session import Pump, Session
from app.collab.hosted import ServerThread, start_server
from app.model import Document, load
from tests.conftest import DATA


@pytest.fixture
def server(tmp_path):
    started = start_server(tmp_path / "rooms")
    yield started
    started.stop()


@pytest.fixture
def complete() -> Document:
    return load(DATA / "complete.oppspace")


class Editor:
    """A headless editor: an open document bound to a room, its own thread's queue."""

    def __init__(self, doc: Document, url: str, **kwargs) -> None:
        self.doc = doc
        self.pump = Pump()
        self.session = Session(doc, url, self.pump, **kwargs).start()

    def until(self, condition, timeout: float = 10.0) -> bool:
        return self.pump.until(condition, timeout)

    def connected(self, timeout: float = 10.0) -> bool:
        return self.until(lambda: self.session.status == "connected" and self.session.in_room,
                          timeout)


@pytest.fixture
def editors():
    made: list[Editor] = []

    def make(doc: Document, url: str, **kwargs) -> Editor:
        editor = Editor(doc, url, **kwargs)
        made.append(editor)
        return editor

    yield make
    for editor in made:
        editor.session.leave()


def settle(*editors: Editor, condition, timeout: float = 10.0) -> bool:
    """Pump every editor until ``condition()`` holds."""
    import time

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        for editor in editors:
            editor.pump.run(timeout=0.01)
    return True


__all__ = ["Editor", "ServerThread", "settle"]
