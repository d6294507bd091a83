"""Arrows go around unrelated boxes and labels hide nothing: the PDF geometry and the shared
routing (app.model.routing) that the canvas uses too."""

from __future__ import annotations

import itertools

from app.export.pdf_plan import build_geometry
from app.model import Activity, Flow
from app.model import layout as lay
from app.model import routing
from app.model.templates import from_template


def through_box_document():
    """A -> C in one lane with B between them: a straight arrow would run through B."""
    doc = from_template("blank")
    doc.actors.append(from_template("generic").actors[0])
    lane = doc.actors[0].id
    for i, name in enumerate("ABC"):
        doc.activities.append(Activity(id=name, title=f"Box {name}", actor=lane,
                                       x=40.0 + 220 * i, y=30.0))
    doc.flows.append(Flow(id="f-ac", kind="sequence", source="A", target="C"))
    doc.flows.append(Flow(id="f-ab", kind="information", source="A", target="B",
                          what="Who comes"))
    doc.invalidate_index()
    return doc


def test_straight_when_clear_and_around_an_unrelated_box():
    grid = routing.Grid()
    a, b, c = lay.Rect(200, 100, 100, 50), lay.Rect(400, 100, 100, 50), lay.Rect(600, 100, 100, 50)
    for key, r in (("A", a), ("B", b), ("C", c)):
        grid.add(r, key)
    assert routing.route(a, b, grid, ("A", "B")) == [(300.0, 125.0), (400.0, 125.0)]
    around = routing.route(a, c, grid, ("A", "C"))
    assert len(around) in (3, 4, 5)
    assert not any(routing.crosses(p, q, b, 0.0) for p, q in zip(around, around[1:]))
    assert all(p[0] == q[0] or p[1] == q[1] for p, q in zip(around, around[1:]))  # orthogonal


def test_pdf_arrow_does_not_cross_the_box_between_its_ends():
    geo = build_geometry(through_box_document())
    b = next(box.rect for box in geo.boxes if box.act.id == "B")
    arrow = next(a for a in geo.arrows if a.flow.id == "f-ac")
    assert len(arrow.points) > 2
    assert not any(routing.crosses(p, q, b, 0.0) for p, q in zip(arrow.points, arrow.points[1:]))
    assert arrow.head[0] == arrow.points[-1]


def _label_overlaps(template: str) -> list[str]:
    geo = build_geometry(from_template(template))
    labels = [(a.flow.id, a.label_rect) for a in geo.arrows if a.label_rect is not None]
    bad = [f"{fid} on {box.act.id}" for fid, r in labels for box in geo.boxes
           if routing.overlaps(r, box.rect)]
    bad += [f"{f1} on {f2}" for (f1, r1), (f2, r2) in itertools.combinations(labels, 2)
            if routing.overlaps(r1, r2)]
    return bad


def test_pdf_labels_cover_no_box_and_no_other_label():
    for template in ("generic", "aalborg-aktiv"):
        assert _label_overlaps(template) == [], template


def test_a_crowded_map_draws_straight_arrows(monkeypatch):
    """Above CROWDED_FLOWS the map keeps arrows straight (canvas and PDF alike), so opening
    a map of thousands of activities stays quick; below it the same arrow goes around."""
    doc = through_box_document()
    monkeypatch.setattr(routing, "CROWDED_FLOWS", len(doc.flows) - 1)
    arrow = next(a for a in build_geometry(doc).arrows if a.flow.id == "f-ac")
    assert len(arrow.points) == 2
    assert routing.crowded(len(doc.flows)) and not routing.crowded(len(doc.flows) - 1)
