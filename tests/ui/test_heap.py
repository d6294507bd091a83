"""Opening a big map builds a few million Python objects that live as long as the map is open.
They are frozen out of the cycle collector's generations before it runs again: otherwise its
next young-generation pass walks every one of them (half a second of the open at 10,000
activities, measured with py-spy), and every later pass during drags walks them again."""

from __future__ import annotations

import gc

from app.ui.heap import long_lived


def test_what_an_open_builds_is_frozen_before_the_collector_runs_again():
    passes: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(watch)
    try:
        with long_lived():
            kept = [[n] for n in range(50_000)]  # lists: objects the collector walks
            assert not gc.isenabled()
            passes.clear()
        assert passes == []  # leaving the block walked none of them
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.callbacks.remove(watch)
        gc.unfreeze()
