"""A still picture of the map under a drag, so moving a box repaints only what moves.

On a big map every arrow of a dragged box crosses much of the screen, and repainting that area
means repainting the thousands of other arrows in it, on every mouse move. Instead, when a drag
starts, the picture is the frame already on screen (copied from the window's backing store, no
painting at all), with the moving boxes, arrows and labels faded where they were -- a ghost of
where the drag started, as drawing editors show it; until the mouse is released each frame is
that picture plus the moving items painted on top, and the release repaints normally. Where
the backing store is not an image in memory, the view paints the map once without the moving
items instead. If the view scrolls or zooms meanwhile the picture is dropped and Qt paints
normally.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QRegion
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyle, QStyleOptionGraphicsItem

from app.model import layout as geo

from .flow_item import clip_segment
from .overview import DETAIL_ZOOM
from .redraws import drawn_at


GHOST = QColor(255, 255, 255, 200)  #: what is laid over a moving item's old place
GHOST_MARGIN = 2.0  #: scene units around an old box and either side of an old arrow
STRIP = 3.0  #: scene units either side of an arrow that a repaint of its place covers
CHUNK = 16.0  #: pixels: a slanted arrow's place is repainted as squares this long


class DragLayer:
    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self._picture: QPixmap | None = None
        self._key: tuple | None = None
        self._boxes: list[str] = []
        self._before: list[tuple[str, object]] = []  #: old places of what may move
        self._shown: list = []  #: where the moving items were painted in the last frame
        self._settling = False  #: the release's repaint of only what changed is pending

    @property
    def active(self) -> bool:
        return self._picture is not None

    def _view_key(self) -> tuple:
        v = self.view
        return (v.transform(), v.horizontalScrollBar().value(), v.verticalScrollBar().value(),
                v.viewport().size())

    def moving_items(self) -> list[QGraphicsItem]:
        """Arrows, then boxes, then labels: the order the scene stacks them in."""
        scene = self.view.scene()
        flows = {f for box in self._boxes for f in scene.flows_at(box)}
        arrows = [scene.flows[f] for f in sorted(flows) if f in scene.flows]
        boxes = [scene.activities[b] for b in self._boxes if b in scene.activities]
        labels = [a.label for a in arrows if a.label is not None]
        return arrows + boxes + labels

    def remember(self, boxes: list[str]) -> None:
        """Where the boxes that may be dragged, their arrows and labels are now (on a press)."""
        scene = self.view.scene()
        self._before = [("box", scene.activities[b].box()) for b in boxes if b in scene.activities]
        for flow_id in set().union(*(scene.flows_at(box) for box in boxes)):
            item = scene.flows.get(flow_id)
            if item is not None:
                self._before.append(("arrow", item.points()))
                if item.label is not None and not item.label.boundingRect().isEmpty():
                    self._before.append(("box", item.label.boundingRect()))

    def start(self, boxes: list[str]) -> None:
        """Take the picture under the drag (once per drag)."""
        self._boxes = list(boxes)
        picture = self._on_screen()
        if picture is None:
            picture = self._painted()
        else:
            self._ghost(picture)
        self._picture, self._key = picture, self._view_key()
        self._shown = []
        self.view.scene().record_redraws()

    def _on_screen(self) -> QPixmap | None:
        """The frame on screen now, from the window's backing store (None if not at hand)."""
        viewport = self.view.viewport()
        store = viewport.backingStore()
        image = store.paintDevice() if store is not None else None
        if not isinstance(image, QImage) or image.isNull() or not self._before:
            return None
        ratio = image.devicePixelRatio()
        at = viewport.mapTo(viewport.window(), QPoint(0, 0))
        size = viewport.size()
        area = QRect(round(at.x() * ratio), round(at.y() * ratio),
                     round(size.width() * ratio), round(size.height() * ratio))
        if not image.rect().contains(area):
            return None
        picture = QPixmap.fromImage(image.copy(area))
        picture.setDevicePixelRatio(ratio)
        return picture

    def _ghost(self, picture: QPixmap) -> None:
        """Fade the moving items where they were when the mouse went down. Old arrows are
        faded only beside boxes (they ran under them), so no other box's title is touched."""
        view, plan = self.view, self.view.scene().drawing
        segments = [QLineF(*p, *q) for kind, where in self._before if kind == "arrow"
                    for p, q in zip(where, where[1:])]
        under: set[str] = set()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if plan is not None:
            for line in segments:  # only the part on screen: a long arrow spans the map
                r = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1) & shown
                if not r.isEmpty():
                    under.update(plan.boxes_on(geo.Rect(r.x(), r.y(), r.width(), r.height())))
        clip = QRegion(view.viewport().rect())
        for act_id in under - set(self._boxes):
            item = view.scene().activities.get(act_id)
            if item is not None:
                clip -= QRegion(view.mapFromScene(item.box()).boundingRect())
        painter = QPainter(picture)
        painter.setRenderHints(view.renderHints())
        painter.setClipRegion(clip)
        painter.setTransform(view.viewportTransform())
        pen = QPen(GHOST, 2 * GHOST_MARGIN)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLines(segments)
        painter.setClipping(False)
        m = GHOST_MARGIN
        for kind, where in self._before:
            if kind == "box":
                painter.fillRect(where.adjusted(-m, -m, m, m), GHOST)
        painter.end()

    def _paint_item(self, painter: QPainter, item: QGraphicsItem, exposed: QRectF) -> None:
        option = QStyleOptionGraphicsItem()
        option.exposedRect = exposed
        if item.isSelected():
            option.state |= QStyle.StateFlag.State_Selected
        painter.setTransform(item.sceneTransform() * self.view.viewportTransform())
        item.paint(painter, option, self.view.viewport())

    def _painted(self) -> QPixmap:
        """The map painted without what moves (where the screen's frame is not at hand)."""
        items = self.moving_items()
        for item in items:
            item.setOpacity(0.0)  # hidden from the picture; hiding would end the drag
        viewport = self.view.viewport()
        ratio = viewport.devicePixelRatioF()
        picture = QPixmap(viewport.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        painter.setRenderHints(self.view.renderHints())
        picture.fill(self.view.backgroundBrush().color())
        self.view.render(painter, QRectF(), viewport.rect())
        painter.end()
        for item in items:
            item.setOpacity(1.0)
        return picture

    def releasing(self) -> None:
        """The mouse is let go: Qt is not to repaint what the drop changes by itself (the
        whole bounding rectangles of the re-routed arrows); :meth:`stop` says what to."""
        if self._picture is not None and self.view.transform().m11() >= DETAIL_ZOOM:
            self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
            self._settling = True

    def stop(self) -> None:
        """The drag ended (its changes are in the scene): repaint what changed. Only the
        places the moving and re-routed items were and are now, and the ghost, need it: the
        rest of the frame on screen is still right. Qt is told not to repaint the changed
        items' whole bounding rectangles (a long arrow's spans the view) until then."""
        before, self._before = self._before, []
        if self._picture is None:
            return
        current = self._key == self._view_key()
        self._picture = None
        view = self.view
        drawn = view.scene().take_redrawn()
        if not current or drawn is None or view.transform().m11() < DETAIL_ZOOM:
            self.settled()
            view.viewport().update()
            return
        for item in self.moving_items():
            drawn.extend(drawn_at(item))
        drawn.extend(where for _kind, where in before)
        region = self.region_of(drawn + self._shown)
        # the scene tells its views what changed from a queued call: make it now, while they
        # do not listen, then let them listen again (later changes, badges, repaint as usual)
        QCoreApplication.sendPostedEvents(view.scene(), QEvent.Type.MetaCall)
        self.settled()
        view.viewport().update(region)

    def settled(self) -> None:
        """Qt follows the scene's changes again."""
        if self._settling:
            self._settling = False
            self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)

    def region_of(self, drawn: list) -> QRegion:
        """The viewport's pixels under rectangles and arrow routes (scene coordinates)."""
        view = self.view
        shown = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-20, -20, 20, 20)
        to_view = view.viewportTransform()
        pad = math.ceil(STRIP * view.transform().m11()) + 2
        rects: list[QRect] = []
        seen: set = set()
        for thing in drawn:
            key = (thing.getRect() if isinstance(thing, QRectF) else tuple(thing))
            if key in seen:
                continue
            seen.add(key)
            if isinstance(thing, QRectF):
                if thing.intersects(shown):
                    rects.append(to_view.mapRect(thing).toAlignedRect().adjusted(-2, -2, 2, 2))
                continue
            for p, q in zip(thing, thing[1:]):
                part = clip_segment(p, q, shown)
                if part is not None:
                    (a, b), _along = part
                    rects += _strip(to_view.map(QPointF(*a)), to_view.map(QPointF(*b)), pad)
        return _union(rects)

    def paint(self) -> bool:
        """Paint a frame from the picture; False when the view must paint normally."""
        if self._picture is None:
            return False
        if self._key != self._view_key():
            self._picture = None
            return False
        view = self.view
        painter = QPainter(view.viewport())
        painter.setRenderHints(view.renderHints())
        painter.drawPixmap(QPoint(0, 0), self._picture)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        to_view = view.viewportTransform()
        moving = self.moving_items()
        for item in moving:
            self._paint_item(painter, item, item.mapRectFromScene(shown).intersected(item.boundingRect()))
        painter.end()
        self._shown = [where for item in moving for where in drawn_at(item)]
        return True


def _strip(a: QPointF, b: QPointF, pad: int) -> list[QRect]:
    """Rectangles covering the pixels within ``pad`` of the segment a-b: one when it runs
    straight across or down, else a row of small ones along it (its bounding box may be
    the whole view)."""
    ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
    slanted = abs(ax - bx) > 1 and abs(ay - by) > 1
    steps = max(1, math.ceil(math.hypot(bx - ax, by - ay) / CHUNK)) if slanted else 1
    rects = []
    for k in range(steps):
        x0, y0 = ax + (bx - ax) * k / steps, ay + (by - ay) * k / steps
        x1, y1 = ax + (bx - ax) * (k + 1) / steps, ay + (by - ay) * (k + 1) / steps
        rects.append(QRect(math.floor(min(x0, x1)) - pad, math.floor(min(y0, y1)) - pad,
                           math.ceil(abs(x1 - x0)) + 2 * pad + 1, math.ceil(abs(y1 - y0)) + 2 * pad + 1))
    return rects


def _union(rects: list[QRect]) -> QRegion:
    """The union of many rectangles, merged pairwise (adding them one at a time to a growing
    region costs the square of their number)."""
    regions = [QRegion(r) for r in rects]
    while len(regions) > 1:
        regions = [regions[i] | regions[i + 1] if i + 1 < len(regions) else regions[i]
                   for i in range(0, len(regions), 2)]
    return regions[0] if regions else QRegion()
