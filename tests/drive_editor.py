"""Start the real editor (``oppspace [ARGS]``) and run a test's script inside it.

    python tests/drive_editor.py SCRIPT [ARGS...]

The shipped program has no hook that runs code: tests that need a real editor process (killed
mid-edit, started in another language) run this file instead of ``python -m app``. It creates
the QApplication, queues SCRIPT to run once the event loop has started (after the editor's own
start-up work, such as offering recovery copies), then starts the editor exactly as the
``oppspace`` command does. SCRIPT sees ``window`` (the main window) and ``journal`` (its
recovery journal).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.cli import main  # noqa: E402


def _run(script: str) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "recovery_journal"))
    runpy.run_path(script, init_globals={"window": window, "journal": window.recovery_journal})


if __name__ == "__main__":
    script, args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    # two turns of the loop: the editor's own start-up timers (recovery offer) go first
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _run(script)))
    sys.exit(main(args))
