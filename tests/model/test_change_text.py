"""Changes and merge conflicts in plain words, as ``oppspace diff``, the PDF's "changes since"
section and the compare panel print them: whole lines, in English, Danish and Finnish."""

from __future__ import annotations

import pytest

from app.i18n import set_language
from app.model import Activity, dumps, edits, loads
from app.model.change_text import Names, describe_change, describe_conflict, field_word, kind_word
from app.model.diff import Change, diff
from app.model.repair import Conflict

LONG = "Ønsker " * 20


@pytest.fixture
def language():
    yield set_language
    set_language("en")


def _edited(doc):
    new = loads(dumps(doc))
    edits.update(new, "s-2", title="Arbejde i køkkenet", co_produced=True, x=330.0, y=40.0,
                 width=200.0)
    edits.update(new, "f-2", consent="missing", asset=None)
    edits.update(new, "f-3", target="s-1", when="Hver\ndag", what=LONG)
    edits.update(new, "a-worker", organization=None, lane_height=140.0)
    edits.update(new, "ph-1", width=280.0)
    edits.update_at(new, ("meta",), title="Ny titel", authors=["Søren Ærø", "Ida"])
    edits.update_at(new, ("partnerships", 0, "governance"), coordinator="a-cafe", review="")
    edits.update(new, "p-1", members=["a-city", "a-cafe"])
    edits.update(new, "as-1", access=["a-cafe", "a-city"])
    edits.update(new, "r-1", owner="a-cafe")
    edits.add_activity(new, Activity(id="s-9", title="Ny", actor="a-cafe"))
    edits.remove(new, "s-3")
    edits.move(new, ("actors",), 0, 1)
    edits.move(new, ("phases",), 0, 1)
    return new


def _lines(doc):
    new = _edited(doc)
    names = Names(doc, new)
    return [describe_change(change, names) for change in diff(doc, new)]


def test_a_diff_reads_as_one_line_per_change_with_names(doc):
    long_what = "\u201c" + LONG[:79] + "\u2026\u201d"
    assert _lines(doc) == [
        "Map: title \u201cAalborg Aktiv – prøve\u201d \u2192 \u201cNy titel\u201d",
        "Map: authors + \u201cIda\u201d",
        "Phase \u201cSamskabende bestilling\u201d (ph-1): resized 260 \u2192 280",
        "Phases reordered",
        "Actor \u201cSagsbehandler\u201d (a-worker): resized 120 \u2192 140",
        "Actor \u201cSagsbehandler\u201d (a-worker): works for \u201cAalborg Kommune\u201d \u2192 none",
        "Lanes reordered",
        "Activity \u201cArbejde i køkkenet\u201d (s-2): moved",
        "Activity \u201cArbejde i køkkenet\u201d (s-2): resized 180 \u2192 200",
        "Activity \u201cArbejde i køkkenet\u201d (s-2): title \u201cArbejde i caféen\u201d \u2192 "
        "\u201cArbejde i køkkenet\u201d",
        "Activity \u201cArbejde i køkkenet\u201d (s-2): co-produced no \u2192 yes",
        "Activity \u201cNy\u201d (s-9): added",
        "Activity \u201cFortæller om dagen\u201d (s-3): removed",
        "Flow \u201cØnsker og behov\u201d (f-2): asset \u201cFælles kalender\u201d \u2192 none",
        "Flow \u201cØnsker og behov\u201d (f-2): consent obtained \u2192 missing",
        f"Flow \u201c{LONG}\u201d (f-3): to \u201cFortæller om dagen\u201d \u2192 "
        "\u201cAfklaringssamtale\u201d",
        f"Flow \u201c{LONG}\u201d (f-3): what \u201cMødeplan\u201d \u2192 {long_what}",
        f"Flow \u201c{LONG}\u201d (f-3): when \u201cHver uge\u201d \u2192 \u201cHver dag\u201d",
        "Partnership \u201cAalborg Aktiv\u201d (p-1): members \u2212 \u201cBorger\u201d",
        "Partnership \u201cAalborg Aktiv\u201d (p-1): coordinator \u201cAalborg Kommune\u201d \u2192 "
        "\u201cCafé Åen\u201d",
        "Partnership \u201cAalborg Aktiv\u201d (p-1): review \u201cKvartalsvis\u201d \u2192 \u201c\u201d",
        "Resource \u201cSagsbehandling\u201d (r-1): owner \u201cAalborg Kommune\u201d \u2192 "
        "\u201cCafé Åen\u201d",
        "Asset \u201cFælles kalender\u201d (as-1): access \u201cAalborg Kommune\u201d, \u201cCafé Åen\u201d "
        "\u2192 \u201cCafé Åen\u201d, \u201cAalborg Kommune\u201d",
    ]


def test_a_danish_user_reads_the_diff_in_danish(doc, language):
    language("da")
    lines = _lines(doc)
    assert lines[:7] == [
        "Kort: titel \u201cAalborg Aktiv – prøve\u201d \u2192 \u201cNy titel\u201d",
        "Kort: forfattere + \u201cIda\u201d",
        "Fase \u201cSamskabende bestilling\u201d (ph-1): ny størrelse 260 \u2192 280",
        "Faser i ny rækkefølge",
        "Aktør \u201cSagsbehandler\u201d (a-worker): ny størrelse 120 \u2192 140",
        "Aktør \u201cSagsbehandler\u201d (a-worker): arbejder for \u201cAalborg Kommune\u201d \u2192 ingen",
        "Baner i ny rækkefølge"]
    assert lines[7] == "Aktivitet \u201cArbejde i køkkenet\u201d (s-2): flyttet"
    assert lines[10] == "Aktivitet \u201cArbejde i køkkenet\u201d (s-2): samskabt nej \u2192 ja"
    assert lines[11:13] == ["Aktivitet \u201cNy\u201d (s-9): tilføjet",
                            "Aktivitet \u201cFortæller om dagen\u201d (s-3): fjernet"]
    assert lines[13] == "Strøm \u201cØnsker og behov\u201d (f-2): aktiv \u201cFælles kalender\u201d \u2192 ingen"


FIELDS = [  # (field, English, Danish, Finnish) for every field a change can name
    ("access", "access", "adgang", None), ("actor", "lane", "bane", None),
    ("asset", "asset", "aktiv", None), ("authors", "authors", "forfattere", None),
    ("co_produced", "co-produced", "samskabt", None), ("color", "colour", "farve", None),
    ("complementarities", "complementarities", "komplementariteter", None),
    ("consent", "consent", "samtykke", None), ("created", "created", "oprettet", None),
    ("description", "description", "beskrivelse", None), ("form", "form", "form", "muoto"),
    ("governance.coordinator", "coordinator", "koordinator", None),
    ("governance.decision_making", "decision making", "beslutninger", None),
    ("governance.leadership_resources", "leadership resources", "ledelsesressourcer", None),
    ("governance.responsibilities", "responsibilities", "ansvar", None),
    ("governance.review", "review", "opfølgning", None), ("kind", "kind", "art", "laji"),
    ("language", "language", "sprog", None), ("members", "members", "medlemmer", None),
    ("name", "name", "navn", None), ("nature", "nature", "art", "luonne"),
    ("need", "need", "behov", None), ("order", "order", "rækkefølge", None),
    ("organization", "works for", "arbejder for", None), ("owner", "owner", "ejer", None),
    ("participants", "participants", "deltagere", None),
    ("partnership", "partnership", "partnerskab", None),
    ("personal_data", "personal data", "personoplysninger", None),
    ("phase", "phase", "fase", None), ("purpose", "purpose", "formål", None),
    ("questions.complementary", "what binds us", "hvad binder os", None),
    ("questions.routines", "routines and improvement", "rutiner og forbedring", None),
    ("questions.technology", "technology and places", "teknologi og steder", None),
    ("questions.why", "why we collaborate", "hvorfor vi samarbejder", None),
    ("reflections", "reflections", "refleksioner", None), ("remit", "remit", "målgruppe", None),
    ("source", "from", "fra", None), ("status", "status", "status", "tila"),
    ("target", "to", "til", None), ("title", "title", "titel", None),
    ("what", "what", "hvad", None), ("when", "when", "hvornår", None),
]


def test_every_field_is_named_in_the_users_language(language):
    assert [field_word(f) for f, *_ in FIELDS] == [en for _f, en, *_ in FIELDS]
    assert field_word("lane_height") == "lane height"  # a field without a word keeps its name
    language("da")
    assert [field_word(f) for f, *_ in FIELDS] == [da for _f, _en, da, _fi in FIELDS]
    language("fi")
    for field, _en, _da, fi in FIELDS:
        if fi:
            assert field_word(field) == fi


def test_every_kind_is_named_in_the_users_language(language):
    kinds = ["meta", "phase", "actor", "activity", "flow", "partnership", "resource", "asset",
             "routine"]
    assert [kind_word(k) for k in kinds] == ["Map", "Phase", "Actor", "Activity", "Flow",
                                            "Partnership", "Resource", "Asset", "Routine"]
    language("da")
    assert [kind_word(k) for k in kinds] == ["Kort", "Fase", "Aktør", "Aktivitet", "Strøm",
                                            "Partnerskab", "Ressource", "Aktiv", "Rutine"]
    assert kind_word("comment") == "comment"


def test_values_read_as_short_phrases(doc):
    names = Names(doc)

    def line(field, old, new, kind="activity", obj="s-2"):
        return describe_change(Change("changed", kind, obj, field, old, new), names)

    assert line("x", 12.5, 40.0) == "Activity \u201cArbejde i caféen\u201d (s-2): x 12.5 \u2192 40"
    assert line("description", "a\tb", None) == (
        "Activity \u201cArbejde i caféen\u201d (s-2): description \u201ca b\u201d \u2192 none")
    assert line("governance.responsibilities",
                [{"actor": "a-city", "level": "strategic"}], [], "partnership", "p-1") == (
        "Partnership \u201cAalborg Aktiv\u201d (p-1): responsibilities \u2212 \u201cAalborg Kommune\u201d")
    assert line("authors", ["A", "B"], ["B", "A"], "meta", None) == (
        "Map: authors \u201cA\u201d, \u201cB\u201d \u2192 \u201cB\u201d, \u201cA\u201d")
    assert line("authors", [], ["A"], "meta", None) == "Map: authors + \u201cA\u201d"
    assert line("members", ["a-city"], ["a-cafe"], "partnership", "p-1") == (
        "Partnership \u201cAalborg Aktiv\u201d (p-1): members + \u201cCafé Åen\u201d, "
        "\u2212 \u201cAalborg Kommune\u201d")
    assert line("kind", "public", "private", "actor", "a-city") == (
        "Actor \u201cAalborg Kommune\u201d (a-city): kind public \u2192 private")
    assert line("title", "x" * 80, "y" * 81) == (
        f"Activity \u201cArbejde i caféen\u201d (s-2): title \u201c{'x' * 80}\u201d \u2192 "
        f"\u201c{'y' * 79}\u2026\u201d")
    assert describe_change(Change("resized", "activity", "s-9", "size", [1, 2], None), names) == (
        "Activity (s-9): resized \u201c1\u201d, \u201c2\u201d \u2192 none")


def test_a_flow_without_what_is_named_by_its_ends(doc):
    names = Names(doc)
    assert names.name("f-1") == "Afklaringssamtale \u2192 Arbejde i caféen"
    assert names.name("nobody") == "nobody"


CONFLICTS = [
    Conflict("flow", "f-2", None, None, None, None, "dropped"),
    Conflict("asset", "as-1", "access", ["a-city"], ["a-city", "a-gone"], ["a-city"], "dropped"),
    Conflict("activity", "s-2", None, {}, None, {}, "ours"),
    Conflict("actor", None, "order", [], [], [], "ours"),
    Conflict("phase", None, "order", [], [], [], "ours"),
    Conflict("activity", "s-2", "co_produced", False, True, None, "ours"),
    Conflict("flow", "f-3", "personal_data", False, True, False, "theirs"),
]


def test_conflicts_say_what_both_sides_did_and_what_was_kept(doc, language):
    names = Names(doc)
    assert [describe_conflict(c, names) for c in CONFLICTS] == [
        "Flow \u201cØnsker og behov\u201d (f-2): dropped, it referred to something the merged map "
        "no longer has",
        "Asset \u201cFælles kalender\u201d (as-1): access \u201cAalborg Kommune\u201d, \u201ca-gone\u201d "
        "dropped, it is no longer in the merged map",
        "Activity \u201cArbejde i caféen\u201d (s-2): removed on one side and changed on the other; "
        "the changed one is kept",
        "Lanes: both sides reordered them differently; ours kept",
        "Phases: both sides reordered them differently; ours kept",
        "Activity \u201cArbejde i caféen\u201d (s-2): co-produced ours yes, theirs none; kept ours",
        "Flow \u201cMødeplan\u201d (f-3): personal data ours yes, theirs no; kept theirs",
    ]
    language("da")
    assert [describe_conflict(c, names) for c in CONFLICTS] == [
        "Strøm \u201cØnsker og behov\u201d (f-2): udeladt, det henviste til noget, det flettede kort "
        "ikke længere har",
        "Aktiv \u201cFælles kalender\u201d (as-1): adgang \u201cAalborg Kommune\u201d, \u201ca-gone\u201d "
        "udeladt, det findes ikke længere i det flettede kort",
        "Aktivitet \u201cArbejde i caféen\u201d (s-2): fjernet på den ene side og ændret på den "
        "anden; den ændrede beholdes",
        "Baner: begge sider ændrede rækkefølgen forskelligt; vores beholdes",
        "Faser: begge sider ændrede rækkefølgen forskelligt; vores beholdes",
        "Aktivitet \u201cArbejde i caféen\u201d (s-2): samskabt vores ja, deres ingen; beholdt vores",
        "Strøm \u201cMødeplan\u201d (f-3): personoplysninger vores ja, deres nej; beholdt deres",
    ]


def test_the_json_of_a_diff_and_of_a_merge_conflict_has_the_documented_shape(doc):
    from app.model.merge import merge

    new = loads(dumps(doc))
    edits.update(new, "s-2", title="Ny")
    assert [c.as_dict() for c in diff(doc, new)] == [
        {"op": "changed", "kind": "activity", "id": "s-2", "field": "title",
         "old": "Arbejde i caféen", "new": "Ny"}]
    theirs = loads(dumps(doc))
    edits.update(theirs, "s-2", title="Deres")
    assert [c.as_dict() for c in merge(doc, new, theirs).conflicts] == [
        {"kind": "activity", "id": "s-2", "field": "title", "base": "Arbejde i caféen",
         "ours": "Ny", "theirs": "Deres", "resolution": "ours"}]
