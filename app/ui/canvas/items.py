"""Scene items: they draw the model and report gestures; they hold nothing the file lacks.

Text layout is computed once per model change (``sync``) and cached, so painting and moving
stay cheap even with thousands of boxes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model import Activity, Actor, Flow, Phase
from app.model import layout as geo

Z_LANE, Z_PHASE, Z_FLOW, Z_ACTIVITY, Z_LABEL, Z_LEGEND = 0.0, 1.0, 2.0, 3.0, 4.0, 1.0
HANDLE = 9.0  #: size of the resize handle at a selected box's bottom-right corner
STAR_SPACE = 14.0  #: room kept free for the co-production asterisk on each side of the title
SELECTED = QColor("#1F6FEB")
INK = QColor("#222222")
MUTED = QColor("#5A5A5A")


def font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    """Fonts in pixel sizes, so the scene looks the same on every screen before zooming."""
    f = QFont("DejaVu Sans")
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setItalic(italic)
    return f


TITLE_FONT = font(13)
STAR_FONT = font(22, bold=True)
LANE_FONT = font(14, bold=True)
KIND_FONT = font(11, italic=True)
PHASE_FONT = font(14, bold=True)
LABEL_FONT = font(11)


def wrap(text: str, width: float, f: QFont) -> tuple[list[str], float]:
    """Word-wrapped lines of ``text`` (layout.wrap_lines) and the line height."""
    metrics = QFontMetricsF(f)
    return geo.wrap_lines(text, max(width, 10.0), metrics.horizontalAdvance), metrics.height()


def draw_lines(painter: QPainter, rect: QRectF, lines: list[str], line_h: float,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> None:
    """Draw pre-wrapped lines centred vertically in ``rect``."""
    top = rect.center().y() - len(lines) * line_h / 2
    for i, line in enumerate(lines):
        painter.drawText(QRectF(rect.left(), top + i * line_h, rect.width(), line_h),
                         int(align | Qt.AlignmentFlag.AlignVCenter), line)


class ActivityItem(QGraphicsItem):
    """A box: an activity with its wrapped title and an asterisk when co-produced."""

    kind = "activity"

    def __init__(self, act: Activity, color: str) -> None:
        super().__init__()
        self.obj_id = act.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(Z_ACTIVITY)
        self._rect = QRectF()
        self._lines: list[str] = []
        self._line_h = 0.0
        self._co = False
        self._color = QColor(color)
        self.sync(act, color)

    def sync(self, act: Activity, color: str) -> None:
        """Take the model's title, size and mark; cache the wrapped title."""
        self.prepareGeometryChange()
        self._co = act.co_produced
        self._color = QColor(color)
        room = act.width - 2 * geo.BOX_PADDING - 2 * STAR_SPACE
        self._lines, self._line_h = wrap(act.title, room, TITLE_FONT)
        height = geo.box_height(act.height, len(self._lines), self._line_h)
        self._rect = QRectF(0.0, 0.0, act.width, height)
        self.setToolTip(act.description or act.title)
        self.update()

    def preview_size(self, width: float, height: float) -> None:
        """Show a size while the user drags the resize handle (the model changes on release)."""
        self.prepareGeometryChange()
        self._rect = QRectF(0.0, 0.0, width, height)

    @property
    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def box(self) -> QRectF:
        """The box in scene coordinates."""
        return self._rect.translated(self.pos())

    def in_handle(self, scene_pos: QPointF) -> bool:
        p = self.mapFromScene(scene_pos)
        return p.x() >= self._rect.right() - HANDLE and p.y() >= self._rect.bottom() - HANDLE

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        fill = QColor("#FFFDF3") if self._co else QColor("#FFFFFF")
        painter.setBrush(fill)
        painter.setPen(QPen(SELECTED if selected else self._color.darker(115), 3.0 if selected else 1.6))
        painter.drawRoundedRect(self._rect, 6, 6)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.3:
            return
        painter.setPen(INK)
        painter.setFont(TITLE_FONT)
        inner = self._rect.adjusted(geo.BOX_PADDING + STAR_SPACE, geo.BOX_PADDING,
                                    -geo.BOX_PADDING - STAR_SPACE, -geo.BOX_PADDING)
        draw_lines(painter, inner, self._lines, self._line_h)
        if self._co:
            painter.setFont(STAR_FONT)
            painter.setPen(QColor("#B3261E"))
            star = QRectF(self._rect.right() - 22, self._rect.top() + 1, 20, 24)
            painter.drawText(star, int(Qt.AlignmentFlag.AlignCenter), "*")
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRect(QRectF(self._rect.right() - HANDLE, self._rect.bottom() - HANDLE,
                                    HANDLE, HANDLE))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        scene = self.scene()
        if scene is not None:
            if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
                return scene.snapped(value)
            if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
                scene.activity_moved(self.obj_id)
        return super().itemChange(change, value)


class LaneItem(QGraphicsItem):
    """An actor's lane: a tinted band and a header; only the header is hit and selectable."""

    kind = "actor"

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.obj_id = actor.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_LANE)
        self._band = QRectF(0, 0, geo.HEADER_WIDTH + geo.MIN_CONTENT_WIDTH, 160.0)
        self._header = QRectF(0, 0, geo.HEADER_WIDTH, 160.0)
        self.sync(actor)

    def sync(self, actor: Actor) -> None:
        self._citizen = actor.kind == "citizen"
        self._color = QColor(actor.color)
        self._name, self._name_h = wrap(actor.name, geo.HEADER_WIDTH - 28, LANE_FONT)
        self._kind = actor.kind
        self.update()

    def set_lane(self, lane: geo.Lane) -> None:
        self.prepareGeometryChange()
        self.setPos(0.0, lane.top)
        self._band = QRectF(0, 0, lane.band.width, lane.height)
        self._header = QRectF(0, 0, lane.header.width, lane.height)

    def header(self) -> QRectF:
        """The header in scene coordinates (where flows to this actor end)."""
        return self._header.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -1, 1, 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._header)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        tint = QColor(self._color)
        tint.setAlpha(34 if self._citizen else 18)
        painter.fillRect(self._band, tint)
        if self._citizen:
            hatch = QColor(self._color)
            hatch.setAlpha(40)
            painter.fillRect(self._band.adjusted(geo.HEADER_WIDTH, 0, 0, 0),
                             QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        head = QColor(self._color)
        head.setAlpha(70)
        painter.fillRect(self._header, head)
        painter.fillRect(QRectF(0, 0, 6, self._header.height()), self._color)
        painter.setPen(QPen(QColor("#9A9A9A"), 1.0))
        painter.drawLine(QLineF(0, self._band.bottom(), self._band.right(), self._band.bottom()))
        painter.drawLine(QLineF(self._header.right(), 0, self._header.right(), self._band.bottom()))
        self._paint_text(painter)
        if self.isSelected():
            painter.setPen(QPen(SELECTED, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._header.adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_text(self, painter: QPainter) -> None:
        text_rect = self._header.adjusted(14, 6, -8, -22)
        painter.setPen(INK)
        painter.setFont(LANE_FONT)
        draw_lines(painter, text_rect, self._name, self._name_h, Qt.AlignmentFlag.AlignLeft)
        painter.setFont(KIND_FONT)
        painter.setPen(MUTED)
        kind_rect = QRectF(14, self._header.bottom() - 22, self._header.width() - 22, 18)
        painter.drawText(kind_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         KIND_LABELS.get(self._kind, self._kind))
        if self._citizen:
            self._paint_person(painter, QPointF(self._header.right() - 18, self._header.bottom() - 16))

    def _paint_person(self, painter: QPainter, at: QPointF) -> None:
        """A small person glyph: citizens' lanes are visibly distinct."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color.darker(120))
        painter.drawEllipse(QRectF(at.x() - 4, at.y() - 11, 8, 8))
        painter.drawRoundedRect(QRectF(at.x() - 7, at.y() - 2, 14, 10), 4, 4)


KIND_LABELS = {"public": "public", "private": "private", "voluntary": "voluntary",
               "citizen": "citizen", "other": "other"}


class PhaseItem(QGraphicsItem):
    """A phase column: the header cell above the lanes and dashed column borders."""

    kind = "phase"

    def __init__(self, phase: Phase) -> None:
        super().__init__()
        self.obj_id = phase.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_PHASE)
        self._header = QRectF(0, 0, phase.width, geo.PHASE_HEADER_HEIGHT)
        self._height = geo.PHASE_HEADER_HEIGHT
        self.sync(phase)

    def sync(self, phase: Phase) -> None:
        self._name, self._name_h = wrap(phase.name, phase.width - 12, PHASE_FONT)
        self.update()

    def set_column(self, column: geo.Column, map_height: float) -> None:
        self.prepareGeometryChange()
        self.setPos(column.left, 0.0)
        self._header = QRectF(0, 0, column.width, geo.PHASE_HEADER_HEIGHT)
        self._height = map_height

    def header(self) -> QRectF:
        return self._header.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return QRectF(-1, 0, self._header.width() + 2, self._height)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._header)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self._header.adjusted(1, 2, -1, -2), QColor("#ECEFF3"))
        painter.setPen(QPen(QColor("#8A8F98"), 1.0, Qt.PenStyle.DashLine))
        for x in (0.0, self._header.right()):
            painter.drawLine(QLineF(x, 0, x, self._height))
        painter.setPen(INK)
        painter.setFont(PHASE_FONT)
        lines = self._name
        line_h = min(self._name_h, (geo.PHASE_HEADER_HEIGHT - 4) / max(1, len(lines)))
        draw_lines(painter, self._header, lines, line_h)
        if self.isSelected():
            painter.setPen(QPen(SELECTED, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._header.adjusted(2, 2, -2, -2))


class FlowItem(QGraphicsItem):
    """An arrow: dotted for information (labelled with *what*), solid for the process order."""

    kind = "flow"

    def __init__(self, flow: Flow) -> None:
        super().__init__()
        self.obj_id = flow.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_FLOW)
        self._line = QLineF()
        self._head = QPolygonF()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self.label = FlowLabel(self)
        self.sync(flow)

    def sync(self, flow: Flow) -> None:
        self._info = flow.kind == "information"
        self._label, self._label_h = wrap(flow.what, 150, LABEL_FONT) if flow.what else ([], 0.0)
        self._label_w = max((QFontMetricsF(LABEL_FONT).horizontalAdvance(s) for s in self._label),
                            default=0.0)
        self.setToolTip(flow.what)
        self._recompute()
        self.label.setToolTip(flow.what)

    def set_ends(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        self._line = QLineF(QPointF(*start), QPointF(*end))
        self._head = QPolygonF([QPointF(*p) for p in geo.arrow_head(start, end)])
        self._recompute()

    def line(self) -> QLineF:
        return QLineF(self._line)

    def label_rect(self) -> QRectF:
        """Where the *what* label sits, centred on the arrow."""
        w, h = self._label_w + 8, len(self._label) * self._label_h + 4
        c = self._line.center()
        return QRectF(c.x() - w / 2, c.y() - h / 2, w, h)

    def _recompute(self) -> None:
        self.prepareGeometryChange()
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        shape = stroker.createStroke(path)
        shape.addPolygon(self._head)
        self._shape = shape
        self._bounds = shape.boundingRect().adjusted(-3, -3, 3, 3)
        self.label.refresh()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        color = self.color()
        width = 2.6 if self.isSelected() else (1.6 if self._info else 1.8)
        pen = QPen(color, width)
        if self._info:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([1.5, 2.5])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._head)

    def color(self) -> QColor:
        return SELECTED if self.isSelected() else (QColor("#444A55") if self._info else INK)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.label.update()
        return super().itemChange(change, value)

    def paint_label(self, painter: QPainter, rect: QRectF) -> None:
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.setPen(QPen(QColor("#C8CCD2"), 0.8))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(self.color())
        painter.setFont(LABEL_FONT)
        draw_lines(painter, rect, self._label, self._label_h)


class FlowLabel(QGraphicsItem):
    """A flow's *what*, drawn above the boxes so no box ever hides it."""

    kind = "flow"

    def __init__(self, flow_item: FlowItem) -> None:
        super().__init__()
        self.flow_item = flow_item
        self.obj_id = flow_item.obj_id
        self.setZValue(Z_LABEL)
        self._rect = QRectF()

    def refresh(self) -> None:
        self.prepareGeometryChange()
        item = self.flow_item
        self._rect = item.label_rect() if item._label else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._rect.isEmpty() and option.levelOfDetailFromTransform(painter.worldTransform()) >= 0.3:
            self.flow_item.paint_label(painter, self._rect)


class LegendItem(QGraphicsItem):
    """Explains the notation: the asterisk, dotted and solid arrows."""

    WIDTH, HEIGHT = 560.0, 34.0

    def __init__(self, texts: tuple[str, str, str]) -> None:
        super().__init__()
        self._texts = texts
        self.setZValue(Z_LEGEND)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.WIDTH, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#B0B4BA"), 1.0))
        painter.setBrush(QColor("#FAFAFA"))
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        mid = self.HEIGHT / 2
        painter.setFont(STAR_FONT)
        painter.setPen(QColor("#B3261E"))
        painter.drawText(QRectF(8, 2, 16, 30), int(Qt.AlignmentFlag.AlignCenter), "*")
        painter.setFont(LABEL_FONT)
        painter.setPen(INK)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(26, 0, 150, self.HEIGHT), align, self._texts[0])
        for i, (x, dotted) in enumerate(((190.0, True), (380.0, False))):
            pen = QPen(INK, 1.6)
            if dotted:
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([1.5, 2.5])
            painter.setPen(pen)
            painter.drawLine(QLineF(x, mid, x + 36, mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in
                                           geo.arrow_head((x, mid), (x + 40, mid), 8)]))
            painter.setPen(INK)
            painter.drawText(QRectF(x + 46, 0, 140, self.HEIGHT), align, self._texts[i + 1])


def perpendicular(start: tuple[float, float], end: tuple[float, float]) -> tuple[float, float]:
    """Unit normal of the segment (for spreading parallel arrows apart)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    return (-dy / length, dx / length)
