"""End to end: kill a real editor with unsaved edits; the next start offers and restores them.

The editor runs as ``oppspace FILE`` does, through tests/drive_editor.py (offscreen, its own
HOME/XDG folders), which runs a script of this test inside it: the first script makes a burst
of edits like a user dragging a box and renaming the map, the second clicks Restore in the
recovery dialog and reports what it saw. The shipped program has no hook that runs code.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.model import dumps, load, save
from app.model.templates import from_template

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "drive_editor.py"

EDIT_SCRIPT = """
from app.model.edits import update, update_at
ctl = window.controller
first = ctl.document.activities[0].id
for step in range(30):  # a drag: many small moves, then a rename
    ctl.execute("Move", lambda doc, step=step: update(doc, first, x=100.0 + 10 * step))
ctl.execute("Rename", lambda doc: update_at(doc, ("meta",), title="Redigeret før nedbrud"))
open({marker!r}, "w").write("edited")
"""

RESTORE_SCRIPT = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

offered = []
tries = [0]

def recovery_dialog():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "recoveryDialog" and widget.isVisible():
            return widget
    return None

def restore():
    # the offer is a modal dialog opened by the editor's own start-up: wait until it is up
    dialog = recovery_dialog()
    if dialog is None and tries[0] < 400:
        tries[0] += 1
        QTimer.singleShot(50, restore)
        return
    if dialog is not None:
        offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.findChild(object, "recoveryRestore").click()
    QTimer.singleShot(0, report)

def report():
    ctl = window.controller
    first = ctl.document.activities[0]
    with open({result!r} + ".part", "w", encoding="utf-8") as out:
        json.dump({{"offered": offered, "title": ctl.document.meta.title, "x": first.x,
                   "modified": ctl.is_modified(), "path": str(ctl.path),
                   "window_title": window.windowTitle()}}, out)
    import os
    os.replace({result!r} + ".part", {result!r})

restore()
"""


def _environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen")
    return env


def _start(map_file: Path, home: Path, script: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(DRIVER), str(script), str(map_file)], cwd=ROOT,
                            env=_environment(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _wait_for(condition, proc: subprocess.Popen, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the editor exited while waiting for {what}: "
                                 f"{proc.stderr.read().decode(errors='replace')}")
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise AssertionError(f"timed out waiting for {what}: {proc.stderr.read().decode(errors='replace')}")


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()


def _journals(home: Path) -> list[Path]:
    """Recovery copies written whole: the sidecar (name, time) is written after the copy."""
    copies = (home / "data").glob("**/recovery/*.oppspace")
    return sorted(copy for copy in copies if copy.with_suffix(".json").exists())


def test_killed_editor_offers_and_restores_unsaved_edits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    map_file = tmp_path / "kort.oppspace"
    save(from_template("aalborg-aktiv"), map_file)
    on_disk = map_file.read_bytes()
    marker, result = tmp_path / "edited.txt", tmp_path / "result.json"
    edit = tmp_path / "edit.py"
    edit.write_text(EDIT_SCRIPT.format(marker=str(marker)), encoding="utf-8")
    restore = tmp_path / "restore.py"
    restore.write_text(RESTORE_SCRIPT.format(result=str(result)), encoding="utf-8")

    first = _start(map_file, home, edit)
    try:
        _wait_for(marker.exists, first, 60, "the edits")
        _wait_for(lambda: bool(_journals(home)), first, 15, "the recovery copy after the burst")
    finally:
        _kill(first)
    assert map_file.read_bytes() == on_disk, "the user's own file is never written by the journal"
    [journal] = _journals(home)
    assert load(journal).meta.title == "Redigeret før nedbrud"

    second = _start(map_file, home, restore)
    try:
        _wait_for(result.exists, second, 60, "the recovery offer")
        # the restored work is journalled again by the second editor before it is killed
        _wait_for(lambda: any(j != journal for j in _journals(home)), second, 15,
                  "the second editor's own recovery copy")
    finally:
        _kill(second)
    seen = json.loads(result.read_text(encoding="utf-8"))
    assert len(seen["offered"]) == 1 and "Redigeret før nedbrud" in seen["offered"][0]
    assert seen["title"] == "Redigeret før nedbrud"
    assert seen["x"] == 100.0 + 10 * 29
    assert seen["modified"] is True, "restored work is still unsaved"
    assert seen["path"] == str(map_file)
    assert seen["window_title"].startswith("kort.oppspace")
    # the second kill keeps the restored work
    [again] = _journals(home)
    assert again != journal
    assert dumps(load(again)).count("Redigeret før nedbrud") == 1
    assert map_file.read_bytes() == on_disk


def test_the_shipped_program_runs_no_code_named_by_the_environment() -> None:
    """No test hook in shipped code: nothing in app/ executes code given from outside."""
    for source in (ROOT / "app").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "OPPSPACE_TEST_SCRIPT" not in text, source
        assert "exec(compile" not in text and "runpy" not in text, source
