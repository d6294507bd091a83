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


# -- a rule goes on past what it skips ---------------------------------------------------------
def test_a_flow_with_an_asset_does_not_hide_the_next_one_without():
    doc = make([actor("k", "Kommune"), actor("c", "Café", kind="private")],
               [act("s1", "k", co=True), act("s2", "c")],
               [info("f1", "s1", "c", asset="as-1"), info("f2", "s2", "k")],
               [{"id": "p", "name": "P", "assets": [{"id": "as-1", "name": "Kalender"}]}])
    assert [f.subjects for f in only(analyze(doc), "flow-without-asset")] == [("f2",)]


def _two_partnerships(first: dict, second: dict, flows=()):
    from mapkit import full_partnership
    actors = [actor("k", "Kommune"), actor("c", "Café", kind="private"),
              actor("v", "Forening", kind="voluntary")]
    acts = [act("sk", "k", co=True), act("sc", "c"), act("sv", "v")]
    one = full_partnership(["k", "c"], **first)
    two = full_partnership(["k", "v"], **second)
    two.update(id="p2", name="Two")
    for part in (one, two):
        for key in ("resources", "assets", "routines"):
            for item in part.get(key, []):
                item["id"] = f"{part['id']}-{item['id']}"
        for comp in part.get("complementarities", []):
            comp["resources"] = [f"{part['id']}-{r}" for r in comp["resources"]]
    return make(actors, acts, list(flows), [one, two])


def test_partnership_rules_go_on_to_the_second_partnership():
    doc = _two_partnerships({}, {"governance": {"coordinator": "v"}})
    assert [f.subjects for f in only(analyze(doc), "no-leadership")] == [("p2",)]
    doc = _two_partnerships({}, {"routines": []}, [info("f1", "sk", "v"), info("f2", "sk", "c")])
    assert [f.subjects for f in only(analyze(doc), "no-routines")] == [("p2",)]
    resources = [{"id": "r-a", "owner": "k", "name": "A"}, {"id": "r-b", "owner": "v", "name": "B"}]
    doc = _two_partnerships({}, {"resources": resources, "complementarities": [
        {"resources": ["r-a", "r-b"], "interdependence": "reciprocal"}]})
    assert [f.subjects for f in only(analyze(doc), "interdependence-mismatch")] == [
        ("p2-r-a", "p2-r-b")]


def test_an_unused_asset_needing_investment_does_not_hide_one_a_routine_relies_on():
    doc = _two_partnerships(
        {"assets": [{"id": "as-1", "name": "Nothing yet", "status": "needs_investment"}]},
        {"assets": [{"id": "as-1", "name": "Borgeroverblik", "status": "needs_investment"}],
         "routines": [{"id": "k-1", "what": "Status", "asset": "p2-as-1"},
                      {"id": "k-2", "asset": "p2-as-1"}]})
    found = only(analyze(doc), "asset-needs-investment")
    assert [f.subjects for f in found] == [("p2-as-1", "p2-k-1", "p2-k-2")]
    assert "relies on it: \u201cStatus\u201d; \u201cp2-k-2\u201d." in found[0].message


def test_a_citizen_member_does_not_hide_the_organisations_after_it():
    doc = make([actor("c", "Maja", kind="citizen"), actor("k", "Café")],
               partnerships=[partnership(members=["c", "k"],
                                         reflections=[{"date": "2026-11-01"}])])
    assert [f.subjects for f in only(analyze(doc), "no-local-learning")] == [("p", "k")]


def test_tell_us_once_counts_information_given_not_hand_overs_nor_citizens():
    hand_over = {"id": "f0", "kind": "sequence", "source": "s1", "target": "s3", "what": "Behov"}
    to_citizen = info("f1", "s1", "x", what="Behov")
    once = _tell_map([hand_over, to_citizen, info("f2", "s1", "s2", what="Behov")],
                     extra_actors=[actor("x", "Ven", kind="citizen")])
    assert "tell-us-once" not in codes(analyze(once))
    twice = _tell_map([info("f9", "s1", "s2", what="Adresse"), to_citizen,
                       info("f2", "s1", "s2", what="Behov"), info("f3", "s1", "s3", what="Behov")],
                      extra_actors=[actor("x", "Ven", kind="citizen")])
    assert [f.subjects for f in only(analyze(twice), "tell-us-once")] == [("f2", "f3")]


def test_evidence_names_owners_by_name_and_lists_each_hand_over():
    from test_rules_partnership import _map as _partner_map
    resources = [{"id": "r-a", "owner": "k", "name": "A"}, {"id": "r-b", "owner": "c", "name": "B"},
                 {"id": "r-c", "owner": "v", "name": "C"}]
    comps = [{"resources": ["r-a", "r-b", "r-c"], "interdependence": "reciprocal"}]
    chain = [info("f1", "sk", "c"), info("f2", "sc", "v")]
    [found] = only(analyze(_partner_map(chain, resources=resources, complementarities=comps)),
                   "interdependence-mismatch")
    assert "flows go one way only (Kommune \u2192 Café, Café \u2192 Forening)" in found.message
    comps[0]["interdependence"] = "sequential"
    [found] = only(analyze(_partner_map([], resources=resources, complementarities=comps)),
                   "interdependence-mismatch")
    assert "there is no flow between Café, Forening and Kommune." in found.message


def test_the_what_if_lists_point_at_their_elements():
    from app.analysis.whatif import sections
    doc = make([actor("a", "Ann")], [act("s1", "a", co=True), act("s2", "a")],
               [seq("f1", "s1", "s2")])
    result = what_if(doc, "s1")
    assert [(heading, [i for i, _line in lines]) for heading, lines in sections(doc, result)] == [
        ("Flows lost", ["f1"]), ("Activities left without any flow", ["s2"]),
        ("Co-produced activities lost", ["s1"]), ("Findings that would appear", [""])]
