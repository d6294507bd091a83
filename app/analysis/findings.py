"""Findings: stable codes, severities, messages for people, and the ids they concern.

The rules are those of DESIGN section 4; docs/findings.md explains each one to users.
"""

from __future__ import annotations

from app.model import Document
from app.model.headroom import collector_paused

from .finding import CODES, INFO, WARNING, Finding, Rule, report_order
from .graphs import MapIndex
from .learning_rules import LEARNING_RULES
from .map_rules import MAP_RULES
from .partnership_rules import PARTNERSHIP_RULES

__all__ = ["CODES", "INFO", "WARNING", "Finding", "Rule", "analyze", "by_subject",
           "report_order"]


def analyze(doc: Document) -> list[Finding]:
    """All findings for ``doc``, in the one order of :func:`report_order`."""
    with collector_paused():  # tens of thousands of findings, no cycles among them
        index = MapIndex(doc)
        found: list[Finding] = []
        for rule in (*MAP_RULES, *PARTNERSHIP_RULES, *LEARNING_RULES):
            found.extend(rule(index))
        return sorted(found, key=report_order(doc))


def by_subject(findings: list[Finding]) -> dict[str, list[Finding]]:
    """id -> the findings about it; what a canvas needs to draw a badge on an item."""
    result: dict[str, list[Finding]] = {}
    for finding in findings:
        for subject in dict.fromkeys(finding.subjects):
            result.setdefault(subject, []).append(finding)
    return result
