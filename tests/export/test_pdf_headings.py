"""No report heading stands alone at the foot of a page, its content on the next (issue 16):
checked on the printed pages themselves, in three languages and both orientations."""

from __future__ import annotations

from io import BytesIO

import pypdf
import pytest

from app import i18n
from app.export.pdf import render_pdf
from app.model.templates import from_template

HEADING_SIZES = (12.0, 16.0)  #: h2 and h1 of the report (app/export/pdf_report.py)


def lines_of(page) -> list[tuple[float, float, str]]:
    """(baseline, size, text) of the page's text runs in the body (not the page's top line or
    the page number), top first."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        text = text.strip()
        y = tm[5] * cm[3] + cm[5]
        bold = "Bold" in str((font_dict or {}).get("/BaseFont", ""))
        if text and 40 < y < float(page.mediabox.height) - 40:
            runs.append((round(y, 1), font_size * tm[0] * cm[0] if bold else 0.0, text))

    page.extract_text(visitor_text=visit)
    return sorted(runs, key=lambda r: -r[0])


@pytest.mark.parametrize("lang", ["en", "da", "fi"])
@pytest.mark.parametrize("portrait", [False, True])
def test_no_heading_is_the_last_line_of_a_page(lang, portrait):
    """(Without keepWithNext, the Danish and Finnish portrait reports end a page with one.)"""
    with i18n.speaking(lang):
        data = render_pdf(from_template("aalborg-aktiv"), "A4", portrait=portrait)
    reader = pypdf.PdfReader(BytesIO(data))
    alone = []
    for number, page in enumerate(reader.pages, 1):
        lines = lines_of(page)
        if not lines:
            continue
        last_y = lines[-1][0]
        last = [r for r in lines if abs(r[0] - last_y) < 2]
        if any(round(size, 1) in HEADING_SIZES for _y, size, _t in last):
            alone.append((number, last[0][2]))
    assert alone == []
