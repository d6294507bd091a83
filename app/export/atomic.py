"""Exports are written like saves: never a half-written file at the target."""

from __future__ import annotations

from pathlib import Path

from app.model.fileio import write_atomic


def write_bytes(path: Path, data: bytes) -> None:
    write_atomic(Path(path), data)
