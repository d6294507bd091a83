"""A closed Outline dock costs nothing on edits (on a big map each would rebuild lanes no one
sees); opening it shows the map as it is now."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDockWidget

from app.model.edits import update
from canvas_support import choose, open_window


def test_a_closed_outline_catches_up_when_opened(qtbot, monkeypatch):
    window = open_window(qtbot)
    outline = window.outline
    built = []
    real = type(outline)._lane_item
    monkeypatch.setattr(type(outline), "_lane_item", lambda self, a: (built.append(a), real(self, a))[1])
    act = window.controller.document.activities[0]
    window.controller.execute("Rename", lambda d: update(d, act.id, title="Renamed while closed"))
    qtbot.wait(20)
    assert built == []  # closed: no lane was rebuilt
    choose(window, window.findChild(QDockWidget, "outlinePanel").toggleViewAction())
    qtbot.waitUntil(lambda: outline.isVisible())
    titles = [outline.model.data(i) for i in _all(outline.model)]
    assert any(t.startswith("Renamed while closed") for t in titles)
    assert built  # rebuilt once, on opening


def _all(model, parent=None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _all(model, index)
