"""Two editors on one room of a real server (127.0.0.1, a free port): they converge."""

from __future__ import annotations

import asyncio

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.collab.hosted import start_server
from app.model import Activity, dumps, edits, new_document

from .conftest import settle


def _same(a, b):
    return lambda: dumps(a.doc) == dumps(b.doc)


@pytest.fixture
def pair(server, editors, complete):
    """Two connected editors on the complete map, the second joined from an empty map."""
    url = server.url("workshop")
    one = editors(complete, url)
    assert one.connected()
    two = editors(new_document(), url)
    assert two.connected() and settle(one, two, condition=_same(one, two))
    return one, two


def _offline(*eds):
    for ed in eds:
        ed.session.client.go_offline()
    for ed in eds:
        assert ed.until(lambda ed=ed: ed.session.status == "offline")


def _online(*eds):
    for ed in eds:
        ed.session.client.go_online()


def test_a_joining_editor_gets_the_map_and_edits_travel_both_ways(pair):
    one, two = pair
    assert two.doc.meta.title == one.doc.meta.title
    act = one.doc.activities[2].id
    edits.update(two.doc, act, title="Fra den anden")
    assert settle(one, two, condition=lambda: one.doc.activity(act).title == "Fra den anden")


def test_concurrent_edits_of_different_fields_both_survive(pair):
    one, two = pair
    act = one.doc.activities[0].id
    _offline(one, two)
    edits.update(one.doc, act, title="Titel fra én")
    edits.update(two.doc, act, x=321.0)
    one.pump.run(), two.pump.run()
    _online(one, two)
    assert settle(one, two, condition=lambda: one.doc.activity(act).x == 321.0
                  and two.doc.activity(act).title == "Titel fra én" and _same(one, two)())


def test_concurrent_edits_of_one_field_end_with_one_value_everywhere(pair):
    one, two = pair
    act = one.doc.activities[0].id
    _offline(one, two)
    edits.update(one.doc, act, title="A")
    edits.update(two.doc, act, title="B")
    one.pump.run(), two.pump.run()
    _online(one, two)
    assert settle(one, two, condition=lambda: _same(one, two)()
                  and one.doc.activity(act).title in ("A", "B"))


def test_deleted_by_one_and_edited_by_the_other_stays_deleted(pair):
    one, two = pair
    act = one.doc.activities[1].id
    _offline(one, two)
    edits.remove(one.doc, act)
    edits.update(two.doc, act, title="Still here?", co_produced=True)
    one.pump.run(), two.pump.run()
    _online(one, two)
    assert settle(one, two, condition=lambda: two.doc.activity(act) is None and _same(one, two)())
    assert all(act not in (f.source, f.target) for f in two.doc.flows)


def test_concurrent_lane_reorders_converge_with_every_lane_once(pair):
    one, two = pair
    ids = [a.id for a in one.doc.actors]
    _offline(one, two)
    edits.move(one.doc, ("actors",), 0, len(ids) - 1)
    edits.move(two.doc, ("actors",), len(ids) - 1, 0)
    one.pump.run(), two.pump.run()
    _online(one, two)
    assert settle(one, two, condition=_same(one, two))
    assert sorted(a.id for a in one.doc.actors) == sorted(ids)
    assert len(one.doc.activities) == len(two.doc.activities) > 0


def test_an_editor_offline_for_fifty_edits_merges_on_reconnect(pair):
    one, two = pair
    lane = two.doc.actors[0].id
    _offline(two)
    for n in range(25):
        edits.add_activity(two.doc, Activity(id=f"off-{n}", title=f"Offline {n}", actor=lane))
        two.pump.run()
    for n in range(25):
        edits.update(two.doc, f"off-{n}", x=float(10 * n))
        two.pump.run()
    edits.update(one.doc, one.doc.activities[0].id, title="Online meanwhile")
    _online(two)
    assert settle(one, two, condition=lambda: one.doc.activity("off-24") is not None
                  and one.doc.activity("off-24").x == 240.0 and _same(one, two)())
    assert two.doc.activities[0].title == "Online meanwhile"


def test_undo_takes_back_only_this_editors_change(pair):
    one, two = pair
    act = one.doc.activities[0].id
    edits.update(one.doc, act, title="Mine")
    assert settle(one, two, condition=lambda: two.doc.activity(act).title == "Mine")
    other = one.doc.activities[1].id
    edits.update(two.doc, other, title="Theirs")
    assert settle(one, two, condition=lambda: one.doc.activity(other).title == "Theirs")
    before = two.doc.activity(act).title
    one.session.undo()
    assert settle(one, two, condition=lambda: two.doc.activity(act).title != before)
    assert two.doc.activity(other).title == "Theirs" and _same(one, two)()


def test_a_wrong_token_is_refused_before_any_document_data(tmp_path, editors, complete):
    server = start_server(tmp_path / "rooms", token="s3cret-token")
    try:
        good = editors(complete, server.url("room", "s3cret-token"))
        assert good.connected()
        bad = editors(new_document(), server.url("room", "guess"))
        assert bad.until(lambda: bad.session.status == "refused")
        assert bad.doc.activities == []

        async def first_message(url):
            async with connect(url, proxy=None) as ws:
                return await ws.recv()

        for url in (server.url("room", "guess"), server.url("room")):
            with pytest.raises(ConnectionClosed) as info:
                asyncio.run(first_message(url))
            assert info.value.rcvd.code == 1008
    finally:
        server.stop()


def test_changes_not_sent_before_leaving_are_sent_on_the_next_join(pair, editors, server):
    one, two = pair
    _offline(two)
    edits.update(two.doc, two.doc.activities[0].id, title="Written on the train")
    two.pump.run()
    kept = two.session.leave()  # the editor closes before the server heard of it
    assert one.doc.activities[0].title != "Written on the train"
    again = editors(new_document(), server.url("workshop"), saved_update=kept, share=False)
    assert again.connected()
    assert settle(one, again, condition=lambda: one.doc.activities[0].title == "Written on the train"
                  and _same(one, again)())


def test_joining_an_empty_room_says_so_and_changes_nothing(server, editors, complete):
    heard: list[str] = []
    from app.collab.session import SessionListeners

    before = dumps(complete)
    ed = editors(complete, server.url("nobody-here"), share=False,
                 listeners=SessionListeners(problem=heard.append))
    assert ed.until(lambda: bool(heard))
    assert "empty" in heard[0] and dumps(complete) == before
