"""What if it were gone: the consequences of removing one element, the map left untouched."""

from __future__ import annotations

import pytest
from mapkit import act, actor, info, make, partnership, seq

from app.analysis.whatif import as_text, what_if
from app.model import DocumentError, dumps


def _doc():
    return make([actor("c", "Maja", kind="citizen"), actor("m", "Kommune"),
                 actor("k", "Café Kant", kind="private")],
                [act("s1", "c", co=True, title="Fortæller"), act("s2", "m", co=True, title="Afklaring"),
                 act("s3", "k", title="Opgaver"), act("s4", "m", title="Opfølgning")],
                [info("f1", "s1", "s2", what="Behov"), info("f2", "s2", "s3", what="Arbejdstider",
                                                             asset="as-1"),
                 seq("f3", "s3", "s4")],
                [partnership(members=["m", "k"], governance={"coordinator": "m"},
                             resources=[{"id": "r-1", "owner": "m", "name": "Viden"},
                                        {"id": "r-2", "owner": "k", "name": "Pladser"}],
                             complementarities=[{"resources": ["r-1", "r-2"]}],
                             assets=[{"id": "as-1", "name": "Kalender", "access": ["m", "k"]}],
                             routines=[{"id": "k-1", "what": "Status", "asset": "as-1",
                                        "participants": ["m", "k"]}])])


def test_removing_an_actor_lists_what_goes_with_it_and_leaves_the_map_as_it_was():
    doc = _doc()
    before = dumps(doc)
    result = what_if(doc, "k")
    assert dumps(doc) == before
    assert (result.removed, result.kind) == ("k", "actor")
    assert result.flows_lost == ["f2", "f3"]
    assert result.activities_isolated == ["s4"]
    assert result.co_produced_lost == []
    effects = {(e["what"], e["id"]) for e in result.partnership_effects}
    assert {("member", "k"), ("resource", "r-2"), ("complementarity", "r-2"),
            ("asset-access", "as-1"), ("routine-participant", "k-1")} == effects
    assert ("isolated-activity", ("s4",)) in {(f.code, f.subjects) for f in result.new_findings}
    assert "flow-without-asset" not in {f.code for f in result.resolved_findings}  # f2 had one


def test_removing_a_co_produced_activity_and_an_asset():
    result = what_if(_doc(), "s2")
    assert result.kind == "activity" and result.co_produced_lost == ["s2"]
    assert result.flows_lost == ["f1", "f2"] and result.activities_isolated == ["s1"]
    asset = what_if(_doc(), "as-1")
    assert asset.kind == "asset" and asset.flows_lost == []
    assert {(e["what"], e["id"]) for e in asset.partnership_effects} == {
        ("asset", "as-1"), ("routine-asset", "k-1"), ("flow-asset", "f2")}
    assert [f.code for f in asset.new_findings] == ["flow-without-asset", "component-empty"]


def test_the_report_names_the_element_the_flows_and_the_findings():
    doc = _doc()
    text = as_text(doc, what_if(doc, "k"))
    assert text.splitlines()[0] == "What if \u201cCafé Kant\u201d (actor) were gone?"
    assert "Flows lost (2):" in text and "\u201cArbejdstider\u201d: \u201cAfklaring\u201d (Kommune)" in text
    assert "\u201cTeam\u201d loses its member Café Kant" in text
    assert "Findings that would appear" in text


def test_an_unknown_id_is_an_error_naming_it():
    with pytest.raises(DocumentError, match='no element with id "zz"'):
        what_if(_doc(), "zz")
