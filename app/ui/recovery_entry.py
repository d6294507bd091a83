"""One recoverable document left by an editor that did not close normally, and discarding it.

Apart from the journal (:mod:`app.ui.recovery`) so that the dialog listing entries and the
journal offering them both import it, and neither imports the other back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class RecoveryEntry:
    """One recoverable document left by an editor that did not close normally."""

    name: str  #: the document's title, or its file name, for people
    original: Path | None  #: the file the user was editing, or None if never saved
    time: datetime  #: when the journal was last written (UTC)
    document_file: Path
    sidecar_file: Path


def discard_entry(entry: RecoveryEntry) -> None:
    """Remove a left-over journal (restored into a new journal, or thrown away)."""
    for path in (entry.sidecar_file, entry.document_file, entry.sidecar_file.with_suffix(".lock")):
        unlink(path)


def unlink(path: Path) -> None:
    """Remove a file if it is there; a file already gone or locked away is no error here."""
    try:
        path.unlink()
    except OSError:
        pass
