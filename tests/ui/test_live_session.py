"""Two editors in one live session on a real server (127.0.0.1, a free port), driven with the
mouse: a change, a selection and an undo travel from one window to the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from app.collab.hosted import start_server
from app.model import dumps, edits
from app.ui.live.status import color_for

from tests.ui.canvas_support import box_center, click, drag, open_window, press


@pytest.fixture
def two_windows(qtbot, tmp_path):
    server = start_server(tmp_path / "rooms")
    one = open_window(qtbot, "aalborg-aktiv")
    two = open_window(qtbot, "blank")
    url = server.url("workshop")
    one.live.begin(url, "Anna", share=True)
    qtbot.waitUntil(lambda: one.live.session.in_room, timeout=10_000)
    two.live.join(url, "Bo")
    qtbot.waitUntil(lambda: dumps(two.controller.document) == dumps(one.controller.document),
                    timeout=10_000)
    yield one, two
    for window in (one, two):
        window.live.leave()
    server.stop()


def test_a_move_a_selection_and_an_undo_reach_the_partner(qtbot, two_windows):
    one, two = two_windows
    act = one.controller.document.activities[0].id
    assert two.findChild(type(one.live.status), "liveStatus").isVisible()
    qtbot.waitUntil(lambda: "2" in two.live.status.text() and "connected" in two.live.status.text(),
                    timeout=10_000)
    start = box_center(one, act)
    drag(one, start, start + QPointF(120, 0))
    moved = one.controller.document.activity(act).x
    qtbot.waitUntil(lambda: two.controller.document.activity(act).x == moved, timeout=5000)
    assert two.scene.activities[act].box().center().x() == pytest.approx(box_center(one, act).x())
    # Anna's selection is outlined in her colour on Bo's canvas
    click(one, box_center(one, act))
    qtbot.waitUntil(lambda: len(two.live.outlines.items) == 2, timeout=5000)
    outline = two.live.outlines.items[0]
    assert outline.pen().color() == QColor(color_for("Anna"))
    assert outline.sceneBoundingRect().contains(two.scene.activities[act].box())
    # Bo's own edit meanwhile is not undone by Anna's undo
    other = two.controller.document.activities[1].id
    two.controller.execute("rename", lambda d: edits.update(d, other, title="Bo's title"))
    qtbot.waitUntil(lambda: one.controller.document.activity(other).title == "Bo's title",
                    timeout=5000)
    press(one, "actionUndo")
    qtbot.waitUntil(lambda: two.controller.document.activity(act).x != moved, timeout=5000)
    assert two.controller.document.activity(other).title == "Bo's title"


def test_leaving_keeps_the_map_open_and_saving_writes_the_shared_map(qtbot, two_windows, tmp_path):
    one, two = two_windows
    two.live.leave()
    assert not two.live.status.isVisible()
    assert two.controller.document.activities  # the shared map stays open
    out = tmp_path / "saved.oppspace"
    two.save_to(out)
    assert out.read_text(encoding="utf-8") == dumps(two.controller.document)
    assert two.controller.document.meta.title == one.controller.document.meta.title


def test_invalid_content_from_another_program_is_set_aside_with_a_visible_message(qtbot,
                                                                                  two_windows):
    from pycrdt import Map

    from tests.collab.plain_client import visit

    one, two = two_windows
    first = one.controller.document.activities[0].id
    messages: list[str] = []
    two.controller.message.connect(messages.append)

    def vandalise(doc):
        root = doc.get("oppspace", type=Map)
        with doc.transaction():
            root["flows"].append(Map({"id": "f-evil", "kind": "sequence", "source": first,
                                      "target": "s-nowhere"}))
            root["activities"][1]["title"] = "Good edit"

    visit(one.live.url, vandalise)
    qtbot.waitUntil(lambda: two.controller.document.activities[1].title == "Good edit",
                    timeout=10_000)
    assert two.controller.document.flow("f-evil") is None
    assert "1 set aside" in two.live.status.text()
    assert any("s-nowhere" in m for m in messages)


def test_own_edits_are_kept_on_disk_during_the_session(qtbot, two_windows):
    one, two = two_windows
    path = two.live._pending_path(two.live.url)
    assert not path.exists()
    two.live.keep_timer.setInterval(50)
    act = two.controller.document.activities[0].id
    two.controller.execute("rename", lambda d: edits.update(d, act, title="Kept"))
    qtbot.waitUntil(path.exists, timeout=5000)
    from pycrdt import Doc

    from app.collab.shared import read_document

    kept = Doc()
    kept.apply_update(path.read_bytes())
    assert read_document(kept)["activities"][0]["title"] == "Kept"
    assert path.stat().st_mode & 0o777 == 0o600, "the shared map's state: owner only"
    assert path.parent.stat().st_mode & 0o777 == 0o700
