"""Drawing style shared by the canvas and the PDF, so a printed map looks like the screen. No Qt.

Widths and dash lengths are in map units (a pixel at 100 % on screen, a point in the PDF at
scale 1). Information flows are dotted: tiny dashes with round caps become dots.
"""

from __future__ import annotations

INFO_COLOR = "#1F5FA8"  #: information flows (dotted), on canvas and paper
INFO_WIDTH = 1.6
INFO_DASH = (0.4, 3.4)  #: dash, gap (map units); drawn with round caps
SEQUENCE_COLOR = "#333333"  #: process order (solid)
SEQUENCE_WIDTH = 1.4
