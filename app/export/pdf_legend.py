"""The legend, the tile label and the overlap marks around a PDF map page. No Qt.

Drawn at a fixed printed size (not scaled with the map), so they read the same on every page.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from app.i18n import translate
from app.wording import consent_legend
from app.model import layout as lay
from app.model import style

from . import pdf_style as st
from .pdf_plan import MAX_MAP_PAGES, PagePlan, Tile

LEGEND_SIZE = 8.5
LINE = 12.0  #: from one footer line to the next
MARK = 7.0  #: length of an overlap tick, points


def draw_legend(c: Canvas, left: float, base: float, two_lines: bool = False) -> float:
    """`*` = co-produced with citizens; dotted = information flow; solid = process order;
    the citizen lane. ``two_lines`` (a narrow page): the last two on a line below ``base``."""
    c.saveState()
    x = left
    c.setFillColor(st.STAR_COLOR)
    c.setFont(st.FONT_BOLD, 15)
    c.drawString(x, base - 5, "*")
    x = _text(c, x + 11, base, translate("Report", "co-produced with citizens"))
    x = _sample(c, x + 16, base, dotted=True)
    x = _text(c, x + 5, base, translate("Report", "information flow (what is shared)"))
    if two_lines:
        x, base = left - 16, base - LINE
    x = _sample(c, x + 16, base, dotted=False)
    x = _text(c, x + 5, base, translate("Report", "process order"))
    c.setFillColor(st.tint("#E45756", 0.45))
    c.setStrokeColor(st.shade("#E45756", 0.1))
    c.setLineWidth(1.5)
    c.rect(x + 16, base - 1, 16, 9, stroke=1, fill=1)
    x = _text(c, x + 37, base, translate("Report", "citizen lane"))
    c.restoreState()
    return x


def draw_consent_legend(c: Canvas, left: float, base: float) -> float:
    """The personal-data mark in each consent state, as drawn on the flows' labels."""
    heading, states = consent_legend()
    c.saveState()
    x = _text(c, left, base, heading)
    for state, word in states:
        x = draw_consent_mark(c, x + 6, base - 2, 10.0, state)
        x = _text(c, x + 3, base, word)
    c.restoreState()
    return x


def draw_consent_mark(c: Canvas, x: float, bottom: float, size: float, state: str) -> float:
    """A disc of ``size`` points in the consent state's colour with its sign; returns its right."""
    color, sign = style.CONSENT_MARK.get(state, style.CONSENT_MARK["unknown"])
    c.setFillColor(colors.HexColor(color))
    c.circle(x + size / 2, bottom + size / 2, size / 2, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(st.FONT_BOLD, size * 0.8)
    c.drawCentredString(x + size / 2, bottom + size * 0.22, sign)
    return x + size


def _text(c: Canvas, x: float, base: float, text: str) -> float:
    c.setFillColor(st.INK)
    c.setFont(st.FONT, LEGEND_SIZE)
    c.drawString(x, base, text)
    return x + c.stringWidth(text, st.FONT, LEGEND_SIZE)


def _sample(c: Canvas, x: float, base: float, dotted: bool) -> float:
    y = base + 3
    color = st.INFO_COLOR if dotted else st.SEQUENCE_COLOR
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineCap(1)
    c.setLineWidth(1.4)
    c.setDash(list(st.INFO_DASH) if dotted else [], 0)
    c.line(x, y, x + 24, y)
    c.setDash([], 0)
    c.setLineCap(0)
    head = lay.arrow_head((x, y), (x + 30, y), 6.0)
    path = c.beginPath()
    path.moveTo(*head[0])
    path.lineTo(*head[1])
    path.lineTo(*head[2])
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    return x + 30


def draw_footer(c: Canvas, plan: PagePlan, tile: Tile, right: float, base: float) -> None:
    """'Map: row r, column c' so tiled pages can be laid out on a table in order."""
    text = translate("Report", "Map: row {row}, column {col} (of {rows} \u00d7 {cols} pages)").format(
        row=tile.row + 1, col=tile.col + 1, rows=plan.rows, cols=plan.cols)
    c.saveState()
    c.setFont(st.FONT_BOLD, LEGEND_SIZE)
    c.setFillColor(st.INK)
    c.drawRightString(right, base, text)
    c.restoreState()


def draw_squeezed_note(c: Canvas, plan: PagePlan, right: float, base: float) -> None:
    """Why a huge map is printed small: it would need more pages than anyone tapes together."""
    lines = [translate("Report", "Too large for {pages} readable pages: fitted on this one.")
             .format(pages=MAX_MAP_PAGES),
             translate("Report", "Zoom in, or export PNG or SVG.")]
    c.saveState()
    c.setFont(st.FONT_BOLD, LEGEND_SIZE)
    c.setFillColor(st.INK)
    for i, line in enumerate(lines):
        c.drawRightString(right, base + (len(lines) - 1 - i) * (LEGEND_SIZE + 2), line)
    c.restoreState()


def draw_overview_note(c: Canvas, plan: PagePlan, right: float, base: float) -> None:
    """Why the overview's text is small, and where to read it."""
    text = translate("Report", "The whole map. Pages {first}–{last} show it large enough "
                               "to read.").format(first=2, last=len(plan.tiles) + 1)
    c.saveState()
    c.setFont(st.FONT_BOLD, LEGEND_SIZE)
    c.setFillColor(st.INK)
    c.drawRightString(right, base, text)
    c.restoreState()


def draw_overview_pages(c: Canvas, plan: PagePlan, scale: float, left: float, top: float,
                        first_page: int) -> None:
    """On the overview, where the tiled pages cut the map (dashed) and which page shows each
    part ("page 3"), so a reader finds the readable page for the part they look at."""
    xs = [(plan.col_spans[i - 1][1] + plan.col_spans[i][0]) / 2 for i in range(1, plan.cols)]
    ys = [(plan.row_spans[i - 1][1] + plan.row_spans[i][0]) / 2 for i in range(1, plan.rows)]
    x_edges = [plan.col_spans[0][0], *xs, plan.col_spans[-1][1]]
    y_edges = [plan.row_spans[0][0], *ys, plan.row_spans[-1][1]]
    c.saveState()
    c.setStrokeColor(st.PAGE_CUT)
    c.setLineWidth(1.2)
    c.setDash([5, 3], 0)
    for x in xs:
        c.line(left + x * scale, top - y_edges[0] * scale, left + x * scale, top - y_edges[-1] * scale)
    for y in ys:
        c.line(left + x_edges[0] * scale, top - y * scale, left + x_edges[-1] * scale, top - y * scale)
    c.setDash([], 0)
    for tile in plan.tiles:
        text = translate("Report", "page {page}").format(
            page=first_page + tile.row * plan.cols + tile.col)
        x = left + x_edges[tile.col] * scale + 4
        y = top - y_edges[tile.row] * scale - 4 - LEGEND_SIZE
        w = c.stringWidth(text, st.FONT_BOLD, LEGEND_SIZE)
        c.setFillColor(colors.white)
        c.setStrokeColor(st.PAGE_CUT)
        c.roundRect(x - 3, y - 3, w + 6, LEGEND_SIZE + 5, 2, stroke=1, fill=1)
        c.setFillColor(st.PAGE_CUT)
        c.setFont(st.FONT_BOLD, LEGEND_SIZE)
        c.drawString(x, y, text)
    c.restoreState()


def draw_tile_marks(c: Canvas, plan: PagePlan, tile: Tile, left: float, top: float,
                    width: float, height: float) -> None:
    """Ticks outside the map where a neighbouring page's map begins or ends (the overlap)."""
    if not plan.tiled:
        return
    s = plan.scale
    body_left = left + lay.HEADER_WIDTH * s
    body_top = top - lay.PHASE_HEADER_HEIGHT * s
    bottom, right = top - height, left + width
    c.saveState()
    c.setStrokeColor(st.MUTED)
    c.setFillColor(st.MUTED)
    c.setLineWidth(0.8)
    c.setFont(st.FONT, 6.5)
    xs = []  # where the previous page's map ends and the next page's begins
    if tile.col > 0:
        xs.append(body_left + (plan.col_spans[tile.col - 1][1] - tile.x0) * s)
    if tile.col < plan.cols - 1:
        xs.append(body_left + (plan.col_spans[tile.col + 1][0] - tile.x0) * s)
    for x in xs:
        c.line(x, top + 1, x, top + 1 + MARK)
        c.line(x, bottom - 1, x, bottom - 1 - MARK)
    ys = []
    if tile.row > 0:
        ys.append(body_top - (plan.row_spans[tile.row - 1][1] - tile.y0) * s)
    if tile.row < plan.rows - 1:
        ys.append(body_top - (plan.row_spans[tile.row + 1][0] - tile.y0) * s)
    for y in ys:
        c.line(left - 1, y, left - 1 - MARK, y)
        c.line(right + 1, y, right + 1 + MARK, y)
    _neighbour_labels(c, plan, tile, right, bottom, top)
    c.restoreState()


def _neighbour_labels(c: Canvas, plan: PagePlan, tile: Tile, right: float, bottom: float,
                      top: float) -> None:
    if tile.col < plan.cols - 1:
        c.saveState()
        c.translate(right + 5, (top + bottom) / 2)
        c.rotate(-90)
        c.drawCentredString(0, 0, translate("Report", "continues: row {row}, column {col}")
                            .format(row=tile.row + 1, col=tile.col + 2))
        c.restoreState()
    if tile.row < plan.rows - 1:
        c.drawRightString(right, bottom - MARK - 6,
                          translate("Report", "continues: row {row}, column {col}")
                          .format(row=tile.row + 2, col=tile.col + 1))
