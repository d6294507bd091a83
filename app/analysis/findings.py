"""Findings: stable codes, severities, messages for people, and the ids they concern.

The rules are those of DESIGN section 4; docs/findings.md explains each one to users.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.model import Document

WARNING = "warning"
INFO = "info"

#: The codes in the order of DESIGN section 4's table; findings are reported warnings first,
#: then in this order (see :func:`report_order`).
CODES = (
    "no-co-production", "consent-missing", "uninformed-actor", "no-leadership",
    "interdependence-mismatch", "no-routines", "isolated-activity", "flow-without-asset",
    "asset-needs-investment", "component-empty", "coordination-bottleneck", "no-local-learning",
    "tell-us-once",
)


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
    """All findings for ``doc``, grouped by rule in the order of :data:`CODES`."""
    from .graphs import MapIndex
    from .map_rules import MAP_RULES
    from .learning_rules import LEARNING_RULES
    from .partnership_rules import PARTNERSHIP_RULES

    index = MapIndex(doc)
    found: list[Finding] = []
    for rule in (*MAP_RULES, *PARTNERSHIP_RULES, *LEARNING_RULES):
        found.extend(rule(index))
    return sorted(found, key=report_order)


_ORDER = {code: i for i, code in enumerate(CODES)}


def report_order(finding: Finding) -> tuple[int, int]:
    """Warnings before information, then the table's order; within one code the rules
    already yield in document order, and ``sorted`` keeps it."""
    return (finding.severity != WARNING, _ORDER.get(finding.code, len(_ORDER)))


def by_subject(findings: list[Finding]) -> dict[str, list[Finding]]:
    """id -> the findings about it; what a canvas needs to draw a badge on an item."""
    result: dict[str, list[Finding]] = {}
    for finding in findings:
        for subject in dict.fromkeys(finding.subjects):
            result.setdefault(subject, []).append(finding)
    return result
