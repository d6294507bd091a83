"""Driving modal dialogs and popup menus in tests: act as soon as the widget is up.

A modal ``exec()`` blocks the test until the dialog closes, so the test schedules what the user
does in the dialog before opening it. A single fixed timer (50 or 100 ms) guesses how long the
dialog takes to appear and fails on a busy machine; :func:`when_shown` looks every 10 ms until
the widget is there (up to ``timeout`` seconds), then acts. If the action fails the widget is
closed, so the test reports the failure instead of hanging in ``exec()``.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

POLL_MS = 10


def when_shown(kind: type, act: Callable[[QWidget], object], timeout: float = 10.0) -> dict:
    """Run ``act(widget)`` once a visible modal widget (or popup menu) of type ``kind`` is up.

    Returns a dict that gets ``"widget"`` (what was acted on) and, on failure, ``"error"``.
    """
    state: dict = {}
    deadline = time.monotonic() + timeout

    def poll() -> None:
        widget = QApplication.activePopupWidget() if issubclass(kind, QMenu) \
            else QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            state["widget"] = widget
            try:
                act(widget)
            except BaseException as exc:  # noqa: BLE001 -- reported by the test, not lost
                state["error"] = exc
                (widget.reject if isinstance(widget, QDialog) else widget.close)()
                raise
            return
        if time.monotonic() > deadline:
            state["error"] = TimeoutError(f"no {kind.__name__} appeared in {timeout} s")
            return
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return state
