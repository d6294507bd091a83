"""Edges of the analysis a user would notice: the words of the last messages, who counts as a
member or as having learnt, what a finding's badge and title are, and the activity graph the
GraphML export writes."""

from __future__ import annotations

from mapkit import act, actor, codes, info, make, only, partnership, seq
from test_rules_tell_once import _map as _tell_map

from app.analysis import analyze, need_to_know
from app.analysis.findings import Finding, by_subject
from app.analysis.graphs import activity_graph
from app.analysis.titles import TITLES, finding_title
from app.analysis.whatif import what_if
from app.i18n import set_language


def test_no_co_production_message_whole():
    doc = make([actor("a")], [act("s1", "a"), act("s2", "a")], [seq("f1", "s1", "s2")])
    assert [f.message for f in only(analyze(doc), "no-co-production")] == [
        "No activity in this map is done with citizens, so the process does not count as "
        "co-production yet. Mark the activities that are co-commissioned, co-designed, "
        "co-delivered or co-evaluated with citizens (the asterisk), or consider where citizens "
        "could take part."]


def test_tell_us_once_names_two_or_three_organisations():
    two = _tell_map([info("f1", "s1", "s2", what=" Behov "), info("f2", "s1", "s3", what="behov")])
    three = _tell_map([info("f1", "s1", "s2", what="Behov"), info("f2", "s1", "s3", what="behov"),
                       info("f3", "s1", "x", what="BEHOV")],
                      extra_actors=[actor("x", "Jobcenter")])
    advice = ("Citizens should have to tell a piece of information once: partners who each ask "
              "again add to the citizen's burden and keep the organisations' pictures apart. "
              "With the citizen's consent, share it through a relational-specific asset (a "
              "shared database, IT system or meeting) instead.")
    assert [f.message for f in only(analyze(two), "tell-us-once")] == [
        "Maja gives \u201cBehov\u201d separately to Aalborg Kommune and Café Kant. " + advice]
    assert [f.message for f in only(analyze(three), "tell-us-once")] == [
        "Maja gives \u201cBehov\u201d separately to Aalborg Kommune, Café Kant and Jobcenter. "
        + advice]


LEARNERS = [actor("m", "Aalborg Kommune"), actor("w", "Sagsbehandler", organization="m"),
            actor("t", "Team Nord", organization="w"), actor("k", "Café Kant", kind="private")]


def _learning(*local):
    return make(LEARNERS, partnerships=[partnership(
        members=["m", "k"], reflections=[{"date": "2026-11-01", "local": list(local)}])])


def test_no_local_learning_message_whole():
    found = only(analyze(_learning({"actor": "m", "adaptation": "Ny rutine"})),
                 "no-local-learning")
    assert [f.message for f in found] == [
        "Café Kant has not recorded in the reflection log of partnership \u201cTeam\u201d what it "
        "changes in its own routines and information flows. Partners learn at two levels: "
        "together as a partnership, and each at home, adapting local work so that it supports "
        "the collaboration. Add Café Kant's local adaptation to the next reflection entry."]


def test_a_team_two_levels_down_learns_for_its_organisation_after_a_blank_note():
    doc = _learning({"actor": "w", "adaptation": " "}, {"actor": "t", "adaptation": "Ny plan"},
                    {"actor": "k", "adaptation": "Fast kontakt"})
    assert "no-local-learning" not in codes(analyze(doc))


def _members_map(flows):
    actors = [*LEARNERS, actor("v", "Forening", kind="voluntary")]
    acts = [act("sm", "m", co=True), act("st", "t"), act("sk", "k"), act("sv", "v")]
    return make(actors, acts, flows, [partnership(
        members=["m", "k"], governance={"coordinator": "m", "leadership_resources": "Tid"},
        resources=[{"id": "r-1", "owner": "m", "name": "Viden"}],
        assets=[{"id": "as-1", "name": "Kalender"}])])


def test_a_team_two_levels_down_exchanges_for_its_organisation():
    found = only(analyze(_members_map([info("f1", "st", "k")])), "no-routines")
    assert [f.subjects for f in found] == [("p",)]
    assert "such as \u201cTask st\u201d (Team Nord) \u2192 Café Kant)" in found[0].message


def test_hand_overs_between_members_are_no_exchange_of_information():
    doc = _members_map([seq("f1", "st", "sk"), info("f2", "sv", "k")])
    assert "no-routines" not in codes(analyze(doc))
    assert any("has no knowledge-sharing routines" in f.message
               for f in only(analyze(doc), "component-empty"))


def test_need_to_know_rows_after_an_actor_informs_itself():
    doc = make([actor("k", "Kommune"), actor("c", "Café", kind="private")],
               [act("s1", "k", co=True), act("s2", "k"), act("s3", "c")],
               [info("f1", "s1", "s2"), info("f2", "s1", "s3", what="Plan")])
    rows = need_to_know(doc)
    assert [(r["actor"], r["name"], r["organization_name"]) for r in rows] == [
        ("k", "Kommune", "Kommune"), ("c", "Café", "Café")]
    assert [(r["flow"], r["what"], r["asset_name"]) for r in rows[1]["receives"]] == [
        ("f2", "Plan", None)]


def test_removing_one_of_two_partnerships_reports_the_other():
    doc = make([actor("a", "Ann"), actor("b", "Bo")], [act("s1", "a", co=True)], [],
               [partnership("p1", ["a"], name="One"),
                partnership("p2", ["a", "b"], name="Two")])
    effects = what_if(doc, "p1").partnership_effects
    assert effects == []
    assert what_if(doc, "b").partnership_effects == [
        {"partnership": "p2", "what": "member", "id": "b"}]


def test_a_badge_lists_each_finding_once_per_element():
    first = Finding("tell-us-once", "warning", "twice", ("f1", "f2", "f1"))
    second = Finding("isolated-activity", "info", "alone", ("f2",))
    assert by_subject([first, second]) == {"f1": [first], "f2": [first, second]}
    assert by_subject([]) == {}


def test_every_finding_has_a_title_in_english_and_danish():
    codes_ = sorted(TITLES)
    english = [finding_title(c) for c in codes_]
    assert finding_title("consent-missing") == "Personal data without consent"
    assert finding_title("tell-us-once") == "Citizen asked for the same twice"
    assert finding_title("something-new") == "something-new"
    set_language("da")
    try:
        danish = [finding_title(c) for c in codes_]
    finally:
        set_language("en")
    assert all(d != e for d, e in zip(danish, english)), list(zip(codes_, danish))
    assert len(codes_) == 13


def test_the_activity_graph_holds_activities_and_flows_between_them():
    doc = make([actor("a", "Ann"), actor("b", "Bo")],
               [act("s1", "a", co=True), act("s2", "b"), act("s3", "b")],
               [seq("f1", "s1", "s2"), info("f2", "s2", "s1"), info("f3", "s1", "b"),
                info("f4", "s2", "s1")])
    graph = activity_graph(doc)
    assert list(graph.nodes(data=True)) == [("s1", {"actor": "a", "co_produced": True}),
                                            ("s2", {"actor": "b", "co_produced": False}),
                                            ("s3", {"actor": "b", "co_produced": False})]
    assert list(graph.edges(keys=True, data=True)) == [
        ("s1", "s2", "f1", {"kind": "sequence"}), ("s2", "s1", "f2", {"kind": "information"}),
        ("s2", "s1", "f4", {"kind": "information"})]
