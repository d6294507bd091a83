"""Saving under faults: a process killed mid-save, a full disk, a read-only folder.

The kill test starts a real process that saves two different documents alternately and kills
it with SIGKILL at random moments. After every kill the file must be exactly the old or the new
document, the ``.bak`` (if any) must be one of them too, and at most one temporary file (the one
whose writer was killed) may be left in the folder: the next save removes stale ones.

Environment: ``OPPSPACE_KILLS`` (default 50) sets the number of kills, ``OPPSPACE_KILL_SEED``
fixes the random moments (the seed is printed in every failure message).
"""

from __future__ import annotations

import errno
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.model import Activity, DocumentError, dumps, load, save
from app.model.edits import add_activity
from app.model.files import host_tag
from app.model.templates import from_template

HERE = Path(__file__).resolve().parent
KILLS = int(os.environ.get("OPPSPACE_KILLS", "50"))


def _old_and_new() -> tuple[str, str]:
    """Two valid documents of clearly different sizes, so a torn write cannot pass for either."""
    old = from_template("aalborg-aktiv")
    old.meta.title = "Old version"
    new = from_template("aalborg-aktiv")
    new.meta.title = "New version"
    actor = new.actors[0].id
    for i in range(600):
        add_activity(new, Activity(id=f"bulk-{i}", title=f"Aktivitet {i} æøå", actor=actor,
                                   x=40.0 + 200.0 * (i % 30), y=30.0))
    return dumps(old), dumps(new)


def _temp_files(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}*.tmp"))


def _start_writer(target: Path, old_file: Path, new_file: Path,
                  pause: bool = False) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "save_loop.py"), str(target), str(old_file), str(new_file),
         *(["pause"] if pause else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered: readline takes one line, the next one stays for select
    )
    _expect(proc, b"ready")
    if pause:
        _expect(proc, b"mid")  # the temporary file is written; the target not yet replaced
    return proc


def _expect(proc: subprocess.Popen, word: bytes) -> None:
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    line = proc.stdout.readline() if ready else b""
    if line.strip() != word:
        proc.kill()
        proc.wait()
        pytest.fail(f"the writer did not say {word!r}: {line!r} {proc.stderr.read()!r}")


def test_killed_saves_leave_old_or_new_document(tmp_path: Path) -> None:
    seed = int(os.environ.get("OPPSPACE_KILL_SEED", "14"))
    rng = random.Random(seed)
    paused = 0
    old_text, new_text = _old_and_new()
    old_bytes, new_bytes = old_text.encode(), new_text.encode()
    (tmp_path / "old.oppspace").write_bytes(old_bytes)
    (tmp_path / "new.oppspace").write_bytes(new_bytes)
    folder = tmp_path / "work"
    folder.mkdir()
    target = folder / "map.oppspace"
    target.write_bytes(old_bytes)
    seen = {"old": 0, "new": 0, "mid-write": 0}
    for kill in range(KILLS):
        where = f"kill {kill + 1}/{KILLS} (OPPSPACE_KILL_SEED={seed})"
        pause = kill % 5 == 0  # every fifth kill lands mid-write for sure; the rest at random
        paused += pause
        proc = _start_writer(target, tmp_path / "old.oppspace", tmp_path / "new.oppspace", pause)
        if not pause:
            time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        data = target.read_bytes()
        assert data in (old_bytes, new_bytes), f"{where}: the file is neither old nor new"
        assert dumps(load(target)) in (old_text, new_text), where
        seen["old" if data == old_bytes else "new"] += 1
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            assert backup.read_bytes() in (old_bytes, new_bytes), f"{where}: torn .bak"
            load(backup)
        temps = _temp_files(folder, target.name)
        assert len(temps) <= 1, f"{where}: stray temporary files {[t.name for t in temps]}"
        seen["mid-write"] += len(temps)
    print(f"{KILLS} kills, seed {seed}: {seen}")
    # The test only means something if kills really landed inside a write: the paused ones
    # did, whatever the machine's speed (each left its temporary file for the next save).
    assert seen["mid-write"] >= paused >= 1, f"kills mid-write: {seen}, paused {paused}; seed {seed}"
    assert set(f.name for f in folder.iterdir()) - {t.name for t in _temp_files(folder, target.name)} \
        == {"map.oppspace", "map.oppspace.bak"}


def test_next_save_removes_stale_temp_files_of_dead_writers(tmp_path: Path) -> None:
    target = tmp_path / "map.oppspace"
    doc = from_template("generic")
    save(doc, target)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".map.oppspace.{host_tag()}.{dead.pid}.abc123.tmp"
    stale.write_bytes(b'{"format": "oppspa')
    other_file = tmp_path / f".other.oppspace.{host_tag()}.{dead.pid}.abc123.tmp"
    other_file.write_bytes(b"not ours")
    save(doc, target)
    assert not stale.exists()
    assert other_file.exists(), "a temporary file of another document must be left alone"
    assert dumps(load(target)) == dumps(doc)


def test_temp_file_of_a_live_writer_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "map.oppspace"
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        busy = tmp_path / f".map.oppspace.{host_tag()}.{live.pid}.xyz789.tmp"
        busy.write_bytes(b"being written")
        save(from_template("blank"), target)
        assert busy.exists(), "another running process is still writing this temporary file"
    finally:
        live.kill()
        live.wait()


def _write_fails(exc: OSError):
    real_fdopen = os.fdopen

    class FailingHandle:
        def __init__(self, fd: int, *args, **kwargs) -> None:
            self._inner = real_fdopen(fd, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc_info) -> None:
            self._inner.close()

        def write(self, data: bytes) -> int:
            raise exc

    return FailingHandle


@pytest.mark.parametrize("fault", ["write", "fsync"])
def test_full_disk_gives_clear_message_and_keeps_file(tmp_path, monkeypatch, fault) -> None:
    target = tmp_path / "map.oppspace"
    original = from_template("aalborg-aktiv")
    save(original, target)
    save(original, target)  # now there is a .bak too
    before = target.read_bytes()
    backup_before = target.with_name("map.oppspace.bak").read_bytes()
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    if fault == "write":
        monkeypatch.setattr(os, "fdopen", _write_fails(full))
    else:
        def no_space(fd: int) -> None:
            raise full
        monkeypatch.setattr(os, "fsync", no_space)
    changed = from_template("aalborg-aktiv")
    changed.meta.title = "Changed"
    with pytest.raises(DocumentError) as info:
        save(changed, target)
    message = str(info.value)
    assert str(target) in message
    assert "No space left on device" in message
    assert "unchanged" in message
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert target.with_name("map.oppspace.bak").read_bytes() == backup_before
    assert _temp_files(tmp_path, "map.oppspace") == []


def test_read_only_folder_gives_clear_message_and_keeps_file(tmp_path, monkeypatch) -> None:
    target = tmp_path / "map.oppspace"
    save(from_template("generic"), target)
    before = target.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(DocumentError) as info:
        save(from_template("blank"), target)
    message = str(info.value)
    assert str(target) in message and "Permission denied" in message
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert _temp_files(tmp_path, "map.oppspace") == []


def test_new_file_in_read_only_folder_is_not_created(tmp_path, monkeypatch) -> None:
    target = tmp_path / "fresh.oppspace"

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(DocumentError, match="cannot be saved"):
        save(from_template("generic"), target)
    assert list(tmp_path.iterdir()) == []
