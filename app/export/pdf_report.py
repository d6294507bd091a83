"""The report pages after the map: the map in words, each partnership's four components
(Table 1), the guiding questions, the reflection log, the findings and who needs to know what.
Built with reportlab platypus; no Qt. Headings go through :func:`app.i18n.translate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, \
    TableStyle

from app import wording
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model import Document
from app.model.document import Partnership

from . import pdf_style as st
from .pdf_findings import findings_section, need_to_know_section
from .pdf_flowables import bounded, para

CHUNK = 60  #: rows per table piece; long lists become several tables, so splitting stays linear
LISTED = 300  #: activities listed in the report; a bigger map's are in the JSON/CSV export


def _t(text: str) -> str:
    return translate("Report", text)


def styles() -> dict[str, ParagraphStyle]:
    st.register_fonts()
    body = ParagraphStyle("body", fontName=st.FONT, fontSize=9.5, leading=12.5, textColor=st.INK,
                          spaceAfter=4)
    return {
        "h1": ParagraphStyle("h1", parent=body, fontName=st.FONT_BOLD, fontSize=16, leading=20,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=st.FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "body": body,
        "muted": ParagraphStyle("muted", parent=body, textColor=st.MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=st.FONT_BOLD, fontSize=8.5,
                               leading=10.5, spaceAfter=0),
    }


def field(label: str, value: str, s: dict[str, ParagraphStyle]) -> Paragraph:
    shown = escape(bounded(value)).replace("\n", "<br/>") if value.strip() else \
        f'<font color="#777777">{escape(_t("not recorded"))}</font>'
    return Paragraph(f"<b>{escape(label)}:</b> {shown}", s["body"])


@dataclass
class Ctx:
    """What every report section needs: styles, id -> name, the frame's width."""

    s: dict[str, ParagraphStyle]
    names: "Names"
    width: float


def table(header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float],
          ctx: Ctx) -> list[Flowable]:
    """Rows of user text as tables of at most ``CHUNK`` rows, each repeating its header."""
    s = ctx.s
    head = [Paragraph(escape(h), s["head"]) for h in header]
    total = sum(widths) / ctx.width
    room = [w / total - 8 for w in widths]  # inside the cell padding
    out: list[Flowable] = []
    chunk: list[list[Any]] = []
    for row in rows:
        chunk.append([_cell(str(v), r, s["cell"]) for v, r in zip(row, room)])
        if len(chunk) == CHUNK:
            out.append(_table(head, chunk, widths, total))
            chunk = []
    if chunk or not out:
        if not chunk:
            return [para(_t("Nothing recorded yet."), s["muted"])]
        out.append(_table(head, chunk, widths, total))
    return out


def _cell(text: str, room: float, style: ParagraphStyle) -> Any:
    """A plain string when it fits on one line (a Table draws those far faster than a
    Paragraph), else a wrapping paragraph."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= room:
        return text
    return para(text, style)


def _table(head: list, rows: list, widths: Sequence[float], total: float) -> Table:
    t = Table([head, *rows], colWidths=[w / total for w in widths], repeatRows=1,
              splitInRow=1, hAlign="LEFT", spaceAfter=6)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.FONT, 8.5),  # tables default to an unembedded Helvetica
        ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
        ("BACKGROUND", (0, 0), (-1, 0), st.PHASE_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, st.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F7F7F7")]),
    ]))
    return t


class Names:
    """Ids -> the names people know them by (actor names, activity titles, ...)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def __call__(self, obj_id: Any) -> str:
        if not isinstance(obj_id, str):
            return "" if obj_id is None else str(obj_id)
        obj = self.doc.find(obj_id)
        if obj is None:
            return obj_id
        for attr in ("name", "title", "what"):
            value = getattr(obj, attr, None)
            if value:
                return value
        return obj_id

    def many(self, ids: Iterable[Any]) -> str:
        return ", ".join(self(i) for i in ids)


def report_story(doc: Document, frame_width: float = 700.0) -> list[Flowable]:
    """Every report page's flowables, in order."""
    ctx = Ctx(styles(), Names(doc), frame_width)
    story: list[Flowable] = [*_about(doc, ctx)]
    for part in doc.partnerships:
        story += _partnership(part, ctx)
    story += findings_section(doc, ctx, table)
    story += need_to_know_section(doc, ctx, table)
    return story


def _about(doc: Document, ctx: Ctx) -> list[Flowable]:
    s, names = ctx.s, ctx.names
    meta = doc.meta
    co = sum(1 for a in doc.activities if a.co_produced)
    out: list[Flowable] = [
        para(meta.title or _t("Untitled map"), s["h1"]),
        field(_t("Description"), meta.description, s),
        field(_t("Authors"), ", ".join(meta.authors), s),
        field(_t("Last changed"), meta.modified.replace("T", " ").rstrip("Z"), s),
        para(_t("{actors} actors, {phases} phases, {acts} activities ({co} co-produced with "
                "citizens), {flows} flows.").format(
            actors=len(doc.actors), phases=len(doc.phases), acts=len(doc.activities), co=co,
            flows=len(doc.flows)), s["body"]),
        para(_t("Actors"), s["h2"]),
        *table([_t("Actor"), _t("Kind"), _t("Works for")],
               ([a.name, wording.kind_label(a.kind), names(a.organization)] for a in doc.actors), [5, 2, 4], ctx),
        para(_t("Activities"), s["h2"]),
        *table([_t("Activity"), _t("Actor"), _t("Phase"), _t("With citizens")],
               ([a.title, names(a.actor), names(a.phase), "*" if a.co_produced else ""]
                for a in doc.activities[:LISTED]), [6, 4, 3, 1.6], ctx),
    ]
    if len(doc.activities) > LISTED:
        more = translate("Report", "… and {count} more activities: see the map pages, or the JSON or CSV export for the full list.")  # noqa: E501
        out.append(para(more.format(count=len(doc.activities) - LISTED), s["muted"]))
    return out


# QT_TRANSLATE_NOOP marks literals for the catalogs; _t() translates them where printed
#: model values printed through _t(): asset kind and status, level, nature, interdependence
#: (an actor's kind is worded in app.wording)
VALUES = (QT_TRANSLATE_NOOP("Report", "digital"), QT_TRANSLATE_NOOP("Report", "physical"), QT_TRANSLATE_NOOP("Report", "existing"),
          QT_TRANSLATE_NOOP("Report", "needs investment"), QT_TRANSLATE_NOOP("Report", "strategic"), QT_TRANSLATE_NOOP("Report", "operational"),
          QT_TRANSLATE_NOOP("Report", "tangible"), QT_TRANSLATE_NOOP("Report", "intangible"), QT_TRANSLATE_NOOP("Report", "both"),
          QT_TRANSLATE_NOOP("Report", "pooled"), QT_TRANSLATE_NOOP("Report", "sequential"), QT_TRANSLATE_NOOP("Report", "reciprocal"))


def _partnership(part: Partnership, ctx: Ctx) -> list[Flowable]:
    s, names = ctx.s, ctx.names
    gov = part.governance
    purpose = wording.purpose_label(part.purpose)
    out: list[Flowable] = [
        CondPageBreak(200),
        para(_t("Partnership: {name}").format(name=part.name), s["h1"]),
        field(_t("Purpose"), purpose, s),
        field(_t("Members"), names.many(part.members), s),
        field(_t("Remit (whom the collaboration helps)"), part.remit, s),
        field(_t("Need"), part.need, s),
        para(_t("1. Effective governance"), s["h2"]),
        *table([_t("Coordinator"), _t("Leadership resources for coordination"),
                _t("Decision-making"), _t("Review")],
               [[names(gov.coordinator), gov.leadership_resources, gov.decision_making,
                 gov.review]], [2, 3, 3, 3], ctx),
        *table([_t("Partner"), _t("Level"), _t("Responsibility")],
               ([names(r.actor), _t(r.level), r.description] for r in gov.responsibilities),
               [3, 2, 6], ctx),
        para(_t("2. Complementary resources and capabilities"), s["h2"]),
        *table([_t("Partner"), _t("Resource"), _t("Nature"), _t("Description")],
               ([names(r.owner), r.name, _t(r.nature), r.description] for r in part.resources),
               [3, 3, 2, 5], ctx),
        *table([_t("Resources"), _t("Interdependence"), _t("Note")],
               ([names.many(c.resources), _t(c.interdependence), c.note]
                for c in part.complementarities), [4, 2, 5], ctx),
        para(_t("3. Relational-specific assets"), s["h2"]),
        *table([_t("Asset"), _t("Kind"), _t("Status"), _t("Access"), _t("Description")],
               ([a.name, _t(a.kind), _t(a.status.replace("_", " ")), names.many(a.access),
                 a.description] for a in part.assets), [3, 1.5, 2, 3, 4], ctx),
        para(_t("4. Knowledge-sharing routines"), s["h2"]),
        *table([_t("What"), _t("When"), _t("Form"), _t("Asset"), _t("Participants")],
               ([r.what, r.when, r.form, names(r.asset), names.many(r.participants)]
                for r in part.routines), [4, 2, 2, 2, 3], ctx),
    ]
    return out + _questions(part, s) + _reflections(part, ctx)


def _questions(part: Partnership, s: dict) -> list[Flowable]:
    out: list[Flowable] = [para(_t("Guiding questions"), s["h2"])]
    for key, question in wording.questions():
        answer = getattr(part.questions, key)
        pair = [Paragraph(f"<b>{escape(question)}</b>", s["body"]),
                para(answer, s["body"]) if answer.strip() else para(_t("Not answered yet."),
                                                                     s["muted"])]
        out += [KeepTogether(pair)] if len(answer) < 2000 else pair
    return out


def _reflections(part: Partnership, ctx: Ctx) -> list[Flowable]:
    s = ctx.s
    newest_first = sorted(part.reflections, key=lambda r: r.date, reverse=True)
    return [
        para(_t("Reflection log (newest first)"), s["h2"]),
        *table([_t("Date"), _t("What works for us locally?"), _t("What works for the citizens?"),
                _t("What needs to be improved?")],
               ([r.date, r.works_locally, r.works_for_citizens, r.to_improve]
                for r in newest_first), [1.6, 4, 4, 4], ctx),
        *_local_learning(newest_first, ctx),
        Spacer(1, 6),
    ]


def _local_learning(newest_first: list, ctx: Ctx) -> list[Flowable]:
    """Figure 1's second level: what each member changes at home, a row per note."""
    rows = [[r.date, ctx.names(n.actor), n.adaptation] for r in newest_first for n in r.local
            if n.adaptation.strip()]
    if not rows:
        return []
    return [para(_t("What each member changes locally (learning at two levels)"), ctx.s["h2"]),
            *table([_t("Date"), _t("Member"), _t("What it changes in its own routines and "
                                                 "information flows")], rows, [1.6, 3, 9], ctx)]
