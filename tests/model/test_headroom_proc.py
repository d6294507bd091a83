"""The memory left, read from /proc as Linux writes it (here: files of the same form): what
the system has available, bounded by this process's limits, never below nothing; a stray
byte in the file is not a crash."""

from __future__ import annotations

import resource

from app.model import headroom
from app.model.headroom import memory_room

MEMINFO = "MemTotal:       8000000 kB\nMemFree:         100000 kB\nMemAvailable:     2048 kB\n"
STATUS = "Name:\tpython\nVmSize:\t  500000 kB\nVmData:\t  300000 kB\n"


def _proc(tmp_path, monkeypatch, meminfo: str | bytes, status: str = STATUS, limit=None):
    mem, st = tmp_path / "meminfo", tmp_path / "status"
    mem.write_bytes(meminfo if isinstance(meminfo, bytes) else meminfo.encode())
    st.write_text(status)
    monkeypatch.setattr(headroom, "_MEMINFO", mem)
    monkeypatch.setattr(headroom, "_STATUS", st)
    monkeypatch.setattr(resource, "getrlimit", lambda which: (limit, -1)
                        if limit is not None and which == resource.RLIMIT_AS
                        else (resource.RLIM_INFINITY, -1))


def test_without_limits_the_room_is_what_the_system_has_available(tmp_path, monkeypatch):
    _proc(tmp_path, monkeypatch, MEMINFO)
    assert memory_room() == 2048 * 1024


def test_an_address_space_limit_already_used_up_leaves_no_room_not_less(tmp_path, monkeypatch):
    _proc(tmp_path, monkeypatch, MEMINFO, limit=400000 * 1024)
    assert memory_room() == 0
    _proc(tmp_path, monkeypatch, MEMINFO, limit=500001 * 1024)
    assert memory_room() == 1024


def test_a_stray_byte_in_the_file_is_read_past(tmp_path, monkeypatch):
    _proc(tmp_path, monkeypatch, b"Weird\xff: 1 kB\n" + MEMINFO.encode())
    assert memory_room() == 2048 * 1024


def test_without_an_available_line_the_room_is_unknown(tmp_path, monkeypatch):
    _proc(tmp_path, monkeypatch, "MemTotal:       8000000 kB\n")
    assert memory_room() is None
