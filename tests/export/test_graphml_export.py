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


def test_ids_that_differ_only_in_characters_xml_cannot_hold_stay_apart(tmp_path):
    """"a\\x01" and "a\\x02" would both be written "a\\ufffd": two boxes merged into one and
    the flows between them lost in Gephi. The second becomes "a\\ufffd-2", in every export."""
    doc = loads('{"format": "oppspace", "version": 1, "actors": [{"id": "k", "name": "K"}], '
                '"activities": [{"id": "a\\u0001", "title": "First", "actor": "k"}, '
                '{"id": "a\\u0002", "title": "Second", "actor": "k"}, '
                '{"id": "a\\ufffd-2", "title": "Third", "actor": "k"}], '
                '"flows": [{"id": "f\\u0001", "kind": "sequence", "source": "a\\u0001", '
                '"target": "a\\u0002"}, {"id": "f\\u0002", "kind": "sequence", '
                '"source": "a\\u0002", "target": "a\\ufffd-2"}]}')
    out, again = tmp_path / "one.graphml", tmp_path / "two.graphml"
    export(doc, out, "graphml")
    export(doc, again, "graphml")
    assert out.read_bytes() == again.read_bytes()
    graph = nx.read_graphml(out, force_multigraph=True)
    labels = {node: data["label"] for node, data in graph.nodes(data=True) if data["type"] == "activity"}
    assert labels == {"a\ufffd": "First", "a\ufffd-3": "Second", "a\ufffd-2": "Third"}
    edges = {(labels[u], labels[v]) for u, v, _k in graph.edges(keys=True)}
    assert edges == {("First", "Second"), ("Second", "Third")}
    assert {k for _u, _v, k in graph.edges(keys=True)} == {"f\ufffd", "f\ufffd-2"}
