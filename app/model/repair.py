"""Make a merged document valid by dropping what dangles, and say what was dropped.

A merge can combine two valid sides into an invalid whole: THEIRS adds a flow to an activity
OURS removed, or both add an element with the same id in different lists. Each rule of
:mod:`app.model.rules` that a merge can break is resolved here in dependency order (actors,
then activities and resources, then flows and complementarities), so one pass suffices.
Works on the document as JSON values, before it is validated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .diff import ROOT_KINDS, SUB_KINDS


@dataclass(frozen=True)
class Conflict:
    """A place both sides changed differently, or a reference the merge had to drop."""

    kind: str
    id: str | None
    field: str | None
    base: Any
    ours: Any
    theirs: Any
    resolution: str  #: ours | theirs | dropped

    @property
    def key(self) -> tuple:
        """What identifies the conflict when the user turns its resolution around."""
        return (self.kind, self.id, self.field)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "field": self.field, "base": self.base,
                "ours": self.ours, "theirs": self.theirs, "resolution": self.resolution}


def repair(data: dict[str, Any]) -> list[Conflict]:
    """Drop dangling elements and references from ``data`` in place; return the conflicts."""
    found: list[Conflict] = []

    def dropped(kind: str, obj_id: str | None, field: str | None, value: Any) -> None:
        found.append(Conflict(kind, obj_id, field, None, value, None, "dropped"))

    _unique_ids(data, dropped)
    actors = {a["id"] for a in data["actors"]}
    for actor in data["actors"]:
        org = actor["organization"]
        if org is not None and (org not in actors or org == actor["id"]):
            dropped("actor", actor["id"], "organization", org)
            actor["organization"] = None
    phases = {p["id"] for p in data["phases"]}
    data["activities"] = _keep(data["activities"], "activity", dropped,
                               lambda a: a["actor"] in actors)
    for act in data["activities"]:
        if act["phase"] is not None and act["phase"] not in phases:
            dropped("activity", act["id"], "phase", act["phase"])
            act["phase"] = None
    assets = {a["id"] for p in data["partnerships"] for a in p["assets"]}
    _flows(data, actors, {a["id"] for a in data["activities"]}, assets, dropped)
    for part in data["partnerships"]:
        _partnership(part, actors, assets, dropped)
    return found


def _keep(items: list[dict], kind: str, dropped, ok) -> list[dict]:
    out = []
    for item in items:
        if ok(item):
            out.append(item)
        else:
            dropped(kind, item.get("id"), None, item)
    return out


def _unique_ids(data: dict[str, Any], dropped) -> None:
    """Ids are unique across the document: the later of two in document order goes."""
    seen: set[str] = set()

    def first(kind: str):
        def ok(item: dict) -> bool:
            fresh = item["id"] not in seen
            seen.add(item["id"])
            return fresh
        return ok

    for name, kind in ROOT_KINDS.items():
        data[name] = _keep(data[name], kind, dropped, first(kind))
    for part in data["partnerships"]:
        for name, kind in SUB_KINDS.items():
            part[name] = _keep(part[name], kind, dropped, first(kind))


def _flows(data: dict[str, Any], actors: set[str], activities: set[str], assets: set[str],
           dropped) -> None:
    either = activities | actors

    def ok(flow: dict) -> bool:
        ends = activities if flow["kind"] == "sequence" else either
        return flow["source"] in ends and flow["target"] in ends and flow["source"] != flow["target"]

    data["flows"] = _keep(data["flows"], "flow", dropped, ok)
    for flow in data["flows"]:
        if flow["asset"] is not None and flow["asset"] not in assets:
            dropped("flow", flow["id"], "asset", flow["asset"])
            flow["asset"] = None


def _partnership(part: dict[str, Any], actors: set[str], assets: set[str], dropped) -> None:
    pid = part["id"]

    def refs(kind: str, obj_id: str, field: str, values: list[str], known: set[str]) -> list[str]:
        for value in values:
            if value not in known:
                dropped(kind, obj_id, field, value)
        return [v for v in values if v in known]

    part["members"] = refs("partnership", pid, "members", part["members"], actors)
    gov = part["governance"]
    if gov["coordinator"] is not None and gov["coordinator"] not in actors:
        dropped("partnership", pid, "governance.coordinator", gov["coordinator"])
        gov["coordinator"] = None
    gov["responsibilities"] = [r for r in gov["responsibilities"] if r["actor"] in actors or
                               dropped("partnership", pid, "governance.responsibilities", r)]
    part["resources"] = _keep(part["resources"], "resource", dropped, lambda r: r["owner"] in actors)
    resources = {r["id"] for r in part["resources"]}
    comps = []
    for comp in part["complementarities"]:
        kept = [r for r in comp["resources"] if r in resources]
        if len(set(kept)) >= 2:
            comps.append({**comp, "resources": kept})
        if kept != comp["resources"]:
            dropped("partnership", pid, "complementarities", comp)
    part["complementarities"] = comps
    for reflection in part["reflections"]:
        reflection["local"] = _local(pid, reflection.get("local", []), actors, dropped)
    for asset in part["assets"]:
        asset["access"] = refs("asset", asset["id"], "access", asset["access"], actors)
    for routine in part["routines"]:
        routine["participants"] = refs("routine", routine["id"], "participants",
                                       routine["participants"], actors)
        if routine["asset"] is not None and routine["asset"] not in assets:
            dropped("routine", routine["id"], "asset", routine["asset"])
            routine["asset"] = None


def _local(pid: str, notes: list[dict], actors: set[str], dropped) -> list[dict]:
    """A reflection's local adaptations: each names an existing actor, once."""
    seen: set[str] = set()
    kept = []
    for note in notes:
        if note["actor"] in actors and note["actor"] not in seen:
            kept.append(note)
        else:
            dropped("partnership", pid, "reflections.local", note)
        seen.add(note["actor"])
    return kept
