"""`oppspace serve`, `push` and `pull` as a person runs them; the server killed mid-session."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from app.cli import main
from app.collab.hosted import free_port, start_server
from app.model import Activity, dumps, edits, load, new_document, save
from tests.conftest import DATA, ROOT

from .conftest import settle
from .plain_client import visit


def _serve(port: int, data, *extra: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--data", str(data), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 20
    while time.monotonic() < end:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return process
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"the server did not start: {process.communicate()[1]}")


def _stop(process: subprocess.Popen) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.communicate(timeout=10)[1]


def test_server_killed_and_restarted_from_its_data_folder(tmp_path, editors, complete):
    port = free_port()
    process = _serve(port, tmp_path / "rooms")
    try:
        url = f"ws://127.0.0.1:{port}/workshop"
        one = editors(complete, url)
        assert one.connected()
        two = editors(new_document(), url)
        assert two.connected()
        edits.update(one.doc, one.doc.activities[0].id, title="Before the crash")
        assert settle(one, two, condition=lambda: dumps(one.doc) == dumps(two.doc))
        time.sleep(0.3)  # the server writes its SQLite store in the background
        log = _stop(process)
        assert one.until(lambda: one.session.status == "reconnecting")
        edits.update(one.doc, one.doc.activities[1].id, title="While it was down")
        edits.add_activity(two.doc, Activity(id="s-down", title="Added offline",
                                             actor=two.doc.actors[0].id))
        process = _serve(port, tmp_path / "rooms")
        ok = settle(one, two, condition=lambda: one.doc.activity("s-down") is not None
                    and two.doc.activities[1].title == "While it was down"
                    and dumps(one.doc) == dumps(two.doc), timeout=20)
        assert ok, (one.session.status, two.session.status, one.doc.activity("s-down"),
                    two.doc.activities[1].title, one.session.aside, two.session.aside)
        assert two.doc.activities[0].title == "Before the crash"
    finally:
        log = _stop(process)
    assert "Before the crash" not in log and "Aalborg" not in log  # logs hold no content
    assert "joined room workshop" in log


def test_the_room_survives_a_restart_with_nobody_in_it(tmp_path, complete):
    port = free_port()
    process = _serve(port, tmp_path / "rooms")
    url = f"ws://127.0.0.1:{port}/kept"
    try:
        assert main(["push", str(DATA / "complete.oppspace"), url]) == 0
        time.sleep(0.3)
    finally:
        _stop(process)
    process = _serve(port, tmp_path / "rooms")
    try:
        out = tmp_path / "pulled.oppspace"
        assert main(["pull", url, "-o", str(out)]) == 0
        assert out.read_bytes() == (DATA / "complete.oppspace").read_bytes()
    finally:
        _stop(process)


def test_push_then_pull_gives_the_canonical_file(server, tmp_path, capsys):
    url = server.url("room-1")
    assert main(["push", str(DATA / "complete.oppspace"), url]) == 0
    out = tmp_path / "out.oppspace"
    assert main(["pull", url, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == dumps(load(DATA / "complete.oppspace"))
    changed = load(DATA / "complete.oppspace")
    edits.update(changed, changed.activities[0].id, title="Replaced")
    save(changed, tmp_path / "changed.oppspace")
    assert main(["push", str(tmp_path / "changed.oppspace"), url]) == 0
    assert main(["pull", url, "-o", str(out)]) == 0
    assert load(out).activities[0].title == "Replaced"


def test_pull_refuses_an_invalid_room_naming_the_place(server, tmp_path, capsys):
    url = server.url("bad")
    assert main(["push", str(DATA / "complete.oppspace"), url]) == 0
    capsys.readouterr()

    def vandalise(doc):
        from pycrdt import Map

        doc.get("oppspace", type=Map)["activities"][0]["actor"] = "a-nobody"

    visit(url, vandalise)
    out = tmp_path / "out.oppspace"
    assert main(["pull", url, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oppspace: error:") and 'activities[0].actor: no actor with id "a-nobody"' in err
    assert "Traceback" not in err and not out.exists()


@pytest.mark.parametrize("args, words", [
    (["pull", "http://example/x", "-o", "x.oppspace"], "not a room address"),
    (["push", "missing.oppspace", "ws://127.0.0.1:9/room"], "missing.oppspace"),
])
def test_bad_command_lines_get_one_line(args, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_pull_from_nowhere_and_with_a_wrong_token(tmp_path, capsys):
    port = free_port()
    assert main(["pull", f"ws://127.0.0.1:{port}/room", "-o", str(tmp_path / "o.oppspace")]) == 2
    assert "cannot reach the room" in capsys.readouterr().err
    server = start_server(tmp_path / "rooms", token="right")
    try:
        assert main(["pull", server.url("room", "wrong"), "-o", str(tmp_path / "o.oppspace")]) == 2
        err = capsys.readouterr().err
        assert "refused" in err and "wrong" not in err.split("refused")[0]  # token not shown
    finally:
        server.stop()


def test_serve_beyond_loopback_needs_a_token_file(tmp_path, capsys):
    assert main(["serve", "--host", "0.0.0.0", "--data", str(tmp_path)]) == 2
    assert "--token-file" in capsys.readouterr().err
    empty = tmp_path / "token"
    empty.write_text("\n")
    assert main(["serve", "--token-file", str(empty), "--data", str(tmp_path)]) == 2
    assert "token file" in capsys.readouterr().err


def test_messages_over_16_mib_are_refused(server):
    import asyncio

    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    async def send_big():
        ws = await connect(server.url("big"), proxy=None, max_size=None)
        await ws.recv()  # the room's first sync step
        sending = asyncio.ensure_future(ws.send(b"\x00" * (16 * 1024 * 1024 + 1)))
        with pytest.raises(ConnectionClosed):
            while True:
                await ws.recv()
        await asyncio.gather(sending, return_exceptions=True)
        return ws.protocol.close_rcvd.code  # (the socket is already gone: no close of ours)

    assert asyncio.run(asyncio.wait_for(send_big(), 20)) == 1009


def test_the_rooms_folder_serve_chooses_is_owner_only_even_if_it_existed(tmp_path):
    """Rooms hold maps; a folder made by an older version with the umask's 0755 is closed."""
    rooms = tmp_path / "data" / "OppSpace" / "OppSpace" / "rooms"
    rooms.mkdir(parents=True)
    os.chmod(rooms, 0o755)
    port = free_port()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        end = time.monotonic() + 20
        while time.monotonic() < end and process.poll() is None:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        assert rooms.stat().st_mode & 0o777 == 0o700
    finally:
        _stop(process)
