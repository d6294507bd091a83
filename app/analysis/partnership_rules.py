"""Rules about the partnerships: Table 1's four components, read against the map's flows."""

from __future__ import annotations

from typing import Iterator

import networkx as nx

from app.i18n import translate
from app.model import Flow, Partnership, Resource

from .finding import INFO, WARNING, Finding, Rule
from .graphs import MapIndex, party_graph

#: How much coordination each kind of interdependence needs (Table 1).
COORDINATION = {"pooled": 0, "sequential": 1, "reciprocal": 2}


def _kind(value: str) -> str:
    """The interdependence's name as a message shows it."""
    return {"pooled": translate("Findings", "pooled"),
            "sequential": translate("Findings", "sequential"),
            "reciprocal": translate("Findings", "reciprocal")}[value]


def _quoted(name: str) -> str:
    return f"\u201c{name}\u201d"


def _join(names: list[str]) -> str:
    """“A, B and C”."""
    if len(names) < 2:
        return "".join(names)
    return translate("Findings", "{first} and {last}").format(first=", ".join(names[:-1]),
                                                              last=names[-1])


def no_leadership(index: MapIndex) -> Iterator[Finding]:
    for part in index.doc.partnerships:
        coordinator = part.governance.coordinator
        resources = part.governance.leadership_resources.strip()
        if coordinator is not None and resources:
            continue
        if coordinator is None and not resources:
            text = translate("Findings", "Partnership {name} has no coordinator and no leadership"
                                         " resources for coordination.")
        elif coordinator is None:
            text = translate("Findings", "Partnership {name} has leadership resources but no "
                                         "coordinator.")
        else:
            text = translate("Findings", "Partnership {name} names {coordinator} as coordinator "
                                         "but no leadership resources (time or money set aside "
                                         "for coordinating).")
        text = text.format(name=_quoted(part.name), coordinator=index.actor_name(coordinator))
        yield Finding("no-leadership", WARNING, text + " " + translate("Findings",
                "Without leadership resources for coordinating the partners, structural holes "
                "appear in the service process. Agree who coordinates, and with what time or "
                "money."), (part.id,))


def _member_exchanges(index: MapIndex, part: Partnership) -> list[Flow]:
    """Information flows between two different members (an employee counts for the
    member organisation it belongs to); the first is the earliest in the file (the pairs come
    in the order of their first flows)."""
    members = set(part.members)

    def member_of(actor_id: str | None) -> str | None:
        actor = index.actors.get(actor_id or "")
        if actor is None:
            return None
        for candidate in (actor.id, actor.organization, index.party_of(actor.id)):
            if candidate in members:
                return candidate
        return None

    found = []
    for (source, target), flows in index.actor_pairs(information=True).items():
        source, target = member_of(source), member_of(target)
        if source is not None and target is not None and source != target:
            found.extend(flows)
    return found


def _flow_count(count: int) -> str:
    """"1 flow" or "N flows": a count reads as a user would write it."""
    if count == 1:
        return translate("Findings", "1 flow")
    return translate("Findings", "{count} flows").format(count=count)


def no_routines(index: MapIndex) -> Iterator[Finding]:
    for part in index.doc.partnerships:
        exchanges = _member_exchanges(index, part)
        if part.routines or not exchanges:
            continue
        example = exchanges[0]
        yield Finding("no-routines", WARNING, translate("Findings",
                "Members of partnership {name} exchange information ({flows}, such as "
                "{source} \u2192 {target}) but the partnership has no knowledge-sharing routine. "
                "Without a regular pattern of interaction, sharing stays ad hoc and its benefits "
                "superficial. Agree what is shared, when, in what form and through which asset."
        ).format(name=_quoted(part.name), flows=_flow_count(len(exchanges)),
                 source=index.end_name(example.source), target=index.end_name(example.target)),
            (part.id,))


def _implied(index: MapIndex, owners: list[str],
             graphs: dict[bool, nx.DiGraph]) -> tuple[str, nx.DiGraph] | None:
    """The interdependence the flows imply between the owners' organisations (between the
    owners themselves when they all belong to one organisation); None if only one owner."""
    parties = {index.party_of(o) for o in owners} - {None}
    by_party = len(parties) >= 2
    nodes = parties if by_party else set(owners)
    if len(nodes) < 2:
        return None
    if by_party not in graphs:
        graphs[by_party] = party_graph(index.doc, index, by_party)
    graph = _induced(graphs[by_party], nodes, [index.party_of(o) if by_party else o
                                                for o in owners])
    if graph.number_of_edges() == 0:
        return "pooled", graph
    return ("sequential" if nx.is_directed_acyclic_graph(graph) else "reciprocal"), graph


def _induced(full: nx.DiGraph, nodes: set, order: list) -> nx.DiGraph:
    """The part of ``full`` between ``nodes``, in ``full``'s order (then ``order``'s), so the
    evidence a message gives is the same in every run (``subgraph`` follows the set's order,
    which changes with Python's string hashing)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(n for n in full if n in nodes)
    graph.add_nodes_from(n for n in order if n in nodes)
    graph.add_edges_from((u, v, dict(data)) for u, v, data in full.edges(data=True)
                         if u in nodes and v in nodes)
    return graph


def _evidence(index: MapIndex, implied: str, graph: nx.DiGraph) -> str:
    names = [index.actor_name(n) for n in sorted(graph, key=index.actor_name)]
    if implied == "pooled":
        return translate("Findings", "there is no flow between {parties}").format(
            parties=_join(names))
    if implied == "sequential":
        edges = ", ".join(f"{index.actor_name(u)} \u2192 {index.actor_name(v)}"
                          for u, v in graph.edges)
        return translate("Findings", "flows go one way only ({edges})").format(edges=edges)
    cycle = [u for u, _ in nx.find_cycle(graph)]
    path = " \u2192 ".join(index.actor_name(n) for n in [*cycle, cycle[0]])
    return translate("Findings", "flows go both ways ({path})").format(path=path)


def _mismatch_advice(declared: str, implied: str) -> str:
    if COORDINATION[implied] > COORDINATION[declared]:
        return translate("Findings", "The partners depend on each other more than declared, and "
                                     "{implied} interdependence needs more coordination "
                                     "(reciprocal the most, pooled the least): plan governance "
                                     "and routines for it, or correct the declaration.")
    return translate("Findings", "If the resources really depend on each other as declared, the "
                                 "map lacks the flows that carry this: draw what must pass "
                                 "between the partners, and when; otherwise declare them "
                                 "{implied}.")


def interdependence_mismatch(index: MapIndex) -> Iterator[Finding]:
    graphs: dict[bool, nx.DiGraph] = {}
    for part in index.doc.partnerships:
        for comp in part.complementarities:
            resources = [r for r in map(index.doc.find, comp.resources) if isinstance(r, Resource)]
            result = _implied(index, [r.owner for r in resources], graphs)
            if result is None or result[0] == comp.interdependence:
                continue
            implied, graph = result
            names = _join([f"{_quoted(r.name)} ({index.actor_name(r.owner)})"
                           for r in resources])
            text = translate("Findings", "{resources} are declared {declared}, but the flows "
                                         "between their owners suggest {implied}: {evidence}.")
            text = text.format(
                resources=names, declared=_kind(comp.interdependence), implied=_kind(implied),
                evidence=_evidence(index, implied, graph))
            advice = _mismatch_advice(comp.interdependence, implied).format(
                implied=_kind(implied))
            yield Finding("interdependence-mismatch", WARNING, text + " " + advice,
                          tuple(r.id for r in resources))


def asset_needs_investment(index: MapIndex) -> Iterator[Finding]:
    pending = {a.id for a in index.doc.all_assets() if a.status == "needs_investment"}
    if not pending:
        return
    by_asset: dict[str, list[Flow]] = {}
    for flow in index.doc.flows:
        if flow.asset in pending:
            by_asset.setdefault(flow.asset, []).append(flow)
    routines = [r for p in index.doc.partnerships for r in p.routines]
    for asset in index.doc.all_assets():
        if asset.id not in pending:
            continue
        flows = by_asset.get(asset.id, [])
        users = [r for r in routines if r.asset == asset.id]
        if not flows and not users:
            continue
        uses = [_quoted(f.what) if f.what else
                f"{index.end_name(f.source)} \u2192 {index.end_name(f.target)}" for f in flows]
        uses += [_quoted(r.what or r.id) for r in users]
        yield Finding("asset-needs-investment", INFO, translate("Findings",
                "{asset} needs investment, yet sharing relies on it: {uses}. Until it exists this"
                " information has no channel across the organisations; plan the investment, or "
                "agree how to share in the meantime.").format(asset=_quoted(asset.name),
                                                          uses="; ".join(uses)),
            (asset.id, *(f.id for f in flows), *(r.id for r in users)))


def _empty_components(index: MapIndex, part: Partnership) -> list[str]:
    gov = part.governance
    empty = []
    if gov.coordinator is None and not gov.responsibilities and not any(
            text.strip() for text in (gov.leadership_resources, gov.decision_making, gov.review)):
        empty.append("governance")
    if not part.resources:
        empty.append("resources")
    if not part.assets:
        empty.append("assets")
    if not part.routines and not _member_exchanges(index, part):
        empty.append("routines")  # otherwise no-routines, a warning, already says it
    return empty


def _component_text(component: str) -> str:
    """Why an empty component matters, and what to do, in the user's language."""
    texts = {
        "governance": translate("Findings", "Partnership {name} has not described its effective "
                                            "governance (coordinator, leadership resources, "
                                            "decision-making, review, responsibilities). "
                                            "Governance ensures cooperation while keeping "
                                            "coordination costs low: agree who is responsible for"
                                            " what, strategically and operationally."),
        "resources": translate("Findings", "Partnership {name} lists no complementary resources. "
                                           "What binds partners is what each brings \u2014 "
                                           "tangible, intangible or both: record each partner's "
                                           "resources and how they depend on each other."),
        "assets": translate("Findings", "Partnership {name} lists no relational-specific assets. "
                                        "Shared IT systems, databases and meeting places (issue "
                                        "arenas) carry information across organisational "
                                        "boundaries: record those that exist and those that need "
                                        "investment."),
        "routines": translate("Findings", "Partnership {name} has no knowledge-sharing routines. "
                                          "Regular patterns of interaction move co-production "
                                          "beyond experiments: agree what is shared, when, in "
                                          "what form and through which asset."),
    }
    return texts[component]


def component_empty(index: MapIndex) -> Iterator[Finding]:
    for part in index.doc.partnerships:
        for component in _empty_components(index, part):
            yield Finding("component-empty", INFO, _component_text(component).format(
                name=_quoted(part.name)), (part.id,))


PARTNERSHIP_RULES: tuple[Rule, ...] = (
    no_leadership, interdependence_mismatch, no_routines, asset_needs_investment,
    component_empty,
)
