"""The OppSpace document: pure Python and pydantic, no Qt."""

from .document import (
    FORMAT,
    VERSION,
    Activity,
    Actor,
    Asset,
    Complementarity,
    Document,
    Flow,
    Governance,
    LocalAdaptation,
    Meta,
    Partnership,
    Phase,
    Questions,
    Reflection,
    Resource,
    Responsibility,
    Routine,
    new_document,
    now_timestamp,
)
from .errors import DocumentError, NotAMapError
from .events import Change
from .fileio import dumps, load, loads, save

__all__ = [
    "FORMAT", "VERSION", "Activity", "Actor", "Asset", "Change", "Complementarity", "Document",
    "DocumentError", "Flow", "Governance", "LocalAdaptation", "Meta", "NotAMapError", "Partnership",
    "Phase", "Questions",
    "Reflection", "Resource", "Responsibility", "Routine", "dumps", "load", "loads",
    "new_document", "now_timestamp", "save",
]
