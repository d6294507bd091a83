"""Careful file access: bounded reads of regular files only, symlink targets, own temp files.

A map may come from anyone. Reading trusts neither ``stat`` nor the kind of file a name points
at: a FIFO would block forever, ``/dev/zero`` never ends, and a file may grow after ``stat``.
Writing goes through temporary files whose names carry this host and process, so stale-temp
cleanup on a shared (network) folder never deletes another machine's save in progress.
"""

from __future__ import annotations

import os
import re
import socket
import stat
import time
from pathlib import Path

TEMP_MAX_AGE = 24 * 3600.0  #: a temp file older than this is left over whoever made it
PRIVATE_FOLDER = 0o700  #: folders OppSpace chooses for what may be personal data: owner only
PRIVATE_FILE = 0o600  #: files there (recovery copies, settings with recent paths): owner only
_CHUNK = 1 << 20


class NotReadable(OSError):
    """The path names something that is not a regular file (folder, FIFO, device, socket)."""


def kind_of(mode: int) -> str | None:
    """Why a file of ``mode`` is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a file; only regular files are read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file; only regular files are read"
    return "is not a regular file; only regular files are read"


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the regular file at ``path`` (one more than allowed, so
    the caller can tell it is too large). Anything else raises :class:`NotReadable` at once,
    without blocking: the kind is checked before opening and again on the open file."""
    refused = kind_of(os.stat(path).st_mode)
    if refused:
        raise NotReadable(refused)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        refused = kind_of(os.fstat(fd).st_mode)  # swapped for a FIFO since the check?
        if refused:
            raise NotReadable(refused)
        data = bytearray()
        while len(data) <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - len(data)))
            if not chunk:
                break
            data += chunk
        return bytes(data)
    finally:
        os.close(fd)


def write_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: a symlink's final target (so the link,
    and everyone sharing the target, sees the new content), else ``path`` itself."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def host_tag() -> str:
    """This machine's name as it may appear inside a file name."""
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname() or "host")[:40] or "host"


def temp_prefix(name: str) -> str:
    """``.NAME.HOST.PID.`` -- the start of a temporary file that will replace ``NAME``."""
    return f".{name}.{host_tag()}.{os.getpid()}."


def stale_temps(folder: Path, name: str, alive) -> list[Path]:
    """Temporary files for ``NAME`` in ``folder`` that nobody is writing any more: this host's
    temps whose process ``alive(pid)`` says is gone, and anyone's older than a day."""
    pattern = re.compile(rf"\.{re.escape(name)}\.(?:([A-Za-z0-9-]+)\.)?(\d+)\.[^.]+\.tmp")
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    host, now, found = host_tag(), time.time(), []
    for entry in names:
        match = pattern.fullmatch(entry)
        if not match:
            continue
        pid = int(match.group(2))
        ours = match.group(1) == host and pid != os.getpid()
        if (ours and not alive(pid)) or _older_than(folder / entry, now - TEMP_MAX_AGE):
            found.append(folder / entry)
    return found


def _older_than(path: Path, when: float) -> bool:
    try:
        return os.lstat(path).st_mtime < when
    except OSError:
        return False


def private_folder(folder: Path) -> None:
    """Create ``folder`` readable by its owner only (0700), or make it so, whatever the umask:
    what OppSpace keeps there on its own (recovery copies, recent file paths) may be personal."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make the regular file at ``path`` owner-only (0600), creating it empty if it is not
    there, so a program that rewrites it keeping its mode (Qt's QSaveFile) keeps it private.
    Anything but a regular file is left alone."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode) and mode & 0o077:
            os.chmod(path, PRIVATE_FILE)
        return
    os.close(fd)
