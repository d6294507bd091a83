"""Rules about partnerships: each raised by a minimal map and not by a near-identical one."""

from mapkit import act, actor, codes, full_partnership, info, make, only, partnership, seq

from app.analysis import analyze

ACTORS = [actor("k", "Kommune"), actor("w", "Sagsbehandler", organization="k"),
          actor("c", "Café", kind="private"), actor("v", "Forening", kind="voluntary")]
ACTIVITIES = [act("sk", "k", co=True), act("sw", "w"), act("sc", "c"), act("sv", "v")]


def _map(flows, **overrides):
    return make(ACTORS, ACTIVITIES, flows, [full_partnership(["k", "c", "v"], **overrides)])


def test_full_partnership_has_no_partnership_findings():
    found = analyze(_map([info("f1", "sk", "c", asset="as-1"), info("f2", "sc", "k", asset="as-1")]))
    assert not {"no-leadership", "no-routines", "component-empty", "interdependence-mismatch",
                "asset-needs-investment"} & set(codes(found))


def test_no_leadership_without_coordinator():
    doc = _map([], governance={"leadership_resources": "Time"})
    found = only(analyze(doc), "no-leadership")
    assert [f.subjects for f in found] == [("p",)] and "coordinator" in found[0].message


def test_no_leadership_without_leadership_resources_names_the_coordinator():
    doc = _map([], governance={"coordinator": "k", "leadership_resources": "  "})
    found = only(analyze(doc), "no-leadership")
    assert [f.subjects for f in found] == [("p",)]
    assert "Kommune" in found[0].message and "structural holes" in found[0].message


def test_no_routines_when_members_exchange_information():
    doc = _map([info("f1", "sw", "c", asset="as-1")], routines=[])
    found = only(analyze(doc), "no-routines")
    assert [f.subjects for f in found] == [("p",)]
    assert "Sagsbehandler" in found[0].message  # the case worker speaks for the municipality
    # no-routines already says the routines component is empty
    assert all("knowledge-sharing routines" not in f.message
               for f in only(analyze(doc), "component-empty"))


def test_no_routines_quiet_with_a_routine_or_without_exchange_between_members():
    assert "no-routines" not in codes(analyze(_map([info("f1", "sw", "c", asset="as-1")])))
    doc = make(ACTORS, ACTIVITIES, [info("f1", "sk", "w")],  # inside one member organisation
               [full_partnership(["k", "c"], routines=[])])
    assert "no-routines" not in codes(analyze(doc))
    doc = make(ACTORS, ACTIVITIES, [info("f1", "sk", "v")],  # v is not a member
               [full_partnership(["k", "c"], routines=[])])
    assert "no-routines" not in codes(analyze(doc))


def test_component_empty_names_each_empty_component():
    doc = _map([], resources=[], assets=[], routines=[])
    found = only(analyze(doc), "component-empty")
    assert len(found) == 3 and all(f.subjects == ("p",) for f in found)
    text = " ".join(f.message for f in found)
    assert "complementary resources" in text and "relational-specific assets" in text
    assert "knowledge-sharing routines" in text


def test_component_empty_governance():
    doc = make(ACTORS, ACTIVITIES, [], [partnership(members=["k", "c"])])
    found = analyze(doc)
    assert "no-leadership" in codes(found)
    assert any("effective governance" in f.message for f in only(found, "component-empty"))
    doc = make(ACTORS, ACTIVITIES, [], [partnership(members=["k", "c"],
                                                    governance={"review": "Every quarter"})])
    assert not any("effective governance" in f.message
                   for f in only(analyze(doc), "component-empty"))


def _needs_investment(status, used=True):
    flows = [info("f1", "sk", "c", asset="as-2" if used else None)]
    assets = [{"id": "as-1", "name": "Shared calendar"},
              {"id": "as-2", "name": "Borgeroverblik", "status": status}]
    routines = [{"id": "k-1", "what": "Status", "asset": "as-2" if used else None}]
    return _map(flows, assets=assets, routines=routines)


def test_asset_needs_investment_lists_the_asset_and_what_relies_on_it():
    found = only(analyze(_needs_investment("needs_investment")), "asset-needs-investment")
    assert [f.subjects for f in found] == [("as-2", "f1", "k-1")]
    assert "\u201cBorgeroverblik\u201d" in found[0].message


def test_asset_needs_investment_quiet_when_existing_or_unused():
    assert "asset-needs-investment" not in codes(analyze(_needs_investment("existing")))
    assert "asset-needs-investment" not in codes(
        analyze(_needs_investment("needs_investment", used=False)))


def _complementarity(declared, flows, owners=("k", "c")):
    resources = [{"id": "r-a", "owner": owners[0], "name": "Case work"},
                 {"id": "r-b", "owner": owners[1], "name": "Tasks"}]
    comps = [{"resources": ["r-a", "r-b"], "interdependence": declared}]
    return _map(flows, resources=resources, complementarities=comps)


def _mismatch(doc):
    return only(analyze(doc), "interdependence-mismatch")


def test_declared_reciprocal_but_flows_go_one_way():
    found = _mismatch(_complementarity("reciprocal", [info("f1", "sk", "c")]))
    assert [f.subjects for f in found] == [("r-a", "r-b")]
    assert "sequential" in found[0].message and "Kommune \u2192 Café" in found[0].message


def test_flows_both_ways_make_it_reciprocal():
    flows = [info("f1", "sk", "c"), info("f2", "sc", "k")]
    assert _mismatch(_complementarity("reciprocal", flows)) == []
    found = _mismatch(_complementarity("pooled", flows))
    assert "reciprocal" in found[0].message and "most" in found[0].message


def test_no_flow_means_pooled():
    assert _mismatch(_complementarity("pooled", [])) == []
    found = _mismatch(_complementarity("sequential", []))
    assert "pooled" in found[0].message and "no flow" in found[0].message


def test_interdependence_is_read_between_organisations():
    # the case worker's flow to the café and the café's reply to the municipality run both ways
    flows = [info("f1", "sw", "c"), info("f2", "sc", "k")]
    assert _mismatch(_complementarity("reciprocal", flows)) == []


def test_sequence_flows_count_as_hand_overs():
    flows = [seq("f1", "sk", "sc"), info("f2", "sc", "k")]
    assert _mismatch(_complementarity("reciprocal", flows)) == []
    assert _mismatch(_complementarity("sequential", [seq("f1", "sk", "sc")])) == []


def test_owners_in_one_organisation_are_compared_as_actors():
    flows = [info("f1", "sw", "k")]
    assert _mismatch(_complementarity("sequential", flows, owners=("k", "w"))) == []
    found = _mismatch(_complementarity("pooled", flows, owners=("k", "w")))
    assert "Sagsbehandler \u2192 Kommune" in found[0].message


def test_resources_of_one_owner_are_not_judged():
    assert _mismatch(_complementarity("reciprocal", [], owners=("k", "k"))) == []


def test_three_resources_in_a_chain_are_sequential():
    resources = [{"id": "r-a", "owner": "k", "name": "A"}, {"id": "r-b", "owner": "c", "name": "B"},
                 {"id": "r-c", "owner": "v", "name": "C"}]
    comps = [{"resources": ["r-a", "r-b", "r-c"], "interdependence": "sequential"}]
    chain = [info("f1", "sk", "c"), info("f2", "sc", "v")]
    assert _mismatch(_map(chain, resources=resources, complementarities=comps)) == []
    loop = [*chain, info("f3", "sv", "k")]
    found = _mismatch(_map(loop, resources=resources, complementarities=comps))
    assert [f.subjects for f in found] == [("r-a", "r-b", "r-c")]
