"""The fixed choices of Table 1's fields and their labels, and how an actor or asset is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import wording
from app.model import Document

Choice = tuple[str, str]  #: (value in the file, label for people)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Partnership", text)


def purposes() -> list[Choice]:
    return [("", _tr("Not chosen yet"))] + [(value, wording.shown(label))
                                            for value, label in wording.PURPOSES.items()]


def levels() -> list[Choice]:
    return [("strategic", _tr("Strategic")), ("operational", _tr("Operational"))]


def natures() -> list[Choice]:
    return [("tangible", _tr("Tangible")), ("intangible", _tr("Intangible")),
            ("both", _tr("Both"))]


def interdependences() -> list[Choice]:
    return [("pooled", _tr("Pooled")), ("sequential", _tr("Sequential")),
            ("reciprocal", _tr("Reciprocal"))]


def asset_kinds() -> list[Choice]:
    return [("digital", _tr("Digital")), ("physical", _tr("Physical"))]


def asset_statuses() -> list[Choice]:
    return [("existing", _tr("Existing")), ("needs_investment", _tr("Needs investment"))]


def actors(doc: Document) -> list[Choice]:
    return [(a.id, a.name or a.id) for a in doc.actors]


def assets(doc: Document) -> list[Choice]:
    """Every asset of the map (a routine or flow may use any), none first."""
    return [("", _tr("No asset"))] + [(a.id, a.name or a.id) for a in doc.all_assets()]


def label(choices: list[Choice], value: str | None) -> str:
    for key, text in choices:
        if key == (value or ""):
            return text
    return value or ""


def labels(choices: list[Choice], values: list[str]) -> str:
    return ", ".join(label(choices, v) for v in values)
