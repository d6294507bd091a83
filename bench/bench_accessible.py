"""What a screen reader's full walk of a big map's accessible tree costs.

Walks every object under the canvas (index, name, role, as a reader listing the map does) on a
generated map and compares with a bare baseline measured in the same run: building the same
names straight from the document, without Qt. Prints the ratio.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_accessible [N_ACTIVITIES] [N_FLOWS]
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from bench.generate import make_map


def walk(iface) -> int:
    count = 0
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child.parent().indexOfChild(child) == i
        child.text(QAccessible.Text.Name)
        child.role()
        count += 1 + walk(child)
    return count


def bare(doc) -> int:
    names = [f"Activity: {a.title}" for a in doc.activities]
    names += [f"Flow: {f.what}" for f in doc.flows]
    return len(names)


def main(argv: list[str]) -> int:
    n_acts = int(argv[0]) if argv else 2000
    n_flows = int(argv[1]) if len(argv) > 1 else 6000
    app = QApplication.instance() or QApplication([])
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.controller.set_document(make_map(n_acts, n_flows))
    app.processEvents()
    start = time.perf_counter()
    baseline_objects = bare(window.controller.document)
    baseline = time.perf_counter() - start
    print(f"map: {n_acts} activities, {n_flows} flows; bare names: {baseline * 1000:.1f} ms "
          f"({baseline_objects} names)")
    for label in ("first walk (objects made)", "second walk (objects kept)"):
        start = time.perf_counter()
        objects = walk(QAccessible.queryAccessibleInterface(window.view))
        walked = time.perf_counter() - start
        print(f"{label}: {objects} objects in {walked * 1000:.0f} ms; ratio "
              f"{walked / max(baseline, 1e-9):.0f}x; per object {walked / objects * 1e6:.0f} µs")
    window.controller.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
