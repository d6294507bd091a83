"""Findings are listed in one order everywhere (DESIGN section 4): warnings before
information, then the order of the codes table, then the document order of their first
subject. The same sequence reaches the command line (text and JSON), the JSON export, the
PDF report and the findings panel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.analysis import CODES, analyze
from app.model import Activity, Flow, save
from app.model.templates import from_template

ROOT = Path(__file__).resolve().parents[2]
TABLE = ["no-co-production", "consent-missing", "uninformed-actor", "no-leadership",
         "interdependence-mismatch", "no-routines", "isolated-activity", "flow-without-asset",
         "asset-needs-investment", "component-empty", "coordination-bottleneck",
         "no-local-learning", "tell-us-once"]  #: DESIGN section 4, copied by hand


def crowded_with_findings():
    """Aalborg Aktiv plus isolated boxes and consent-less personal-data flows, added so that
    the rules' own order differs from the document's."""
    doc = from_template("aalborg-aktiv")
    lanes = [a.id for a in doc.actors]
    for i, lane in enumerate(reversed(lanes[:3])):
        doc.activities.insert(0, Activity(id=f"iso-{i}", title=f"Alene {i}", actor=lane,
                                          x=900.0 + 10 * i, y=10.0))
    acts = [a.id for a in doc.activities if not a.id.startswith("iso")]
    for i, (src, dst) in enumerate([(acts[5], acts[0]), (acts[1], acts[4]), (acts[3], acts[2])]):
        doc.flows.insert(0 if i % 2 else len(doc.flows),
                         Flow(id=f"pd-{i}", kind="information", source=src, target=dst,
                              what=f"Helbred {i}", personal_data=True, consent="missing"))
    doc.invalidate_index()
    return doc


def position(doc, obj_id: str) -> tuple:
    ranks = ("meta", "phases", "actors", "activities", "flows", "partnerships")
    path = doc.index()[obj_id]
    return (ranks.index(path[0]), *[p for p in path[1:] if isinstance(p, int)])


def expected(doc) -> list[tuple[str, tuple]]:
    found = analyze(doc)
    key = [(f.severity != "warning", TABLE.index(f.code),
            position(doc, f.subjects[0]) if f.subjects else (-1,)) for f in found]
    order = sorted(range(len(found)), key=lambda i: key[i])
    return [(found[i].code, found[i].subjects) for i in order]


def test_the_order_is_the_table_then_the_document():
    doc = crowded_with_findings()
    got = [(f.code, f.subjects) for f in analyze(doc)]
    assert got == expected(doc)
    assert list(CODES) == TABLE
    codes = [c for c, _ in got]
    assert codes.index("consent-missing") < codes.index("isolated-activity")  # warning first
    isolated = [s[0] for c, s in got if c == "isolated-activity"]
    assert len(isolated) == 3 and isolated == sorted(isolated, key=lambda a: position(doc, a))
    consent = [s[0] for c, s in got if c == "consent-missing"]
    assert consent == sorted(consent, key=lambda f: position(doc, f)) and len(consent) >= 3


def test_cli_and_json_export_list_findings_in_that_order(tmp_path):
    doc = crowded_with_findings()
    path = tmp_path / "map.oppspace"
    save(doc, path)
    want = [{"code": c, "subjects": list(s)} for c, s in expected(doc)]
    out = subprocess.run([sys.executable, "-m", "app", "check", str(path), "--json"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    got = [{"code": f["code"], "subjects": f["subjects"]} for f in json.loads(out)["findings"]]
    assert got == want
    text = subprocess.run([sys.executable, "-m", "app", "check", str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())  # the table wraps messages
    places = [text.find(" ".join(f.message.split())[:60]) for f in analyze(doc)]
    assert -1 not in places and places == sorted(places)
    from app.export.json_export import export_json

    export_json(doc, tmp_path / "out.json")
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["analysis"]["findings"]
    assert [{"code": f["code"], "subjects": f["subjects"]} for f in exported] == want


def test_pdf_report_lists_findings_in_that_order():
    from io import BytesIO

    from pypdf import PdfReader

    from app.export.pdf import render_pdf

    doc = crowded_with_findings()
    reader = PdfReader(BytesIO(render_pdf(doc)))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    text = " ".join(text.split())
    section = text[text.find("Findings"):]
    at = 0
    for f in analyze(doc):  # each message after the one before it
        found = section.find(" ".join(f.message.split())[:30], at)
        assert found >= 0, f"{f.code} {f.subjects} not after position {at}"
        at = found + 1


@pytest.mark.usefixtures("qapp")
def test_findings_panel_lists_them_in_that_order(qtbot):
    from app.ui.controller import DocumentController
    from app.ui.findings_panel import FINDING_ROLE, FindingsPanel

    doc = crowded_with_findings()
    panel = FindingsPanel(DocumentController(doc))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: len(panel.findings) > 0, timeout=5000)
    model = panel.model
    shown = [panel.findings[model.item(r).child(i).data(FINDING_ROLE)]
             for r in range(model.rowCount()) for i in range(model.item(r).rowCount())
             if model.item(r).child(i).data(FINDING_ROLE) is not None]
    assert [(f.code, f.subjects) for f in shown] == expected(doc)[:len(shown)]
    assert len(shown) >= 6


def test_the_order_does_not_depend_on_the_order_rules_run_or_yield(monkeypatch):
    """Rules may yield in any order (a pair walk, a graph walk); the list is still exact."""
    from app.analysis import findings

    doc = crowded_with_findings()
    want = expected(doc)

    def backwards(rules):
        return tuple(lambda index, r=r: list(r(index))[::-1] for r in reversed(rules))

    for name in ("MAP_RULES", "PARTNERSHIP_RULES", "LEARNING_RULES"):
        monkeypatch.setattr(findings, name, backwards(getattr(findings, name)))
    assert [(f.code, f.subjects) for f in analyze(doc)] == want
