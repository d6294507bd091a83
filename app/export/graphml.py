"""GraphML export: actors and activities as nodes, flows as edges, for networkx, yEd and Gephi.

Attributes are strings, booleans and numbers only, never missing values (an absent reference
is an empty string), so every tool reads every node alike. ``label`` is the name Gephi shows;
``x``/``y`` are the centres of the boxes on the map (``y`` grows upward, as Gephi draws it),
and ``r``/``g``/``b`` the lane's colour.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from app.analysis import MapIndex
from app.model import Document, layout
from app.model.document import KIND_COLORS

from .atomic import write_bytes
from .xml_safe import xml_safe, xml_safe_document

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


def _text(value: str | None) -> str:
    return xml_safe(value or "")


def _rgb(color: str) -> dict[str, int]:
    if not re.fullmatch("#[0-9A-Fa-f]{6}", color or ""):
        color = KIND_COLORS["other"]
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16)}


def _position(geometry: layout.Layout, doc: Document, obj_id: str) -> dict[str, float]:
    rect = layout.endpoint_rect(geometry, doc, obj_id)
    x, y = rect.center if rect is not None else (0.0, 0.0)
    return {"x": float(x), "y": float(-y)}


def xml_ids(doc: Document) -> dict[str, str]:
    """id -> the id the GraphML file uses, for the ids holding characters XML forbids: each
    becomes its :func:`xml_safe` form, or that with ``-2``, ``-3``… when another id already
    has it ("a\\x01" and "a\\x02" would both be "a\ufffd"), first come first served in
    document order, so the same map always gives the same file. Other ids are kept."""
    ids = doc.index()
    used = {key for key in ids if xml_safe(key) == key}
    renamed: dict[str, str] = {}
    for key in ids:
        if key in used:
            continue
        base = candidate = xml_safe(key)
        n = 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        renamed[key] = candidate
    return renamed


def _add_nodes(graph: nx.MultiDiGraph, doc: Document, index: MapIndex,
               sid: Callable[[str], str]) -> None:
    geometry = layout.compute(doc)
    phases = {p.id: p.name for p in doc.phases}
    for actor in doc.actors:
        organization = index.party_of(actor.id) or actor.id
        graph.add_node(sid(actor.id), type="actor", label=_text(actor.name), kind=actor.kind,
                       organization=sid(organization),
                       organization_name=_text(index.actor_name(organization)),
                       color=actor.color, **_rgb(actor.color),
                       **_position(geometry, doc, actor.id))
    for act in doc.activities:
        lane = index.actors.get(act.actor)
        color = lane.color if lane is not None else KIND_COLORS["other"]
        graph.add_node(sid(act.id), type="activity", label=_text(act.title),
                       description=_text(act.description), actor=sid(act.actor),
                       actor_name=_text(index.actor_name(act.actor)), phase=sid(act.phase or ""),
                       phase_name=_text(phases.get(act.phase or "", "")),
                       co_produced=act.co_produced, color=color, **_rgb(color),
                       **_position(geometry, doc, act.id))


def document_graph(doc: Document) -> nx.MultiDiGraph:
    """The whole map as one graph; edge keys are the flow ids (ids XML cannot hold made
    XML-safe and kept apart, see :func:`xml_ids`)."""
    index = MapIndex(doc)
    assets = {a.id: a.name for a in doc.all_assets()}
    renamed = xml_ids(doc)

    def sid(key: str) -> str:
        return renamed.get(key, key)

    graph = nx.MultiDiGraph(title=_text(doc.meta.title), format="oppspace")
    _add_nodes(graph, doc, index, sid)
    for flow in doc.flows:
        attrs: dict[str, Any] = {
            "kind": flow.kind, "label": _text(flow.what), "what": _text(flow.what),
            "when": _text(flow.when), "form": _text(flow.form), "asset": sid(flow.asset or ""),
            "asset_name": _text(assets.get(flow.asset or "", "")),
            "personal_data": flow.personal_data, "consent": flow.consent,
        }
        graph.add_edge(sid(flow.source), sid(flow.target), key=sid(flow.id), **attrs)
    return graph


def graphml_bytes(doc: Document) -> bytes:
    """The GraphML file: UTF-8, booleans spelled ``true``/``false`` as XML Schema wants."""
    # ids (node ids, edge keys) may hold characters XML forbids too: clean the whole text
    root = ET.fromstring(xml_safe_document("".join(nx.generate_graphml(document_graph(doc), prettyprint=False))))
    tag = f"{{{GRAPHML_NS}}}"
    booleans = {k.get("id") for k in root.iter(f"{tag}key") if k.get("attr.type") == "boolean"}
    for data in root.iter(f"{tag}data"):
        if data.get("key") in booleans and data.text:
            data.text = data.text.lower()
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("xsi", XSI_NS)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def export_graphml(doc: Document, path: Path) -> None:
    write_bytes(path, graphml_bytes(doc))
