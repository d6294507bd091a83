"""The domain's own words, typed once: the four guiding questions, the partnership purposes,
the kinds of actor and the consent states. The partnership panel, the workshop, the PDF report and the guide all
show them from here, so a reader sees the same question on screen and on paper, and a
translator translates each once (context "Wording").

A consent state is worded in four ways, each kept here: a choice in the flow form
(:data:`CONSENT`), a word in the legend of the personal-data mark, the CSV file and the
findings (:data:`CONSENT_WORDS`), a note in the PDF's need-to-know table
(:data:`CONSENT_NOTES`) and a phrase a screen reader says about a flow
(:data:`CONSENT_SPOKEN`)."""

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

#: Actor.kind value -> the word under a lane's name (canvas, PDF map) and in the PDF's tables
KINDS: dict[str, str] = {
    "public": QT_TRANSLATE_NOOP("Wording", "public"),
    "private": QT_TRANSLATE_NOOP("Wording", "private"),
    "voluntary": QT_TRANSLATE_NOOP("Wording", "voluntary"),
    "citizen": QT_TRANSLATE_NOOP("Wording", "citizen"),
    "other": QT_TRANSLATE_NOOP("Wording", "other"),
}
#: Actor.kind value -> the choice in the actor form, in the order offered
KIND_CHOICES: dict[str, str] = {
    "public": QT_TRANSLATE_NOOP("Wording", "Public organisation"),
    "private": QT_TRANSLATE_NOOP("Wording", "Private company"),
    "voluntary": QT_TRANSLATE_NOOP("Wording", "Voluntary organisation"),
    "citizen": QT_TRANSLATE_NOOP("Wording", "Citizen"),
    "other": QT_TRANSLATE_NOOP("Wording", "Other"),
}

#: InformationFlow.consent value -> label, in the order a form offers them
CONSENT: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("Wording", "Unknown"),
    "obtained": QT_TRANSLATE_NOOP("Wording", "Obtained"),
    "missing": QT_TRANSLATE_NOOP("Wording", "Missing"),
    "not_needed": QT_TRANSLATE_NOOP("Wording", "Not needed (no personal data)"),
}

#: InformationFlow.consent value -> the state in a word, in the order the legend shows them
CONSENT_WORDS: dict[str, str] = {
    "obtained": QT_TRANSLATE_NOOP("Wording", "obtained"),
    "missing": QT_TRANSLATE_NOOP("Wording", "missing"),
    "unknown": QT_TRANSLATE_NOOP("Wording", "unknown"),
    "not_needed": QT_TRANSLATE_NOOP("Wording", "not needed"),
}
#: the heading of the personal-data mark's legend, before the marks and their words
CONSENT_HEADING = QT_TRANSLATE_NOOP("Wording", "personal data, consent:")

#: InformationFlow.consent value -> the note in the "Personal data" column of the PDF's
#: need-to-know table (a missing consent in capitals, so it stands out on paper)
CONSENT_NOTES: dict[str, str] = {
    "not_needed": QT_TRANSLATE_NOOP("Wording", "consent not needed"),
    "obtained": QT_TRANSLATE_NOOP("Wording", "consent obtained"),
    "missing": QT_TRANSLATE_NOOP("Wording", "consent MISSING"),
    "unknown": QT_TRANSLATE_NOOP("Wording", "consent unknown"),
}

#: InformationFlow.consent value -> what a screen reader says about a flow with personal data
CONSENT_SPOKEN: dict[str, str] = {
    "obtained": QT_TRANSLATE_NOOP("Wording", "personal data, consent obtained"),
    "missing": QT_TRANSLATE_NOOP("Wording", "personal data, consent missing"),
    "not_needed": QT_TRANSLATE_NOOP("Wording", "personal data, consent not needed"),
    "unknown": QT_TRANSLATE_NOOP("Wording", "personal data, consent unknown"),
}
NO_PERSONAL_DATA = QT_TRANSLATE_NOOP("Wording", "no personal data")


def shown(text: str) -> str:
    """One of the texts above in the current language."""
    return translate("Wording", text)


def questions() -> list[tuple[str, str]]:
    """(key, question as shown) for the four guiding questions."""
    return [(key, shown(text)) for key, text in QUESTIONS]


def purpose_label(value: str) -> str:
    """A purpose as shown; "" when none is chosen."""
    return shown(PURPOSES[value]) if value in PURPOSES else ""


def kind_label(kind: str) -> str:
    """An actor's kind in a word (a value the model does not know stays as it is)."""
    return shown(KINDS[kind]) if kind in KINDS else kind


def consent_word(value: str) -> str:
    """A consent state in a word (an unknown value as "unknown")."""
    return shown(CONSENT_WORDS.get(value, CONSENT_WORDS["unknown"]))


def consent_legend() -> tuple[str, list[tuple[str, str]]]:
    """The legend of the personal-data mark, on the canvas and in the PDF alike: its heading
    and (consent state, word) in the order shown."""
    return shown(CONSENT_HEADING), [(value, shown(word)) for value, word in CONSENT_WORDS.items()]


def consent_note(value: str) -> str:
    """A consent state as the PDF's need-to-know table notes it."""
    return shown(CONSENT_NOTES.get(value, CONSENT_NOTES["unknown"]))


def consent_spoken(personal_data: bool, value: str) -> str:
    """A flow's personal data and consent as a screen reader says them."""
    if not personal_data:
        return shown(NO_PERSONAL_DATA)
    return shown(CONSENT_SPOKEN.get(value, CONSENT_SPOKEN["unknown"]))
