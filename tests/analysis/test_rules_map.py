"""Rules about the map: each raised by a minimal map and not by a near-identical one."""

from mapkit import act, actor, codes, info, make, only, seq

from app.analysis import analyze


def test_no_co_production_raised_when_no_activity_is_done_with_citizens():
    doc = make([actor("a")], [act("s1", "a"), act("s2", "a")], [seq("f1", "s1", "s2")])
    found = only(analyze(doc), "no-co-production")
    assert len(found) == 1 and found[0].severity == "warning" and found[0].subjects == ()
    assert "co-production" in found[0].message


def test_no_co_production_quiet_with_one_co_produced_activity_or_none_at_all():
    doc = make([actor("a")], [act("s1", "a"), act("s2", "a", co=True)], [seq("f1", "s1", "s2")])
    assert "no-co-production" not in codes(analyze(doc))
    assert analyze(make([actor("a")])) == []


def _consent_map(**flow_fields):
    return make([actor("a", "Kommune"), actor("c", "Café", kind="private")],
                [act("s1", "a", co=True, title="Afklaring"), act("s2", "c")],
                [info("f1", "s1", "c", what="Behov", asset=None, **flow_fields),
                 seq("f2", "s1", "s2")])


def test_consent_missing_for_personal_data_with_unknown_or_missing_consent():
    for consent in ("unknown", "missing"):
        found = only(analyze(_consent_map(personal_data=True, consent=consent)), "consent-missing")
        assert [f.subjects for f in found] == [("f1",)]
        assert "\u201cBehov\u201d" in found[0].message and "Café" in found[0].message
        assert "permission" in found[0].message


def test_consent_quiet_when_obtained_not_needed_or_no_personal_data():
    for fields in ({"personal_data": True, "consent": "obtained"},
                   {"personal_data": True, "consent": "not_needed"},
                   {"personal_data": False, "consent": "unknown"}):
        assert "consent-missing" not in codes(analyze(_consent_map(**fields)))


def _two_lanes(flows):
    return make([actor("a", "Ann"), actor("b", "Bo")],
                [act("s1", "a", co=True), act("s2", "b")], flows)


def test_uninformed_actor_is_the_one_nobody_informs():
    found = only(analyze(_two_lanes([info("f1", "s1", "b")])), "uninformed-actor")
    assert [f.subjects for f in found] == [("a",)]
    assert "Ann" in found[0].message and "structural hole" in found[0].message


def test_uninformed_actor_quiet_when_informed_at_an_activity_in_its_lane():
    doc = _two_lanes([info("f1", "s1", "b"), info("f2", "s2", "s1")])
    assert "uninformed-actor" not in codes(analyze(doc))


def test_information_an_actor_sends_itself_does_not_inform_it():
    doc = make([actor("a", "Ann"), actor("b", "Bo")],
               [act("s1", "a", co=True), act("s3", "a"), act("s2", "b")],
               [info("f1", "s1", "b"), info("f2", "s2", "a"), info("f3", "s1", "s3")])
    assert "uninformed-actor" not in codes(analyze(doc))
    doc = make([actor("a", "Ann"), actor("b", "Bo")],
               [act("s1", "a", co=True), act("s3", "a"), act("s2", "b")],
               [info("f1", "s1", "b"), info("f3", "s1", "s3")])
    assert [f.subjects for f in only(analyze(doc), "uninformed-actor")] == [("a",)]


def test_actor_without_activities_is_not_uninformed():
    doc = make([actor("a"), actor("b"), actor("x")], [act("s1", "a", co=True), act("s2", "b")],
               [info("f1", "s1", "s2"), info("f2", "s2", "s1")])
    assert "uninformed-actor" not in codes(analyze(doc))


def test_isolated_activity_has_no_flow_in_or_out():
    doc = make([actor("a")], [act("s1", "a", co=True), act("s2", "a"), act("s3", "a", title="Alone")],
               [seq("f1", "s1", "s2")])
    found = only(analyze(doc), "isolated-activity")
    assert [f.subjects for f in found] == [("s3",)] and found[0].severity == "info"
    assert "\u201cAlone\u201d" in found[0].message


def test_isolated_activity_quiet_when_connected_or_alone_in_the_map():
    doc = make([actor("a")], [act("s1", "a", co=True), act("s2", "a"), act("s3", "a")],
               [seq("f1", "s1", "s2"), info("f2", "s3", "a")])
    assert "isolated-activity" not in codes(analyze(doc))
    assert "isolated-activity" not in codes(analyze(make([actor("a")], [act("s1", "a", co=True)])))


def _boundary_map(target: str, asset: str | None, with_asset: bool = True):
    parts = [{"id": "p", "name": "P", "assets": [{"id": "as-1", "name": "Kalender"}]}]
    return make([actor("k", "Kommune"), actor("w", "Sagsbehandler", organization="k"),
                 actor("c", "Café", kind="private")],
                [act("s1", "w", co=True), act("s2", "c"), act("s3", "k")],
                [info("f1", "s1", target, asset=asset), seq("f2", "s1", "s2"), seq("f3", "s2", "s3")],
                parts if with_asset else [])


def test_flow_without_asset_across_organisations():
    found = only(analyze(_boundary_map("c", None)), "flow-without-asset")
    assert [f.subjects for f in found] == [("f1",)]
    assert "Sagsbehandler" in found[0].message and "Café" in found[0].message


def test_flow_without_asset_quiet_with_an_asset_or_inside_one_organisation():
    assert "flow-without-asset" not in codes(analyze(_boundary_map("c", "as-1")))
    # the case worker belongs to the municipality: no organisational boundary
    assert "flow-without-asset" not in codes(analyze(_boundary_map("k", None)))


def test_a_citizen_is_their_own_party_even_with_an_organization():
    doc = make([actor("k", "Kommune"), actor("b", "Borger", kind="citizen", organization="k")],
               [act("s1", "b", co=True), act("s2", "k")],
               [info("f1", "s1", "k"), seq("f2", "s1", "s2")])
    assert [f.subjects for f in only(analyze(doc), "flow-without-asset")] == [("f1",)]


def _star(extra=()):
    """Hub h passes everything between a, b (who inform it) and c, d (whom it informs)."""
    actors = [actor(x, name) for x, name in
              (("h", "Hub"), ("a", "Ann"), ("b", "Bo"), ("c", "Cy"), ("d", "Di"))]
    activities = [act(f"s{x}", x, co=True) for x in "habcd"]
    flows = [info("f1", "sa", "h"), info("f2", "sb", "h"), info("f3", "sh", "c"),
             info("f4", "sh", "d"), *extra]
    return make(actors, activities, flows)


def test_coordination_bottleneck_is_the_hub():
    found = only(analyze(_star()), "coordination-bottleneck")
    assert [f.subjects for f in found] == [("h",)] and found[0].severity == "info"
    assert "Hub" in found[0].message and "100%" in found[0].message


def test_no_bottleneck_when_partners_also_inform_each_other_directly():
    direct = [info(f"g{i}", f"s{u}", v) for i, (u, v) in
              enumerate([("a", "c"), ("a", "d"), ("b", "c"), ("b", "d")])]
    assert "coordination-bottleneck" not in codes(analyze(_star(direct)))


def test_no_bottleneck_in_a_chain_where_two_actors_carry_alike():
    doc = make([actor(x) for x in "abcd"], [act(f"s{x}", x, co=True) for x in "abcd"],
               [info("f1", "sa", "b"), info("f2", "sb", "c"), info("f3", "sc", "d")])
    assert "coordination-bottleneck" not in codes(analyze(doc))


def test_no_bottleneck_with_three_actors():
    doc = make([actor(x) for x in "abc"], [act(f"s{x}", x, co=True) for x in "abc"],
               [info("f1", "sa", "b"), info("f2", "sb", "c")])
    assert "coordination-bottleneck" not in codes(analyze(doc))
