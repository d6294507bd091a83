"""Run one file through everything a user can do with it, timing each step.

    python tests/robust/hostile_run.py OUTDIR FILE [FILE...]
    python tests/robust/hostile_run.py --only pdf,svg,png OUTDIR FILE [FILE...]

(``--only``: just those export formats, no check and no editor; the fuzzer uses it.)

``oppspace check``, ``oppspace export`` to every format, then the editor's open (a real main
window, offscreen, painted once). Prints one JSON object per file and step: ``file``, ``step``,
``code`` (the exit
code; for the editor 0 opened, 2 refused with a message), ``seconds`` (wall clock), ``cpu``
(CPU seconds of this process: the machine may be shared), ``stdout``, ``stderr``.
The test runs it in a subprocess with resource limits (tests/robust/test_hostile.py).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.cli import EXPORT_FORMATS, main  # noqa: E402


def _report(step: str, code: int, started: tuple[float, float], out: str = "", err: str = "") -> None:
    print(json.dumps({"file": _current[0], "step": step, "code": code, "seconds": round(time.monotonic() - started[0], 3),
                      "cpu": round(time.process_time() - started[1], 3),
                      "stdout": out[:4000], "stderr": err[-4000:]}), flush=True)


_current = [""]


def _now() -> tuple[float, float]:
    return time.monotonic(), time.process_time()


def _cli(step: str, *args: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    started = _now()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    _report(step, code, started, out.getvalue(), err.getvalue())


def _open_in_editor(path: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.model.templates import from_template
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    refusals: list[str] = []
    def shown(box: QMessageBox) -> int:  # what the user would read, without a modal loop
        refusals.append(f"{box.text()} {box.informativeText()} {box.detailedText()}")
        return 0

    QMessageBox.exec = shown
    started = _now()
    window = MainWindow()
    window.controller.set_document(from_template("generic"))
    before = window.controller.document
    opened = window.open_path(path)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.view.viewport().grab()  # one real paint of the map
    kept = window.controller.document is before
    _report("open", 0 if opened else 2, started, "" if opened or kept else "current map lost",
            "\n".join(refusals))
    window.close()


def run_all(source: str, folder: Path, only: list[str] | None = None) -> None:
    _current[0] = source
    if only is None:
        _cli("check", "check", source)
    for fmt in only or EXPORT_FORMATS:
        _cli(f"export-{fmt}", "export", source, "-o", str(folder / f"out.{fmt}"))
    if only is None:
        _open_in_editor(source)


if __name__ == "__main__":
    args = sys.argv[1:]
    formats = None
    if args[0] == "--only":
        formats, args = args[1].split(","), args[2:]
    out_folder = Path(args[0])
    for number, name in enumerate(args[1:]):
        (out_folder / str(number)).mkdir(parents=True, exist_ok=True)
        run_all(name, out_folder / str(number), formats)
