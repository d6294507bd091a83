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

from PySide6.QtCore import QLineF, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QRegion
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyle, QStyleOptionGraphicsItem

from app.model import layout as geo


GHOST = QColor(255, 255, 255, 200)  #: what is laid over a moving item's old place
GHOST_MARGIN = 2.0  #: scene units around an old box and either side of an old arrow


class DragLayer:
    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self._picture: QPixmap | None = None
        self._key: tuple | None = None
        self._boxes: list[str] = []
        self._before: list[tuple[str, object]] = []  #: old places of what may move

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
        if plan is not None:
            for line in segments:
                r = QRectF(line.p1(), line.p2()).normalized()
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

    def stop(self) -> None:
        self._before = []
        if self._picture is not None:
            self._picture = None
            self.view.viewport().update()

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
        for item in self.moving_items():
            self._paint_item(painter, item, item.mapRectFromScene(shown).intersected(item.boundingRect()))
        painter.end()
        return True
