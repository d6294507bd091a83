"""Small reportlab building blocks shared by the report's sections. No Qt.

Below the sections (pdf_report, pdf_findings, ...) so that they import it, and not each other.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)
