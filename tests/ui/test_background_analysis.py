"""Findings are computed in a worker thread: the editor keeps answering meanwhile, and a result
for a map the user has edited since is never shown."""

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer

from app.model import load
from app.model.edits import update
from app.ui import findings_panel as module
from app.ui.background import Background
from app.ui.controller import DocumentController
from app.ui.findings_panel import FindingsPanel
from bench.generate import make_lanes_map
from tests.ui.canvas_support import open_window


@pytest.fixture
def panel(qtbot, template_path):
    widget = FindingsPanel(DocumentController(load(template_path("aalborg-aktiv"))))
    qtbot.addWidget(widget)
    return widget


def test_a_result_edited_past_is_dropped(qtbot, panel, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = module._analyse

    def slow(doc):
        started.set()
        release.wait(5)
        return real(doc)

    monkeypatch.setattr(module, "_analyse", slow)
    shown = []
    panel.findings_changed.connect(shown.append)
    controller = panel.controller
    controller.execute("Consent", lambda d: update(d, "f-15", consent="obtained"))
    qtbot.waitUntil(started.is_set, timeout=3000)  # analysing the map after the first edit
    started.clear()
    controller.execute("Asset", lambda d: update(d, "f-15", asset="as-kalender"))
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    qtbot.wait(FindingsPanel.DELAY_MS + 200)
    assert len(shown) == 1  # the first analysis was for a map that no longer exists
    codes = {f.code for f in panel.findings if "f-15" in f.subjects}
    assert "consent-missing" not in codes and "flow-without-asset" not in codes


def test_the_editor_answers_while_the_map_is_analysed(qtbot, panel, monkeypatch):
    def busy(doc):  # a long analysis that computes all the time (holds the interpreter)
        end = time.perf_counter() + 0.6
        while time.perf_counter() < end:
            sum(range(1000))
        return module.analyze(doc), {}

    monkeypatch.setattr(module, "_analyse", busy)
    ticks = []
    timer = QTimer(panel, interval=20, timeout=lambda: ticks.append(time.perf_counter()))
    done = []
    panel.findings_changed.connect(done.append)
    panel.controller.execute("Consent", lambda d: update(d, "f-15", consent="obtained"))
    qtbot.wait(FindingsPanel.DELAY_MS + 20)
    timer.start()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    timer.stop()
    assert len(ticks) >= 10  # with the analysis on this thread there would be none


def test_an_opened_map_is_analysed_at_once_where_no_canvas_shows_it(qtbot, panel, monkeypatch,
                                                                    template_path):
    """No wait for edits after an open: with no canvas on screen to paint the map first, the
    worker starts before anything else rebuilds."""
    started = threading.Event()
    real = module._analyse

    def watched(doc):
        started.set()
        return real(doc)

    monkeypatch.setattr(module, "_analyse", watched)
    seen_at_rebuild = []
    controller = panel.controller
    controller.document_replaced.connect(lambda: seen_at_rebuild.append(started.wait(2)))
    with qtbot.waitSignal(panel.findings_changed, timeout=5000) as shown:
        controller.set_document(load(template_path("generic")))
    assert seen_at_rebuild == [True]  # already analysing when the views rebuild
    assert not panel._timer.isActive()
    assert shown.args[0] == module.by_subject(panel.findings)


def _submissions(monkeypatch, events: list | None = None) -> list:
    """Counts the jobs handed to the worker thread (and notes each in ``events``)."""
    jobs = []
    real = Background.run

    def run(self, *args):
        jobs.append(args)
        if events is not None:
            events.append("analysis")
        return real(self, *args)

    monkeypatch.setattr(Background, "run", run)
    return jobs


class _Paints(QObject):
    """Notes each paint of a widget in ``events`` (before it is painted)."""

    def __init__(self, widget, events: list) -> None:
        super().__init__()
        self.events = events
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_a_map_opened_in_a_shown_window_is_painted_before_its_analysis_starts(qtbot,
                                                                              monkeypatch):
    """The worker thread shares the interpreter with the canvas: started beside the build and
    the first paint, it made the map show later and the findings came no sooner."""
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: not window.findings_panel._worker.pending)
    events: list[str] = []
    jobs = _submissions(monkeypatch, events)
    paints = _Paints(window.view.viewport(), events)
    with qtbot.waitSignal(window.findings_panel.findings_changed, timeout=20000):
        window.controller.set_document(make_lanes_map(300, seed=2))
        assert jobs == []  # the canvas rebuilt; nothing is analysed before it is on screen
    assert "paint" in events and events.index("paint") < events.index("analysis")
    assert len(jobs) == 1  # analysed once
    assert window.findings_panel.findings  # and the findings are there
    window.view.viewport().removeEventFilter(paints)


def test_a_shown_window_that_does_not_paint_gets_its_findings_anyway(qtbot, monkeypatch):
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: not window.findings_panel._worker.pending)
    window.view.viewport().setUpdatesEnabled(False)  # as if covered: no frame comes
    started = []
    window.findings_panel.findings_changed.connect(lambda *_: started.append(time.perf_counter()))
    begun = time.perf_counter()
    window.controller.set_document(make_lanes_map(100, seed=2))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    window.view.viewport().setUpdatesEnabled(True)
    assert started[0] - begun < 3.0  # after FRAME_WAIT_MS, not never
    assert window.findings_panel.findings


def test_an_edit_before_the_first_frame_is_analysed_once_edits_pause(qtbot, monkeypatch):
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: not window.findings_panel._worker.pending)
    window.view.viewport().setUpdatesEnabled(False)
    jobs = _submissions(monkeypatch)
    controller = window.controller
    controller.set_document(make_lanes_map(100, seed=2))
    controller.execute("Title", lambda d: update(d, "s-5", title="Renamed"))
    with qtbot.waitSignal(window.findings_panel.findings_changed, timeout=5000):
        pass
    window.view.viewport().setUpdatesEnabled(True)
    qtbot.wait(FindingsPanel.FRAME_WAIT_MS + 100)
    assert len(jobs) == 1  # the edit's analysis; the open's wait for a frame ended with it
