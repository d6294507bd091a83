"""More kinds of edits the canvas keeps its drawing up to date through (removed and retargeted
flows, arrows to lane headers, parallel arrows, renamed and removed lanes and phases, labels,
lane order, undo): after each, the kept plan draws what a fresh open draws, and its update
names every part that looks different or went."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.model import Document, Flow, edits
from app.model.drawing import MapDrawing
from test_drawing_follows import MEASURE, kept_plan


def _retarget(doc: Document, rng: random.Random) -> list:
    """A flow now ends at a lane header (or, when it did, at a box)."""
    flow = rng.choice(doc.flows)
    ends = [a.id for a in doc.actors] if flow.target.startswith("s-") else \
        [a.id for a in doc.activities]
    target = rng.choice([e for e in ends if e != flow.source])
    return edits.update(doc, flow.id, kind="information", target=target)


def _parallel(doc: Document, rng: random.Random, step: int) -> list:
    flow = rng.choice(doc.flows)
    return edits.add_flow(doc, Flow(id=f"par-{step}", kind="information", source=flow.source,
                                    target=flow.target, what="Svar på henvendelsen"))


def _label(doc: Document, rng: random.Random) -> list:
    flow = rng.choice(doc.flows)
    return edits.update(doc, flow.id, kind="information", personal_data=True, consent="missing",
                        what=rng.choice(("", "Journal", "Oplysninger om borgerens situation")))


def _relane(doc: Document, rng: random.Random) -> list:
    act = rng.choice(doc.activities)
    return edits.update(doc, act.id, actor=rng.choice(doc.actors).id, width=act.width + 40,
                        co_produced=not act.co_produced)


def _edit(doc: Document, rng: random.Random, step: int) -> list:
    """One editor action of the kinds ``test_drawing_follows`` does not make."""
    kind = step % 11
    if kind == 0:
        return edits.remove(doc, rng.choice(doc.flows).id)
    if kind == 1:
        return _retarget(doc, rng)
    if kind == 2:
        return _parallel(doc, rng, step)
    if kind == 3:
        lane = rng.choice(doc.actors)
        return edits.update(doc, lane.id, name=lane.name + " og partnere i byen", kind="private")
    if kind == 4:
        phase = rng.choice(doc.phases)
        return edits.update(doc, phase.id, name=phase.name + " og opfølgning", width=phase.width + 80)
    if kind == 5:
        return _label(doc, rng)
    if kind == 6:
        return _relane(doc, rng)
    if kind == 7:
        return edits.move(doc, ("actors",), 0, len(doc.actors) - 1)
    if kind == 8:
        return edits.remove(doc, rng.choice(doc.actors[1:]).id)
    if kind == 9:
        return edits.remove(doc, rng.choice(doc.phases).id)
    return _move_and_remove(doc, rng)


def _move_and_remove(doc: Document, rng: random.Random) -> list:
    """Two boxes in one step (as applying a comparison does): one moves, a later one goes."""
    ids = sorted(a.id for a in doc.activities if any(a.id in (f.source, f.target) for f in doc.flows))
    first, second = rng.sample(range(len(ids)), 2)
    moving, going = ids[min(first, second)], ids[max(first, second)]
    act = doc.activity(moving)
    undo = edits.update(doc, moving, x=act.x + 300.0)
    return edits.remove(doc, going) + undo


def _looks(plan: MapDrawing) -> dict[str, dict]:
    """What a reader sees of each part (a label's place may land elsewhere after edits: labels
    are placed greedily in the order arrows are routed)."""
    arrows = {f: replace(a, label_rect=None) for f, a in plan.arrows.items()}
    return {"boxes": dict(plan.boxes), "arrows": arrows, "lanes": dict(plan.lanes),
            "columns": dict(plan.columns)}


def _check_step(plan: MapDrawing, doc: Document, before: dict, step) -> None:
    delta = plan.update()
    after = _looks(plan)
    for part, named in (("boxes", delta.boxes), ("arrows", delta.arrows),
                        ("lanes", delta.lanes), ("columns", delta.columns)):
        gone = before[part].keys() - after[part].keys()
        assert gone <= delta.gone, (step, part, gone - delta.gone)
        changed = {i for i in after[part] if before[part].get(i) != after[part][i]}
        assert changed <= named, (step, part, changed - named)
    assert after == _looks(MapDrawing(doc, MEASURE)), step


@pytest.mark.parametrize(("seed", "steps"), [(3, 22), (8, 22)])
def test_edited_plan_draws_what_a_fresh_open_draws_after_every_kind_of_edit(seed, steps):
    rng, doc, plan = kept_plan(seed, 24, 36)
    for step in range(steps):
        before = _looks(plan)
        undo = _edit(doc, rng, step)
        _check_step(plan, doc, before, step)
        if step % 4 == 3:  # and back again
            before = _looks(plan)
            edits.apply(doc, undo)
            _check_step(plan, doc, before, (step, "undo"))
