"""Draw one page (tile) of the map on a reportlab canvas, as vectors. No Qt.

Coordinates are converted by hand (page = origin + map * scale, y flipped) instead of through a
canvas transform, so text is never mirrored and the content stream stays plain.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from app import wording
from app.model import layout as lay
from app.model import style

from . import pdf_style as st
from .pdf_legend import draw_consent_mark
from .pdf_plan import Arrow, Box, MapGeometry, PagePlan, Tile


def kind_label(kind: str) -> str:
    """An actor's kind as printed under its lane name: the canvas's words, in capitals for
    every kind alike."""
    return wording.kind_label(kind).upper()


@dataclass(frozen=True)
class Tx:
    """Map units -> page points for one region of a page."""

    ax: float
    ay: float
    s: float

    def x(self, v: float) -> float:
        return self.ax + v * self.s

    def y(self, v: float) -> float:
        return self.ay - v * self.s


def draw_tile(c: Canvas, geo: MapGeometry, plan: PagePlan, tile: Tile,
              left: float, top: float) -> tuple[float, float]:
    """Draw ``tile`` with its top-left corner at page point (left, top); return its size."""
    s = plan.scale
    hw, ph = lay.HEADER_WIDTH * s, lay.PHASE_HEADER_HEIGHT * s
    bw, bh = (tile.x1 - tile.x0) * s, (tile.y1 - tile.y0) * s
    body = Tx(left + hw - tile.x0 * s, top - ph + tile.y0 * s, s)
    key = (tile.row, tile.col)
    _clipped(c, left + hw, top - ph - bh, bw, bh,
             lambda: _body(c, geo, plan, tile, body, key))
    _clipped(c, left + hw, top - ph, bw, ph,
             lambda: _phase_headers(c, geo, tile, Tx(body.ax, top, s)))
    _clipped(c, left, top - ph - bh, hw, bh,
             lambda: _lane_headers(c, geo, tile, Tx(left, body.ay, s)))
    c.setFillColor(st.PHASE_FILL)
    c.setStrokeColor(st.GRID)
    c.setLineWidth(0.5)
    c.rect(left, top - ph, hw, ph, stroke=1, fill=1)
    c.rect(left, top - ph - bh, hw + bw, ph + bh, stroke=1, fill=0)
    return hw + bw, ph + bh


def _clipped(c: Canvas, x: float, y: float, w: float, h: float, draw) -> None:
    c.saveState()
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)
    draw()
    c.restoreState()


def _body(c: Canvas, geo: MapGeometry, plan: PagePlan, tile: Tile, tx: Tx,
          key: tuple[int, int]) -> None:
    for lv in geo.lanes:
        lane = lv.lane
        if lane.top < tile.y1 and lane.top + lane.height > tile.y0:
            _lane_band(c, lv, tile, tx)
    c.setStrokeColor(st.GRID)
    c.setLineWidth(0.6 * tx.s)
    for cv in geo.columns:
        edge = cv.column.left + cv.column.width
        if tile.x0 <= edge <= tile.x1:
            c.line(tx.x(edge), tx.y(tile.y0), tx.x(edge), tx.y(tile.y1))
    _arrows(c, plan.arrows.get(key, []), plan.heads.get(key, []), tx)  # under the boxes
    _labels(c, plan.labels.get(key, []), tx)
    _boxes(c, plan.boxes.get(key, []), tx)


def _lane_band(c: Canvas, lv, tile: Tile, tx: Tx) -> None:
    lane, actor = lv.lane, lv.actor
    citizen = actor.kind == "citizen"
    y_top, y_bottom = tx.y(lane.top), tx.y(lane.top + lane.height)
    c.setFillColor(st.tint(actor.color, 0.20 if citizen else 0.08))
    c.rect(tx.x(tile.x0), y_bottom, (tile.x1 - tile.x0) * tx.s, y_top - y_bottom, stroke=0, fill=1)
    c.setStrokeColor(st.GRID)
    c.setLineWidth(0.6 * tx.s)
    c.line(tx.x(tile.x0), y_bottom, tx.x(tile.x1), y_bottom)
    if citizen:  # the citizen's lane is framed in its colour, top and bottom
        c.setStrokeColor(st.shade(actor.color, 0.1))
        c.setLineWidth(2.5 * tx.s)
        inset = 1.25 * tx.s
        c.line(tx.x(tile.x0), y_top - inset, tx.x(tile.x1), y_top - inset)
        c.line(tx.x(tile.x0), y_bottom + inset, tx.x(tile.x1), y_bottom + inset)


def _boxes(c: Canvas, boxes: list[Box], tx: Tx) -> None:
    s = tx.s
    size, leading = st.TITLE_SIZE * s, st.TITLE_LEADING * s
    outline = _Outlines()
    for box in boxes:  # outlines and fills first, grouped by style to keep the stream small
        r = box.rect
        outline.use(c, box, s)
        c.roundRect(tx.x(r.x), tx.y(r.bottom), r.width * s, r.height * s, 6 * s, stroke=1, fill=1)
    c.setFillColor(st.INK)
    c.setFont(st.FONT, size)
    for box in boxes:
        r = box.rect
        text_h = len(box.lines) * st.TITLE_LEADING
        offset = max(0.0, (r.height - 2 * lay.BOX_PADDING - text_h) / 2)
        base = tx.y(r.y + lay.BOX_PADDING + offset) - (leading - size) / 2 - size * 0.93
        cx = tx.x(r.x + r.width / 2)
        for i, line in enumerate(box.lines):
            c.drawCentredString(cx, base - i * leading, line)
    c.setFillColor(st.STAR_COLOR)
    c.setFont(st.FONT_BOLD, st.STAR_SIZE * s)
    for box in boxes:
        if box.act.co_produced:
            r = box.rect
            c.drawCentredString(tx.x(r.right - lay.BOX_PADDING - st.STAR_ROOM / 2 + 2),
                                tx.y(r.y + lay.BOX_PADDING + st.STAR_SIZE * 0.72), "*")


class _Outlines:
    """Set fill, outline colour and width only when they change from the previous box."""

    def __init__(self) -> None:
        self.last: tuple | None = None

    def use(self, c: Canvas, box: Box, s: float) -> None:
        d = box.drawing
        style = (d.fill, d.outline, d.outline_width)
        if style == self.last:
            return
        self.last = style
        c.setFillColor(colors.HexColor(d.fill))
        c.setStrokeColor(colors.HexColor(d.outline))
        c.setLineWidth(d.outline_width * s)


def _arrows(c: Canvas, arrows: list[Arrow], heads: list[Arrow], tx: Tx) -> None:
    s = tx.s
    c.setLineCap(1)
    for info, color, dash, width in ((False, st.SEQUENCE_COLOR, None, style.SEQUENCE_WIDTH),
                                     (True, st.INFO_COLOR, st.INFO_DASH, style.INFO_WIDTH)):
        lines = [a for a in arrows if (a.flow.kind == "information") == info]
        tips = [a for a in heads if (a.flow.kind == "information") == info]
        if not lines and not tips:
            continue
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(width * s)
        c.setDash([d * s for d in dash] if dash else [], 0)
        for a in lines:  # routed around boxes: a polyline (app.model.routing)
            path = c.beginPath()
            path.moveTo(tx.x(a.points[0][0]), tx.y(a.points[0][1]))
            for x, y in a.points[1:]:
                path.lineTo(tx.x(x), tx.y(y))
            c.drawPath(path, stroke=1, fill=0)
        c.setDash([], 0)
        for a in tips:
            _head(c, a, tx)
    c.setLineCap(0)


def _head(c: Canvas, a: Arrow, tx: Tx) -> None:
    path = c.beginPath()
    (x0, y0), *rest = a.head
    path.moveTo(tx.x(x0), tx.y(y0))
    for x, y in rest:
        path.lineTo(tx.x(x), tx.y(y))
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _labels(c: Canvas, arrows: list[Arrow], tx: Tx) -> None:
    s = tx.s
    size, leading = st.LABEL_SIZE * s, st.LABEL_LEADING * s
    if not arrows:
        return
    c.setFont(st.FONT, size)
    for a in arrows:
        r = a.label_rect
        c.setFillColor(colors.white)
        c.rect(tx.x(r.x), tx.y(r.bottom), r.width * s, r.height * s, stroke=0, fill=1)
        if a.drawing.consent:
            m = a.drawing.consent_rect
            draw_consent_mark(c, tx.x(m.x), tx.y(m.bottom), m.width * s, a.drawing.consent)
            c.setFont(st.FONT, size)
        c.setFillColor(st.INFO_COLOR)
        t = a.drawing.text_rect
        cx = tx.x(t.x + t.width / 2)
        top = t.y + (t.height - len(a.label) * st.LABEL_LEADING) / 2  # centred, as on screen
        base = tx.y(top) - size * 0.93 - (leading - size) / 2
        for i, line in enumerate(a.label):
            c.drawCentredString(cx, base - i * leading, line)


def _phase_headers(c: Canvas, geo: MapGeometry, tile: Tile, tx: Tx) -> None:
    s = tx.s
    size, leading = st.PHASE_SIZE * s, (st.PHASE_SIZE + 2) * s
    for cv in geo.columns:
        col = cv.column
        if col.left >= tile.x1 or col.left + col.width <= tile.x0:
            continue
        c.setFillColor(st.PHASE_FILL)
        c.setStrokeColor(st.GRID)
        c.setLineWidth(0.6 * s)
        c.rect(tx.x(col.left), tx.y(lay.PHASE_HEADER_HEIGHT), col.width * s,
               lay.PHASE_HEADER_HEIGHT * s, stroke=1, fill=1)
        c.setFillColor(st.INK)
        c.setFont(st.FONT_BOLD, size)
        lines = cv.lines[:2]
        block = len(lines) * leading
        base = tx.y(lay.PHASE_HEADER_HEIGHT / 2) + block / 2 - size * 0.93
        for i, line in enumerate(lines):
            c.drawCentredString(tx.x(col.left + col.width / 2), base - i * leading, line)


def _lane_headers(c: Canvas, geo: MapGeometry, tile: Tile, tx: Tx) -> None:
    """Each lane's header, clipped to the part of the lane this tile shows, so a name repeated
    on a later tile never runs into the next lane."""
    for lv in geo.lanes:
        lane = lv.lane
        top, bottom = max(lane.top, tile.y0), min(lane.top + lane.height, tile.y1)
        if bottom <= top:
            continue
        _clipped(c, tx.x(0), tx.y(bottom), lane.header.width * tx.s, (bottom - top) * tx.s,
                 lambda lv=lv, top=top, bottom=bottom: _lane_header(c, lv, tx, top, bottom))


def _lane_header(c: Canvas, lv, tx: Tx, top: float, bottom: float) -> None:
    s, lane, actor = tx.s, lv.lane, lv.actor
    citizen = actor.kind == "citizen"
    h = lane.header
    c.setFillColor(st.tint(actor.color, 0.45 if citizen else 0.25))
    c.setStrokeColor(st.GRID)
    c.setLineWidth(0.6 * s)
    c.rect(tx.x(0), tx.y(h.bottom), h.width * s, h.height * s, stroke=1, fill=1)
    c.setFillColor(colors.HexColor(actor.color))
    c.rect(tx.x(0), tx.y(h.bottom), 8 * s, h.height * s, stroke=0, fill=1)
    if bottom - top >= LANE_TEXT_TOP + st.LANE_SIZE + 2:  # no name on a sliver of a lane
        _lane_text(c, lv, tx, top + LANE_TEXT_TOP)  # names stay on the page when a lane is cut
    if citizen:
        c.setStrokeColor(st.shade(actor.color, 0.1))
        c.setLineWidth(2.5 * s)
        c.rect(tx.x(1.25), tx.y(h.bottom - 1.25), (h.width - 2.5) * s, (h.height - 2.5) * s,
               stroke=1, fill=0)


LANE_TEXT_TOP = 10.0  #: map units from a lane's (visible) top to its name


def _lane_text(c: Canvas, lv, tx: Tx, y: float) -> None:
    s = tx.s
    size, leading = st.LANE_SIZE * s, (st.LANE_SIZE + 2.5) * s
    c.setFillColor(st.INK)
    c.setFont(st.FONT_BOLD, size)
    base = tx.y(y) - size * 0.93
    for i, line in enumerate(lv.lines):
        c.drawString(tx.x(16), base - i * leading, line)
    kind = kind_label(lv.actor.kind)
    c.setFillColor(st.shade(lv.actor.color, 0.45) if lv.actor.kind == "citizen" else st.MUTED)
    c.setFont(st.FONT_BOLD if lv.actor.kind == "citizen" else st.FONT, st.KIND_SIZE * s)
    c.drawString(tx.x(16), base - len(lv.lines) * leading - 2 * s, kind)
