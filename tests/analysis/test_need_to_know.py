"""The need-to-know matrix on a hand-checked map, and the messages' translation hook."""

import json

from mapkit import act, actor, info, make, seq

from app import i18n
from app.analysis import analyze, need_to_know


def _map():
    return make(
        [actor("k", "Kommune"), actor("w", "Sagsbehandler", organization="k"),
         actor("c", "Café", kind="private"), actor("b", "Borger", kind="citizen")],
        [act("s1", "w", title="Visitation"), act("s2", "b", co=True, title="Ønsker"),
         act("s3", "c", title="Arbejde")],
        [seq("f0", "s1", "s2"),
         info("f1", "s2", "c", what="Ønsker og behov", when="Før første dag", form="Møde",
              asset="as-1", personal_data=True, consent="obtained"),
         info("f2", "s3", "w", what="Fremmøde", when="Hver uge", form="Kalender"),
         info("f3", "k", "s3", what="Arbejdstider"),
         info("f4", "s1", "w", what="Own note")],  # an actor informing itself is left out
        [{"id": "p", "name": "P", "assets": [{"id": "as-1", "name": "Mødelokale"}]}])


def test_each_actor_sees_what_reaches_it_from_whom_when_and_through_what():
    rows = {row["actor"]: row for row in need_to_know(_map())}
    assert list(rows) == ["k", "w", "c", "b"]
    assert rows["k"]["receives"] == [] and rows["b"]["receives"] == []
    assert rows["w"]["organization"] == "k" and rows["w"]["organization_name"] == "Kommune"
    assert [r["flow"] for r in rows["w"]["receives"]] == ["f2"]
    assert [r["flow"] for r in rows["c"]["receives"]] == ["f1", "f3"]
    first = rows["c"]["receives"][0]
    assert first == {
        "flow": "f1", "from_actor": "b", "from_actor_name": "Borger",
        "from_activity": "s2", "from_activity_name": "Ønsker",
        "to_activity": None, "to_activity_name": None,
        "what": "Ønsker og behov", "when": "Før første dag", "form": "Møde",
        "asset": "as-1", "asset_name": "Mødelokale", "personal_data": True, "consent": "obtained",
    }
    from_actor = rows["c"]["receives"][1]
    assert from_actor["from_activity"] is None and from_actor["from_actor_name"] == "Kommune"
    assert from_actor["to_activity"] == "s3" and from_actor["to_activity_name"] == "Arbejde"


def test_matrix_is_plain_json():
    rows = need_to_know(_map())
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows


def test_messages_go_through_the_translation_hook():
    seen = []

    def hook(context, text):
        seen.append(context)
        return "[da] " + text

    i18n.install_hook(hook)
    try:
        findings = analyze(_map())
    finally:
        i18n.install_hook(None)
    assert findings and all(f.message.startswith("[da] ") for f in findings)
    assert set(seen) == {"Findings"}
