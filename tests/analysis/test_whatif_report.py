"""The what-if report as a user reads it (``oppspace whatif`` and the editor's panel): every
line, in English and in Danish, and the JSON ``whatif --json`` writes."""

from __future__ import annotations

import pytest
from mapkit import actor, make
from test_whatif import _doc

from app.analysis.whatif import as_text, kind_word, sections, what_if
from app.i18n import set_language


@pytest.fixture
def danish():
    set_language("da")
    yield
    set_language("en")


INFORMS = ("{0} performs activities (such as \u201c{1}\u201d) but receives no information from any "
           "other actor \u2014 a structural hole in the service process. Ask what {0} needs to "
           "know, and when, to deliver what is expected, and draw those information flows.")
ISOLATED = ("Activity \u201c{0}\u201d ({1}) has no flow in or out, so the map does not say what it "
            "builds on or whom it informs. Connect it to the process with a sequence or "
            "information flow, or remove it if it is not part of this service.")
NO_ASSET = ("\u201c{0}\u201d goes from \u201c{1}\u201d ({2}) to \u201c{3}\u201d ({4}) across "
            "organisational boundaries without a relational-specific asset. Name the shared IT "
            "system, database, device or meeting place (issue arena) it passes through, or plan "
            "one.")
MISMATCH = ("\u201cViden\u201d (Kommune) and \u201cPladser\u201d (Café Kant) are declared pooled, "
            "but the flows between their owners suggest reciprocal: flows go both ways (Kommune "
            "\u2192 Café Kant \u2192 Kommune). The partners depend on each other more than "
            "declared, and reciprocal interdependence needs more coordination (reciprocal the "
            "most, pooled the least): plan governance and routines for it, or correct the "
            "declaration.")


def test_removing_the_coordinator_reports_every_section_in_order():
    doc = _doc()
    assert as_text(doc, what_if(doc, "m")).splitlines() == [
        "What if \u201cKommune\u201d (actor) were gone?",
        "",
        "Flows lost (3):",
        "  \u201cBehov\u201d: \u201cFortæller\u201d (Maja) \u2192 \u201cAfklaring\u201d (Kommune)",
        "  \u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune) \u2192 \u201cOpgaver\u201d (Café Kant)",
        "  \u201cOpgaver\u201d (Café Kant) \u2192 \u201cOpfølgning\u201d (Kommune)",
        "",
        "Activities left without any flow (2):",
        "  \u201cFortæller\u201d (Maja)",
        "  \u201cOpgaver\u201d (Café Kant)",
        "",
        "Co-produced activities lost (1):",
        "  \u201cAfklaring\u201d (Kommune)",
        "",
        "Partnerships (6):",
        "  \u201cTeam\u201d loses its member Kommune",
        "  \u201cTeam\u201d loses its coordinator Kommune",
        "  \u201cTeam\u201d loses the resource \u201cViden\u201d",
        "  complementarities of \u201cTeam\u201d lose the resource \u201cViden\u201d (1)",
        "  the asset \u201cKalender\u201d of \u201cTeam\u201d loses someone with access",
        "  the routine \u201cStatus\u201d of \u201cTeam\u201d loses a participant",
        "",
        "Findings that would appear (4):",
        "  " + INFORMS.format("Café Kant", "Opgaver"),
        "  " + ISOLATED.format("Fortæller", "Maja"),
        "  " + ISOLATED.format("Opgaver", "Café Kant"),
        "  Partnership \u201cTeam\u201d has not described its effective governance (coordinator, "
        "leadership resources, decision-making, review, responsibilities). Governance ensures "
        "cooperation while keeping coordination costs low: agree who is responsible for what, "
        "strategically and operationally.",
        "",
        "Findings that would disappear (2):",
        "  " + MISMATCH,
        "  " + NO_ASSET.format("Behov", "Fortæller", "Maja", "Afklaring", "Kommune"),
    ]


def test_removing_an_asset_names_the_routine_and_the_flow_that_used_it():
    doc = _doc()
    assert as_text(doc, what_if(doc, "as-1")).splitlines() == [
        "What if \u201cKalender\u201d (asset) were gone?",
        "",
        "Partnerships (3):",
        "  \u201cTeam\u201d loses the asset \u201cKalender\u201d",
        "  the routine \u201cStatus\u201d of \u201cTeam\u201d loses its asset",
        "  the flow \u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune) \u2192 \u201cOpgaver\u201d "
        "(Café Kant) loses its asset",
        "",
        "Findings that would appear (2):",
        "  " + NO_ASSET.format("Arbejdstider", "Afklaring", "Kommune", "Opgaver", "Café Kant"),
        "  Partnership \u201cTeam\u201d lists no relational-specific assets. Shared IT systems, "
        "databases and meeting places (issue arenas) carry information across organisational "
        "boundaries: record those that exist and those that need investment.",
    ]


def test_removing_a_routine_or_a_flow():
    doc = _doc()
    assert as_text(doc, what_if(doc, "k-1")).splitlines()[:4] == [
        "What if \u201cStatus\u201d (routine) were gone?", "", "Partnerships (1):",
        "  \u201cTeam\u201d loses the routine \u201cStatus\u201d"]
    assert as_text(doc, what_if(doc, "f2")).splitlines() == [
        "What if \u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune) \u2192 \u201cOpgaver\u201d "
        "(Café Kant) (flow) were gone?",
        "",
        "Flows lost (1):",
        "  \u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune) \u2192 \u201cOpgaver\u201d (Café Kant)",
        "",
        "Findings that would appear (1):",
        "  " + INFORMS.format("Café Kant", "Opgaver"),
    ]


def test_an_element_nothing_depends_on_says_so():
    doc = make([actor("a", "Ann"), actor("b", "Bo")])
    assert as_text(doc, what_if(doc, "b")).splitlines() == [
        "What if \u201cBo\u201d (actor) were gone?", "",
        "Nothing else is lost, and no finding changes."]


def test_the_json_lists_ids_and_findings_as_documented():
    doc = _doc()
    result = what_if(doc, "as-1")
    assert result.as_dict() == {
        "removed": "as-1", "kind": "asset", "flows_lost": [], "activities_isolated": [],
        "co_produced_lost": [],
        "partnership_effects": [{"partnership": "p", "what": "asset", "id": "as-1"},
                                {"partnership": "p", "what": "routine-asset", "id": "k-1"},
                                {"partnership": "p", "what": "flow-asset", "id": "f2"}],
        "new_findings": [f.as_dict() for f in result.new_findings],
        "resolved_findings": []}
    assert [f["code"] for f in result.as_dict()["new_findings"]] == [
        "flow-without-asset", "component-empty"]
    assert result.as_dict()["new_findings"][0]["subjects"] == ["f2"]


def test_the_map_points_at_what_goes_and_what_is_left_worse_off():
    doc = _doc()
    assert what_if(doc, "k").highlighted() == {
        "k", "f2", "f3", "s4", "r-2", "as-1", "k-1"}
    assert what_if(doc, "s2").highlighted() == {"s2", "f1", "f2", "s1", "m", "k"}


def test_every_kind_is_named_in_the_users_language(danish):
    kinds = ["actor", "activity", "asset", "flow", "phase", "partnership", "resource", "routine"]
    assert [kind_word(k) for k in kinds] == [
        "aktør", "aktivitet", "aktiv", "strøm", "fase", "partnerskab", "ressource", "rutine"]
    assert kind_word("something-new") == "something-new"


def test_a_danish_user_reads_the_report_in_danish(danish):
    doc = _doc()
    lines = as_text(doc, what_if(doc, "m")).splitlines()
    assert lines[0] == "Hvad nu hvis \u201cKommune\u201d (aktør) var væk?"
    headings = [line for line in lines if line and not line.startswith("  ")][1:]
    assert headings == ["Strømme, der forsvinder (3):", "Aktiviteter uden nogen strøm (2):",
                        "Samskabte aktiviteter, der forsvinder (1):", "Partnerskaber (6):",
                        "Fund, der ville dukke op (4):", "Fund, der ville forsvinde (2):"]
    assert lines[15:21] == [
        "  \u201cTeam\u201d mister sit medlem Kommune",
        "  \u201cTeam\u201d mister sin koordinator Kommune",
        "  \u201cTeam\u201d mister ressourcen \u201eViden\u201c",
        "  komplementariteter i \u201cTeam\u201d mister ressourcen \u201eViden\u201c (1)",
        "  aktivet \u201eKalender\u201c i \u201cTeam\u201d mister en med adgang",
        "  rutinen \u201eStatus\u201c i \u201cTeam\u201d mister en deltager"]
    other = as_text(doc, what_if(doc, "as-1")).splitlines()
    assert other[3:6] == [
        "  \u201cTeam\u201d mister aktivet \u201eKalender\u201c",
        "  rutinen \u201eStatus\u201c i \u201cTeam\u201d mister sit aktiv",
        "  strømmen \u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune) \u2192 \u201cOpgaver\u201d "
        "(Café Kant) mister sit aktiv"]
    assert as_text(doc, what_if(doc, "k-1")).splitlines()[3] == (
        "  \u201cTeam\u201d mister rutinen \u201eStatus\u201c")
    lonely = make([actor("a", "Ann"), actor("b", "Bo")])
    assert as_text(lonely, what_if(lonely, "b")).splitlines()[2] != (
        "Nothing else is lost, and no finding changes.")


def test_each_finding_line_points_at_what_the_finding_is_about():
    """The panel highlights a finding line's element on the map; a finding about the whole
    map (no co-production at all) points at nothing."""
    doc = _doc()
    found = dict(sections(doc, what_if(doc, "f1")))
    assert [i for i, _line in found["Findings that would appear"]] == ["m", "s1"]
    assert [i for i, _line in found["Findings that would disappear"]] == ["f1"]
    alone = make([actor("m", "Kommune")], [{"id": "s1", "title": "Visit", "actor": "m"}])
    found = dict(sections(alone, what_if(alone, "s1")))
    assert [i for i, _line in found["Findings that would disappear"]] == ["", "m"]
    assert found["Findings that would disappear"][0][1].startswith("No activity in this map")


def test_partnership_lines_name_members_and_resources_as_the_map_does():
    """A member without a name is named by its id, as everywhere else in the map's lists."""
    doc = _doc()
    doc.actors[2].name = ""
    lines = dict(sections(doc, what_if(doc, "k")))["Partnerships"]
    assert ("k", "\u201cTeam\u201d loses its member k") in lines
    assert ("r-2", "\u201cTeam\u201d loses the resource \u201cPladser\u201d") in lines
