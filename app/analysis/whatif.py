"""What if it were gone? The consequences of removing one element, computed on a copy.

The user's document is never changed: the element is removed from a copy with the editor's
own cascade (:func:`app.model.edits.remove`), and the analysis runs on both maps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate
from app.model import Document, DocumentError, dumps, edits, loads

from .findings import Finding, analyze
from .graphs import MapIndex

# the kind of element (its list) -> the word ``whatif --json`` uses
KINDS = {"actors": "actor", "activities": "activity", "assets": "asset", "flows": "flow",
         "phases": "phase", "partnerships": "partnership", "resources": "resource",
         "routines": "routine"}


@dataclass
class WhatIf:
    """What removing ``removed`` takes with it; ids in document order."""

    removed: str
    kind: str
    flows_lost: list[str] = field(default_factory=list)
    activities_isolated: list[str] = field(default_factory=list)
    co_produced_lost: list[str] = field(default_factory=list)
    # {"partnership": id, "what": member|coordinator|resource|complementarity|asset|
    # routine|routine-asset|routine-participant|asset-access|flow-asset, "id": the element
    # affected (for complementarity: the resource they lose; for flow-asset: the flow)}
    partnership_effects: list[dict[str, str]] = field(default_factory=list)
    new_findings: list[Finding] = field(default_factory=list)
    resolved_findings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"removed": self.removed, "kind": self.kind, "flows_lost": self.flows_lost,
                "activities_isolated": self.activities_isolated,
                "co_produced_lost": self.co_produced_lost,
                "partnership_effects": self.partnership_effects,
                "new_findings": [f.as_dict() for f in self.new_findings],
                "resolved_findings": [f.as_dict() for f in self.resolved_findings]}

    def highlighted(self) -> set[str]:
        """Every id a map should point at: what goes, and what is left worse off."""
        ids = {self.removed, *self.flows_lost, *self.activities_isolated, *self.co_produced_lost}
        ids |= {e["id"] for e in self.partnership_effects}
        for finding in self.new_findings:
            ids |= set(finding.subjects)
        return ids


def what_if(doc: Document, obj_id: str) -> WhatIf:
    """The consequences of removing ``obj_id`` from ``doc``; DocumentError for an unknown id."""
    path = doc.path_of(obj_id)
    if path is None:
        raise DocumentError(f'no element with id "{obj_id}" in this map')
    after = loads(dumps(doc))
    edits.remove(after, obj_id)
    result = WhatIf(obj_id, KINDS[path[-2]])
    remaining_flows = {f.id for f in after.flows}
    result.flows_lost = [f.id for f in doc.flows if f.id not in remaining_flows]
    result.co_produced_lost = [a.id for a in doc.activities
                               if a.co_produced and after.activity(a.id) is None]
    result.activities_isolated = _newly_isolated(doc, after)
    result.partnership_effects = _partnership_effects(doc, after)
    before_found, after_found = analyze(doc), analyze(after)
    before_keys = {(f.code, f.subjects) for f in before_found}
    after_keys = {(f.code, f.subjects) for f in after_found}
    result.new_findings = [f for f in after_found if (f.code, f.subjects) not in before_keys]
    result.resolved_findings = [f for f in before_found if (f.code, f.subjects) not in after_keys]
    return result


def _connected(doc: Document) -> set[str]:
    return {end for f in doc.flows for end in (f.source, f.target)}


def _newly_isolated(doc: Document, after: Document) -> list[str]:
    """Activities that stay but lose their last flow."""
    before, now = _connected(doc), _connected(after)
    return [a.id for a in after.activities if a.id in before and a.id not in now]


def _partnership_effects(doc: Document, after: Document) -> list[dict[str, str]]:
    effects: list[dict[str, str]] = []
    for part in doc.partnerships:
        kept = after.partnership(part.id)
        if kept is None:
            continue

        def note(what: str, ids) -> None:
            effects.extend({"partnership": part.id, "what": what, "id": i} for i in ids)

        note("member", [m for m in part.members if m not in kept.members])
        if part.governance.coordinator != kept.governance.coordinator:
            note("coordinator", [part.governance.coordinator])
        for name, what in (("resources", "resource"), ("assets", "asset"),
                           ("routines", "routine")):
            staying = {x.id for x in getattr(kept, name)}
            note(what, [x.id for x in getattr(part, name) if x.id not in staying])
        resources = {r.id for r in kept.resources}
        note("complementarity", dict.fromkeys(r for comp in part.complementarities
                                              for r in comp.resources if r not in resources))
        for asset in kept.assets:
            old = next(a for a in part.assets if a.id == asset.id)
            if old.access != asset.access:
                note("asset-access", [asset.id])
        for routine in kept.routines:
            old = next(r for r in part.routines if r.id == routine.id)
            if old.asset != routine.asset:
                note("routine-asset", [routine.id])
            if old.participants != routine.participants:
                note("routine-participant", [routine.id])
        assets = {a.id for a in part.assets}
        note("flow-asset", [f.id for f in doc.flows if f.asset in assets
                            and (kept_flow := after.flow(f.id)) is not None
                            and kept_flow.asset != f.asset])
    return effects


# -- in words ---------------------------------------------------------------------------------
def kind_word(kind: str) -> str:
    words = {"actor": translate("WhatIf", "actor"), "activity": translate("WhatIf", "activity"),
             "asset": translate("WhatIf", "asset"), "flow": translate("WhatIf", "flow"),
             "phase": translate("WhatIf", "phase"),
             "partnership": translate("WhatIf", "partnership"),
             "resource": translate("WhatIf", "resource"),
             "routine": translate("WhatIf", "routine")}
    return words.get(kind, kind)


def _effect_text(index: MapIndex, effect: dict[str, str]) -> str:
    part = index.doc.partnership(effect["partnership"])  # one of the map's, always
    assert part is not None
    texts = {
        "member": translate("WhatIf", "{partnership} loses its member {name}"),
        "coordinator": translate("WhatIf", "{partnership} loses its coordinator {name}"),
        "resource": translate("WhatIf", "{partnership} loses the resource \u201c{name}\u201d"),
        "complementarity": translate("WhatIf", "complementarities of {partnership} lose the "
                                               "resource \u201c{name}\u201d ({count})"),
        "asset": translate("WhatIf", "{partnership} loses the asset \u201c{name}\u201d"),
        "routine": translate("WhatIf", "{partnership} loses the routine \u201c{name}\u201d"),
        "asset-access": translate("WhatIf", "the asset \u201c{name}\u201d of {partnership} "
                                            "loses someone with access"),
        "routine-asset": translate("WhatIf", "the routine \u201c{name}\u201d of {partnership} "
                                             "loses its asset"),
        "routine-participant": translate("WhatIf", "the routine \u201c{name}\u201d of "
                                                   "{partnership} loses a participant"),
        "flow-asset": translate("WhatIf", "the flow {name} loses its asset"),
    }
    count = sum(effect["id"] in c.resources for c in part.complementarities)
    return texts[effect["what"]].format(partnership=f"\u201c{part.name}\u201d",
                                        name=element_name(index, effect["id"]), count=count)


def element_name(index: MapIndex, obj_id: str) -> str:
    """How the removed element or a flow is named in the lists."""
    flow = index.doc.flow(obj_id)
    if flow is not None:
        what = f"\u201c{flow.what}\u201d: " if flow.what else ""
        return f"{what}{index.end_name(flow.source)} \u2192 {index.end_name(flow.target)}"
    obj = index.doc.find(obj_id)
    if index.doc.activity(obj_id) is not None:
        return index.end_name(obj_id)
    return getattr(obj, "name", None) or getattr(obj, "what", None) or obj_id


def sections(doc: Document, result: WhatIf) -> list[tuple[str, list[tuple[str, str]]]]:
    """The consequences as (heading, [(id, line)]) for the CLI and the editor's panel; a
    section with nothing in it is left out."""
    index = MapIndex(doc)
    out = [
        (translate("WhatIf", "Flows lost"),
         [(i, element_name(index, i)) for i in result.flows_lost]),
        (translate("WhatIf", "Activities left without any flow"),
         [(i, element_name(index, i)) for i in result.activities_isolated]),
        (translate("WhatIf", "Co-produced activities lost"),
         [(i, element_name(index, i)) for i in result.co_produced_lost]),
        (translate("WhatIf", "Partnerships"),
         [(e["id"], _effect_text(index, e)) for e in result.partnership_effects]),
        (translate("WhatIf", "Findings that would appear"),
         [(f.subjects[0] if f.subjects else "", f.message) for f in result.new_findings]),
        (translate("WhatIf", "Findings that would disappear"),
         [(f.subjects[0] if f.subjects else "", f.message) for f in result.resolved_findings]),
    ]
    return [(heading, lines) for heading, lines in out if lines]


def headline(doc: Document, result: WhatIf) -> str:
    name = element_name(MapIndex(doc), result.removed)
    return translate("WhatIf", "What if {name} ({kind}) were gone?").format(
        name=name if name.startswith("\u201c") else f"\u201c{name}\u201d",
        kind=kind_word(result.kind))


def as_text(doc: Document, result: WhatIf) -> str:
    """The report ``oppspace whatif`` prints."""
    lines = [headline(doc, result)]
    found = sections(doc, result)
    for heading, items in found:
        lines += ["", f"{heading} ({len(items)}):"]
        lines += [f"  {line}" for _id, line in items]
    if not found:
        lines += ["", translate("WhatIf", "Nothing else is lost, and no finding changes.")]
    return "\n".join(lines)
