"""Findings are computed in a worker thread: the editor keeps answering meanwhile, and a result
for a map the user has edited since is never shown."""

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from app.model import load
from app.model.edits import update
from app.ui import findings_panel as module
from app.ui.controller import DocumentController
from app.ui.findings_panel import FindingsPanel


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


def test_an_opened_map_is_analysed_while_the_canvas_builds(qtbot, panel, monkeypatch, template_path):
    """No wait for edits after an open: the worker starts before the views rebuild, so the
    findings can be in the first painted frame."""
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
