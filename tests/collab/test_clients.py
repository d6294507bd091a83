"""Other Yjs clients in the room: a plain pycrdt program, and a malicious one."""

from __future__ import annotations

from pycrdt import Array, Map

from app.model import dumps, save

from .conftest import settle
from .plain_client import visit


def test_a_plain_pycrdt_client_reads_titles_and_its_edits_show_in_the_editor(server, editors,
                                                                             complete):
    url = server.url("workshop")
    editor = editors(complete, url)
    assert editor.connected()
    lane = complete.actors[0].id

    def read_and_write(doc):
        root = doc.get("oppspace", type=Map)
        titles = [a["title"] for a in root["activities"]]
        with doc.transaction():
            root["activities"][0]["title"] = "Skrevet af en anden klient"
            root["activities"].append(Map({"id": "s-plain", "title": "Fra pycrdt", "actor": lane}))
        return titles

    titles = visit(url, read_and_write)
    assert titles == [a.title for a in complete.activities]
    assert settle(editor, condition=lambda: complete.activity("s-plain") is not None)
    assert complete.activities[0].title == "Skrevet af en anden klient"
    new = complete.activity("s-plain")
    assert (new.actor, new.x, new.width) == (lane, 40.0, 180.0)  # defaults, as a file gives them


def test_a_malicious_clients_invalid_structure_is_set_aside_and_never_saved(server, editors,
                                                                            complete, tmp_path):
    url = server.url("workshop")
    seen: list[list[str]] = []
    from app.collab.session import SessionListeners

    editor = editors(complete, url, listeners=SessionListeners(set_aside=seen.append))
    assert editor.connected()
    first = complete.activities[0].id

    def vandalise(doc):
        root = doc.get("oppspace", type=Map)
        with doc.transaction():
            root["flows"].append(Map({"id": "f-evil", "kind": "sequence", "source": first,
                                      "target": "s-nowhere"}))
            root["activities"].append(Map({"id": "s-evil", "title": 42, "actor": 7}))
            root["phases"][0]["width"] = -5
            root["actors"].append(Array(["not", "a", "map"]))
            root["meta"]["title"] = "Still a good edit"

    visit(url, vandalise)
    assert settle(editor, condition=lambda: complete.meta.title == "Still a good edit")
    assert complete.flow("f-evil") is None and complete.activity("s-evil") is None
    assert complete.phases[0].width == 260.0  # the wrong value set aside, the phase kept
    assert all(a.phase is not None for a in complete.activities[:1])
    assert seen and len(seen[-1]) == 4, seen[-1]
    assert any("f-evil" in m or "s-nowhere" in m for m in seen[-1])
    out = tmp_path / "saved.oppspace"
    save(complete, out)
    text = out.read_text(encoding="utf-8")
    assert "s-nowhere" not in text and "s-evil" not in text and "Still a good edit" in text
    assert dumps(complete) == text
