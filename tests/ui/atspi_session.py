"""Run inside ``dbus-run-session``: the AT-SPI bus, a virtual X screen, the editor, and the
reader (tests/ui/atspi_reader.py, under the system Python). Prints the reader's JSON.

    usage: dbus-run-session -- python atspi_session.py EDITOR_PYTHON TIMEOUT_SECONDS

Every process it starts is bounded by the timeout and ended before it returns.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def wait_for(path: Path, seconds: float) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


def main() -> int:
    editor_python, timeout = sys.argv[1], float(sys.argv[2])
    home = Path(tempfile.mkdtemp(prefix="oppspace-atspi-"))
    display = f":{90 + os.getpid() % 9}"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home), DISPLAY=display, NO_AT_BRIDGE="0",
               QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8")
    env.pop("QT_ACCESSIBILITY", None)
    started: list[subprocess.Popen] = []
    try:
        started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        if not wait_for(Path(f"/tmp/.X11-unix/X{display[1:]}"), 10):
            print('{"error": "Xvfb did not start"}')
            return 1
        started.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        started.append(subprocess.Popen([editor_python, "-m", "app", "--lang", "en"], cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        reader = subprocess.run(["/usr/bin/python3", str(HERE / "atspi_reader.py"), "OppSpace",
                                 str(timeout / 2)], env=env, capture_output=True, text=True,
                                timeout=timeout)
        sys.stdout.write(reader.stdout)
        sys.stderr.write(reader.stderr[-3000:])
        return reader.returncode
    finally:
        for process in reversed(started):
            process.terminate()
        for process in reversed(started):
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
