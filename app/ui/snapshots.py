"""The last saved or opened state of each map file, kept as a hidden copy in the app data
folder (``QStandardPaths.AppDataLocation``/snapshots), so *Merge From…* knows the version
both partners started from without asking. Never written beside the user's files; the folder
is 0700 and the copies 0600, as they hold the map."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.model import Document, DocumentError, dumps, load
from app.model.fileio import write_atomic
from app.model.files import PRIVATE_FILE, private_folder


def folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "snapshots"


def snapshot_path(map_path: Path) -> Path:
    """One hidden file per map, named by a hash of the map's absolute path."""
    key = hashlib.sha256(str(Path(map_path).resolve()).encode("utf-8")).hexdigest()[:24]
    return folder() / f"{key}.oppspace"


def remember(map_path: Path, doc: Document | None = None) -> None:
    """Keep ``doc`` as the state of ``map_path``; a failure to keep it is not the user's problem.

    Without ``doc`` the file's own bytes are kept (just opened or saved: the file is what the
    document holds), a copy instead of serialising a big map again while the user waits."""
    target = snapshot_path(map_path)
    try:
        data = dumps(doc).encode("utf-8") if doc is not None else Path(map_path).read_bytes()
        private_folder(target.parent)  # copies of maps: personal data, owner only
        write_atomic(target, data, mode=PRIVATE_FILE)
    except OSError:
        pass  # without a snapshot, Merge From asks for the base file


def recall(map_path: Path | None) -> Document | None:
    """The remembered state of ``map_path``, or None when there is none (or it is unreadable)."""
    if map_path is None:
        return None
    target = snapshot_path(map_path)
    if not target.is_file():
        return None
    try:
        return load(target)
    except DocumentError:
        return None
