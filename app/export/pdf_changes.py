"""The PDF report's "Changes since DATE" section: what changed since an older copy of the map,
in plain words with names — what partners reflect on at the next meeting (chapter §3.1.1).
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from app.i18n import translate
from app.model import Document
from app.model.change_text import Names, describe_change
from app.model.diff import diff

from .pdf_report import para, styles

LISTED = 400  #: lines shown; a longer list ends with how many more there are


def since_date(old: Document) -> str:
    """The older copy's date as the heading shows it: the day it was last saved."""
    return old.meta.modified[:10]


def changes_section(old: Document, new: Document) -> list[Flowable]:
    """Heading, a one-line count, then one line per change (or a note that nothing changed)."""
    s = styles()
    s["line"] = ParagraphStyle("line", parent=s["body"], leftIndent=10, firstLineIndent=-10,
                               spaceAfter=2.5)
    changes = diff(old, new)
    story: list[Flowable] = [
        para(translate("Report", "Changes since {date}").format(date=since_date(old)), s["h1"])]
    if not changes:
        story.append(para(translate("Report", "Nothing has changed since then."), s["muted"]))
        return story
    ops = Counter(c.op for c in changes)
    summary = translate("Report", "{total} changes: {added} added, {removed} removed, "
                                  "{changed} changed or moved").format(
        total=len(changes), added=ops["added"], removed=ops["removed"],
        changed=len(changes) - ops["added"] - ops["removed"])
    story.append(para(summary, s["muted"]))
    names = Names(old, new)
    for change in changes[:LISTED]:
        story.append(para("• " + describe_change(change, names), s["line"]))
    if len(changes) > LISTED:
        story.append(para(translate("Report", "… and {count} more changes").format(
            count=len(changes) - LISTED), s["muted"]))
    story.append(Spacer(1, 8))
    return story
