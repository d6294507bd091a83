"""Scene items: they draw the model and report gestures; they hold nothing the file lacks.

What a box, a lane, a column and an arrow look like (wrapped lines, sizes, places, styles) is
decided by the drawing plan (:mod:`app.model.drawing`); items only ``apply`` it and paint.
Built for maps of 10,000 boxes and 30,000 arrows: pens, brushes and flags are made once per module; shapes are plain
rectangles and polygons; no item overrides ``itemChange`` or holds a tooltip (the scene moves
arrows during a drag and answers tooltips from the model); a long dotted arrow draws only the
part inside the exposed area, so the cost of painting follows what is on screen.

Every item keeps its bounding rectangle in Qt (:class:`Bounded`): the scene has no spatial index
(see scene.py), so each paint, hit test and press asks every item for its bounds -- with a
Python ``boundingRect`` that is a Python call per item (60 ms a frame at 20,000 items), kept in
Qt it is a few milliseconds. Only ``shape`` (asked of the few items under a point) and
``paint`` (of the items on screen) are Python.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen,
                           QPolygonF)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.model import layout as geo
from app.model import style
from app.model.drawing import BoxDrawing, ColumnDrawing, LaneDrawing
from app.wording import consent_legend, kind_label
from app.model.layout import Rect

Z_LANE, Z_PHASE, Z_FLOW, Z_ACTIVITY, Z_LABEL, Z_LEGEND = 0.0, 1.0, 2.0, 3.0, 4.0, 1.0
HANDLE = 9.0  #: size of the resize handle at a selected box's bottom-right corner
SELECTED = QColor("#1F6FEB")
INK = QColor(style.INK)
MUTED = QColor(style.MUTED)


def font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    """Fonts in pixel sizes, so the scene looks the same on every screen before zooming.
    Kerning is off: the drawing plan measured the font's plain advance widths
    (app.export.pdf_style.text_measure), and the drawn text must take the room measured."""
    f = QFont("DejaVu Sans")
    f.setPixelSize(round(pixels))
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(False)
    return f


TITLE_FONT = font(style.FONTS["title"][0])
STAR_FONT = font(style.STAR_SIZE, bold=True)
LANE_FONT = font(*style.FONTS["lane"])
KIND_FONT = font(style.KIND_SIZE, italic=True)
PHASE_FONT = font(*style.FONTS["phase"])
LABEL_FONT = font(style.FONTS["label"][0])
CONSENT_FONT = font(style.CONSENT_SIZE * 0.8, bold=True)


CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
BOX_FLAGS = SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
FLOW_FLAGS = SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
STAR_COLOR = QColor(style.STAR_COLOR)
SELECTED_BOX_PEN = QPen(SELECTED, 3.0)
BOX_FILL, CO_BOX_FILL = QBrush(QColor(style.BOX_FILL)), QBrush(QColor(style.CO_BOX_FILL))
LABEL_FILL, LABEL_PEN = QBrush(QColor(255, 255, 255, 235)), QPen(QColor("#C8CCD2"), 0.8)


@lru_cache(maxsize=64)
def brush(color: str) -> QBrush:
    return QBrush(QColor(color))


@lru_cache(maxsize=256)
def outline_pen(color: str, width: float) -> QPen:
    return QPen(QColor(color), width)


def flow_pen(info: bool, selected: bool, color: QColor | None = None) -> QPen:
    """The shared arrow style (app.model.style): information dotted blue, order solid."""
    width = style.INFO_WIDTH if info else style.SEQUENCE_WIDTH
    if selected:
        width += 1.0
    pen = QPen(color or (SELECTED if selected else QColor(style.INFO_COLOR if info
                                                          else style.SEQUENCE_COLOR)), width)
    if info:
        # The PDF's round-capped dots, as flat-capped squares of the same size and spacing:
        # on screen they look the same and paint about four times faster (long dotted arrows
        # are most of the cost of a big map). Qt counts dash lengths in pen widths.
        dash, gap = style.INFO_DASH
        w = style.INFO_WIDTH
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([(dash + w) / w, max(gap - w, 0.5) / w])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


FLOW_PENS = {(info, sel): flow_pen(info, sel) for info in (False, True) for sel in (False, True)}


def draw_lines(painter: QPainter, rect: QRectF, lines: list[str], line_h: float,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> None:
    """Draw pre-wrapped lines centred vertically in ``rect``."""
    top = rect.center().y() - len(lines) * line_h / 2
    flags = CENTER if align == Qt.AlignmentFlag.AlignHCenter else int(align | Qt.AlignmentFlag.AlignVCenter)
    for i, line in enumerate(lines):
        painter.drawText(QRectF(rect.left(), top + i * line_h, rect.width(), line_h), flags, line)


NO_PEN = QPen(Qt.PenStyle.NoPen)


class Bounded(QGraphicsRectItem):
    """A map item whose bounding rectangle Qt holds (``set_bounds``), so that scanning every
    item for a paint or a hit test never calls into Python. Draws nothing by itself."""

    filed = (0, 0)  #: set by the scene (filing.py): of two items of a kind, the later filed is drawn on top
    group_key = None  #: the scene's group it is in (filing.py)

    def __init__(self, parent: QGraphicsItem | None = None, bounds: QRectF | None = None) -> None:
        if bounds is None:
            super().__init__(parent)
        else:
            super().__init__(bounds, parent)
        self.setPen(NO_PEN)  # else its pen (never drawn) widens the bounds by half a unit

    def set_bounds(self, rect: QRectF) -> None:
        """Where the item may paint and be hit, in its own coordinates."""
        if QGraphicsRectItem.rect(self) != rect:
            self.setRect(rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Nothing by default (a subclass paints itself)."""


class ActivityItem(Bounded):
    """A box: an activity with its wrapped title and an asterisk when co-produced, as the
    drawing plan (app.model.drawing) decided."""

    kind = "activity"

    def __init__(self, obj_id: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.setFlags(BOX_FLAGS)
        self.setZValue(Z_ACTIVITY)
        self._rect = QRectF()
        self._lines: tuple[str, ...] = ()
        self._co = False
        self._pen = QPen()
        self._fill = brush(style.BOX_FILL)
        self._drawing: BoxDrawing | None = None

    def apply(self, box: BoxDrawing) -> None:
        """Take the plan's box: place, size, lines, mark and style."""
        self._drawing = box
        r = box.rect
        if self._rect.width() != r.width or self._rect.height() != r.height:
            self._size(r.width, r.height)
        self.setPos(r.x, r.y)
        self._lines, self._co = box.lines, box.co_produced
        self._pen = outline_pen(box.outline, box.outline_width)
        self._fill = brush(box.fill)
        self.update()

    def preview_size(self, width: float, height: float) -> None:
        """Show a size while the user drags the resize handle (the model changes on release)."""
        self._size(width, height)

    def _size(self, width: float, height: float) -> None:
        self._rect = QRectF(0.0, 0.0, width, height)
        self.set_bounds(self._rect.adjusted(-3, -3, 3, 3))

    @property
    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def box(self) -> QRectF:
        """The box in scene coordinates."""
        return self._rect.translated(self.pos())

    def in_handle(self, scene_pos: QPointF) -> bool:
        p = self.mapFromScene(scene_pos)
        return p.x() >= self._rect.right() - HANDLE and p.y() >= self._rect.bottom() - HANDLE

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        painter.setBrush(self._fill)
        painter.setPen(SELECTED_BOX_PEN if selected else self._pen)
        painter.drawRoundedRect(self._rect, 6, 6)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.3:
            return
        painter.setPen(INK)
        painter.setFont(TITLE_FONT)
        side = geo.BOX_PADDING + (style.STAR_ROOM if self._co else 0.0)
        inner = self._rect.adjusted(side, geo.BOX_PADDING, -side, -geo.BOX_PADDING)
        draw_lines(painter, inner, self._lines, style.TITLE_LEADING)
        if self._co:
            painter.setFont(STAR_FONT)
            painter.setPen(STAR_COLOR)
            star = QRectF(self._rect.right() - 22, self._rect.top() + 1, 20, 24)
            painter.drawText(star, int(Qt.AlignmentFlag.AlignCenter), "*")
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRect(QRectF(self._rect.right() - HANDLE, self._rect.bottom() - HANDLE,
                                    HANDLE, HANDLE))


class LaneItem(Bounded):
    """An actor's lane: a tinted band and a header; only the header is hit and selectable."""

    kind = "actor"

    def __init__(self, obj_id: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_LANE)
        self._band = QRectF(0, 0, geo.HEADER_WIDTH + geo.MIN_CONTENT_WIDTH, 160.0)
        self._header = QRectF(0, 0, geo.HEADER_WIDTH, 160.0)
        self.set_bounds(self._band.adjusted(0, -1, 1, 1))
        self._citizen, self._kind, self._name = False, "", ()
        self.color_name = "#888888"
        self._color = QColor(self.color_name)

    def apply(self, drawing: LaneDrawing) -> None:
        """Take the plan's lane: band, header, wrapped name, kind and colour."""
        lane = drawing.lane
        self._citizen = drawing.kind == "citizen"
        self._kind, self._name = drawing.kind, drawing.lines
        self.color_name = drawing.color
        self._color = QColor(drawing.color)
        self.setPos(0.0, lane.top)
        self._band = QRectF(0, 0, lane.band.width, lane.height)
        self._header = QRectF(0, 0, lane.header.width, lane.height)
        self.set_bounds(self._band.adjusted(0, -1, 1, 1))
        self.update()

    def header(self) -> QRectF:
        """The header in scene coordinates (where flows to this actor end)."""
        return self._header.translated(self.pos())

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
        draw_lines(painter, text_rect, self._name, style.LANE_LEADING, Qt.AlignmentFlag.AlignLeft)
        painter.setFont(KIND_FONT)
        painter.setPen(MUTED)
        kind_rect = QRectF(14, self._header.bottom() - 22, self._header.width() - 22, 18)
        painter.drawText(kind_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         kind_label(self._kind))
        if self._citizen:
            self._paint_person(painter, QPointF(self._header.right() - 18, self._header.bottom() - 16))

    def _paint_person(self, painter: QPainter, at: QPointF) -> None:
        """A small person glyph: citizens' lanes are visibly distinct."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color.darker(120))
        painter.drawEllipse(QRectF(at.x() - 4, at.y() - 11, 8, 8))
        painter.drawRoundedRect(QRectF(at.x() - 7, at.y() - 2, 14, 10), 4, 4)




class PhaseItem(Bounded):
    """A phase column: the header cell above the lanes and dashed column borders."""

    kind = "phase"

    def __init__(self, obj_id: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_PHASE)
        self._header = QRectF(0, 0, 100.0, geo.PHASE_HEADER_HEIGHT)
        self._height = geo.PHASE_HEADER_HEIGHT
        self._name: tuple[str, ...] = ()
        self.set_bounds(QRectF(-1, 0, self._header.width() + 2, self._height))

    def apply(self, drawing: ColumnDrawing, map_height: float) -> None:
        """Take the plan's column and the map's height (its borders run down the map)."""
        column = drawing.column
        self._name = drawing.lines
        self.setPos(column.left, 0.0)
        self._header = QRectF(0, 0, column.width, geo.PHASE_HEADER_HEIGHT)
        self._height = map_height
        self.set_bounds(QRectF(-1, 0, self._header.width() + 2, self._height))
        self.update()

    def header(self) -> QRectF:
        return self._header.translated(self.pos())

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
        line_h = min(style.PHASE_LEADING, (geo.PHASE_HEADER_HEIGHT - 4) / max(1, len(lines)))
        draw_lines(painter, self._header, lines, line_h)
        if self.isSelected():
            painter.setPen(QPen(SELECTED, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._header.adjusted(2, 2, -2, -2))


class LegendItem(QGraphicsItem):
    """Explains the notation: the asterisk, dotted and solid arrows, the personal-data marks.
    Laid out by measuring its texts, so no word is cut in any language."""

    HEIGHT = 58.0
    ROW = 34.0  #: the first row: `*` and the arrows; the second: the personal-data marks
    SAMPLE = 46.0  #: an arrow sample and the gap before its words
    GAP = 22.0  #: between one entry and the next

    def __init__(self, texts: tuple[str, str, str]) -> None:
        super().__init__()
        self.setZValue(Z_LEGEND)
        advance = QFontMetricsF(LABEL_FONT).horizontalAdvance
        #: (where, words) of each text; (x, dotted) of each arrow sample; (x, state) of each mark
        line = QRectF(0, self.ROW / 2 - 8, 0, 16)  #: the first row's text line
        self.texts: list[tuple[QRectF, str]] = [(line.adjusted(26, 0, 30 + advance(texts[0]), 0),
                                                  texts[0])]
        self.samples: list[tuple[float, bool]] = []
        x = 26 + advance(texts[0]) + self.GAP
        for text, dotted in zip(texts[1:], (True, False)):
            self.samples.append((x, dotted))
            self.texts.append((line.adjusted(x + self.SAMPLE, 0, x + self.SAMPLE + advance(text) + 4,
                                             0), text))
            x += self.SAMPLE + advance(text) + self.GAP
        heading, states = consent_legend()
        top = self.ROW - 1  #: the second row's text line, centred on the marks
        self.texts.append((QRectF(10, top, advance(heading) + 4, 14), heading))
        self.marks: list[tuple[float, str]] = []
        x = 14 + advance(heading)
        for state, word in states:
            self.marks.append((x, state))
            self.texts.append((QRectF(x + style.CONSENT_SIZE + 4, top, advance(word) + 4, 14),
                               word))
            x += style.CONSENT_SIZE + 14 + advance(word)
        self.width = max(r.right() for r, _t in self.texts) + 8

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#B0B4BA"), 1.0))
        painter.setBrush(QColor("#FAFAFA"))
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        mid = self.ROW / 2
        painter.setFont(STAR_FONT)
        painter.setPen(STAR_COLOR)
        painter.drawText(QRectF(8, 2, 16, 30), int(Qt.AlignmentFlag.AlignCenter), "*")
        for x, dotted in self.samples:
            pen = FLOW_PENS[(dotted, False)]
            painter.setPen(pen)
            painter.drawLine(QLineF(x, mid, x + 36, mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen.color())
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in
                                           geo.arrow_head((x, mid), (x + 40, mid), 8)]))
        for x, state in self.marks:
            paint_consent(painter, Rect(x, self.ROW, style.CONSENT_SIZE, style.CONSENT_SIZE),
                          state)
        painter.setFont(LABEL_FONT)
        painter.setPen(INK)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for rect, text in self.texts:
            painter.drawText(rect, align, text)


def paint_consent(painter: QPainter, at: Rect, consent: str) -> None:
    """The personal-data mark: a disc in the consent state's colour with its sign (also
    drawn in the legend)."""
    color, sign = style.CONSENT_MARK.get(consent, style.CONSENT_MARK["unknown"])
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    disc = QRectF(at.x, at.y, at.width, at.height)
    painter.drawEllipse(disc)
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(CONSENT_FONT)
    painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), sign)
    painter.restore()
