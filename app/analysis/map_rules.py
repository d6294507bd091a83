"""Rules about the service map itself: activities, flows and who informs whom."""

from __future__ import annotations

from typing import Iterator

import networkx as nx

from app import wording
from app.i18n import translate

from .finding import INFO, WARNING, Finding, Rule
from .graphs import MapIndex, actor_graph


#: A coordination bottleneck carries more than this share of the paths between the others …
BOTTLENECK_SHARE = 0.5
#: … and at least this many times the betweenness of the next actor.
BOTTLENECK_RATIO = 2.0
#: Fewer actors exchanging information than this cannot have a meaningful bottleneck.
BOTTLENECK_MIN_ACTORS = 4


def no_co_production(index: MapIndex) -> Iterator[Finding]:
    activities = index.doc.activities
    if activities and not any(a.co_produced for a in activities):
        yield Finding("no-co-production", WARNING, translate("Findings",
                "No activity in this map is done with citizens, so the process does not count as "
                "co-production yet. Mark the activities that are co-commissioned, co-designed, "
                "co-delivered or co-evaluated with citizens (the asterisk), or consider where "
                "citizens could take part."))


def _consent_texts() -> tuple[dict[str, str], str, str, str]:
    """The words of a consent-missing finding: consent states, the two messages, the advice."""
    states = {"missing": wording.consent_word("missing"),
              "unknown": translate("Findings", "not recorded")}
    named = translate("Findings", "\u201c{what}\u201d from {source} to {target} carries "
                                  "personal data, but the consent is {state}.")
    unnamed = translate("Findings", "The information flow from {source} to {target} carries "
                                    "personal data, but the consent is {state}.")
    advice = " " + translate("Findings",
            "Information about a citizen is shared only with the citizen's or guardian's "
            "permission: obtain and record consent before sharing, or mark the flow as not "
            "needing it if no one can be identified.")
    return states, named, unnamed, advice


def consent_missing(index: MapIndex) -> Iterator[Finding]:
    texts = None  # translated once, when the first finding needs them
    for flow in index.information_flows():
        if not flow.personal_data or flow.consent not in ("missing", "unknown"):
            continue
        states, named, unnamed, advice = texts = texts or _consent_texts()
        text = (named if flow.what else unnamed).format(
            what=flow.what, source=index.end_name(flow.source),
            target=index.end_name(flow.target), state=states[flow.consent])
        yield Finding("consent-missing", WARNING, text + advice, (flow.id,))


def uninformed_actor(index: MapIndex) -> Iterator[Finding]:
    performers: dict[str, str] = {}
    for activity in index.doc.activities:
        performers.setdefault(activity.actor, activity.title or activity.id)
    informed = {target for _, target in index.actor_pairs(information=True)}
    for actor in index.doc.actors:
        if actor.id not in performers or actor.id in informed:
            continue
        yield Finding("uninformed-actor", WARNING, translate("Findings",
                "{actor} performs activities (such as \u201c{activity}\u201d) but receives no "
                "information from any other actor \u2014 a structural hole in the service "
                "process. Ask what {actor} needs to know, and when, to deliver what is expected, "
                "and draw those information flows.").format(actor=index.actor_name(actor.id),
                                               activity=performers[actor.id]), (actor.id,))


def isolated_activity(index: MapIndex) -> Iterator[Finding]:
    activities = index.doc.activities
    if len(activities) < 2:
        return
    connected = {flow.source for flow in index.doc.flows}
    connected.update(flow.target for flow in index.doc.flows)
    text = translate("Findings",
            "Activity {activity} has no flow in or out, so the map does not say what it "
            "builds on or whom it informs. Connect it to the process with a sequence or "
            "information flow, or remove it if it is not part of this service.")
    for activity in activities:
        if activity.id not in connected:
            yield Finding("isolated-activity", INFO,
                          text.format(activity=index.end_name(activity.id)), (activity.id,))


def flow_without_asset(index: MapIndex) -> Iterator[Finding]:
    unnamed = translate("Findings", "Information")
    text = translate("Findings",
            "{what} goes from {source} to {target} across organisational boundaries without a"
            " relational-specific asset. Name the shared IT system, database, device or "
            "meeting place (issue arena) it passes through, or plan one.")
    for flow, (source, target) in zip(*index.ends(information=True)):
        if flow.asset is not None or index.party_of(source) == index.party_of(target):
            continue
        what = f"\u201c{flow.what}\u201d" if flow.what else unnamed
        yield Finding("flow-without-asset", INFO, text.format(
            what=what, source=index.end_name(flow.source), target=index.end_name(flow.target)),
            (flow.id,))


def _path_shares(graph: nx.DiGraph, between: dict[str, float]) -> dict[str, float]:
    """For each actor: the share of the information paths between the *other* actors that
    pass through it (betweenness divided by the number of connected pairs without it)."""
    reach = {node: nx.descendants(graph, node) for node in graph}
    total = sum(len(r) for r in reach.values())
    reached_by = {node: 0 for node in graph}
    for targets in reach.values():
        for target in targets:
            reached_by[target] += 1
    shares = {}
    for node in graph:
        pairs = total - len(reach[node]) - reached_by[node]
        shares[node] = between[node] / pairs if pairs else 0.0
    return shares


def coordination_bottleneck(index: MapIndex) -> Iterator[Finding]:
    graph = actor_graph(index.doc, index)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if graph.number_of_nodes() < BOTTLENECK_MIN_ACTORS:
        return
    between = nx.betweenness_centrality(graph, normalized=False)
    ranked = sorted(between, key=between.get, reverse=True)
    top, second = ranked[0], between[ranked[1]]
    share = _path_shares(graph, between)[top]
    if share <= BOTTLENECK_SHARE or between[top] < BOTTLENECK_RATIO * second:
        return
    name = index.actor_name(top)
    text = translate("Findings", "{actor} carries {share}% of the information paths between the "
                                 "other actors; if it is busy or away, information stops \u2014 a"
                                 " coordination bottleneck.")
    text = text.format(actor=name, share=round(share * 100))
    coordinated = [p.name for p in index.doc.partnerships if p.governance.coordinator == top]
    if coordinated:
        advice = translate("Findings", "As coordinator of {partnership} this may be intended: "
                                       "make sure its leadership resources match the load, and "
                                       "consider direct flows between partners who depend on each"
                                       " other.")
    else:
        advice = translate("Findings", "Consider direct flows between the partners who depend on "
                                       "each other, or give {actor} the leadership resources of a"
                                       " coordinator.")
    advice = advice.format(actor=name, partnership=f"\u201c{coordinated[0]}\u201d"
                           if coordinated else "")
    yield Finding("coordination-bottleneck", INFO, text + " " + advice, (top,))


MAP_RULES: tuple[Rule, ...] = (
    no_co_production, consent_missing, uninformed_actor, isolated_activity,
    flow_without_asset, coordination_bottleneck,
)
