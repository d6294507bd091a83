"""The document as graphs, as the rules and exports read them: who informs whom (with the
flows that say so), which organisation an actor counts for, and how actors are named."""

from __future__ import annotations

from mapkit import act, actor, info, make, seq

from app.analysis import analyze
from app.analysis.graphs import MapIndex, actor_graph, party_graph


def _doc():
    return make([actor("m", "Kommune"), actor("w", "Social worker", organization="m"),
                 actor("k", "Café"), actor("c", "Maja", kind="citizen", organization="m")],
                [act("s1", "w"), act("s2", "k"), act("s3", "c"), act("s4", "m")],
                [info("f1", "s1", "s2"), info("f2", "s4", "s2"), info("f3", "s1", "s2"),
                 seq("f4", "s2", "s3"), info("f5", "s3", "m"), info("f6", "s1", "s4")])


def test_who_informs_whom_lists_the_flows_that_say_so_in_file_order():
    doc = _doc()
    graph = actor_graph(doc)
    assert sorted(graph.nodes) == ["c", "k", "m", "w"]
    assert {(u, v): d["flows"] for u, v, d in graph.edges(data=True)} == {
        ("w", "k"): ["f1", "f3"], ("m", "k"): ["f2"], ("c", "m"): ["f5"], ("w", "m"): ["f6"]}
    assert actor_graph(doc, MapIndex(doc)).edges == graph.edges


def test_organisations_depend_on_each_other_through_all_their_people_flows():
    """A social worker counts for the municipality; the citizen is always their own party."""
    doc = _doc()
    graph = party_graph(doc, MapIndex(doc))
    assert {(u, v): d["flows"] for u, v, d in graph.edges(data=True)} == {
        ("m", "k"): ["f1", "f3", "f2"], ("k", "c"): ["f4"], ("c", "m"): ["f5"]}
    by_actor = party_graph(doc, MapIndex(doc), by_party=False)
    assert ("w", "m") in by_actor.edges and ("m", "k") in by_actor.edges


def test_a_circle_of_organisations_in_a_file_still_gives_every_actor_a_party():
    """Two actors each naming the other as their organisation (a file may say so) must not
    hang the analysis; each still counts for one of the two."""
    doc = make([actor("a", organization="b"), actor("b", organization="a"),
                actor("e", organization="a")], [act("s1", "a"), act("s2", "e")],
               [info("f1", "s1", "s2")])
    index = MapIndex(doc)
    assert {index.party_of(x) for x in "abe"} <= {"a", "b"}
    assert isinstance(analyze(doc), list)


def test_actors_are_named_by_name_else_by_id():
    doc = make([actor("m", "Kommune"), {"id": "x", "name": "", "kind": "public"}])
    index = MapIndex(doc)
    assert [index.actor_name(a) for a in ("m", "x", "gone", None)] == ["Kommune", "x", "gone", "?"]
    assert index.party_of(None) is None
