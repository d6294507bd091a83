"""Which parser reads a file depends on the memory left; the garbage collector pause."""

from __future__ import annotations

import gc
import resource

import pytest

from app.model import headroom
from app.model.headroom import (FAST_PARSE_BYTES_PER_CHAR, UNKNOWN_ROOM_CHARS, collector_paused,
                                fast_parse_fits, memory_room)


def test_the_fast_parser_reads_a_text_only_when_its_worst_case_fits(monkeypatch):
    monkeypatch.setattr(headroom, "memory_room", lambda: 1_000 * FAST_PARSE_BYTES_PER_CHAR)
    assert fast_parse_fits(1_000)
    assert not fast_parse_fits(1_001)


def test_where_the_memory_left_is_unknown_texts_up_to_16_mib_take_the_fast_parser(monkeypatch):
    monkeypatch.setattr(headroom, "memory_room", lambda: None)
    assert fast_parse_fits(UNKNOWN_ROOM_CHARS)
    assert not fast_parse_fits(UNKNOWN_ROOM_CHARS + 1)


def test_an_address_space_limit_bounds_the_memory_left(monkeypatch):
    if memory_room() is None:
        pytest.skip("no /proc here")
    used = headroom._fields(headroom._STATUS)["VmSize"]
    monkeypatch.setattr(resource, "getrlimit", lambda which: (used + 10 * 2 ** 20, -1)
                        if which == resource.RLIMIT_AS else (resource.RLIM_INFINITY, -1))
    assert 0 < memory_room() <= 10 * 2 ** 20 + 2 ** 20  # what this process used meanwhile


def test_the_collector_is_paused_inside_and_restored_after_even_on_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled(), "a collector paused by the caller stays paused"
    finally:
        gc.enable()
