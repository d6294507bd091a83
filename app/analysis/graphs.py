"""The document as graphs: who does what, who informs whom, and which organisation is whose.

A flow's end is an activity (it stands for the actor of its lane) or an actor. Rules and
exports look these up many times, so :class:`MapIndex` computes them once per analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from app.model import Activity, Actor, Document, Flow


@dataclass
class MapIndex:
    """Lookups the rules share: ids to objects, flow ends to actors, actors to parties."""

    doc: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    _party: dict[str, str] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _pair_cache: dict[bool, dict[tuple[str, str], list[Flow]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.actors = {a.id: a for a in self.doc.actors}
        self.activities = {a.id: a for a in self.doc.activities}
        self._party = {a.id: self._find_party(a) for a in self.doc.actors}
        self._names = {key: actor.name or actor.id for key, actor in self.actors.items()}

    def _find_party(self, actor: Actor) -> str:
        """The organisation an actor belongs to: itself, or up its ``organization`` chain.

        A citizen is always their own party, whatever the file says.
        """
        seen = {actor.id}
        current = actor
        while current.kind != "citizen" and current.organization is not None:
            parent = self.actors.get(current.organization)
            if parent is None or parent.id in seen:
                break
            seen.add(parent.id)
            current = parent
        return current.id

    def actor_of(self, end: str) -> str | None:
        """The actor a flow end stands for: the activity's lane, or the actor itself."""
        activity = self.activities.get(end)
        if activity is not None:
            return activity.actor
        return end if end in self.actors else None

    def party_of(self, actor_id: str | None) -> str | None:
        return None if actor_id is None else self._party.get(actor_id)

    def actor_name(self, actor_id: str | None) -> str:
        name = self._names.get(actor_id) if actor_id else None
        return name if name is not None else (actor_id or "?")

    def end_name(self, end: str) -> str:
        """How a message names a flow end: “Activity” (Actor), or the actor's name."""
        activity = self.activities.get(end)
        if activity is not None:
            title = activity.title or activity.id
            return f"\u201c{title}\u201d ({self.actor_name(activity.actor)})"
        return self.actor_name(end)

    def flow_actors(self, flow: Flow) -> tuple[str | None, str | None]:
        return self.actor_of(flow.source), self.actor_of(flow.target)

    def information_flows(self) -> list[Flow]:
        return self.ends(information=True)[0]

    def ends(self, information: bool) -> tuple[list[Flow], list[tuple[str | None, str | None]]]:
        """The flows (information flows only, or all) and the actors at their two ends."""
        return self._info_ends if information else self._all_ends

    @cached_property
    def _all_ends(self) -> tuple[list[Flow], list[tuple[str | None, str | None]]]:
        flows = list(self.doc.flows)
        lane = {key: activity.actor for key, activity in self.activities.items()}
        lane.update((key, key) for key in self.actors if key not in lane)
        return flows, [(lane.get(f.source), lane.get(f.target)) for f in flows]

    @cached_property
    def _info_ends(self) -> tuple[list[Flow], list[tuple[str | None, str | None]]]:
        flows, ends = self._all_ends
        keep = [i for i, f in enumerate(flows) if f.kind == "information"]
        return [flows[i] for i in keep], [ends[i] for i in keep]

    def actor_pairs(self, information: bool) -> dict[tuple[str, str], list[Flow]]:
        """(source actor, target actor) -> the flows between them, in file order; an actor
        informing itself is left out. A few hundred pairs stand for thousands of flows."""
        cache = self._pair_cache.get(information)
        if cache is None:
            cache = {}
            for flow, (source, target) in zip(*self.ends(information)):
                if source is not None and target is not None and source != target:
                    cache.setdefault((source, target), []).append(flow)
            self._pair_cache[information] = cache
        return cache


def activity_graph(doc: Document) -> nx.MultiDiGraph:
    """Activities as nodes; sequence and information flows between activities as edges."""
    graph = nx.MultiDiGraph()
    for activity in doc.activities:
        graph.add_node(activity.id, actor=activity.actor, co_produced=activity.co_produced)
    for flow in doc.flows:
        if flow.source in graph and flow.target in graph:
            graph.add_edge(flow.source, flow.target, key=flow.id, kind=flow.kind)
    return graph


def actor_graph(doc: Document, index: MapIndex | None = None) -> nx.DiGraph:
    """Who informs whom: an edge u -> v for each information flow from u's lane (or u) to
    v's lane (or v), between different actors; ``flows`` lists the flow ids on each edge."""
    index = index or MapIndex(doc)
    graph = nx.DiGraph()
    graph.add_nodes_from(a.id for a in doc.actors)
    for (source, target), flows in index.actor_pairs(information=True).items():
        graph.add_edge(source, target, flows=[f.id for f in flows])
    return graph


def party_graph(doc: Document, index: MapIndex, by_party: bool = True) -> nx.DiGraph:
    """Flows of both kinds between parties (organisations), or between actors when
    ``by_party`` is false; used to infer how resource owners depend on each other."""
    graph = nx.DiGraph()
    for (source, target), flows in index.actor_pairs(information=False).items():
        if by_party:
            source, target = index.party_of(source), index.party_of(target)
        if source is None or target is None or source == target:
            continue
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, flows=[])
        graph[source][target]["flows"].extend(f.id for f in flows)
    return graph
