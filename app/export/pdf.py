"""The PDF for meetings: the map as vectors, then the report pages. No Qt.

The first page always shows the whole map. When its text would be too small to read there, the
pages after it show the map tiled at a readable size (the overview marks which page shows what).
Landscape or portrait follows the map's shape unless the caller chooses.

Built with reportlab into memory, then written atomically, so a failed export never leaves a
half-written file. Map pages are platypus flowables that fill a borderless frame; the report
follows with platypus. "page x of y" is stamped on every page once the count is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A3, A4, landscape, portrait as portrait_size
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from app.i18n import translate
from app.model import Document
from app.model import layout as lay

from . import pdf_style as st
from .atomic import write_bytes
from .errors import ExportError
from .pdf_legend import (draw_consent_legend, draw_footer, draw_legend, draw_overview_note,
                         draw_overview_pages, draw_squeezed_note, draw_tile_marks)
from .pdf_map import draw_tile
from .pdf_plan import MapGeometry, PagePlan, Tile, build_geometry, plan_overview, plan_pages

PAPERS = {"A4": A4, "A3": A3}
MARGIN = 22.0
FOOTER = 30.0  #: legend and page number band at the bottom of a map page
NARROW = 700.0  #: a page narrower than this (portrait) gives the legend two more lines
NARROW_FOOTER = FOOTER + 36.0  #: and room for "continues: …" under a tile
GAP = 8.0  #: between the title block and the map

Progress = Callable[[int, int], None]


def export_pdf(doc: Document, path: Path, paper: str = "A4", portrait: bool | None = None,
               report: bool = True, progress: Progress | None = None,
               since: Document | None = None) -> None:
    """Write the map (and, unless ``report`` is False, the report pages) to ``path``; with
    ``since`` (an older copy of the map), a "Changes since DATE" section opens the report;
    ``portrait`` None: the orientation that shows the whole map largest."""
    write_bytes(Path(path), render_pdf(doc, paper, portrait, report, progress, since))


def page_size(paper: str, portrait: bool) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ExportError(translate("Export", "unknown paper size {paper}; use A4 or A3")
                          .format(paper=paper))
    return portrait_size(PAPERS[paper]) if portrait else landscape(PAPERS[paper])


@dataclass
class MapPages:
    """Everything the map pages need, computed once."""

    doc: Document
    geo: MapGeometry
    plan: PagePlan
    page: tuple[float, float]
    head: "TitleBlock"
    overview: PagePlan | None = None  #: the whole map on the first page, when it is tiled after
    progress: Progress | None = None
    total_hint: int = 0

    @property
    def map_pages(self) -> list[tuple[PagePlan, Tile]]:
        """The map pages in print order: the overview (if any), then the tiles."""
        first = [(self.overview, self.overview.tiles[0])] if self.overview else []
        return first + [(self.plan, tile) for tile in self.plan.tiles]


def plan_map(doc: Document, paper: str = "A4", portrait: bool | None = None) -> MapPages:
    """Lay out the map pages for ``doc`` on the given paper (also used by tests and the bench);
    ``portrait`` None chooses the orientation by the map's shape."""
    st.register_fonts()
    geo = build_geometry(doc)
    if portrait is None:
        portrait = _fit_scale(doc, geo, paper, True) > _fit_scale(doc, geo, paper, False) * 1.01
    page = page_size(paper, portrait)
    head = TitleBlock.build(doc, page[0] - 2 * MARGIN)
    avail_w, avail_h = _map_room(page, head)
    plan = plan_pages(geo, avail_w, avail_h)
    overview = plan_overview(geo, avail_w, avail_h) if plan.tiled else None
    return MapPages(doc, geo, plan, page, head, overview)


def _map_room(page: tuple[float, float], head: "TitleBlock") -> tuple[float, float]:
    """Width and height a map page leaves for the map itself."""
    footer = NARROW_FOOTER if page[0] < NARROW else FOOTER
    return page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - head.height - GAP - footer


def _fit_scale(doc: Document, geo: MapGeometry, paper: str, portrait: bool) -> float:
    """How large the whole map prints on one page in this orientation."""
    page = page_size(paper, portrait)
    avail_w, avail_h = _map_room(page, TitleBlock.build(doc, page[0] - 2 * MARGIN))
    return min(avail_w / geo.width, avail_h / geo.height)


def render_pdf(doc: Document, paper: str = "A4", portrait: bool | None = None,
               report: bool = True, progress: Progress | None = None,
               since: Document | None = None) -> bytes:
    pages = plan_map(doc, paper, portrait)
    pages.progress = progress
    width, height = pages.page
    buf = BytesIO()
    meta = doc.meta
    template = BaseDocTemplate(
        buf, pagesize=pages.page, title=meta.title or translate("Report", "Untitled map"),
        author=", ".join(meta.authors), creator="OppSpace", producer="OppSpace (reportlab)",
        subject=translate("Report", "Co-production service map and partnership report"),
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN)
    map_frame = Frame(0, 0, width, height, 0, 0, 0, 0, id="map", showBoundary=0)
    report_width = width - 2 * MARGIN - 40
    report_frame = Frame(MARGIN + 20, MARGIN + FOOTER, report_width,
                         height - 2 * MARGIN - FOOTER - 18, id="report")
    template.addPageTemplates([
        PageTemplate("map", [map_frame]),
        PageTemplate("report", [report_frame], onPage=_report_decor(doc)),
    ])
    story: list[Flowable] = [MapPage(pages, plan, tile, i + 1)
                             for i, (plan, tile) in enumerate(pages.map_pages)]
    if since is not None:
        from .pdf_changes import changes_section

        story += [NextPageTemplate("report"), *changes_section(since, doc)]
    if report:
        from .pdf_report import report_story

        story += [NextPageTemplate("report"), *report_story(doc, report_width - 12)]
    pages.total_hint = len(story)
    template.build(story, canvasmaker=_numbered_canvas(translate("Report", "page {page} of {total}")))
    return buf.getvalue()


class MapPage(Flowable):
    """One map page: title block, the overview or one tile of the map, legend and marks."""

    def __init__(self, pages: MapPages, plan: PagePlan, tile: Tile, number: int) -> None:
        super().__init__()
        self.pages, self.plan, self.tile, self.number = pages, plan, tile, number

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def draw(self) -> None:
        p, plan, c = self.pages, self.plan, self.canv
        width, height = p.page
        p.head.draw(c, MARGIN, height - MARGIN)
        top = height - MARGIN - p.head.height - GAP
        left = MARGIN
        if not plan.tiled:  # centre a whole-map page horizontally
            left += max(0.0, (width - 2 * MARGIN - p.geo.width * plan.scale) / 2)
        w, h = draw_tile(c, p.geo, plan, self.tile, left, top)
        draw_tile_marks(c, plan, self.tile, left, top, w, h)
        note = _draw_legends(c, width)
        if plan.tiled:
            draw_footer(c, plan, self.tile, *note)
        elif plan is p.overview:
            draw_overview_pages(c, p.plan, plan.scale, left, top, first_page=2)
            draw_overview_note(c, p.plan, *note)
        elif plan.squeezed:
            draw_squeezed_note(c, plan, *note)
        if p.progress is not None:
            p.progress(self.number, p.total_hint)


def _draw_legends(c: Canvas, width: float) -> tuple[float, float]:
    """The legend lines at the foot of a map page; returns where the page's note ends (right)
    and sits (base). A wide page: the legend beside the page number, the consent marks and
    the note above. A narrow one: the legend on two lines, the consent marks, then the note
    beside the page number."""
    if width >= NARROW:
        draw_legend(c, MARGIN, MARGIN + 6)
        draw_consent_legend(c, MARGIN, MARGIN + 18)
        return width - MARGIN - 72, MARGIN + 18  # the consent line is the short one
    draw_legend(c, MARGIN, MARGIN + 42, two_lines=True)
    draw_consent_legend(c, MARGIN, MARGIN + 18)
    return width - MARGIN - 72, MARGIN + 6


def _clip(lines: list[str], most: int) -> list[str]:
    """At most ``most`` lines, the last ending in `` …`` when some were left out."""
    if len(lines) <= most:
        return lines
    lines = lines[:most]
    lines[-1] = lines[-1][:max(0, len(lines[-1]) - 2)] + " …"
    return lines


@dataclass
class TitleBlock:
    """Title, description, authors and date at the top of every map page."""

    title: list[str]
    description: list[str]
    side: list[str]
    width: float
    height: float

    TITLE_SIZE = 15.0
    TEXT_SIZE = 8.5
    MAX_DESCRIPTION_LINES = 4
    MAX_TITLE_LINES = 3  #: a title of 100,000 characters must not push the map off the page

    @classmethod
    def build(cls, doc: Document, width: float) -> "TitleBlock":
        meta = doc.meta
        authors = ", ".join(meta.authors)
        side = [authors if len(authors) <= 60 else authors[:58] + " …"] if authors else []
        side.append(translate("Report", "Date: {date}").format(date=meta.modified[:10]))
        side_w = max(st.measure(st.FONT, cls.TEXT_SIZE)(s) for s in side) + 16
        title = _clip(lay.wrap_lines(meta.title[:1000] or translate("Report", "Untitled map"),
                                     width - side_w, st.measure(st.FONT_BOLD, cls.TITLE_SIZE)),
                      cls.MAX_TITLE_LINES)
        desc = lay.wrap_lines(meta.description[:2000], width, st.measure(st.FONT, cls.TEXT_SIZE)) \
            if meta.description else []
        desc = _clip(desc, cls.MAX_DESCRIPTION_LINES)  # shown in full on the report's first page
        height = len(title) * (cls.TITLE_SIZE + 3) + len(desc) * (cls.TEXT_SIZE + 2.5) + 8
        height = max(height, len(side) * (cls.TEXT_SIZE + 3) + 8)
        return cls(title, desc, side, width, height)

    def draw(self, c: Canvas, left: float, top: float) -> None:
        y = top - self.TITLE_SIZE
        c.setFillColor(st.INK)
        c.setFont(st.FONT_BOLD, self.TITLE_SIZE)
        for i, line in enumerate(self.title):
            c.drawString(left, y - i * (self.TITLE_SIZE + 3), line)
        y -= (len(self.title) - 1) * (self.TITLE_SIZE + 3) + self.TEXT_SIZE + 6
        c.setFont(st.FONT, self.TEXT_SIZE)
        c.setFillColor(st.MUTED)
        for line in self.description:
            c.drawString(left, y, line)
            y -= self.TEXT_SIZE + 2.5
        for i, line in enumerate(self.side):
            c.drawRightString(left + self.width, top - self.TEXT_SIZE - i * (self.TEXT_SIZE + 3),
                              line)
        c.setStrokeColor(st.GRID)
        c.setLineWidth(0.6)
        c.line(left, top - self.height + 2, left + self.width, top - self.height + 2)


def _report_decor(doc: Document):
    def decorate(c: Canvas, _doc) -> None:
        width, height = c._pagesize
        c.saveState()
        c.setFont(st.FONT, 8)
        c.setFillColor(st.MUTED)
        c.drawString(MARGIN, height - MARGIN - 4, _clip([doc.meta.title[:120]], 1)[0])
        c.setStrokeColor(st.GRID)
        c.line(MARGIN, height - MARGIN - 8, width - MARGIN, height - MARGIN - 8)
        c.restoreState()

    return decorate


def _numbered_canvas(pattern: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, then stamps 'page x of y' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = st.FONT  # no unembedded Helvetica on any page
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(st.FONT, 8.5)
                self.setFillColor(st.MUTED)
                self.drawRightString(width - MARGIN, MARGIN + 6,
                                     pattern.format(page=self._pageNumber, total=total))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
