"""How much memory this process may still take, which decides the JSON parser that reads a
file; and a pause of the cyclic garbage collector while big acyclic structures are built.

pydantic's JSON parser (Rust) is the fast one, but when one of its allocations fails it aborts
the whole process ("memory allocation of N bytes failed"); Python's ``json.loads`` raises
``MemoryError`` instead, which becomes a message. So the fast parser is used only when the
most it could need fits in what is left: the address-space and data limits (``ulimit -v``,
``ulimit -d``) less what the process already uses, and the memory the system has available.
Where that cannot be known (no ``/proc``, no ``resource`` module), texts up to
:data:`UNKNOWN_ROOM_CHARS` take the fast path, as before.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

#: The most the fast parser took per character of text, doubled: a list of 5,000,000 ``[]``
#: (3 characters each) peaked at 51 bytes per character, a map at 9, a list of numbers at 44.
FAST_PARSE_BYTES_PER_CHAR = 100
#: Texts the fast parser takes where the memory left is unknown.
UNKNOWN_ROOM_CHARS = 16 * 1024 * 1024

_STATUS = Path("/proc/self/status")
_MEMINFO = Path("/proc/meminfo")


def fast_parse_fits(chars: int) -> bool:
    """Whether pydantic's parser may read a text of ``chars`` characters without the risk of
    an abort (otherwise ``json.loads`` reads it)."""
    room = memory_room()
    if room is None:
        return chars <= UNKNOWN_ROOM_CHARS
    return chars * FAST_PARSE_BYTES_PER_CHAR <= room


def memory_room() -> int | None:
    """Bytes this process may still allocate, or None when that cannot be told."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    status = _fields(_STATUS)
    available = _fields(_MEMINFO).get("MemAvailable")
    if available is None:
        return None
    room = [available]
    for limit, used in ((resource.RLIMIT_AS, "VmSize"), (resource.RLIMIT_DATA, "VmData")):
        soft, _hard = resource.getrlimit(limit)
        if soft == resource.RLIM_INFINITY:
            continue
        if used not in status:
            return None
        room.append(soft - status[used])
    return max(0, min(room))


def _fields(path: Path) -> dict[str, int]:
    """``Name: N kB`` lines of a /proc file, in bytes; empty when the file is not there."""
    try:
        lines = path.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return {}
    fields = {}
    for line in lines:
        name, _, value = line.partition(":")
        parts = value.split()
        if len(parts) == 2 and parts[1] == "kB" and parts[0].isdigit():
            fields[name] = int(parts[0]) * 1024
    return fields


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building a large structure with no
    cycles (a parsed map, its findings): otherwise it walks every object built so far again
    and again, about a third of the time `check` took on a 100,000-activity map. Reference
    counting still frees everything; the collector resumes (if it ran before) afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
