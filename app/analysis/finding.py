"""What a finding is, the codes in their order, and the one order findings are listed in.

Kept apart from the rules and from :func:`app.analysis.findings.analyze`, which runs them: the
rules import this module, ``analyze`` imports the rules, and nothing imports back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from app.model import Document

if TYPE_CHECKING:
    from .graphs import MapIndex

WARNING = "warning"
INFO = "info"

#: The codes in the order of DESIGN section 4's table (see :func:`report_order`).
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


Rule = Callable[["MapIndex"], Iterator[Finding]]
_ORDER = {code: i for i, code in enumerate(CODES)}


def report_order(doc: Document) -> Callable[[Finding], tuple]:
    """The sort key of the one order findings are listed in everywhere (CLI, panel, PDF, JSON):
    warnings before information, then the order of the codes table, then the document order of
    their first subject (a finding about the whole map comes first). The document's index
    lists its ids in document order (lists in file order, each list's items in turn)."""
    position = {obj_id: n for n, obj_id in enumerate(doc.index())}

    def key(finding: Finding) -> tuple:
        where = position.get(finding.subjects[0], -1) if finding.subjects else -1
        return (finding.severity != WARNING, _ORDER[finding.code], where)

    return key
