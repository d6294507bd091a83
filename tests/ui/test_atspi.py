"""The running editor through the real Linux accessibility bus, as a screen reader reads it.

A session D-Bus (dbus-run-session), the AT-SPI bus and registry (at-spi-bus-launcher), the
editor under Xvfb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and a reader using the system's
pyatspi bindings (tests/ui/atspi_reader.py under /usr/bin/python3). scripts/setup.sh installs
what it needs. Slow (about 15 s): ``./test.sh -m slow`` and CI's second pass run it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.model import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "entry", "spin button", "list", "tree", "tree table", "table", "page tab",
               "slider", "password text"}
TIMEOUT = 90

pytestmark = pytest.mark.slow


def _missing() -> list[str]:
    needs = ["Xvfb", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher", "/usr/bin/python3"]
    missing = [n for n in needs if shutil.which(n) is None and not Path(n).exists()]
    probe = subprocess.run(["/usr/bin/python3", "-c", "import gi; gi.require_version('Atspi', '2.0')"],
                           capture_output=True) if Path("/usr/bin/python3").exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3 gi Atspi 2.0 (gir1.2-atspi-2.0, python3-pyatspi)")
    return missing


@pytest.fixture(scope="module")
def reading() -> dict:
    missing = _missing()
    assert not missing, f"run scripts/setup.sh: missing {', '.join(missing)}"
    done = subprocess.run(["dbus-run-session", "--", sys.executable, str(HERE / "atspi_session.py"),
                           sys.executable, str(TIMEOUT)], capture_output=True, text=True,
                          timeout=TIMEOUT + 30, cwd=ROOT)
    assert done.stdout.strip(), f"the reader said nothing:\n{done.stderr[-2000:]}"
    result = json.loads(done.stdout)
    assert "error" not in result, f"{result['error']}\n{done.stderr[-2000:]}"
    return result


def expected_names() -> list[str]:
    """What a reader should hear for each activity and flow of the generic template."""
    doc = load(ROOT / "resources" / "templates" / "generic.oppspace")
    titles = {a.id: f"“{a.title}”" for a in doc.activities}
    names = {a.id: a.name for a in doc.actors}
    found = [f"Activity: {a.title}" for a in doc.activities]
    for flow in doc.flows:
        kind = "Information flow" if flow.kind == "information" else "Sequence flow"
        ends = (titles.get(flow.source, names.get(flow.source)), titles.get(flow.target, names.get(flow.target)))
        found.append(f"{kind}: {flow.what}" if flow.what else f"{kind}: from {ends[0]} to {ends[1]}")
    return found


def test_every_activity_and_flow_is_an_accessible_object(reading):
    objects = {o["name"]: o for o in reading["objects"]}
    for name in expected_names():
        assert name in objects, name
        assert objects[name]["role"] == "list item"
    wishes = objects["Information flow: Wishes and needs"]
    assert ["flows-from", ["Activity: Describe own wishes and needs"]] in wishes["relations"]
    assert ["flows-to", ["Activity: Offer tasks and a place to work"]] in wishes["relations"]
    assert "personal data, consent obtained" in wishes["description"]
    lanes = [o["name"] for o in reading["objects"] if o["role"] == "list" and o["name"].startswith("Lane: ")]
    assert lanes == ["Lane: Municipality", "Lane: Private company", "Lane: Voluntary organisation",
                     "Lane: Citizen"]


def test_no_interactive_control_is_unnamed(reading):
    unnamed = [o for o in reading["objects"]
               if o["role"] in INTERACTIVE and o["showing"] and not o["name"].strip()
               and not any(r[0] == "labelled-by" for r in o["relations"])]
    assert unnamed == []
    assert any(o["role"] == "canvas" and o["name"] == "Service map" for o in reading["objects"])


def test_tab_on_the_map_focuses_the_activity_and_describes_it_once(reading):
    after = reading["after_tab"]
    assert after["canvas_description"].startswith("Activity “Identify the need” in lane Municipality")
    focused = [o["name"] for o in after["focused"] if o["role"] == "list item"]
    assert focused == ["Activity: Identify the need"]
    kinds = [e[0] for e in after["events"]]
    assert kinds.count("object:property-change:accessible-description") == 1
    assert ["object:state-changed:focused", "Activity: Identify the need", ""] in after["events"]


def test_delete_and_undo_are_announced_once_each(reading):
    said = [e[2] for e in reading["after_delete_undo"]["events"] if e[0] == "object:announcement"]
    assert said == ["Deleted 2 items", "Undone: Delete"]
