"""Arrows to a lane header (the whole organisation) meet its right edge spread down it, inside
its top and bottom, in the order the flows are in the map; removing one spreads the others
again (the ends may then shift a little where arrows sharing a line are spread apart)."""

from __future__ import annotations

from app.export.pdf_style import text_measure
from app.model import Flow, edits
from app.model.drawing import MapDrawing
from app.model.templates import from_template

LANE = "a-municipality"


def _header_ends(plan: MapDrawing, fids: list[str]) -> list[tuple[float, float]]:
    return [plan.arrows[f].points[-1] for f in fids]


def _on_the_edge_in_order(plan: MapDrawing, ends: list[tuple[float, float]]) -> None:
    header = plan.layout.lane_by_actor[LANE].header
    assert {x for x, _y in ends} == {header.right}
    ys = [y for _x, y in ends]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)
    assert header.y + 8 <= ys[0] and ys[-1] <= header.bottom - 8


def test_arrows_to_a_lane_header_are_spread_down_its_edge_in_map_order():
    doc = from_template("generic")
    for i, source in enumerate(("s-offer", "s-deliver")):
        edits.add_flow(doc, Flow(id=f"f-to-{i}", kind="information", source=source, target=LANE,
                                 what="Report"))
    plan = MapDrawing(doc, text_measure())
    doc.events.connect(plan.note)
    fids = ["f-11", "f-to-0", "f-to-1"]
    assert [f.id for f in doc.flows if f.target == LANE] == fids
    before = _header_ends(plan, fids)
    _on_the_edge_in_order(plan, before)
    edits.remove_many(doc, ["f-to-0"])
    plan.update()
    after = _header_ends(plan, ["f-11", "f-to-1"])
    _on_the_edge_in_order(plan, after)
    assert after[1][1] < before[2][1]  # the last one moved up into the freed room
    assert "f-to-0" not in plan.arrows
