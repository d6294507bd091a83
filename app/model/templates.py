"""The templates a new map starts from, shipped in resources/templates/."""

from __future__ import annotations

from .document import Document, now_timestamp
from .fileio import load

TEMPLATE_NAMES = ("generic", "blank", "aalborg-aktiv")


def template_path(name: str):
    from app.resources import TEMPLATES

    if name not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template {name!r}; choose one of {', '.join(TEMPLATE_NAMES)}")
    return TEMPLATES / f"{name}.oppspace"


def from_template(name: str) -> Document:
    """A new document from a template, stamped with the current time."""
    doc = load(template_path(name))
    stamp = now_timestamp()
    doc.meta.created = stamp
    doc.meta.modified = stamp
    return doc
