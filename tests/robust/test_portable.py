"""The save and recovery code on the paths Windows and macOS users take.

The POSIX-only calls are switched off (``portable.POSIX``) or made to fail loudly, and the code
must still save, keep a backup, tell running editors' journals from abandoned ones, and explain
a file held open by another program.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.model import DocumentError, dumps, load, save
from app.model import portable
from app.model.templates import from_template
from app.ui.controller import DocumentController
from app.ui.recovery import RecoveryJournal

ROOT = Path(__file__).resolve().parents[2]
KILL = os.kill  # the test itself plays the crash; the code under test may not use kill


@pytest.fixture
def no_posix(monkeypatch):
    """Behave as on Windows: no kill(pid, 0), no fsync of folders, no flock."""
    monkeypatch.setattr(portable, "POSIX", False)

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a POSIX-only call was used on the portable path")

    monkeypatch.setattr(os, "kill", forbidden)
    monkeypatch.setattr(fcntl, "flock", forbidden)
    monkeypatch.setattr(fcntl, "lockf", forbidden)
    real_open = os.open

    def open_files_only(path, flags, *args):
        if os.path.isdir(path):
            raise AssertionError("folders cannot be opened on Windows")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", open_files_only)


def test_save_and_backup_work_without_posix_calls(no_posix, tmp_path) -> None:
    target = tmp_path / "kort.oppspace"
    first = from_template("aalborg-aktiv")
    save(first, target)
    second = first.model_copy(update={"meta": first.meta.model_copy(update={"title": "Ny titel"})})
    save(second, target)
    assert load(target).meta.title == "Ny titel"
    assert load(tmp_path / "kort.oppspace.bak").meta.title == first.meta.title


def test_liveness_is_unknown_without_posix_so_nothing_is_removed(no_posix) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    assert portable.process_alive(int(finished.stdout)) is True  # the safe answer: keep it


def test_liveness_on_posix_tells_a_finished_process() -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    assert portable.process_alive(int(finished.stdout)) is False
    assert portable.process_alive(os.getpid()) is True


def _held_open(times: int):
    """An os.replace that fails like Windows while another program holds the target."""
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] <= times:
            exc = PermissionError(13, "The process cannot access the file")
            exc.winerror = 32  # ERROR_SHARING_VIOLATION
            raise exc
        return real_replace(src, dst)

    return replace, calls


def test_a_target_held_open_for_a_moment_is_retried(monkeypatch, tmp_path) -> None:
    target = tmp_path / "kort.oppspace"
    doc = from_template("generic")
    replace, calls = _held_open(times=3)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(portable, "REPLACE_PAUSE_S", 0.001)
    save(doc, target)
    assert calls["n"] == 4
    assert target.read_text(encoding="utf-8") == dumps(doc)


def test_a_target_held_open_for_good_gives_a_clear_message(monkeypatch, tmp_path) -> None:
    target = tmp_path / "kort.oppspace"
    save(from_template("generic"), target)
    before = target.read_bytes()
    replace, _calls = _held_open(times=10_000)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(portable, "REPLACE_PAUSE_S", 0.001)
    with pytest.raises(DocumentError) as info:
        save(from_template("aalborg-aktiv"), target)
    message = str(info.value)
    assert "open in another program" in message and "unchanged" in message
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QCoreApplication
    from app.model.edits import update_at
    from app.model.templates import from_template
    from app.ui.controller import DocumentController
    from app.ui.recovery import RecoveryJournal
    app = QCoreApplication([])
    controller = DocumentController(from_template("generic"))
    journal = RecoveryJournal(controller, {folder!r})
    controller.execute("Rename", lambda doc: update_at(doc, ("meta",), title="Uafsluttet arbejde"))
    assert journal.write_now()
    print("ready", flush=True)
    sys.stdin.read()
""")


def test_journals_of_running_and_killed_editors_without_flock(no_posix, tmp_path, qtbot) -> None:
    """A second editor process holds its journal's lock: not offered; killed: offered."""
    folder = tmp_path / "recovery"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), folder=str(folder))],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert RecoveryJournal.pending(folder) == [], "a running editor's journal is not offered"
        mine = RecoveryJournal(DocumentController(from_template("blank")), folder)
        assert mine.pending(folder) == []
    finally:
        KILL(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    offered = RecoveryJournal.pending(folder)
    assert [entry.name for entry in offered] == ["Uafsluttet arbejde"]
