"""PDF export speed against a floor: reportlab drawing the same primitives straight onto a canvas.

    .venv/bin/python bench/bench_pdf.py [N ...]      (default: 2000 10000)

For each map size it times, in the same run: the floor (the boxes, title lines, arrows, heads
and labels of every page, the overview page included, pre-computed, drawn with plain canvas
calls), our map pages only, and our full PDF with the report pages. Ratios are ours / floor.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.export import pdf_style as st  # noqa: E402
from app.export.pdf import render_pdf  # noqa: E402
from app.export.pdf import plan_map  # noqa: E402
from bench.generate import best_of, make_map  # noqa: E402


def floor(pages) -> bytes:
    """The same rectangles, texts and lines as our map pages, with nothing else."""
    buf = BytesIO()
    c = Canvas(buf, pagesize=pages.page, initialFontName=st.FONT)
    top = pages.page[1] - 60
    for plan, tile in pages.map_pages:  # the overview (of a tiled map), then the tiles
        s = plan.scale
        key = (tile.row, tile.col)
        ox, oy = 22 + 170 * s - tile.x0 * s, top - 40 * s + tile.y0 * s
        c.setFont(st.FONT, st.TITLE_SIZE * s)
        for box in plan.boxes[key]:
            r = box.rect
            c.rect(ox + r.x * s, oy - r.bottom * s, r.width * s, r.height * s)
            for i, line in enumerate(box.lines):
                c.drawCentredString(ox + (r.x + r.width / 2) * s, oy - (r.y + 20 + 15 * i) * s,
                                    line)
        for a in plan.arrows[key]:
            c.line(ox + a.start[0] * s, oy - a.start[1] * s, ox + a.end[0] * s, oy - a.end[1] * s)
            path = c.beginPath()
            path.moveTo(ox + a.head[0][0] * s, oy - a.head[0][1] * s)
            for x, y in a.head[1:]:
                path.lineTo(ox + x * s, oy - y * s)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
            for i, line in enumerate(a.label):
                c.drawCentredString(ox + a.label_rect.center[0] * s,
                                    oy - (a.label_rect.y + 10 + 13 * i) * s, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def run(n: int, repeat: int) -> None:
    doc = make_map(n, n)
    pages = plan_map(doc)
    t_floor = best_of(lambda: floor(pages), repeat)
    t_map = best_of(lambda: render_pdf(doc, report=False), repeat)
    t_full = best_of(lambda: render_pdf(doc, report=True), repeat)
    size = len(render_pdf(doc, report=False))
    print(f"{n:>6} activities, {len(doc.flows)} flows: {len(pages.map_pages)} map pages "
          f"({pages.plan.rows}x{pages.plan.cols}, scale {pages.plan.scale:.2f}), {size / 1e6:.1f} MB")
    print(f"        floor (plain canvas, pre-laid-out) {t_floor:7.2f} s")
    print(f"        OppSpace map pages                 {t_map:7.2f} s   {t_map / t_floor:4.2f}x floor")
    print(f"        OppSpace map + report              {t_full:7.2f} s   {t_full / t_floor:4.2f}x floor")


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [2000, 10000]
    st.register_fonts()
    for n in sizes:
        run(n, repeat=3 if n <= 2000 else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
