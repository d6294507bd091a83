"""The recovery journal: unsaved work survives a crash or a kill.

While the document has unsaved changes, :class:`RecoveryJournal` writes it every 30 seconds,
and about 2 seconds after a burst of edits, to its own file in the per-user application data
folder (``QStandardPaths.AppDataLocation``/recovery) -- never over the user's file. Beside it
lies a JSON sidecar (original path, title, time) and a lock file that the editor holds while it
runs, so another editor starting up does not offer a journal that is still being written.
A clean save, undoing back to the saved state, or quitting normally removes the journal.

The next start lists what is left with :meth:`RecoveryJournal.pending` and offers it in
:class:`~app.ui.recovery_dialog.RecoveryDialog`; :func:`install_recovery` wires all of this to
a main window.
"""

from __future__ import annotations

import itertools
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal

from app.model import Document, DocumentError, dumps, load
from app.model.fileio import write_atomic
from app.model.files import PRIVATE_FILE, private_folder

from .controller import DocumentController
from .recovery_entry import RecoveryEntry, discard_entry
from .recovery_entry import unlink as _unlink

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

INTERVAL_MS = 30_000
BURST_CHANGES = 20
BURST_QUIET_MS = 2_000
_counter = itertools.count(1)


def default_folder() -> Path:
    """The per-user recovery folder (created on demand)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class RecoveryJournal(QObject):
    """Keeps a recovery copy of one controller's document while it has unsaved changes."""

    #: the journal was written (path of the recovery copy)
    written = Signal(object)
    #: the journal was removed (clean save, don't save, normal quit)
    discarded = Signal()

    def __init__(self, controller: DocumentController, folder: Path | str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self._controller = controller
        self.folder = Path(folder) if folder is not None else default_folder()
        stem = f"{os.getpid()}-{next(_counter)}"
        self.document_file = self.folder / f"{stem}.oppspace"
        self.sidecar_file = self.folder / f"{stem}.json"
        self._lock_file = self.folder / f"{stem}.lock"
        self._lock: QLockFile | None = None
        self._changes = 0  #: changes since the journal was last written
        self._closed = False
        self._interval = QTimer(self, interval=INTERVAL_MS, timeout=self._write_if_changed)
        self._quiet = QTimer(self, interval=BURST_QUIET_MS, singleShot=True,
                             timeout=self._write_if_changed)
        controller.changed.connect(self._on_change)
        controller.undo_stack.cleanChanged.connect(self._on_clean_changed)
        controller.document_replaced.connect(self._on_replaced)

    # -- triggers -----------------------------------------------------------------------
    def _on_change(self, _change: object) -> None:
        self._changes += 1
        if not self._interval.isActive():
            self._interval.start()
        if self._changes >= BURST_CHANGES:
            self._quiet.start()  # restarts: writes once the burst has been quiet a while

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_replaced(self) -> None:
        if not self._controller.is_modified():
            self.discard()

    def _write_if_changed(self) -> None:
        if self._changes:
            self.write_now()

    # -- writing and removing -----------------------------------------------------------
    def write_now(self) -> bool:
        """Write the recovery copy now if there is unsaved work; say so on failure."""
        if self._closed:
            return False
        if not self._controller.is_modified():
            self.discard()
            return False
        try:
            self._hold_lock()
            write_atomic(self.document_file, dumps(self._controller.document).encode("utf-8"),
                         mode=PRIVATE_FILE)
            write_atomic(self.sidecar_file, json.dumps(self._sidecar(), ensure_ascii=False,
                                                       indent=1).encode("utf-8"), mode=PRIVATE_FILE)
        except OSError as exc:
            self._controller.message.emit(self.tr("Could not write the recovery copy to %s: %s")
                                          % (self.folder, exc.strerror or exc))
            return False
        self._changes = 0
        self.written.emit(self.document_file)
        return True

    def _sidecar(self) -> dict[str, Any]:
        path = self._controller.path
        return {"original": str(path) if path is not None else None,
                "title": self._controller.document.meta.title,
                "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "pid": os.getpid()}

    def discard(self) -> None:
        """Remove the recovery copy (the work is saved, or deliberately thrown away)."""
        self._changes = 0
        self._interval.stop()
        self._quiet.stop()
        existed = self.document_file.exists() or self.sidecar_file.exists()
        for path in (self.sidecar_file, self.document_file):
            _unlink(path)
        if existed:
            self.discarded.emit()

    def close(self) -> None:
        """Discard and release the lock: the editor is closing normally."""
        if self._closed:
            return
        self.discard()
        self._closed = True
        if self._lock is not None:
            self._lock.unlock()  # removes the lock file
            self._lock = None

    def _hold_lock(self) -> None:
        """Hold this journal's lock for as long as the editor runs.

        QLockFile writes pid, host and program into the file and works alike on Linux, macOS
        and Windows; another editor's ``tryLock`` fails while this process lives and succeeds
        once it is gone (a stale lock), which is how :meth:`pending` tells the two apart.
        """
        if self._lock is not None:
            return
        private_folder(self.folder)
        lock = _lock_file(self._lock_file)
        if not lock.tryLock(0):
            raise OSError(f"the recovery lock {self._lock_file.name} is held by another editor")
        os.chmod(self._lock_file, PRIVATE_FILE)
        self._lock = lock

    # -- after a crash ------------------------------------------------------------------
    @staticmethod
    def pending(folder: Path | str | None = None) -> list[RecoveryEntry]:
        """Recoverable documents left by editors that are no longer running, newest first."""
        folder = Path(folder) if folder is not None else default_folder()
        if not folder.is_dir():
            return []
        for lock in folder.glob("*.lock"):  # left by editors killed after a clean save
            if not lock.with_suffix(".json").exists() and not _writer_alive(lock):
                _unlink(lock)
        entries = []
        for sidecar in folder.glob("*.json"):
            entry = _read_entry(sidecar)
            if entry is not None and not _writer_alive(sidecar.with_suffix(".lock")):
                entries.append(entry)
        return sorted(entries, key=lambda e: e.time, reverse=True)

    @staticmethod
    def restore(entry: RecoveryEntry) -> tuple[Document, Path | None]:
        """The recovered document and the file it belongs to (raises DocumentError)."""
        return load(entry.document_file), entry.original

    discard_entry = staticmethod(discard_entry)


def _read_entry(sidecar: Path) -> RecoveryEntry | None:
    document_file = sidecar.with_suffix(".oppspace")
    try:
        info = json.loads(sidecar.read_text(encoding="utf-8"))
        time = datetime.fromisoformat(info["time"])
        original = Path(info["original"]) if info.get("original") else None
        title = str(info.get("title") or "")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not document_file.is_file():
        return None
    if time.tzinfo is None:
        time = time.replace(tzinfo=timezone.utc)
    name = title or (original.name if original else QCoreApplication.translate(
        "RecoveryJournal", "Untitled map"))
    return RecoveryEntry(name, original, time, document_file, sidecar)


def _lock_file(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # only a dead writer makes a lock stale, however old it is
    return lock


def _writer_alive(lock_file: Path) -> bool:
    """True while the editor that writes this journal still holds its lock."""
    if not lock_file.exists():
        return False  # no lock file: the writer is gone
    lock = _lock_file(lock_file)
    if lock.tryLock(0):
        lock.unlock()  # it was stale: nobody holds it any more (this removes the file)
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


# -- wiring to a main window ---------------------------------------------------------------
def install_recovery(window: QMainWindow, folder: Path | str | None = None,
                     offer: bool = True) -> RecoveryJournal:
    """Give ``window`` (anything with a ``controller``) a recovery journal.

    The journal follows the controller's edits and saves; a normal quit removes it. With
    ``offer``, left-over journals of other editors are offered once the event loop runs.
    Returns the journal, also kept as ``window.recovery_journal``.
    """
    journal = RecoveryJournal(window.controller, folder, parent=window)
    window.recovery_journal = journal
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(journal.close)
    if offer:
        QTimer.singleShot(0, window, lambda: offer_recovery(window, journal))
    return journal


def offer_recovery(window: QMainWindow, journal: RecoveryJournal) -> bool:
    """Ask about left-over journals; restore the chosen one into ``window``. True if restored."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .recovery_dialog import RecoveryDialog

    entries = RecoveryJournal.pending(journal.folder)
    if not entries:
        return False
    dialog = RecoveryDialog(entries, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    entry = dialog.chosen
    try:
        document, original = RecoveryJournal.restore(entry)
    except DocumentError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("Recovery", "Cannot restore"), str(exc))
        return False
    controller = window.controller
    controller.set_document(document, original)
    controller.undo_stack.resetClean()  # restored work is unsaved work
    if journal.write_now():  # our own journal holds it now; the old one can go
        RecoveryJournal.discard_entry(entry)
    controller.message.emit(QCoreApplication.translate("Recovery", "Restored unsaved changes to “%s”") % entry.name)
    return True
