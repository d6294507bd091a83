"""Fonts, sizes and colours shared by the PDF map and report pages. No Qt.

The map is drawn in map units (the shared layout's coordinates); at scale 1 a unit is a point.
Text sizes below are in map units, so they shrink with the map; ``MIN_SCALE`` keeps activity titles
at 7 pt or more on paper.
"""

from __future__ import annotations

import json
from functools import lru_cache
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, instanceStringWidthTTF

from app.model import style as shared
from app.resources import FONTS

FONT = "OppSpaceSans"
FONT_BOLD = "OppSpaceSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

TITLE_SIZE = shared.FONTS["title"][0]  #: activity titles, map units (app.model.style)
TITLE_LEADING = shared.TITLE_LEADING
LANE_SIZE = shared.FONTS["lane"][0]  #: lane names
KIND_SIZE = shared.KIND_SIZE  #: "citizen", "public" under a lane name
PHASE_SIZE = shared.FONTS["phase"][0]  #: phase headers
LABEL_SIZE = shared.FONTS["label"][0]  #: the *what* of an information flow
LABEL_LEADING = shared.LABEL_LEADING
STAR_SIZE = shared.STAR_SIZE  #: the co-production asterisk
STAR_ROOM = shared.STAR_ROOM  #: kept free for it on both sides of a co-produced title

MIN_SCALE = 0.55  #: below this the map is tiled: titles stay >= 7 pt, flow labels ~6 pt
MAX_SCALE = 1.0  #: small maps are not blown up beyond their screen size

INK = colors.HexColor(shared.INK)
MUTED = colors.HexColor(shared.MUTED)
GRID = colors.HexColor("#C8C8C8")
PHASE_FILL = colors.HexColor("#EDEDED")
PAGE_CUT = colors.HexColor("#1F5FA8")  #: the overview's page cuts and "page n" tags
STAR_COLOR = colors.HexColor(shared.STAR_COLOR)
SEQUENCE_COLOR = colors.HexColor(shared.SEQUENCE_COLOR)  #: the canvas draws the same (app.model.style)
INFO_COLOR = colors.HexColor(shared.INFO_COLOR)
INFO_DASH = shared.INFO_DASH  #: dotted: tiny dashes with round caps become dots


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the shipped DejaVu Sans once; reportlab embeds a subset as FontFile2."""
    if FONT not in pdfmetrics.getRegisteredFontNames():  # getFont would search AFM files first
        pdfmetrics.registerFont(TTFont(FONT, str(FONTS / FONT_FILES[FONT])))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS / FONT_FILES[FONT_BOLD])))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


@lru_cache(maxsize=1)
def _known_widths() -> dict[str, SimpleNamespace]:
    """The shipped fonts' advance widths as reportlab reads them (resources/fonts/widths.json,
    made by scripts/build_font_widths.py): measuring needs no font file parsed. Empty when
    the file is missing or unreadable (the fonts are then registered and read instead)."""
    try:
        tables = json.loads((FONTS / "widths.json").read_text(encoding="utf-8"))
        return {font: SimpleNamespace(face=SimpleNamespace(
                    charWidths={cp: w for cp, w in tables[name]["widths"]},
                    defaultWidth=tables[name]["default"]))
                for font, name in FONT_FILES.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def measure(font: str, size: float):
    """A width function for :func:`app.model.layout.wrap_lines`, cached per string: exactly
    reportlab's ``stringWidth`` (the same function, on the same widths)."""
    known = _known_widths().get(font)
    if known is not None:
        def string_width(text: str, _font: str, points: float) -> float:
            return instanceStringWidthTTF(known, text, points)
    else:
        register_fonts()
        string_width = pdfmetrics.stringWidth

    @lru_cache(maxsize=4096)
    def width(text: str) -> float:
        return string_width(text, font, size)

    return width


@lru_cache(maxsize=1)
def text_measure():
    """The drawing plan's measure (app.model.drawing.TextMeasure): the shipped DejaVu Sans's
    own advance widths at the plan's sizes. The canvas measures with it too, so screen and
    paper wrap every text alike (Qt's hinted advances differ by up to half a pixel a title)."""
    widths = {key: measure(FONT_BOLD if bold else FONT, size)
              for key, (size, bold) in shared.FONTS.items()}

    def text_width(font_key: str, text: str) -> float:
        return widths[font_key](text)

    return text_width


def tint(hex_color: str, amount: float) -> colors.Color:
    """``hex_color`` mixed with white: 0 is white, 1 the colour itself."""
    base = colors.HexColor(hex_color)
    return colors.Color(1 - (1 - base.red) * amount, 1 - (1 - base.green) * amount,
                        1 - (1 - base.blue) * amount)


def shade(hex_color: str, amount: float) -> colors.Color:
    """``hex_color`` darkened towards black by ``amount`` (for readable outlines and text)."""
    base = colors.HexColor(hex_color)
    keep = 1 - amount
    return colors.Color(base.red * keep, base.green * keep, base.blue * keep)
