"""Tell us once: raised by a citizen giving the same information to two organisations, and
not by its near misses."""

from mapkit import act, actor, codes, info, make, only

from app.analysis import analyze


def _map(flows, extra_actors=()):
    return make([actor("c", "Maja", kind="citizen"), actor("m", "Aalborg Kommune"),
                 actor("w", "Sagsbehandler", organization="m"),
                 actor("k", "Café Kant", kind="private"), *extra_actors],
                [act("s1", "c", co=True, title="Fortæller"), act("s2", "m"), act("s3", "k"),
                 act("s4", "w")], flows)


def test_same_information_to_two_organisations_is_raised_with_the_flows_as_subjects():
    doc = _map([info("f1", "s1", "s2", what="Ønsker og behov"),
                info("f2", "c", "s3", what="ønsker  og Behov "),
                info("f3", "s1", "k", what="Adresse")])
    found = only(analyze(doc), "tell-us-once")
    assert [f.subjects for f in found] == [("f1", "f2")]
    assert found[0].severity == "warning"
    message = found[0].message
    assert "Maja" in message and "\u201cØnsker og behov\u201d" in message
    assert "Aalborg Kommune" in message and "Café Kant" in message
    assert "consent" in message and "relational-specific asset" in message


def test_accents_do_not_tell_pieces_of_information_apart():
    doc = _map([info("f1", "s1", "s2", what="Café-ønsker"), info("f2", "s1", "s3", what="cafe-ønsker")])
    assert [f.subjects for f in only(analyze(doc), "tell-us-once")] == [("f1", "f2")]


def test_same_information_to_a_case_worker_and_their_municipality_is_not_raised():
    doc = _map([info("f1", "s1", "s2", what="Behov"), info("f2", "s1", "s4", what="behov")])
    assert "tell-us-once" not in codes(analyze(doc))


def test_different_information_to_two_organisations_is_not_raised():
    doc = _map([info("f1", "s1", "s2", what="Behov"), info("f2", "s1", "s3", what="Adresse")])
    assert "tell-us-once" not in codes(analyze(doc))


def test_flows_not_starting_at_the_citizen_or_without_a_what_are_not_raised():
    doc = _map([info("f1", "s2", "s3", what="Behov"), info("f2", "s2", "k", what="Behov"),
                info("f3", "s1", "s2"), info("f4", "s1", "s3")])
    assert "tell-us-once" not in codes(analyze(doc))


def test_two_citizens_each_telling_one_organisation_are_not_raised():
    doc = _map([info("f1", "s1", "s2", what="Behov"), info("f2", "b", "s3", what="Behov")],
               extra_actors=[actor("b", "Bo", kind="citizen")])
    assert "tell-us-once" not in codes(analyze(doc))


def test_tell_us_once_is_reported_with_the_warnings_before_information():
    doc = _map([info("f1", "s1", "s2", what="Behov"), info("f2", "s1", "s3", what="Behov")])
    found = analyze(doc)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s != "warning")
    assert "tell-us-once" in codes(found) and "flow-without-asset" in codes(found)
