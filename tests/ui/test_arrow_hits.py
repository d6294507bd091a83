"""An arrow is picked by a click anywhere along it, also where its bands overlap: at a bend
that doubles back and on the line under its head (the bands used to cancel out there)."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from app.ui.canvas.flow_item import FlowItem


def _arrow(points) -> FlowItem:
    item = FlowItem("f-1")
    item.set_points(points)
    return item


def test_a_click_where_an_arrow_doubles_back_picks_it(qapp):
    arrow = _arrow([(100.0, 0.0), (96.0, 42.0), (96.0, -222.0)])
    for point in ((98.0, 21.0), (97.0, 30.0), (96.0, 0.0), (96.0, -100.0)):
        assert arrow.shape().contains(QPointF(*point)), point


def test_a_click_on_the_head_or_the_line_under_it_picks_it(qapp):
    for points in ([(0.0, 0.0), (300.0, 0.0)], [(0.0, 0.0), (0.0, -300.0)],
                   [(0.0, 0.0), (120.0, 0.0), (120.0, 200.0)]):
        arrow = _arrow(points)
        (x1, y1), (x2, y2) = points[-2:]
        for t in (0.97, 0.985, 0.995):
            point = QPointF(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
            assert arrow.shape().contains(point), (points, t)
