"""Undo and redo as a property: any sequence of user commands, undone, gives back the file.

Seeded random sequences of the commands the editor offers (add activity/actor/phase/flow,
move, nudge, resize, reorder lanes, delete, toggle *, edit properties, partnership edits),
applied through the controller's undo stack with the same edit functions the canvas and
panels use, with a live MapScene following every step. Undoing everything must restore the
original ``dumps()`` byte for byte, and redoing everything the final one; the scene must show
exactly the document's activities and flows at each end.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF

from app.model import Asset, Reflection, Resource, Routine, dumps, edits
from app.model.templates import from_template
from app.ui.canvas import MapScene, editing
from app.ui.controller import DocumentController

SEQUENCES = 300
STEPS = 14
WORDS = ["Møde", "Afklaring", "Café Åen", "Borgerens ønsker", "Opfølgning", "Ærø", "Tilbud"]


def _pick(rng: random.Random, items: list):
    return rng.choice(items) if items else None


def _activity_cmds(rng: random.Random, scene: MapScene, ctl: DocumentController) -> None:
    doc = scene.document
    act = _pick(rng, doc.activities)
    choice = rng.randrange(8)
    if choice == 0 or act is None:
        lane = _pick(rng, scene.layout.lanes)
        if lane is not None:
            editing.add_activity_at(scene, QPointF(rng.uniform(200, 1200), lane.top + lane.height / 2))
    elif choice == 1:
        lane = _pick(rng, scene.layout.lanes)
        ctl.execute("Move activity", editing.set_fields({act.id: {
            "x": round(rng.uniform(0, 900), 1), "y": round(rng.uniform(0, 90), 1),
            "actor": lane.actor_id}}))
    elif choice == 2:
        scene.select_only([act.id])
        for _ in range(rng.randint(1, 3)):
            editing.nudge(scene, rng.choice((-10.0, 10.0)), rng.choice((0.0, 10.0)))
    elif choice == 3:
        editing.resize_activity(scene, act.id, rng.uniform(40, 400), rng.uniform(20, 200))
    elif choice == 4:
        scene.select_only([a.id for a in rng.sample(doc.activities, min(2, len(doc.activities)))])
        editing.toggle_co_produced(scene)
    elif choice == 5:
        ctl.execute("Edit", lambda d: edits.update(d, act.id, title=rng.choice(WORDS),
                                                   description=rng.choice(WORDS)))
    elif choice == 6:
        other = _pick(rng, doc.activities + doc.actors)
        editing.add_flow(scene, rng.choice(("information", "sequence")), act.id, other.id)
    else:
        scene.select_only([act.id])
        editing.duplicate(scene)


def _map_cmds(rng: random.Random, scene: MapScene, ctl: DocumentController) -> None:
    doc = scene.document
    choice = rng.randrange(7)
    if choice == 0:
        editing.add_actor_at(scene, QPointF(300, rng.uniform(0, scene.layout.height)))
    elif choice == 1:
        editing.add_phase_at(scene, QPointF(rng.uniform(170, 1500), 20))
    elif choice == 2 and doc.actors:
        editing.reorder_lane(scene, rng.choice(doc.actors).id, rng.randrange(len(doc.actors)))
    elif choice == 3 and doc.actors:
        editing.resize_lane(scene, rng.choice(doc.actors).id, rng.uniform(40, 400))
    elif choice == 4:
        ids = [o.id for o in rng.sample(doc.activities + doc.flows + doc.actors + doc.phases, 2)]
        scene.select_only(ids)
        editing.delete_selected(scene)
    elif choice == 5 and doc.flows:
        flow = rng.choice(doc.flows)
        ctl.execute("Edit flow", lambda d: edits.update(
            d, flow.id, what=rng.choice(WORDS), personal_data=rng.random() < 0.5,
            consent=rng.choice(("obtained", "missing", "unknown", "not_needed"))))
    elif doc.phases:
        ctl.execute("Rename phase", lambda d: edits.update(d, rng.choice(doc.phases).id,
                                                           name=rng.choice(WORDS)))


def _partnership_cmds(rng: random.Random, scene: MapScene, ctl: DocumentController) -> None:
    doc = scene.document
    if not doc.partnerships or not doc.actors:
        return
    p = rng.randrange(len(doc.partnerships))
    part, base = doc.partnerships[p], ("partnerships", p)
    owner = rng.choice(doc.actors).id
    choice = rng.randrange(7)
    if choice == 0:
        item = Resource(id=edits.new_id(doc, "r"), owner=owner, name=rng.choice(WORDS))
        ctl.execute("Add resource", lambda d: edits.add(d, base + ("resources",), item))
    elif choice == 1:
        item = Asset(id=edits.new_id(doc, "as"), name=rng.choice(WORDS), access=[owner])
        ctl.execute("Add asset", lambda d: edits.add(d, base + ("assets",), item))
    elif choice == 2:
        asset = _pick(rng, part.assets)
        item = Routine(id=edits.new_id(doc, "k"), what=rng.choice(WORDS), participants=[owner],
                       asset=asset.id if asset else None)
        ctl.execute("Add routine", lambda d: edits.add(d, base + ("routines",), item))
    elif choice == 3:
        item = Reflection(date="2026-12-0%d" % rng.randint(1, 9), to_improve=rng.choice(WORDS))
        ctl.execute("Add reflection", lambda d: edits.add(d, base + ("reflections",), item))
    elif choice == 4:
        ctl.execute("Governance", lambda d: edits.update_at(
            d, base + ("governance",), coordinator=owner, review=rng.choice(WORDS)))
    elif choice == 5:
        doomed = _pick(rng, part.resources + part.assets + part.routines)
        if doomed is not None:
            ctl.execute("Remove", lambda d: edits.remove(d, doomed.id))
    else:
        ctl.execute("Purpose", lambda d: edits.update(
            d, part.id, purpose=rng.choice(("efficiency", "repackaging", "new_service", None)),
            remit=rng.choice(WORDS)))


def _check_scene(scene: MapScene) -> None:
    scene.flush()
    doc = scene.document
    assert set(scene.activities) == {a.id for a in doc.activities}
    assert set(scene.flows) == {f.id for f in doc.flows}
    assert set(scene.lanes) == {a.id for a in doc.actors}


def run_sequence(seed: int, template: str) -> None:
    rng = random.Random(seed)
    ctl = DocumentController(from_template(template))
    scene = MapScene(ctl)
    before = dumps(ctl.document)
    for _ in range(STEPS):
        rng.choice((_activity_cmds, _activity_cmds, _map_cmds, _partnership_cmds))(rng, scene, ctl)
    after = dumps(ctl.document)
    stack = ctl.undo_stack
    while stack.canUndo():
        stack.undo()
    assert dumps(ctl.document) == before, f"seed {seed}: undo all did not restore the file"
    _check_scene(scene)
    while stack.canRedo():
        stack.redo()
    assert dumps(ctl.document) == after, f"seed {seed}: redo all did not give the final file"
    _check_scene(scene)


@pytest.mark.parametrize("template", ["aalborg-aktiv", "generic"])
def test_random_command_sequences_undo_and_redo_exactly(qapp, template):
    for seed in range(SEQUENCES // 2):
        run_sequence(seed, template)
