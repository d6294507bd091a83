"""Where the drawn things lie: a grid index of boxes, arrows' parts and labels, for asking what
lies in a region of the map (scrolling, rubber-band selection, redrawing a part). No Qt."""

from __future__ import annotations

from typing import Iterable

from . import routing
from .drawing_items import ArrowDrawing, Point
from .layout import Rect


class CellIndex(routing.Grid):
    """A :class:`routing.Grid` that also files a key in a given set of cells (arrows)."""

    def __init__(self) -> None:
        super().__init__()
        self.placed: dict = {}  #: key -> the cells it was put in

    def put(self, key, cells: set[tuple[int, int]]) -> None:
        self.remove(key)
        self.placed[key] = cells
        for cell in cells:
            self.cells.setdefault(cell, {})[key] = None

    def remove(self, key) -> None:
        cells = self.placed.pop(key, None)
        if cells is None:
            super().remove(key)
            return
        for cell in cells:
            bucket = self.cells.get(cell)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self.cells[cell]


def file_arrow(index: CellIndex, arrow: ArrowDrawing) -> None:
    """File an arrow in the cells its parts pass (not its bounding box: a long diagonal arrow
    would fill a whole region of the map), and its label by its rectangle."""
    cells = {c for a, b in zip(arrow.points, arrow.points[1:])
             for c in cells_along(a, b, index.CELL)}
    index.put(("arrow", arrow.id), cells)
    if arrow.label_rect is not None:
        index.add(arrow.label_rect, ("label", arrow.id))
    else:
        index.remove(("label", arrow.id))


def on(arrow: ArrowDrawing, rect: Rect) -> bool:
    """Whether the arrow's label or one of its parts lies on ``rect``."""
    if arrow.label_rect is not None and routing.overlaps(arrow.label_rect, rect):
        return True
    return any(routing.crosses(a, b, rect, 2.0) for a, b in zip(arrow.points, arrow.points[1:]))


def cells_along(a: Point, b: Point, cell: float) -> Iterable[tuple[int, int]]:
    """The grid cells the segment from ``a`` to ``b`` passes (a few more: between two samples
    a diagonal may clip a cell's corner, so each step's box yields all four of its corners)."""
    steps = max(1, int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) // (cell / 2)) + 1)
    xs = [int((a[0] + (b[0] - a[0]) * k / steps) // cell) for k in range(steps + 1)]
    ys = [int((a[1] + (b[1] - a[1]) * k / steps) // cell) for k in range(steps + 1)]
    for k in range(steps):
        yield from ((xs[k], ys[k]), (xs[k + 1], ys[k]), (xs[k], ys[k + 1]))
    yield (xs[-1], ys[-1])
