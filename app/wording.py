"""The domain's own words, typed once: the four guiding questions, the partnership purposes
and the consent states. The partnership panel, the workshop, the PDF report and the guide all
show them from here, so a reader sees the same question on screen and on paper, and a
translator translates each once (context "Wording")."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

#: (key in Partnership.questions, English text) in the order they are asked
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("why", QT_TRANSLATE_NOOP("Wording", "Why are we collaborating: for efficiency, to repackage "
                              "existing services, or to create new services for the citizens?")),
    ("complementary", QT_TRANSLATE_NOOP("Wording", "Which complementary resources bind us "
                                        "together, and how do they complement each other?")),
    ("technology", QT_TRANSLATE_NOOP("Wording", "Which technology will let us share information, "
                                     "and is there a place where people from the different "
                                     "organisations can meet?")),
    ("routines", QT_TRANSLATE_NOOP("Wording", "How do we make sure good knowledge-sharing "
                                   "routines are built, and that we keep looking for "
                                   "improvements?")),
)

#: Partnership.purpose value -> label
PURPOSES: dict[str, str] = {
    "efficiency": QT_TRANSLATE_NOOP("Wording", "Efficiency"),
    "repackaging": QT_TRANSLATE_NOOP("Wording", "Repackaging of existing services"),
    "new_service": QT_TRANSLATE_NOOP("Wording", "New services"),
}

#: InformationFlow.consent value -> label, in the order a form offers them
CONSENT: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("Wording", "Unknown"),
    "obtained": QT_TRANSLATE_NOOP("Wording", "Obtained"),
    "missing": QT_TRANSLATE_NOOP("Wording", "Missing"),
    "not_needed": QT_TRANSLATE_NOOP("Wording", "Not needed (no personal data)"),
}


def shown(text: str) -> str:
    """One of the texts above in the current language."""
    return translate("Wording", text)


def questions() -> list[tuple[str, str]]:
    """(key, question as shown) for the four guiding questions."""
    return [(key, shown(text)) for key, text in QUESTIONS]


def purpose_label(value: str) -> str:
    """A purpose as shown; "" when none is chosen."""
    return shown(PURPOSES[value]) if value in PURPOSES else ""
