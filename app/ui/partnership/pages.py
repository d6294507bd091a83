"""The seven pages of the partnership panel, in Table 1's order, each opening with what the
component is about in our own words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDataWidgetMapper, QFormLayout, QLabel, QListView,
                               QVBoxLayout, QWidget)

from app import wording
from app.model.document import Partnership

from . import choices as ch
from .delegates import make_combo
from .form_models import COLUMN, ActorsModel
from .widgets import explanation, map_live, text_field


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnershipPanel", text)


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("PartnershipPanel", ...), e.g. a SECTIONS title."""
    return _tr(text)


#: (key, title, explanation) of each page
SECTIONS = [
    ("why", QT_TRANSLATE_NOOP("PartnershipPanel", "Why and for whom"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "Why you work together, who the partnership helps and what need it meets.")),
    ("governance", QT_TRANSLATE_NOOP("PartnershipPanel", "Effective governance"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "How cooperation is secured while coordination stays cheap: who coordinates, who decides, "
     "who answers for what.")),
    ("resources", QT_TRANSLATE_NOOP("PartnershipPanel", "Complementary resources & capabilities"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "What each partner brings that is worth more together than alone, and how the resources "
     "depend on each other.")),
    ("assets", QT_TRANSLATE_NOOP("PartnershipPanel", "Relational-specific assets"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "Shared systems, devices and meeting places that let information cross organisational "
     "boundaries – existing, or needing investment.")),
    ("routines", QT_TRANSLATE_NOOP("PartnershipPanel", "Knowledge-sharing routines"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "Regular patterns of sharing: what, when, in what form, through which asset and between "
     "whom. They are built over time.")),
    ("questions", QT_TRANSLATE_NOOP("PartnershipPanel", "Guiding questions"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "Four questions to answer together, and to come back to as the collaboration grows.")),
    ("reflections", QT_TRANSLATE_NOOP("PartnershipPanel", "Reflection log"),
     QT_TRANSLATE_NOOP("PartnershipPanel", "Once the collaboration runs, note regularly what works for you, what works for the "
     "citizens and what needs to be improved. Newest first.")),
]

INTERDEPENDENCE_HELP = (
    QT_TRANSLATE_NOOP("PartnershipPanel", "<b>Pooled</b>: each resource adds to a common offer on its own – least coordination. "
    "<b>Sequential</b>: one partner's work feeds the next – plan the hand-overs. "
    "<b>Reciprocal</b>: partners feed each other back and forth – most coordination."))


#: section headers as headers (a bar with the title in bold), not Fusion's tab shape whose
#: slanted end reads as stray diagonal strokes
SECTION_HEADER_STYLE = (
    "QToolBox::tab { background: palette(button); border: 1px solid palette(mid);"
    " border-radius: 3px; padding: 3px 6px; font-weight: bold; color: palette(button-text); }"
    "QToolBox::tab:selected { background: palette(midlight); }"
    "QToolBox::tab:focus { border: 2px solid palette(highlight); }")


def page(key: str, parts: list[QWidget]) -> QWidget:
    """A page: its explanation, then ``parts`` top to bottom."""
    widget = QWidget()
    widget.setObjectName(f"{key}Page")
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(6, 4, 6, 6)
    text = next(_tr(e) for k, _t, e in SECTIONS if k == key)
    layout.addWidget(explanation(text))
    tables = [p for p in parts if p.objectName().endswith("Section") or p.objectName() == "reflectionEditor"]
    for part in parts:
        layout.addWidget(part, 1 if part in tables else 0)
    if not tables:
        layout.addStretch(1)
    return widget


def form(rows: list[tuple[str, QWidget]]) -> QWidget:
    widget = QWidget()
    layout = QFormLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for label, field in rows:
        layout.addRow(label, field)
    return widget


def why_page(panel, mapper: QDataWidgetMapper, members: ActorsModel) -> QWidget:
    panel.purpose = make_combo(ch.purposes())
    panel.purpose.setObjectName("purposeCombo")
    panel.remit = text_field(2, _tr("Who the partnership helps"))
    panel.remit.setObjectName("remitEdit")
    panel.need = text_field(3, _tr("What the need is"))
    panel.need.setObjectName("needEdit")
    for widget, column in ((panel.purpose, "purpose"), (panel.remit, "remit"),
                           (panel.need, "need")):
        map_live(mapper, widget, COLUMN[column])
    panel.members = QListView()
    panel.members.setObjectName("membersList")
    panel.members.setModel(members)
    panel.members.setMinimumHeight(110)
    panel.members.setToolTip(_tr("Tick the actors that take part. Click a name to show it on the map."))
    rows = [(_tr("Purpose"), panel.purpose), (_tr("Remit (for whom)"), panel.remit),
            (_tr("Need (what)"), panel.need), (_tr("Members"), panel.members)]
    return page("why", [form(rows)])


def governance_page(panel, mapper: QDataWidgetMapper, coordinators: ActorsModel,
                    responsibilities: QWidget) -> QWidget:
    panel.coordinator = QComboBox()
    panel.coordinator.setObjectName("coordinatorCombo")
    panel.coordinator.setModel(coordinators)
    panel.leadership = text_field(3, _tr("Who has time and mandate to coordinate?"))
    panel.leadership.setObjectName("leadershipEdit")
    panel.decision = text_field(3, _tr("How are decisions made?"))
    panel.decision.setObjectName("decisionEdit")
    panel.review = text_field(1, _tr("e.g. every quarter"))
    panel.review.setObjectName("reviewEdit")
    for widget, column in ((panel.coordinator, "coordinator"),
                           (panel.leadership, "leadership_resources"),
                           (panel.decision, "decision_making"), (panel.review, "review")):
        map_live(mapper, widget, COLUMN[column])
    rows = [(_tr("Coordinator"), panel.coordinator),
            (_tr("Leadership resources"), panel.leadership),
            (_tr("Decision-making"), panel.decision), (_tr("Review"), panel.review)]
    heading = QLabel(_tr("Responsibilities (strategic or operational)"))
    return page("governance", [form(rows), heading, responsibilities])


def resources_page(resources: QWidget, complementarities: QWidget) -> QWidget:
    heading = QLabel(_tr("How resources complement each other"))
    help_label = explanation(_tr(INTERDEPENDENCE_HELP), "interdependenceHelp")
    help_label.setTextFormat(Qt.TextFormat.RichText)
    return page("resources", [resources, heading, help_label, complementarities])


def questions_page(panel, mapper: QDataWidgetMapper) -> QWidget:
    parts: list[QWidget] = []
    panel.answers = {}
    for key, question in wording.questions():
        label = QLabel(question)
        label.setWordWrap(True)
        answer = text_field(3, _tr("Your answer"))
        answer.setObjectName(f"{key}Answer")
        label.setBuddy(answer)  # a screen reader names the field by its question
        map_live(mapper, answer, COLUMN[key])
        panel.answers[key] = answer
        parts += [label, answer]
    return page("questions", parts)


def is_filled(part: Partnership, key: str) -> bool:
    """Whether a page holds anything (what the "filled in" marks on the page titles show)."""
    gov = part.governance
    return {
        "why": bool(part.purpose or part.remit or part.need or part.members),
        "governance": bool(gov.coordinator or gov.leadership_resources or gov.decision_making
                           or gov.review or gov.responsibilities),
        "resources": bool(part.resources),
        "assets": bool(part.assets),
        "routines": bool(part.routines),
        "questions": any(getattr(part.questions, k) for k, _q in wording.QUESTIONS),
        "reflections": bool(part.reflections),
    }[key]
