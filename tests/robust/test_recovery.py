"""The recovery journal: written while there is unsaved work, removed on save, offered after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from app.model import dumps, load
from app.model.edits import update, update_at
from app.model.templates import from_template
from app.ui import recovery
from app.ui.controller import DocumentController
from app.ui.recovery import RecoveryJournal, install_recovery, offer_recovery
from app.ui.recovery_dialog import RecoveryDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def controller(qtbot) -> DocumentController:
    ctl = DocumentController(from_template("aalborg-aktiv"))
    yield ctl
    ctl.deleteLater()


def retitle(controller: DocumentController, title: str) -> None:
    controller.execute("Rename", lambda doc: update_at(doc, ("meta",), title=title))


def move_box(controller: DocumentController, x: float) -> None:
    first = controller.document.activities[0].id
    controller.execute("Move", lambda doc: update(doc, first, x=x))


def abandon(journal: RecoveryJournal) -> None:
    """What a kill does to a journal: the files stay, and so does the lock file, naming a
    process that no longer runs (QLockFile then counts it as stale)."""
    lines = journal._lock_file.read_bytes().split(b"\n")
    journal._lock.unlock()
    journal._lock = None
    journal._closed = True
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, check=True)
    lines[0] = finished.stdout.strip()
    journal._lock_file.write_bytes(b"\n".join(lines))


def test_nothing_is_written_while_the_document_is_saved(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    assert journal.write_now() is False
    assert not journal.document_file.exists()
    assert RecoveryJournal.pending(tmp_path) == []


def test_unsaved_work_is_written_beside_never_over_the_users_file(controller, tmp_path) -> None:
    user_file = tmp_path / "mine.oppspace"
    controller.save(user_file)
    saved = user_file.read_bytes()
    journal = RecoveryJournal(controller, tmp_path / "recovery")
    retitle(controller, "Ændret titel")
    assert journal.write_now()
    assert user_file.read_bytes() == saved
    assert journal.document_file.parent == tmp_path / "recovery"
    assert journal.document_file.read_text(encoding="utf-8") == dumps(controller.document)
    info = json.loads(journal.sidecar_file.read_text(encoding="utf-8"))
    assert info["original"] == str(user_file)
    assert info["title"] == "Ændret titel"


def test_a_burst_of_edits_is_written_two_seconds_after_the_last(controller, tmp_path, qtbot) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    for i in range(recovery.BURST_CHANGES):
        move_box(controller, 50.0 + i)
    assert not journal.document_file.exists(), "written only once the burst is quiet"
    qtbot.waitUntil(journal.document_file.exists, timeout=recovery.BURST_QUIET_MS + 1500)
    assert load(journal.document_file).activities[0].x == 50.0 + recovery.BURST_CHANGES - 1


def test_a_few_edits_are_written_by_the_periodic_timer(controller, tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(recovery, "INTERVAL_MS", 300)  # stands for the 30 seconds
    journal = RecoveryJournal(controller, tmp_path)
    assert journal._interval.interval() == 300
    move_box(controller, 123.0)
    with qtbot.waitSignal(journal.written, timeout=3000):
        pass
    assert load(journal.document_file).activities[0].x == 123.0


def test_the_default_interval_is_thirty_seconds(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    assert journal._interval.interval() == 30_000


def test_saving_removes_the_journal(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path / "recovery")
    retitle(controller, "Før gem")
    journal.write_now()
    controller.save(tmp_path / "saved.oppspace")
    assert not journal.document_file.exists() and not journal.sidecar_file.exists()


def test_undoing_back_to_the_saved_state_removes_the_journal(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    retitle(controller, "Midlertidig")
    journal.write_now()
    controller.undo_stack.undo()
    assert not journal.document_file.exists()


def test_each_journal_has_its_own_file(controller, tmp_path) -> None:
    other = DocumentController(from_template("generic"))
    first = RecoveryJournal(controller, tmp_path)
    second = RecoveryJournal(other, tmp_path)
    _KEEP.append((other, second))
    assert first.document_file != second.document_file
    assert str(os.getpid()) in first.document_file.name


def test_a_running_editors_journal_is_not_offered(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    retitle(controller, "Kører stadig")
    journal.write_now()
    assert RecoveryJournal.pending(tmp_path) == []
    abandon(journal)
    assert [e.name for e in RecoveryJournal.pending(tmp_path)] == ["Kører stadig"]


def test_restore_gives_the_unsaved_document_and_its_file(controller, tmp_path) -> None:
    user_file = tmp_path / "kort.oppspace"
    controller.save(user_file)
    journal = RecoveryJournal(controller, tmp_path / "recovery")
    move_box(controller, 777.0)
    retitle(controller, "Gendannet")
    journal.write_now()
    abandon(journal)
    [entry] = RecoveryJournal.pending(tmp_path / "recovery")
    document, original = RecoveryJournal.restore(entry)
    assert dumps(document) == dumps(controller.document)
    assert original == user_file
    RecoveryJournal.discard_entry(entry)
    assert RecoveryJournal.pending(tmp_path / "recovery") == []
    assert list((tmp_path / "recovery").iterdir()) == []


def test_broken_left_overs_are_skipped_or_refused_clearly(controller, tmp_path) -> None:
    (tmp_path / "1-1.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "1-1.oppspace").write_text("{}", encoding="utf-8")
    (tmp_path / "2-1.json").write_text(json.dumps({"time": "2026-11-28T10:00:00+00:00",
                                                   "original": None, "title": ""}), encoding="utf-8")
    (tmp_path / "2-1.oppspace").write_text('{"format": "oppspace"', encoding="utf-8")
    [entry] = RecoveryJournal.pending(tmp_path)
    assert entry.name == "Untitled map" and entry.original is None
    with pytest.raises(recovery.DocumentError):
        RecoveryJournal.restore(entry)


def test_a_failed_write_is_reported_not_raised(controller, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    journal = RecoveryJournal(controller, blocker / "recovery")
    messages: list[str] = []
    controller.message.connect(messages.append)
    retitle(controller, "Kan ikke skrives")
    assert journal.write_now() is False
    assert messages and "recovery copy" in messages[0]


def test_quitting_normally_removes_journal_and_lock(controller, tmp_path) -> None:
    journal = RecoveryJournal(controller, tmp_path)
    retitle(controller, "Lukker")
    journal.write_now()
    journal.close()
    assert list(tmp_path.iterdir()) == []


_KEEP: list = []  # controllers and journals must outlive the test's Qt objects


def _left_over(tmp_path: Path, title: str) -> None:
    ctl = DocumentController(from_template("generic"))
    journal = RecoveryJournal(ctl, tmp_path)
    ctl.execute("Rename", lambda doc: update_at(doc, ("meta",), title=title))
    journal.write_now()
    abandon(journal)
    _KEEP.append((ctl, journal))


def test_dialog_shows_name_and_time_and_discards(qtbot, tmp_path) -> None:
    _left_over(tmp_path, "Første kort")
    _left_over(tmp_path, "Andet kort")
    entries = RecoveryJournal.pending(tmp_path)
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Første kort" in t for t in texts) and any("Andet kort" in t for t in texts)
    assert all("never saved" in t for t in texts)
    stamp = entries[0].time.astimezone()
    assert any(f"{stamp.minute:02d}" in t for t in texts), texts
    dialog.discard_button.click()
    assert dialog.remaining() == 1
    assert len(RecoveryJournal.pending(tmp_path)) == 1


def _click_when_shown(name: str) -> None:
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        dialog.findChild(object, name).click()

    QTimer.singleShot(0, click)


def test_offer_restores_into_the_window_as_unsaved_work(qtbot, tmp_path) -> None:
    _left_over(tmp_path, "Det reddede kort")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.controller = DocumentController(from_template("blank"), parent=window)
    journal = install_recovery(window, tmp_path, offer=False)
    _click_when_shown("recoveryRestore")
    assert offer_recovery(window, journal)
    assert window.controller.document.meta.title == "Det reddede kort"
    assert window.controller.is_modified(), "restored work must still ask to be saved"
    pending = RecoveryJournal.pending(tmp_path)
    assert pending == [], "the old journal is replaced by this editor's own, live one"
    assert journal.document_file.exists()


def test_decide_later_keeps_the_left_overs(qtbot, tmp_path) -> None:
    _left_over(tmp_path, "Senere")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.controller = DocumentController(from_template("blank"), parent=window)
    journal = install_recovery(window, tmp_path, offer=False)
    _click_when_shown("recoveryLater")
    assert not offer_recovery(window, journal)
    assert window.controller.document.meta.title != "Senere"
    assert [e.name for e in RecoveryJournal.pending(tmp_path)] == ["Senere"]


WRITER = """
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QCoreApplication
from app.model.edits import update_at
from app.model.templates import from_template
from app.ui.controller import DocumentController
from app.ui.recovery import RecoveryJournal
app = QCoreApplication([])
ctl = DocumentController(from_template("generic"))
journal = RecoveryJournal(ctl, {folder!r})
ctl.execute("Rename", lambda doc: update_at(doc, ("meta",), title="Fra en anden proces"))
journal.write_now()
print("written", flush=True)
time.sleep(60)
"""


def test_journal_of_a_killed_process_is_offered(tmp_path) -> None:
    script = WRITER.format(root=str(ROOT), folder=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert proc.stdout.readline().strip() == b"written"
        assert RecoveryJournal.pending(tmp_path) == [], "the writer is still running"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    [entry] = RecoveryJournal.pending(tmp_path)
    assert entry.name == "Fra en anden proces"
    assert RecoveryJournal.restore(entry)[0].meta.title == "Fra en anden proces"


def test_recovery_copies_are_readable_by_their_owner_only(controller, tmp_path) -> None:
    """The copy holds the map, the sidecar its title and original path: maybe personal data."""
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)  # left by an older version, or made by someone else's umask
    old_umask = os.umask(0o022)
    try:
        journal = RecoveryJournal(controller, folder)
        retitle(controller, "Borger: Jens Hansen")
        assert journal.write_now()
    finally:
        os.umask(old_umask)
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name
    assert {p.suffix for p in folder.iterdir()} == {".oppspace", ".json", ".lock"}
    journal.close()
