"""Work on a snapshot of the document in a worker thread; results back on the UI thread.

Analysis of a 10,000-activity map takes about a second. Run on the UI thread, it froze the
editor a moment after every edit; here one worker thread does it (a snapshot of the document,
see :mod:`app.model.snapshot`) and the result is delivered on the UI thread through a queued
signal -- only if the document has not changed since the snapshot was taken, else it is
dropped (the edit that made it stale has already asked for a new one).
"""

from __future__ import annotations

import sys
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.model import Document
from app.model.snapshot import snapshot

_POOL: ThreadPoolExecutor | None = None
#: while a job runs, the interpreter switches threads every half millisecond instead of every
#: 5 ms: the UI thread then waits less for its turn (measured: a paint of the 2,000-activity map
#: took 2.2x as long beside a busy worker at 5 ms, 1.3x at 0.5 ms)
BUSY_SWITCH = 0.0005
_IDLE_SWITCH = sys.getswitchinterval()


def pool() -> ThreadPoolExecutor:
    """One worker thread for the process: jobs run one after another, in order."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oppspace-worker")
    return _POOL


class Background(QObject):
    """``run(doc, revision, job)`` computes ``job(snapshot)`` off the UI thread; ``done``
    (result) or ``failed`` (the exception) follow on the UI thread if ``current()`` still
    equals ``revision`` then."""

    done = Signal(object)
    failed = Signal(object)
    _arrived = Signal(int, object, object)  #: revision, result, exception (from the worker)

    def __init__(self, current: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.pending = 0  #: jobs submitted and not yet delivered or dropped
        self._arrived.connect(self._deliver)  # queued: emitted from the worker thread

    def run(self, doc: Document, revision: int, job: Callable[[Document], Any]) -> Future:
        self.pending += 1
        sys.setswitchinterval(BUSY_SWITCH)
        future = pool().submit(job, snapshot(doc))
        future.add_done_callback(lambda f: self._relay(revision, f))
        return future

    def _relay(self, revision: int, future: Future) -> None:
        if not shiboken6.isValid(self):  # the panel went away meanwhile
            return
        error = future.exception()
        self._arrived.emit(revision, None if error else future.result(), error)

    def _deliver(self, revision: int, result: Any, error: BaseException | None) -> None:
        self.pending -= 1
        if self.pending == 0:
            sys.setswitchinterval(_IDLE_SWITCH)
        if revision != self._current():
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)
