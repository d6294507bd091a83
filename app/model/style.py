"""Drawing style shared by the canvas and the PDF, so a printed map looks like the screen. No Qt.

Widths, sizes and dash lengths are in map units (a pixel at 100 % on screen, a point in the PDF
at scale 1). Information flows are dotted: tiny dashes with round caps become dots. Text sizes
and leadings are part of the drawing plan (:mod:`app.model.drawing`): wrapped lines and box
heights are decided once with them, and both the canvas and the PDF draw at these sizes.
"""

from __future__ import annotations

INFO_COLOR = "#1F5FA8"  #: information flows (dotted), on canvas and paper
INFO_WIDTH = 1.6
INFO_DASH = (0.4, 3.4)  #: dash, gap (map units); drawn with round caps
SEQUENCE_COLOR = "#333333"  #: process order (solid)
SEQUENCE_WIDTH = 1.4

INK = "#222222"  #: titles and names
MUTED = "#5A5A5A"  #: the kind under a lane name
STAR_COLOR = "#B3261E"  #: the co-production asterisk
BOX_FILL = "#FFFFFF"
CO_BOX_FILL = "#FFFDF3"  #: co-produced boxes are warm white
BOX_OUTLINE_WIDTH = 1.2
CO_BOX_OUTLINE_WIDTH = 2.2  #: co-produced boxes stand out in print and on screen
OUTLINE_SHADE = 0.2  #: a box's outline is its lane's colour this much darker

#: text sizes (map units) and whether bold, by the plan's font keys
FONTS = {"title": (13.0, False), "label": (12.0, False), "lane": (14.0, True),
         "phase": (14.0, True)}
KIND_SIZE = 11.0  #: "citizen", "public" under a lane name
STAR_SIZE = 22.0
TITLE_LEADING = 15.2  #: distance between lines of an activity's title
LABEL_LEADING = 14.0  #: ... of a flow label (12 px: readable at 100 %, just under titles)
LANE_LEADING = 16.5  #: ... of a lane name
PHASE_LEADING = 16.0  #: ... of a phase name
STAR_ROOM = 14.0  #: kept free on each side of a co-produced box's title, for the `*`
LABEL_MAX_WIDTH = 150.0  #: a flow label wraps at this width
LABEL_PAD_X, LABEL_PAD_Y = 8.0, 4.0  #: a label's box is its text plus this (both sides together)
LANE_TEXT_ROOM = 28.0  #: a lane header's width minus this is the room for its name
PHASE_TEXT_ROOM = 12.0  #: a phase column's width minus this is the room for its name


def shade(hex_color: str, amount: float) -> str:
    """``hex_color`` darkened towards black by ``amount`` (0..1), as ``#RRGGBB``."""
    value = hex_color.lstrip("#")
    if len(value) != 6:
        return hex_color
    keep = 1.0 - amount
    r, g, b = (round(int(value[i:i + 2], 16) * keep) for i in (0, 2, 4))
    return f"#{r:02X}{g:02X}{b:02X}"


def box_outline(lane_color: str, co_produced: bool) -> tuple[str, float]:
    """A box's outline colour and width: its lane's colour, darker; thicker when co-produced."""
    return shade(lane_color, OUTLINE_SHADE), (CO_BOX_OUTLINE_WIDTH if co_produced
                                              else BOX_OUTLINE_WIDTH)

#: a flow carrying personal data is marked on its label by a disc in the consent state's
#: colour with the state's sign; (colour, sign) by consent, the same on screen and paper
CONSENT_MARK = {"obtained": ("#2E7D32", "✓"), "missing": ("#B3261E", "!"),
                "unknown": ("#B26A00", "?"), "not_needed": ("#6B7280", "–")}
CONSENT_SIZE = 12.0  #: the disc's diameter (map units)
CONSENT_GAP = 3.0  #: between the disc and the label's text
#: a marked label's text wraps at this width, so that the mark makes the label taller
#: rather than wider (a wide label finds no free spot between close arrows on the templates)
CONSENT_WRAP = 110.0
