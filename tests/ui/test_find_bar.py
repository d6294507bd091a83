"""Find (Ctrl+F): highlights every match, cycles with Enter/F3, Esc clears and hides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model import loads
from app.model.edits import update
from app.ui.controller import DocumentController
from app.ui.find_bar import FindBar, fold, search

MAP = """{
  "format": "oppspace", "version": 1, "meta": {"title": "Find test"},
  "phases": [{"id": "ph-1", "name": "Samdesign"}],
  "actors": [{"id": "a-city", "name": "Aalborg Kommune"},
             {"id": "a-cafe", "name": "Caféen på havnen"},
             {"id": "a-cit", "name": "Borgeren", "kind": "citizen"}],
  "activities": [
    {"id": "s-late", "title": "Opfølgning", "actor": "a-city", "x": 500.0},
    {"id": "s-early", "title": "Afklaring", "description": "Samtale om ønsker", "actor": "a-city", "x": 40.0},
    {"id": "s-work", "title": "Arbejde på caféen", "actor": "a-cafe"},
    {"id": "s-tell", "title": "Fortæller om ønsker", "actor": "a-cit"}],
  "flows": [
    {"id": "f-1", "kind": "information", "source": "s-early", "target": "a-cafe",
     "what": "Ønsker og behov", "when": "Før første arbejdsdag", "form": "Møde"},
    {"id": "f-2", "kind": "sequence", "source": "s-early", "target": "s-late"}]
}"""


@pytest.fixture
def bar(qtbot):
    controller = DocumentController()
    controller.set_document(loads(MAP))
    host = QWidget()
    QVBoxLayout(host).addWidget(FindBar(controller, host))
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    find_bar = host.findChild(FindBar)
    shown: list[list[str]] = []
    controller.show_requested.connect(shown.append)
    find_bar.shown = shown  # what the canvas was asked to centre, in order
    find_bar.host = host  # qtbot holds widgets weakly
    return find_bar


def _type(qtbot, bar: FindBar, text: str) -> None:
    bar.activate()
    qtbot.keyClicks(bar.edit, text)


def test_fold_ignores_case_and_accents_and_nordic_letters():
    assert fold("Ålborg KØR Æble Café") == "alborg kor aeble cafe"


def test_search_finds_titles_descriptions_names_phases_and_flow_texts_in_reading_order():
    doc = loads(MAP)
    assert search(doc, "onsker") == ["s-early", "s-tell", "f-1"]  # description, title, flow what
    assert search(doc, "CAFE") == ["a-cafe", "s-work"]
    assert search(doc, "samdesign") == ["ph-1"]
    assert search(doc, "møde") == ["f-1"]  # flow form
    assert search(doc, "første") == ["f-1"]  # flow when
    assert search(doc, "o") [:2] == ["a-city", "s-early"] and "s-late" in search(doc, "o")
    assert search(doc, "   ") == [] and search(doc, "zebra") == []


def test_activate_shows_the_bar_with_focus_in_the_text(bar):
    assert not bar.isVisible()
    bar.activate()
    assert bar.isVisible() and bar.edit.hasFocus()


def test_typing_highlights_all_matches_and_centres_the_first(qtbot, bar):
    _type(qtbot, bar, "ønsker")
    assert bar.controller.selection == ["s-early", "s-tell", "f-1"]
    assert bar.shown[-1] == ["s-early"]
    assert bar.count.text() == "1 of 3"


def test_enter_and_f3_go_forward_and_wrap_shift_goes_back(qtbot, bar):
    _type(qtbot, bar, "ønsker")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.shown[-1] == ["s-tell"] and bar.count.text() == "2 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.shown[-1] == ["f-1"] and bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.shown[-1] == ["s-early"] and bar.count.text() == "1 of 3"  # wrapped
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.shown[-1] == ["f-1"] and bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.shown[-1] == ["s-tell"] and bar.count.text() == "2 of 3"
    assert bar.controller.selection == ["s-early", "s-tell", "f-1"]  # all stay highlighted


def test_buttons_step_like_the_keys(qtbot, bar):
    _type(qtbot, bar, "cafe")
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.shown[-1] == ["s-work"]
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.shown[-1] == ["a-cafe"]


def test_no_match_says_so_and_clears_the_highlight(qtbot, bar):
    _type(qtbot, bar, "cafe")
    assert bar.controller.selection
    qtbot.keyClicks(bar.edit, "xyz")
    assert bar.count.text() == "No matches"
    assert bar.controller.selection == []
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # nothing to step to; no error
    assert bar.count.text() == "No matches"


def test_escape_clears_hides_and_drops_the_highlight(qtbot, bar):
    _type(qtbot, bar, "ønsker")
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert bar.edit.text() == "" and bar.controller.selection == []
    bar.activate()
    assert bar.count.text() == ""


def test_an_edit_updates_the_count_but_keeps_the_users_selection(qtbot, bar):
    _type(qtbot, bar, "cafe")
    assert bar.count.text() == "1 of 2"
    bar.controller.set_selection(["s-late"])  # the user clicks something else and edits it
    bar.controller.execute("Rename", lambda doc: update(doc, "s-late", title="Café-opfølgning"))
    assert bar.count.text() == "2 of 3"  # the new match comes first in reading order
    assert bar.controller.selection == ["s-late"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.shown[-1] == ["s-work"]  # stepping goes on from the match shown before the edit
    bar.controller.undo_stack.undo()
    assert bar.count.text() == "2 of 2"


def test_f3_goes_to_the_bar_even_when_the_window_binds_f3(qtbot, bar):
    from PySide6.QtGui import QAction, QKeySequence

    window_action = QAction("Find next (window)", bar.parentWidget())
    window_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
    window_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    bar.parentWidget().addAction(window_action)
    fired: list[bool] = []
    window_action.triggered.connect(lambda: fired.append(True))
    _type(qtbot, bar, "ønsker")
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count.text() == "2 of 3" and fired == []
