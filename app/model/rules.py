"""Whole-document rules that a single object cannot check by itself."""

from __future__ import annotations

from collections.abc import Iterator

from .document import Document
from .errors import DocumentError

_ROOT_LISTS = ("phases", "actors", "activities", "flows", "partnerships")
_PART_LISTS = ("resources", "assets", "routines")


def problems(doc: Document) -> Iterator[str]:
    """Every rule the document breaks, each as ``place: what is wrong``.

    Written as plain loops with set lookups: loading a 10,000-activity map runs this once,
    and it must stay a small part of the load time (see bench/bench_load.py).
    """
    yield from _duplicate_ids(doc)
    actors = {a.id for a in doc.actors}
    activities = {a.id for a in doc.activities}
    phase_or_none = {p.id for p in doc.phases} | {None}
    assets = {a.id for p in doc.partnerships for a in p.assets}
    asset_or_none = assets | {None}
    actor_or_none = actors | {None}
    for i, actor in enumerate(doc.actors):
        if actor.organization not in actor_or_none:
            yield f'actors[{i}].organization: no actor with id "{actor.organization}"'
        if actor.organization == actor.id:
            yield f"actors[{i}].organization: an actor cannot work for itself"
    for i, act in enumerate(doc.activities):
        if act.actor not in actors:
            yield f'activities[{i}].actor: no actor with id "{act.actor}"'
        if act.phase not in phase_or_none:
            yield f'activities[{i}].phase: no phase with id "{act.phase}"'
    either = activities | actors
    for i, flow in enumerate(doc.flows):
        source, target = flow.source, flow.target
        if source == target or source not in either or target not in either \
                or (flow.kind == "sequence" and (source in actors or target in actors)):
            yield from _flow_problems(i, flow, actors, activities)
        if flow.asset not in asset_or_none:
            yield f'flows[{i}].asset: no asset with id "{flow.asset}"'
    for p, part in enumerate(doc.partnerships):
        yield from _partnership_problems(p, part, actors, assets)


def _flow_problems(i, flow, actors: set[str], activities: set[str]) -> Iterator[str]:
    ends = activities if flow.kind == "sequence" else activities | actors
    what = "activity" if flow.kind == "sequence" else "activity or actor"
    for end in ("source", "target"):
        value = getattr(flow, end)
        if value not in ends:
            if flow.kind == "sequence" and value in actors:
                yield f'flows[{i}].{end}: a sequence flow joins two activities, but "{value}" is an actor'
            else:
                yield f'flows[{i}].{end}: no {what} with id "{value}"'
    if flow.source == flow.target:
        yield f'flows[{i}].target: a flow cannot go from "{flow.source}" to itself'


def _partnership_problems(p, part, actors: set[str], assets: set[str]) -> Iterator[str]:
    base = f"partnerships[{p}]"
    resources = {r.id for r in part.resources}
    for j, member in enumerate(part.members):
        if member not in actors:
            yield f'{base}.members[{j}]: no actor with id "{member}"'
    coordinator = part.governance.coordinator
    if coordinator is not None and coordinator not in actors:
        yield f'{base}.governance.coordinator: no actor with id "{coordinator}"'
    for j, resp in enumerate(part.governance.responsibilities):
        if resp.actor not in actors:
            yield f'{base}.governance.responsibilities[{j}].actor: no actor with id "{resp.actor}"'
    for j, res in enumerate(part.resources):
        if res.owner not in actors:
            yield f'{base}.resources[{j}].owner: no actor with id "{res.owner}"'
    for j, comp in enumerate(part.complementarities):
        where = f"{base}.complementarities[{j}].resources"
        for k, rid in enumerate(comp.resources):
            if rid not in resources:
                yield f'{where}[{k}]: no resource with id "{rid}" in this partnership'
        if len(set(comp.resources)) < 2:
            yield f"{where}: a complementarity joins at least two different resources"
    for j, asset in enumerate(part.assets):
        for k, aid in enumerate(asset.access):
            if aid not in actors:
                yield f'{base}.assets[{j}].access[{k}]: no actor with id "{aid}"'
    for j, routine in enumerate(part.routines):
        if routine.asset is not None and routine.asset not in assets:
            yield f'{base}.routines[{j}].asset: no asset with id "{routine.asset}"'
        for k, aid in enumerate(routine.participants):
            if aid not in actors:
                yield f'{base}.routines[{j}].participants[{k}]: no actor with id "{aid}"'
    for j, reflection in enumerate(part.reflections):
        yield from _local_problems(f"{base}.reflections[{j}]", reflection, actors)


def _local_problems(base: str, reflection, actors: set[str]) -> Iterator[str]:
    """A local adaptation names an existing actor, at most once per entry. It need not be a
    member today: the log is history, and an organisation may have left since."""
    seen: set[str] = set()
    for k, note in enumerate(reflection.local):
        if note.actor not in actors:
            yield f'{base}.local[{k}].actor: no actor with id "{note.actor}"'
        elif note.actor in seen:
            yield f'{base}.local[{k}].actor: "{note.actor}" already has a local adaptation in this entry'
        seen.add(note.actor)


def _duplicate_ids(doc: Document) -> Iterator[str]:
    ids = [obj.id for name in _ROOT_LISTS for obj in getattr(doc, name)]
    ids += [obj.id for part in doc.partnerships for name in _PART_LISTS for obj in getattr(part, name)]
    if len(set(ids)) == len(ids):
        return  # the usual case: no need to say where
    seen: dict[str, str] = {}
    for where, obj_id in _all_ids(doc):
        if obj_id in seen:
            yield f'{where}.id: the id "{obj_id}" is already used by {seen[obj_id]}'
        else:
            seen[obj_id] = where


def _all_ids(doc: Document) -> Iterator[tuple[str, str]]:
    for name in _ROOT_LISTS:
        for i, obj in enumerate(getattr(doc, name)):
            yield f"{name}[{i}]", obj.id
    for p, part in enumerate(doc.partnerships):
        for name in _PART_LISTS:
            for i, obj in enumerate(getattr(part, name)):
                yield f"partnerships[{p}].{name}[{i}]", obj.id


def check(doc: Document) -> None:
    """Raise :class:`DocumentError` for the first rule the document breaks."""
    for problem in problems(doc):
        raise DocumentError(problem)
