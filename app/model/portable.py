"""File-system calls that behave the same on Linux, macOS and Windows.

Everything POSIX-only that the file code needs lives here, each behind one guard, so the rest
of OppSpace never branches on the platform:

- :func:`replace_file` swaps a finished temporary file in. On Windows ``os.replace`` fails with
  a sharing violation while another program (a virus scanner, a sync client, a spreadsheet)
  holds the target open for a moment; it is retried for about two seconds before the caller
  gets the error to report.
- :func:`process_alive` tells whether a local process still runs. ``os.kill(pid, 0)`` is POSIX
  only (on Windows it would *terminate* the process), so elsewhere the answer is "alive":
  callers then keep what they would otherwise remove, which is the safe side.
- :func:`fsync_folder` makes a rename durable where folders can be opened (POSIX); Windows
  cannot open a folder this way and needs nothing further.

Tests switch ``POSIX`` off to run the portable path on any machine.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

#: whether the POSIX-only calls (kill(pid, 0), fsync of a folder) may be used
POSIX = os.name == "posix"

REPLACE_ATTEMPTS = 20
REPLACE_PAUSE_S = 0.1
#: errors that mean "held open by someone else for now" rather than "never possible"
_TRANSIENT = {errno.EACCES, errno.EBUSY, errno.EPERM}
_WINERROR_SHARING = {5, 32, 33}  # access denied, sharing violation, lock violation


def replace_file(source: str | os.PathLike, target: str | os.PathLike,
                 attempts: int = REPLACE_ATTEMPTS, pause: float = REPLACE_PAUSE_S) -> None:
    """``os.replace(source, target)``, retried while the target is briefly held open.

    Raises the last ``OSError`` when the target stays locked, so the caller can say so.
    """
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if attempt == attempts - 1 or not _transient(exc):
                raise
            time.sleep(pause)


def _transient(exc: OSError) -> bool:
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in _WINERROR_SHARING
    return exc.errno in _TRANSIENT and not POSIX


def reason(exc: OSError) -> str:
    """Why a file operation failed, in words a user can act on."""
    if getattr(exc, "winerror", None) in _WINERROR_SHARING:
        return "the file is open in another program; close it there and try again"
    return exc.strerror or str(exc)


def process_alive(pid: int) -> bool:
    """True if process ``pid`` runs on this machine, or if that cannot be known safely."""
    if pid == os.getpid():
        return True
    if not POSIX:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True
    return True


def fsync_folder(folder: str | os.PathLike) -> None:
    """Flush a folder's entries to disk after a rename (POSIX only; a no-op elsewhere)."""
    if not POSIX:
        return
    try:
        fd = os.open(Path(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process's file-creation mask (read without changing it for longer than a call)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
