"""The map zoomed far out: boxes, arrows and badges drawn in a few batched calls.

Below ``DETAIL_ZOOM`` a box is a few pixels wide and no text is legible (titles and labels are
not drawn below 0.3 anyway), yet Qt would still call every item's ``paint`` -- tens of
thousands of Python calls per frame on a big map, most of the time of a Zoom to Fit. Instead
the boxes, arrows, labels and badges are marked as having no contents (Qt then skips them
without a call) and the view draws them itself over the lanes and columns: boxes as plain
rectangles grouped by outline and fill, arrows as plain lines grouped by kind (a dot pattern
below a pixel is just a fainter line), badges as small squares in their colours. Arrow heads
and labels are left out: at this size they are under two pixels. Items keep their geometry,
so selecting, hit tests and tooltips work as at any zoom; from ``DETAIL_ZOOM`` up every item
paints itself again, exactly as before.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.model import style

from . import badges as badge_style
from .items import SELECTED, SELECTED_BOX_PEN

DETAIL_ZOOM = 0.1  #: below this zoom the map is drawn as an overview
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
INFO_PEN = QPen(QColor(style.INFO_COLOR), style.INFO_WIDTH)
SEQUENCE_PEN = QPen(QColor(style.SEQUENCE_COLOR), style.SEQUENCE_WIDTH)
SELECTED_ARROW_PEN = QPen(SELECTED, style.INFO_WIDTH + 1.0)
PENS = (SEQUENCE_PEN, INFO_PEN, SELECTED_ARROW_PEN)
HALF = badge_style.SIZE / 2


class Overview:
    """Switches a scene's detail items between painting themselves and being drawn in bulk."""

    def __init__(self) -> None:
        self.active = False
        self._applied: tuple | None = None  #: (scene, item counts) the flags were set for
        self._segments: dict[str, tuple[list, list[QLineF]]] = {}  #: arrow -> its lines
        self._whole: tuple | None = None  #: (what it was made for, the whole map's drawing)

    def forget(self) -> None:
        """The scene was rebuilt (another document): its new items are flagged at next paint."""
        self._applied = None
        self._whole = None

    def update_for(self, scene: QGraphicsScene, zoom: float) -> bool:
        """Turn the overview on or off for ``zoom``; new items follow while it is on. True when
        items were switched: they are then all marked changed in Qt (the caller settles that,
        see MapView.paintEvent)."""
        want = zoom < DETAIL_ZOOM
        stamp = (id(scene), len(scene.activities), len(scene.flows), len(scene._badges))
        if want == self.active and (not want or stamp == self._applied):
            return False
        if self._applied is not None and self._applied[0] != stamp[0]:
            self._segments.clear()  # another scene (each keeps its own arrows)
        only_badges = want and self.active and self._applied is not None \
            and self._applied[:3] == stamp[:3]  # findings came: only new badges to flag
        self.active = want
        self._applied = stamp if want else None
        items = [b for _k, b, _on in scene._badges.values() if shiboken6.isValid(b)] \
            if only_badges else detail_items(scene)
        for item in items:
            item.setFlag(NO_CONTENTS, want)
        return True

    def paint(self, painter: QPainter, scene: QGraphicsScene, exposed: QRectF) -> None:
        """Draw what the detail items would, in a handful of calls."""
        if not self.active:
            return
        skip = skipped(scene)
        area = None if exposed.contains(scene.sceneRect()) else exposed  # fitted: no tests
        chosen = {item.obj_id for item in scene.selectedItems() if hasattr(item, "obj_id")}
        key = (id(scene), scene.drawn_version, frozenset(chosen), frozenset(skip))
        marks_key = (key[:2], scene.badges_version, key[3])  # badges sit on boxes and arrows
        whole = self._whole if area is None else None
        if whole is not None and whole[0] == key:
            arrows, boxes = whole[1]  # the whole map again, nothing changed
        else:
            arrows = arrow_lines(scene, skip, chosen, area, self._segments)
            boxes = box_rects(scene, skip, chosen, area)
        if whole is not None and whole[2] == marks_key:
            marks = whole[3]  # (findings came: the arrows and boxes did not change)
        else:
            marks = badge_marks(scene, skip)
        self._whole = (key, (arrows, boxes), marks_key, marks) if area is None else None
        painter.save()
        # arrows thinner than a pixel: drawn aliased (a third of the time for the same look)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, lines in arrows:
            painter.setPen(pen)
            painter.drawLines(lines)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for (pen, fill), rects in boxes:
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRects(rects)
        self._paint_badges(painter, marks)
        painter.restore()

    @staticmethod
    def _paint_badges(painter: QPainter, marks: dict[bool, list[QRectF]]) -> None:
        painter.setPen(badge_style.OUTLINE)
        for warning, fill in ((True, badge_style.WARN_FILL), (False, badge_style.INFO_FILL)):
            if marks[warning]:
                painter.setBrush(fill)
                painter.drawRects(marks[warning])


def badge_marks(scene: QGraphicsScene, skip: set[str]) -> dict[bool, list[QRectF]]:
    """Where the badges are, as small squares: warnings (True) and information (False)."""
    marks: dict[bool, list[QRectF]] = {True: [], False: []}
    for obj_id, (_key, badge, _on) in scene._badges.items():
        if obj_id not in skip and shiboken6.isValid(badge) and badge.scene() is not None:
            at = badge.scenePos()
            marks[badge.warning].append(QRectF(at.x() - HALF, at.y() - HALF, 2 * HALF, 2 * HALF))
    return marks


def box_rects(scene: QGraphicsScene, skip: set[str], chosen: set[str],
              area: QRectF | None) -> list[tuple[tuple[QPen, QBrush], list[QRectF]]]:
    """The boxes (in ``area``; None: all), grouped by outline and fill."""
    styles: dict[tuple, tuple[QPen, QBrush]] = {}
    boxes: dict[tuple, list[QRectF]] = {}
    for act_id, item in scene.activities.items():
        if act_id in skip:
            continue
        box = item.box()
        if area is None or box.intersects(area):
            pen, fill = box_style(item, act_id in chosen)
            key = (id(pen), id(fill))  # pens and brushes are made once per style (items.py)
            styles.setdefault(key, (pen, fill))
            boxes.setdefault(key, []).append(box)
    return [(styles[key], rects) for key, rects in boxes.items()]


def arrow_lines(scene: QGraphicsScene, skip: set[str], chosen: set[str], area: QRectF | None,
                cache: dict[str, tuple[list, list[QLineF]]]) -> list[tuple[QPen, list[QLineF]]]:
    """The arrows' segments (in ``area``; None: all): process order, information, selected.
    Each arrow's segments are kept until its route changes (``set_points`` makes a new list)."""
    lines: tuple[list[QLineF], ...] = ([], [], [])
    for flow_id, item in scene.flows.items():
        if flow_id in skip or not (area is None or item.boundingRect().intersects(area)):
            continue
        points = item._points
        known = cache.get(flow_id)
        if known is None or known[0] is not points:
            known = cache[flow_id] = (points, [QLineF(*p, *q) for p, q in zip(points, points[1:])])
        lines[2 if flow_id in chosen else int(item._info)].extend(known[1])
    if len(cache) > 2 * len(scene.flows) + 100:  # arrows deleted meanwhile
        for gone in set(cache) - set(scene.flows):
            del cache[gone]
    return [(pen, segments) for pen, segments in zip(PENS, lines) if segments]


def detail_items(scene: QGraphicsScene) -> list[QGraphicsItem]:
    """The items the overview draws instead: boxes, arrows, their labels, badges."""
    items: list[QGraphicsItem] = list(scene.activities.values())
    for flow in scene.flows.values():
        items.append(flow)
        if flow.label is not None:
            items.append(flow.label)
    items.extend(badge for _key, badge, _on in scene._badges.values() if shiboken6.isValid(badge))
    return items


def box_style(item, selected: bool) -> tuple[QPen, QBrush]:
    """The outline and fill a box paints itself with."""
    return (SELECTED_BOX_PEN if selected else item._pen), item._fill


def skipped(scene: QGraphicsScene) -> set[str]:
    """Boxes being dragged and their arrows: the drag paints those on top itself."""
    moving = scene.moving_ids()
    if not moving:
        return set()
    return set(moving).union(*(scene.flows_at(box) for box in moving))
