"""Small reportlab building blocks shared by the report's sections. No Qt.

Below the sections (pdf_report, pdf_findings, ...) so that they import it, and not each other.
"""

from __future__ import annotations

import re
import textwrap
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.i18n import translate

MAX_TEXT = 30_000  #: characters of one user text shown in the report
LONGEST_WORD = 200  #: longer runs without a space are broken for the report
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


def bounded(text: str) -> str:
    """A user text as the report can lay it out in bounded time: reportlab's line breaking
    grows faster than the text, worst for words wider than a line (a 100,000-character field
    took minutes). Words over :data:`LONGEST_WORD` characters are broken with spaces, and
    beyond :data:`MAX_TEXT` characters a note says how much more the map holds."""
    more = ""
    if len(text) > MAX_TEXT:
        count = f"{len(text) - MAX_TEXT:,}"
        more = " " + translate("Report", "… ({count} more characters in the map file)").format(count=count)
        text = text[:MAX_TEXT]
    if len(text) > LONGEST_WORD:
        text = _LONG_WORD.sub(lambda m: " ".join(textwrap.wrap(m.group(), LONGEST_WORD)), text)
    return text + more


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(bounded(text)).replace("\n", "<br/>"), style)
