"""GraphML export: read back with networkx; every attribute a plain value."""

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from app.cli import main
from app.export import export
from app.model import load, loads


@pytest.fixture
def aalborg(template_path):
    return load(template_path("aalborg-aktiv"))


def test_graphml_reads_back_with_networkx(aalborg, tmp_path):
    out = tmp_path / "map.graphml"
    export(aalborg, out, "graphml")
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.is_directed()
    assert set(graph.nodes) == {a.id for a in aalborg.actors} | {a.id for a in aalborg.activities}
    assert {k for _, _, k in graph.edges(keys=True)} == {f.id for f in aalborg.flows}
    node = graph.nodes["s-afklaring"]
    assert node["type"] == "activity" and node["label"] == "Afklaringssamtale om ønsker og behov"
    assert node["actor"] == "a-kommune" and node["co_produced"] is True
    assert graph.nodes["a-sagsbehandler"]["organization"] == "a-kommune"
    source, target, data = next((u, v, d) for u, v, k, d in graph.edges(keys=True, data=True)
                                if k == "f-15")
    assert (source, target) == ("s-stotteplan", "s-opgaver")
    assert data["personal_data"] is True and data["consent"] == "unknown"
    assert data["asset"] == "" and data["what"] == "Hvilken støtte borgeren har brug for"


def test_graphml_has_no_missing_values_and_lowercase_booleans(aalborg, tmp_path):
    out = tmp_path / "map.graphml"
    export(aalborg, out, "graphml")
    raw = out.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "æ".encode() in raw and b"None" not in raw
    root = ET.fromstring(raw)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    types = {k.get("id"): k.get("attr.type") for k in root.iter(f"{ns}key")}
    assert set(types.values()) <= {"string", "boolean", "double", "long"}
    for data in root.iter(f"{ns}data"):
        if types[data.get("key")] == "boolean":
            assert data.text in ("true", "false")


def test_graphml_replaces_characters_xml_cannot_hold(tmp_path):
    doc = loads('{"format": "oppspace", "version": 1, "actors": [{"id": "a\\u0001", "name": '
                '"Bell\\u0007\\uffff"}, {"id": "b", "name": "B"}], "flows": [{"id": "f\\u001b", '
                '"kind": "information", "source": "a\\u0001", "target": "b"}]}')
    out = tmp_path / "odd.graphml"
    export(doc, out, "graphml")  # ids too: they once crashed the export
    graph = nx.read_graphml(out)
    assert graph.nodes["a\ufffd"]["label"] == "Bell\ufffd\ufffd"
    assert list(graph.edges) == [("a\ufffd", "b")]


def test_cli_exports_graphml_by_suffix(template_path, tmp_path, capsys):
    out = tmp_path / "generic.graphml"
    assert main(["export", str(template_path("generic")), "-o", str(out)]) == 0
    assert nx.read_graphml(out, force_multigraph=True).number_of_edges() == len(load(template_path("generic")).flows)
