"""Findings: stable codes, severities, messages for people, and the ids they concern."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.model import Document


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "warning" | "info"
    message: str
    subjects: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "subjects": list(self.subjects)}


def analyze(doc: Document) -> list[Finding]:
    """All findings for ``doc``; the rules arrive with the findings issue."""
    return []
