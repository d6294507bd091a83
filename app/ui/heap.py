"""Python's cycle collector and big maps: a document of 10,000 activities with its drawing plan
and scene is a few million Python objects that live as long as the map is open. Each full
collection walks all of them (a tenth of a second and more), and opening such a map triggers
several. While a map is opened, collection waits; once it is open, what survived is moved out
of the collector's generations (``gc.freeze``), so later collections -- during drags, edits and
the findings worker's analyses -- walk only what is new. Opening the next map lets the previous
one's objects be collected again (``gc.unfreeze``); plain reference counting frees them anyway.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def long_lived() -> Iterator[None]:
    """Build what will live as long as the open map without collections meanwhile. What was
    built is frozen before the collector runs again: enabled first, its next young-generation
    pass would walk every object built meanwhile (all still young, about half a second at
    10,000 activities)."""
    gc.unfreeze()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
