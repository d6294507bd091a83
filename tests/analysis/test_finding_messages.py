"""Each finding's message as a user reads it, whole: the panel, the CLI and the PDF show these
words, so a changed name, quote, branch or sentence shows here. And a Danish user reads every
one of them in Danish, not half in English."""

from __future__ import annotations

import re

import pytest
from mapkit import act, actor, info, make, partnership, seq
from test_rules_map import _boundary_map, _consent_map, _star
from test_rules_tell_once import _map as _tell_map
from test_rules_partnership import (ACTIVITIES, ACTORS, _complementarity, _map,
                                    _needs_investment)

from app.analysis import analyze
from app.i18n import set_language

CONSENT = ("Information about a citizen is shared only with the citizen's or guardian's "
           "permission: obtain and record consent before sharing, or mark the flow as not "
           "needing it if no one can be identified.")
NO_ASSET = ("{} goes from {} to {} across organisational boundaries without a "
            "relational-specific asset. Name the shared IT system, database, device or meeting "
            "place (issue arena) it passes through, or plan one.")
LEADERSHIP = ("Without leadership resources for coordinating the partners, structural holes "
              "appear in the service process. Agree who coordinates, and with what time or money.")
BOTTLENECK = ("Hub carries 100% of the information paths between the other actors; if it is busy "
              "or away, information stops \u2014 a coordination bottleneck. ")
MORE = ("The partners depend on each other more than declared, and reciprocal interdependence "
        "needs more coordination (reciprocal the most, pooled the least): plan governance and "
        "routines for it, or correct the declaration.")
LACKS = ("If the resources really depend on each other as declared, the map lacks the flows "
         "that carry this: draw what must pass between the partners, and when; otherwise "
         "declare them {}.")


def _messages(doc, code):
    return [f.message for f in analyze(doc) if f.code == code]


def _unrecorded_consent():
    return make([actor("a", "Kommune"), actor("c", "Café", kind="private")],
                [act("s1", "a", co=True, title="Afklaring"), act("s2", "c")],
                [info("f1", "s1", "c", personal_data=True, consent="unknown"),
                 seq("f2", "s1", "s2")])


def _coordinated_star():
    actors = [actor(x, name) for x, name in
              (("h", "Hub"), ("a", "Ann"), ("b", "Bo"), ("c", "Cy"), ("d", "Di"))]
    flows = [info("f1", "sa", "h"), info("f2", "sb", "h"), info("f3", "sh", "c"),
             info("f4", "sh", "d")]
    return make(actors, [act(f"s{x}", x, co=True) for x in "habcd"], flows, [partnership(
        members=["h", "a"], name="Net", governance={"coordinator": "h"})])


def test_consent_messages_say_what_goes_where_and_what_is_missing():
    assert _messages(_consent_map(personal_data=True, consent="missing"), "consent-missing") == [
        "\u201cBehov\u201d from \u201cAfklaring\u201d (Kommune) to Café carries personal data, but "
        "the consent is missing. " + CONSENT]
    assert _messages(_unrecorded_consent(), "consent-missing") == [
        "The information flow from \u201cAfklaring\u201d (Kommune) to Café carries personal data, "
        "but the consent is not recorded. " + CONSENT]


def test_map_messages_name_the_actors_and_activities():
    messages = [(f.code, f.message) for f in analyze(_star())]
    assert messages[0] == ("uninformed-actor",
                           "Ann performs activities (such as \u201cTask sa\u201d) but receives no "
                           "information from any other actor \u2014 a structural hole in the "
                           "service process. Ask what Ann needs to know, and when, to deliver "
                           "what is expected, and draw those information flows.")
    assert messages[2] == ("isolated-activity",
                           "Activity \u201cTask sc\u201d (Cy) has no flow in or out, so the map "
                           "does not say what it builds on or whom it informs. Connect it to the "
                           "process with a sequence or information flow, or remove it if it is "
                           "not part of this service.")
    assert messages[4] == ("flow-without-asset", NO_ASSET.format(
        "Information", "\u201cTask sa\u201d (Ann)", "Hub"))
    assert messages[-1] == ("coordination-bottleneck", BOTTLENECK + (
        "Consider direct flows between the partners who depend on each other, or give Hub the "
        "leadership resources of a coordinator."))
    assert _messages(_boundary_map("c", None), "flow-without-asset") == [NO_ASSET.format(
        "Information", "\u201cTask s1\u201d (Sagsbehandler)", "Café")]


def test_a_coordinator_bottleneck_is_told_it_may_be_intended():
    assert _messages(_coordinated_star(), "coordination-bottleneck") == [BOTTLENECK + (
        "As coordinator of \u201cNet\u201d this may be intended: make sure its leadership "
        "resources match the load, and consider direct flows between partners who depend on "
        "each other.")]


def test_no_leadership_says_which_part_is_missing():
    assert _messages(_map([], governance={}), "no-leadership") == [
        "Partnership \u201cTeam\u201d has no coordinator and no leadership resources for "
        "coordination. " + LEADERSHIP]
    assert _messages(_map([], governance={"leadership_resources": "Time"}), "no-leadership") == [
        "Partnership \u201cTeam\u201d has leadership resources but no coordinator. " + LEADERSHIP]
    assert _messages(_map([], governance={"coordinator": "k"}), "no-leadership") == [
        "Partnership \u201cTeam\u201d names Kommune as coordinator but no leadership resources "
        "(time or money set aside for coordinating). " + LEADERSHIP]


def test_no_routines_counts_the_exchanges_and_shows_the_first():
    doc = _map([info("f1", "sw", "c"), info("f2", "sc", "v")], routines=[])
    assert _messages(doc, "no-routines") == [
        "Members of partnership \u201cTeam\u201d exchange information (2 flows, such as "
        "\u201cTask sw\u201d (Sagsbehandler) \u2192 Café) but the partnership has no "
        "knowledge-sharing routine. Without a regular pattern of interaction, sharing stays ad "
        "hoc and its benefits superficial. Agree what is shared, when, in what form and through "
        "which asset."]


def test_no_routines_with_one_flow_reads_1_flow_in_every_language():
    doc = _map([info("f1", "sw", "c")], routines=[])
    assert "exchange information (1 flow, such as " in _messages(doc, "no-routines")[0]
    words = {}
    for lang in ("da", "fi"):
        set_language(lang)
        try:
            words[lang] = (_messages(doc, "no-routines")[0],
                           _messages(_map([info("f1", "sw", "c"), info("f2", "sc", "v")],
                                          routines=[]), "no-routines")[0])
        finally:
            set_language("en")
    assert "(1 strøm, fx " in words["da"][0] and "(2 strømme, fx " in words["da"][1]
    assert "(1 virta, esim. " in words["fi"][0] and "(2 virtaa, esim. " in words["fi"][1]


def test_interdependence_messages_give_the_evidence_and_the_advice():
    declared = "\u201cCase work\u201d (Kommune) and \u201cTasks\u201d (Café) are declared "
    assert _messages(_complementarity("sequential", []), "interdependence-mismatch") == [
        declared + "sequential, but the flows between their owners suggest pooled: there is no "
        "flow between Café and Kommune. " + LACKS.format("pooled")]
    one_way = _complementarity("reciprocal", [info("f1", "sk", "c")])
    assert _messages(one_way, "interdependence-mismatch") == [
        declared + "reciprocal, but the flows between their owners suggest sequential: flows go "
        "one way only (Kommune \u2192 Café). " + LACKS.format("sequential")]
    both = _complementarity("pooled", [info("f1", "sk", "c"), info("f2", "sc", "k")])
    assert _messages(both, "interdependence-mismatch") == [
        declared + "pooled, but the flows between their owners suggest reciprocal: flows go both "
        "ways (Kommune \u2192 Café \u2192 Kommune). " + MORE]


def test_an_asset_needing_investment_lists_what_relies_on_it():
    assert _messages(_needs_investment("needs_investment"), "asset-needs-investment") == [
        "\u201cBorgeroverblik\u201d needs investment, yet sharing relies on it: \u201cTask sk\u201d "
        "(Kommune) \u2192 Café; \u201cStatus\u201d. Until it exists this information has no "
        "channel across the organisations; plan the investment, or agree how to share in the "
        "meantime."]


def test_each_empty_component_gets_its_own_reason():
    doc = make(ACTORS, ACTIVITIES, [], [partnership(members=["k", "c"])])
    assert _messages(doc, "component-empty") == [
        "Partnership \u201cTeam\u201d has not described its effective governance (coordinator, "
        "leadership resources, decision-making, review, responsibilities). Governance ensures "
        "cooperation while keeping coordination costs low: agree who is responsible for what, "
        "strategically and operationally.",
        "Partnership \u201cTeam\u201d lists no complementary resources. What binds partners is "
        "what each brings \u2014 tangible, intangible or both: record each partner's resources "
        "and how they depend on each other.",
        "Partnership \u201cTeam\u201d lists no relational-specific assets. Shared IT systems, "
        "databases and meeting places (issue arenas) carry information across organisational "
        "boundaries: record those that exist and those that need investment.",
        "Partnership \u201cTeam\u201d has no knowledge-sharing routines. Regular patterns of "
        "interaction move co-production beyond experiments: agree what is shared, when, in what "
        "form and through which asset."]


# -- in Danish ---------------------------------------------------------------------------------
def _every_kind_of_message():
    return [_consent_map(personal_data=True, consent="missing"), _unrecorded_consent(), _star(),
            _coordinated_star(), _map([], governance={}),
            _map([], governance={"leadership_resources": "Time"}),
            _map([], governance={"coordinator": "k"}),
            _map([info("f1", "sw", "c"), info("f2", "sc", "v")], routines=[]),
            _complementarity("sequential", []),
            _complementarity("reciprocal", [info("f1", "sk", "c")]),
            _complementarity("pooled", [info("f1", "sk", "c"), info("f2", "sc", "k")]),
            _needs_investment("needs_investment"),
            make(ACTORS, ACTIVITIES, [], [partnership(members=["k", "c"])]),
            make([actor("a")], [act("s1", "a"), act("s2", "a")], [seq("f1", "s1", "s2")]),
            _tell_map([info("f1", "s1", "s2", what="Behov"), info("f2", "s1", "s3", what="behov")]),
            make([actor("c", "Maja", kind="citizen"), actor("k", "Café")],
                 partnerships=[partnership(members=["c", "k"],
                                           reflections=[{"date": "2026-11-01"}])])]


SEVERITY = {"no-co-production": "warning", "consent-missing": "warning",
            "uninformed-actor": "warning", "no-leadership": "warning",
            "interdependence-mismatch": "warning", "no-routines": "warning",
            "tell-us-once": "warning", "isolated-activity": "info", "flow-without-asset": "info",
            "asset-needs-investment": "info", "component-empty": "info",
            "coordination-bottleneck": "info", "no-local-learning": "info"}


def test_each_finding_has_the_severity_of_its_code():
    found = {(f.code, f.severity) for doc in _every_kind_of_message() for f in analyze(doc)}
    assert found == set(SEVERITY.items())


@pytest.fixture
def both_languages():
    docs = _every_kind_of_message()
    english = [analyze(doc) for doc in docs]
    set_language("da")
    try:
        danish = [analyze(doc) for doc in docs]
    finally:
        set_language("en")
    return [pair for en, da in zip(english, danish) for pair in zip(en, da)]


#: English words no Danish message has (the maps' names hold none of them)
ENGLISH = re.compile(r"\b(the|from|carries|but|and|with|without|has|have|is|are|of|no|not|its|"
                     r"this|that|which|who|between|across|performs|receives|goes|gives|"
                     r"needs|names|lists|Partnership|Activity|Members)\b")


def test_a_danish_user_reads_no_english_in_any_finding(both_languages):
    assert {en.code for en, _da in both_languages} == set(SEVERITY)
    for en, da in both_languages:
        assert (en.code, en.subjects) == (da.code, da.subjects)
        assert ENGLISH.findall(en.message)
        assert not ENGLISH.findall(da.message), (da.code, da.message)


def test_danish_words_inside_the_messages():
    set_language("da")
    try:
        consent = _messages(_consent_map(personal_data=True, consent="missing"), "consent-missing")
        unknown = _messages(_unrecorded_consent(), "consent-missing")
        kinds = [_messages(_complementarity(declared, flows), "interdependence-mismatch")[0]
                 for declared, flows in (
                     ("sequential", []), ("pooled", [info("f1", "sk", "c")]),
                     ("reciprocal", [info("f1", "sk", "c")]),
                     ("pooled", [info("f1", "sk", "c"), info("f2", "sc", "k")]))]
    finally:
        set_language("en")
    assert "mangler" in consent[0] and "ikke registreret" in unknown[0]
    assert "sekventiel" in kinds[0] and "samlet" in kinds[0]
    assert "der er ingen strøm mellem" in kinds[0]
    assert "samlet" in kinds[1] and "sekventiel" in kinds[1]
    assert "gensidig" in kinds[2] and "strømmene går kun én vej (Kommune \u2192 Café)" in kinds[2]
    assert "gensidig" in kinds[3] and "strømmene går begge veje (" in kinds[3]
