"""The hostile corpus: every file a hostile or unlucky partner might send goes through
``oppspace check``, ``oppspace export`` to every format and the editor's open, in a subprocess
with a memory limit (RLIMIT_AS) and a CPU limit (RLIMIT_CPU), each step timed.

A file that must be refused is refused by every step with exit 2 and one line
``oppspace: error: FILE: ...``, and the editor keeps the map it had open. A file that loads is
checked, exported and opened within the bound, and what comes out is safe to hand on: no raw
terminal escapes on the terminal, well-formed SVG and GraphML, no formulas in the CSV.

The corpus is tests/data/hostile (written by tests/data/make_hostile.py); special files (a
FIFO, links to devices, a folder, a million wrong entries) are made here, since git cannot
hold them.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "robust" / "hostile_run.py"
HOSTILE = ROOT / "tests" / "data" / "hostile"
EXPECTED: dict[str, str | None] = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
MEMORY = 3 * 1024 ** 3  #: address space of the whole run (Qt reserves a lot it never uses)
STEP_CPU = 20.0  #: CPU seconds any one step may take
#: the report of a map whose every text is 100,000 characters runs to ~270 pages (30,000
#: characters of each text are printed): linear, but long; it runs in CI's slow pass
SLOW = {"longest-texts.oppspace": 60.0}
STEPS = {"check", "export-pdf", "export-json", "export-png", "export-svg", "export-graphml",
         "export-csv", "open"}
REFUSED = sorted(name for name, refusal in EXPECTED.items() if refusal is not None)
LOADS = sorted(name for name, refusal in EXPECTED.items() if refusal is None)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (300, 300))


def run_corpus(files: list[Path], out: Path, cpu: float = STEP_CPU) -> dict[tuple[str, str], dict]:
    """Every step of every file, keyed by (file, step)."""
    before = {path: path.read_bytes() for path in files if path.is_file()}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(out / "home"),
           "XDG_DATA_HOME": str(out / "data"), "XDG_CONFIG_HOME": str(out / "config")}
    done = subprocess.run([sys.executable, str(RUNNER), str(out), *map(str, files)],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          preexec_fn=_limits, timeout=600)
    steps = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            step = json.loads(line)
            steps[(step["file"], step["step"])] = step
    assert done.returncode == 0, done.stderr[-3000:]
    assert {s for _f, s in steps} == STEPS and len(steps) == len(files) * len(STEPS), done.stderr[-3000:]
    for (name, step), seen in steps.items():
        assert seen["cpu"] <= cpu, f"{name} {step} took {seen['cpu']} CPU seconds"
    for path, content in before.items():
        assert path.read_bytes() == content, f"{path} changed on disk"
    return steps


def assert_refused(steps: dict, path: Path, fragment: str) -> None:
    for step in STEPS - {"open"}:
        seen = steps[(str(path), step)]
        lines = seen["stderr"].splitlines()
        assert seen["code"] == 2 and len(lines) == 1, (step, seen)
        assert lines[0].startswith(f"oppspace: error: {path}: ") and fragment in lines[0], (step, lines)
        assert "\x1b" not in seen["stderr"] and "Traceback" not in seen["stderr"]
    opened = steps[(str(path), "open")]
    assert opened["code"] == 2 and opened["stdout"] == "", "the editor keeps the map it had open"
    assert path.name in opened["stderr"], "the editor's message names the file"


@pytest.fixture(scope="module")
def special(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """Files git cannot hold, each with a fragment of its refusal."""
    folder = tmp_path_factory.mktemp("special")
    fifo = folder / "pipe.oppspace"
    os.mkfifo(fifo)
    zero = folder / "zero.oppspace"
    zero.symlink_to("/dev/zero")
    million = folder / "million-wrong-entries.oppspace"
    million.write_text('{"format": "oppspace", "version": 1, "activities": ['
                       + ",".join(["1"] * 1_000_000) + "]}", encoding="utf-8")
    deep = folder / "deep.oppspace"
    deep.write_text('{"format": "oppspace", "version": 1, "meta": ' + "[" * 100_000 + "]" * 100_000 + "}")
    directory = folder / "folder.oppspace"
    directory.mkdir()
    return {"fifo": (fifo, "is a pipe (FIFO), not a file"),
            "device": (zero, "is a device, not a file"),
            "million": (million, "activities[0]: Input should be an object"),
            "deep": (deep, "nested too deeply"),
            "folder": (directory, "is a folder, not a file")}


def test_every_refused_file_is_refused_by_every_step_in_one_line(tmp_path, special):
    files = [HOSTILE / name for name in REFUSED] + [path for path, _ in special.values()]
    steps = run_corpus(files, tmp_path)
    for name in REFUSED:
        assert_refused(steps, HOSTILE / name, EXPECTED[name])
    for path, fragment in special.values():
        assert_refused(steps, path, fragment)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n
                                  for n in LOADS])
def test_every_file_that_loads_is_checked_exported_and_opened_within_the_bound(tmp_path, name):
    path = HOSTILE / name
    steps = run_corpus([path], tmp_path, SLOW.get(name, STEP_CPU))
    for step in STEPS:
        assert steps[(str(path), step)]["code"] == 0, steps[(str(path), step)]
    check = steps[(str(path), "check")]["stdout"]
    assert "valid OppSpace map" in check
    assert not any(ch in check for ch in "\x1b\x07\x9b\x00"), "no raw control characters reach the terminal"
    out = tmp_path / "0"
    ET.parse(out / "out.svg")  # well-formed XML, whatever the titles hold
    ET.parse(out / "out.graphml")
    assert (out / "out.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "out.png").read_bytes().startswith(b"\x89PNG")
    cells = [cell for line in (out / "out.csv").read_text(encoding="utf-8-sig").splitlines()
             for cell in line.split(",")]
    assert not any(cell.lstrip('"').startswith(("=", "+", "@")) for cell in cells)


def test_a_symlink_to_a_map_is_followed(tmp_path):
    link = tmp_path / "link.oppspace"
    link.symlink_to(ROOT / "tests" / "data" / "complete.oppspace")
    steps = run_corpus([link], tmp_path)
    assert all(steps[(str(link), step)]["code"] == 0 for step in STEPS)


def test_a_file_the_fast_parser_would_abort_on_gets_one_line_under_a_memory_limit(tmp_path):
    """pydantic's JSON parser aborts the process when an allocation fails (it took 250 MB
    for this 6 MB file); under `ulimit -v` the map goes to Python's parser instead."""
    path = tmp_path / "two-million-lists.oppspace"
    path.write_text('{"format": "oppspace", "version": 1, "meta": {"title": "x", "z": ['
                    + ",".join(["[]"] * 2_000_000) + "]}}", encoding="utf-8")
    limit = 250 * 1024 ** 2

    def small() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    done = subprocess.run([sys.executable, "-m", "app", "check", str(path)], cwd=ROOT,
                          capture_output=True, text=True, preexec_fn=small, timeout=120)
    lines = done.stderr.splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr[-2000:]
    assert lines[0].startswith(f"oppspace: error: {path}: "), lines


@pytest.mark.slow
def test_a_60_mib_malformed_file_is_refused_by_every_step_in_one_line(tmp_path):
    """Once pydantic's parser aborted the process on it under a memory limit."""
    path = tmp_path / "sixty-mib.oppspace"
    item = '{"id": 5, "title": 7, "actor": null, "x": "a"}'
    path.write_text('{"format": "oppspace", "version": 1, "activities": ['
                    + ",".join([item] * ((60 * 1024 * 1024) // (len(item) + 1))) + "]}",
                    encoding="utf-8")
    steps = run_corpus([path], tmp_path, 60.0)
    assert_refused(steps, path, "activities[0]")
