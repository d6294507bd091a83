"""A short title per finding code, for people: the findings panel says it before the message
and the PDF report prints it instead of the code. No Qt (the PDF uses it headless)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

TITLES = {
    "no-co-production": QT_TRANSLATE_NOOP("FindingsPanel", "No co-production"),
    "consent-missing": QT_TRANSLATE_NOOP("FindingsPanel", "Personal data without consent"),
    "uninformed-actor": QT_TRANSLATE_NOOP("FindingsPanel", "Actor nobody informs"),
    "no-leadership": QT_TRANSLATE_NOOP("FindingsPanel", "No leadership"),
    "interdependence-mismatch": QT_TRANSLATE_NOOP("FindingsPanel",
                                                  "Interdependence the flows contradict"),
    "no-routines": QT_TRANSLATE_NOOP("FindingsPanel", "No knowledge-sharing routines"),
    "isolated-activity": QT_TRANSLATE_NOOP("FindingsPanel", "Isolated activity"),
    "flow-without-asset": QT_TRANSLATE_NOOP("FindingsPanel", "Flow without a shared asset"),
    "asset-needs-investment": QT_TRANSLATE_NOOP("FindingsPanel", "Asset needs investment"),
    "component-empty": QT_TRANSLATE_NOOP("FindingsPanel", "Component not described"),
    "coordination-bottleneck": QT_TRANSLATE_NOOP("FindingsPanel", "Coordination bottleneck"),
    "tell-us-once": QT_TRANSLATE_NOOP("FindingsPanel", "Citizen asked for the same twice"),
    "no-local-learning": QT_TRANSLATE_NOOP("FindingsPanel", "No local learning"),
}


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("FindingsPanel", ...), e.g. one of TITLES."""
    return translate("FindingsPanel", text)


def finding_title(code: str) -> str:
    """The translated title of ``code`` (the code itself for one without a title)."""
    return translated(TITLES[code]) if code in TITLES else code
