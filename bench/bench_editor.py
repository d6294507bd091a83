"""The editor at scale: open + first paint, dragging one box, delete and undo, against a bare scene.

    .venv/bin/python bench/bench_editor.py [--sizes 2000 10000] [--moves 60] [--profile WHAT]

For each size (activities; flows are three times as many) it generates a map with
bench/generate.py and measures, in the same run:

* open: a bare QGraphicsScene holding the same rectangles, title texts, arrow paths and flow
  labels (Qt's own items, placed from app.model.layout) -- the baseline -- against the editor's
  controller + MapScene + MapView; each then paints the whole map fitted into 1600x1000 and a
  1600x1000 region at 100 % into a QImage;
* drag: the most connected activity dragged through real mouse events on the view's viewport,
  each move followed by the repaint it causes (ms per move; its flows follow);
* model side: a move command through the controller, its undo and redo; ``edits.update`` on a
  bare document;
* delete of 100 activities (with their flows) as one command, its undo (the document must come
  back byte-identical) and redo.

Targets at 10,000 activities: open+paint <= 2x the bare scene, drag <= 16 ms per move.
``--profile open|drag|move|delete`` prints a cProfile of that step at the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem,
)

from app.model import Document, dumps, edits, loads  # noqa: E402
from app.model import layout as geo  # noqa: E402
from app.ui.canvas import MapScene, MapView  # noqa: E402
from app.ui.canvas import editing  # noqa: E402
from app.ui.controller import DocumentController  # noqa: E402
from bench.generate import make_map  # noqa: E402

FIT = (1600, 1000)
OPEN_TARGET, DRAG_TARGET_MS = 2.0, 16.0


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by ``fn`` (earlier steps' garbage is collected first, not billed to it)."""
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def paint(scene: QGraphicsScene, source: QRectF) -> float:
    """Render ``source`` of the scene into a 1600x1000 image; seconds."""
    image = QImage(*FIT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    start = time.perf_counter()
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, *FIT), source)
    painter.end()
    return time.perf_counter() - start


def bare_scene(doc: Document) -> QGraphicsScene:
    """The baseline: Qt's stock items for the same boxes, titles, arrows and labels."""
    scene = QGraphicsScene()
    layout = geo.compute(doc)
    title_font, label_font = QFont("DejaVu Sans"), QFont("DejaVu Sans")
    title_font.setPixelSize(13)
    label_font.setPixelSize(11)
    rects: dict[str, geo.Rect] = {}
    for lane in layout.lanes:
        scene.addRect(QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height))
    for act in doc.activities:
        r = rects[act.id] = layout.activity_rect(act)
        box = QGraphicsRectItem(r.x, r.y, r.width, r.height)
        box.setPen(QPen(QColor("#4C78A8"), 1.6))
        box.setBrush(QColor("#FFFFFF"))
        scene.addItem(box)
        text = QGraphicsSimpleTextItem(act.title, box)
        text.setFont(title_font)
        text.setPos(r.x + 8, r.y + 8)
    for flow in doc.flows:
        a = rects.get(flow.source) or layout.lane_by_actor[flow.source].header
        b = rects.get(flow.target) or layout.lane_by_actor[flow.target].header
        start, end = geo.connect(a, b)
        path = QPainterPath(QPointF(*start))
        path.lineTo(QPointF(*end))
        head = geo.arrow_head(start, end)
        path.moveTo(QPointF(*head[1]))
        path.lineTo(QPointF(*head[0]))
        path.lineTo(QPointF(*head[2]))
        item = QGraphicsPathItem(path)
        item.setPen(QPen(QColor("#2F6DB5"), 1.6, Qt.PenStyle.DotLine))
        scene.addItem(item)
        if flow.what:
            label = QGraphicsSimpleTextItem(flow.what)
            label.setFont(label_font)
            label.setPos((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            scene.addItem(label)
    return scene


def editor(doc: Document) -> tuple[DocumentController, MapScene, MapView]:
    controller = DocumentController(doc)
    scene = MapScene(controller)
    view = MapView(scene)
    return controller, scene, view


def measure_open(doc: Document, build: Callable[[], object],
                 scene_of: Callable[[object], QGraphicsScene]) -> dict[str, float]:
    gc.collect()
    t_build, built = timed(build)
    scene = scene_of(built)
    rect = scene.itemsBoundingRect()
    t_fit = paint(scene, rect)
    t_100 = paint(scene, QRectF(rect.x() + 1200, rect.y(), *FIT))
    return {"build": t_build, "fit": t_fit, "100%": t_100, "built": built}


def most_connected(doc: Document) -> str:
    counts: dict[str, int] = {}
    for flow in doc.flows:
        for end in (flow.source, flow.target):
            counts[end] = counts.get(end, 0) + 1
    return max((a.id for a in doc.activities), key=lambda i: counts.get(i, 0))


def measure_drag(view: MapView, act_id: str, moves: int) -> list[float]:
    """ms per mouse move (event + the repaint it causes) dragging ``act_id`` diagonally."""
    scene = view.map_scene
    view.resize(*FIT)
    view.show()
    view.set_zoom(1.0)
    box = scene.activities[act_id].box()
    view.centerOn(box.center())
    QApplication.processEvents()
    viewport = view.viewport()
    start = view.mapFromScene(box.center() + QPointF(-box.width() / 4, 0))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QApplication.processEvents()
    times = []
    for i in range(1, moves + 1):
        at = start + QPoint(3 * i, 2 * i)
        t0 = time.perf_counter()
        QTest.mouseMove(viewport, at)
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(3 * moves, 2 * moves))
    QApplication.processEvents()
    return times


def measure_model(controller: DocumentController, act_id: str) -> dict[str, float]:
    doc = controller.document
    act = doc.activity(act_id)
    fields = {act_id: {"x": act.x + 55.0, "y": act.y + 5.0}}
    t_move, _ = timed(lambda: controller.execute("Move", editing.set_fields(fields)))
    t_undo, _ = timed(controller.undo_stack.undo)
    t_redo, _ = timed(controller.undo_stack.redo)
    controller.undo_stack.undo()
    bare = loads(dumps(doc))
    t_bare, _ = timed(lambda: edits.update(bare, act_id, x=act.x + 10.0))
    return {"move cmd": t_move, "move undo": t_undo, "move redo": t_redo, "edits.update": t_bare}


def measure_delete(controller: DocumentController, scene: MapScene) -> dict[str, float]:
    doc = controller.document
    before = dumps(doc)
    ids = random.Random(7).sample([a.id for a in doc.activities], 100)
    scene.select_only(ids)
    t_del, done = timed(lambda: editing.delete_selected(scene))
    assert done, "delete refused"
    t_flush, _ = timed(QApplication.processEvents)
    t_undo, _ = timed(controller.undo_stack.undo)
    QApplication.processEvents()
    assert dumps(doc) == before, "undo of the delete must restore the document exactly"
    t_redo, _ = timed(controller.undo_stack.redo)
    QApplication.processEvents()
    controller.undo_stack.undo()
    return {"delete 100": t_del + t_flush, "undo delete": t_undo, "redo delete": t_redo}


def run_size(n: int, moves: int, profile: str | None) -> dict[str, float]:
    doc = make_map(n, 3 * n, seed=1)
    base = measure_open(doc, lambda: bare_scene(doc), lambda s: s)
    base.pop("built").clear()
    prof = cProfile.Profile() if profile == "open" else None
    if prof:
        prof.enable()
    ours = measure_open(doc, lambda: editor(doc), lambda built: built[1])
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    controller, scene, view = ours.pop("built")
    act_id = most_connected(doc)
    links = sum(1 for f in doc.flows if act_id in (f.source, f.target))
    prof = cProfile.Profile() if profile == "drag" else None
    if prof:
        prof.enable()
    drag = measure_drag(view, act_id, moves)
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    row = {f"bare {k}": v for k, v in base.items()} | {f"ours {k}": v for k, v in ours.items()}
    row["drag median ms"] = statistics.median(drag)
    row["drag max ms"] = max(drag)
    row["drag links"] = links
    prof = cProfile.Profile() if profile == "move" else None
    if prof:
        prof.enable()
    row |= measure_model(controller, act_id)
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    prof = cProfile.Profile() if profile == "delete" else None
    if prof:
        prof.enable()
    row |= measure_delete(controller, scene)
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    view.close()
    return row


def report(n: int, row: dict[str, float]) -> tuple[float, float]:
    bare = row["bare build"] + row["bare fit"]
    ours = row["ours build"] + row["ours fit"]
    print(f"\n== {n:,} activities, {3 * n:,} flows ==")
    print(f"{'':28}{'bare scene':>12}{'editor':>12}{'ratio':>8}")
    for key in ("build", "fit", "100%"):
        b, o = row[f"bare {key}"], row[f"ours {key}"]
        name = {"build": "open (build items)", "fit": "paint whole map 1600x1000",
                "100%": "paint 1600x1000 at 100%"}[key]
        print(f"{name:28}{b * 1000:>10.0f}ms{o * 1000:>10.0f}ms{o / b:>7.2f}x")
    print(f"{'open + first paint (fit)':28}{bare * 1000:>10.0f}ms{ours * 1000:>10.0f}ms"
          f"{ours / bare:>7.2f}x")
    print(f"drag one box ({row['drag links']:.0f} flows follow): median "
          f"{row['drag median ms']:.1f} ms per move, max {row['drag max ms']:.1f} ms")
    for key in ("move cmd", "move undo", "move redo", "edits.update",
                "delete 100", "undo delete", "redo delete"):
        print(f"  {key:26}{row[key] * 1000:>9.1f} ms")
    return ours / bare, row["drag median ms"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--profile", choices=("open", "drag", "move", "delete"))
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    ratio = drag = 0.0
    for n in args.sizes:
        row = run_size(n, args.moves, args.profile if n == args.sizes[-1] else None)
        ratio, drag = report(n, row)
    ok = ratio <= OPEN_TARGET and drag <= DRAG_TARGET_MS
    print(f"\ntargets at {args.sizes[-1]:,}: open+paint <= {OPEN_TARGET:.0f}x ({ratio:.2f}x), "
          f"drag <= {DRAG_TARGET_MS:.0f} ms ({drag:.1f} ms) -> {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
