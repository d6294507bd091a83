"""Texts are measured from a table of the shipped fonts' widths (no font file parsed while
the editor opens); the table must be exactly what reportlab reads from the fonts."""

from __future__ import annotations

import json

from reportlab.pdfbase import pdfmetrics

from app.export import pdf_style as st
from app.resources import FONTS
from scripts.build_font_widths import font_widths

SAMPLES = ["", "Visitation 85", "Ønsker og behov", "Kansalainen – päätös", "Ælø å ÄÖ ŠŽ €",
           "a\u4e2d\U0001f600b", "  spaced  out  ", "Helbredsoplysninger / Arbejdstider"]


def test_the_width_table_is_what_the_font_files_say():
    assert json.loads((FONTS / "widths.json").read_text(encoding="utf-8")) == \
        json.loads(json.dumps(font_widths()))  # rerun scripts/build_font_widths.py if not


def test_measuring_from_the_table_equals_reportlab_to_the_last_bit():
    st.register_fonts()
    for font in (st.FONT, st.FONT_BOLD):
        for size in (9.0, 11.0, 12.5, 14.0):
            width = st.measure(font, size)
            for text in SAMPLES:
                assert width(text) == pdfmetrics.stringWidth(text, font, size), (font, size, text)
