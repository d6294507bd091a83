"""A screen reader's view of the running editor, through the real AT-SPI bus.

Run by tests/ui/test_atspi.py with the SYSTEM interpreter (/usr/bin/python3: Debian's pyatspi
bindings load only there), inside the test's session D-Bus, next to the editor under Xvfb.
It finds the editor, walks its accessible tree, drives it with the keyboard (XTest through
the AT-SPI registry) and prints what it found as one JSON object; the test asserts on it.

    usage: atspi_reader.py APP_NAME TIMEOUT_SECONDS
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "entry", "spin button", "list", "tree", "tree table", "table", "page tab",
               "slider", "password text", "canvas"}
KEY = {"Tab": 0xFF09, "Delete": 0xFFFF, "z": 0x007A}
CONTROL_KEYCODE = 37  #: Control_L in the X server's standard keymap (a modifier must be held)


def find_app(name: str, deadline: float):
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name and app.get_child_count() > 0:
                return app
        time.sleep(0.2)
    return None


def walk(node, depth=0, out=None, limit=4000):
    """Every object under ``node`` (bounded), as (object, depth)."""
    out = [] if out is None else out
    if node is None or len(out) >= limit or depth > 40:
        return out
    out.append(node)
    for i in range(node.get_child_count()):
        walk(node.get_child_at_index(i), depth + 1, out, limit)
    return out


def facts(obj) -> dict:
    states = obj.get_state_set()
    relations = [[r.get_relation_type().value_nick,
                  [r.get_target(i).get_name() for i in range(r.get_n_targets())]]
                 for r in obj.get_relation_set() or []]
    return {"role": obj.get_role_name(), "name": obj.get_name() or "",
            "description": obj.get_description() or "", "relations": relations,
            "showing": states.contains(Atspi.StateType.SHOWING),
            "focusable": states.contains(Atspi.StateType.FOCUSABLE),
            "focused": states.contains(Atspi.StateType.FOCUSED)}


def pump(seconds: float) -> None:
    """Let events arrive for a while."""
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def press(keysym: int, ctrl: bool = False) -> None:
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_KEYCODE, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_KEYCODE, None, Atspi.KeySynthType.RELEASE)
    pump(0.4)


def main() -> int:
    name, timeout = sys.argv[1], float(sys.argv[2])
    deadline = time.time() + timeout
    events: list[tuple[str, str, str]] = []

    def heard(event) -> None:
        source = event.source.get_name() if event.source is not None else ""
        text = event.any_data if isinstance(event.any_data, str) else ""
        events.append((event.type, source or "", text or ""))

    listener = Atspi.EventListener.new(heard)
    for kind in ("object:announcement", "object:property-change:accessible-description",
                 "object:state-changed:focused"):
        listener.register(kind)
    app = find_app(name, deadline)
    if app is None:
        print(json.dumps({"error": f"no application named {name!r} on the bus"}))
        return 1
    pump(1.0)
    objects = walk(app)
    result = {"objects": [facts(o) for o in objects]}
    canvas = next((o for o in objects if o.get_role_name() == "canvas"), None)
    if canvas is None:
        result["error"] = "no canvas"
        print(json.dumps(result))
        return 1
    box = canvas.get_extents(Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + 5, "abs")  # keys go under the pointer
    canvas.grab_focus()
    pump(0.5)
    events.clear()
    press(KEY["Tab"])
    result["after_tab"] = {"canvas_description": canvas.get_description(),
                           "focused": [facts(o) for o in walk(canvas) if facts(o)["focused"]],
                           "events": list(events)}
    events.clear()
    press(KEY["Delete"])
    press(KEY["z"], ctrl=True)
    pump(1.0)
    result["after_delete_undo"] = {"events": list(events)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
