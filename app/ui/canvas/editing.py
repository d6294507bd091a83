"""Canvas commands: each user gesture becomes ONE controller.execute() of model edits.

The functions here turn scene positions and the selection into model values; the scene and
its items then follow the document's change events like any other view.
"""

from __future__ import annotations

import json
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF
from PySide6.QtGui import QGuiApplication

from app.model import Activity, Actor, Document, DocumentError, Flow, Phase, edits
from app.wording import kind_label
from app.model import layout as geo
from app.model.kinds import guess_kind
from app.model.edits import Op, recording

from .. import undo_text
from .items import ActivityItem

MIME_MAP = "application/x-oppspace-selection"
PASTE_OFFSET = 20.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def chain(*steps: Callable[[Document], list[Op]]) -> Callable[[Document], list[Op]]:
    """Several edits as one: if one is refused, the earlier ones are undone too."""
    def run(doc: Document) -> list[Op]:
        undo: list[Op] = []
        try:
            for step in steps:
                undo = step(doc) + undo
        except Exception:
            edits.apply(doc, undo)
            raise
        return undo
    return run


def set_fields(changes: dict[str, dict[str, Any]]) -> Callable[[Document], list[Op]]:
    """Set fields on several objects by id, as one edit checked once."""
    def run(doc: Document) -> list[Op]:
        with recording(doc) as rec:
            for obj_id, fields in changes.items():
                path = doc.path_of(obj_id)
                for name, value in fields.items():
                    rec.set(path, name, value)
        return rec.undo_ops()
    return run


def _execute(scene, text: str, edit, merge_key: object | None = None) -> bool:
    return scene.controller is not None and scene.controller.execute(text, edit, merge_key)


def _say(scene, text: str) -> None:
    """A refusal: shown next to the mouse and in the status bar."""
    if scene.controller is not None:
        scene.controller.refuse(text)


# -- adding ---------------------------------------------------------------------------------
def _add_then_rename(scene, text: str, edit, obj_id: str) -> str | None:
    """Add a new item as one step, select it and open its name for typing."""
    if not _execute(scene, text, edit):
        return None
    scene.flush()
    scene.select_only([obj_id])
    scene.rename_requested.emit(obj_id)
    return obj_id


def add_activity_at(scene, pos: QPointF) -> str | None:
    """A new box centred on ``pos`` in the lane (and phase) under it."""
    scene.flush()
    layout, doc = scene.layout, scene.document
    lane = layout.lane_at(pos.y())
    if lane is None:
        _say(scene, tr("Add an actor (a lane) first: activities live in lanes."))
        return None
    w, h = 180.0, 70.0
    column = layout.column_at(pos.x())
    left = pos.x() - w / 2
    if column is not None and column.width >= w + 16:  # keep the box inside its phase column
        left = min(max(left, column.left + 8), column.left + column.width - w - 8)
    x = round(max(0.0, left - geo.HEADER_WIDTH), 1)
    y = round(max(0.0, pos.y() - lane.top - h / 2), 1)
    act = Activity(id=edits.new_id(doc, "s"), title=tr("New activity"), actor=lane.actor_id,
                   phase=column.phase_id if column else None, x=x, y=y, width=w, height=h)
    return _add_then_rename(scene, tr("Add activity"), lambda d: edits.add_activity(d, act), act.id)


def add_actor_at(scene, pos: QPointF) -> str | None:
    """A new lane below the lane under ``pos`` (or last)."""
    scene.flush()
    lane = scene.layout.lane_at(pos.y()) if pos.y() >= geo.PHASE_HEADER_HEIGHT else None
    index = lane.index + 1 if lane is not None else len(scene.document.actors)
    if pos.y() < geo.PHASE_HEADER_HEIGHT:
        index = 0
    actor = Actor(id=edits.new_id(scene.document, "a"), name=tr("New actor"), kind="other",
                  color=edits.unused_color(scene.document))
    return _add_then_rename(scene, tr("Add actor"), lambda d: edits.add_actor(d, actor, index), actor.id)


def add_phase_at(scene, pos: QPointF) -> str | None:
    """A new phase column after the column under ``pos`` (or last)."""
    scene.flush()
    column = scene.layout.column_at(pos.x())
    index = column.index + 1 if column is not None else len(scene.document.phases)
    phase = Phase(id=edits.new_id(scene.document, "ph"), name=tr("New phase"))
    return _add_then_rename(scene, tr("Add phase"), lambda d: edits.add_phase(d, phase, index), phase.id)


def add_flow(scene, kind: str, source: str, target: str) -> str | None:
    """Connect two things; a sequence flow joins two activities only."""
    doc = scene.document
    if source == target:
        _say(scene, tr("Not done: a flow needs two different ends."))
        return None
    if kind == "sequence" and (doc.activity(source) is None or doc.activity(target) is None):
        _say(scene, tr("Not done: a sequence flow (process order) joins two activities, "
                       "not a lane. Use an information flow to reach an actor."))
        return None
    flow = Flow(id=edits.new_id(doc, "f"), kind=kind, source=source, target=target)
    text = tr("Add information flow") if kind == "information" else tr("Add sequence flow")
    if not _execute(scene, text, lambda d: edits.add_flow(d, flow)):
        return None
    scene.select_only([flow.id])
    if kind == "information":
        scene.rename_requested.emit(flow.id)
    return flow.id


def rename(scene, obj_id: str, field: str, text: str, kind: str | None = None,
           guessed: bool = True) -> bool:
    """Rename in place as one step. A lane takes ``kind`` (chosen beside its name) in the
    same step; without one, a lane still of kind "other" takes the kind its new name suggests
    (Borger, Kansalainen → citizen). A guessed kind is said in the status bar."""
    doc = scene.document
    actor = doc.actor(obj_id)
    if kind is None and actor is not None and actor.kind == "other":
        kind = guess_kind(text)
    if actor is None or kind == actor.kind:
        kind = None
    renamed = getattr(doc.find(obj_id), field, None) != text
    if not renamed and kind is None:
        return False
    steps = [lambda d: edits.update(d, obj_id, **{field: text})] if renamed else []
    if kind is not None:
        steps.append(lambda d: edits.set_actor_kind(d, obj_id, kind))
    label = undo_text.rename(doc, obj_id, text) if renamed else (
        tr("Make lane %1 a %2 lane").replace("%1", undo_text.quoted(actor.name))
        .replace("%2", kind_label(kind)))
    if not _execute(scene, label, chain(*steps)):
        return False
    if kind is not None and guessed and kind != "other":
        scene.controller.message.emit(
            tr("“%1” is a %2 lane; change its kind in Properties if it is not.")
            .replace("%1", text).replace("%2", kind_label(kind)))
    return True


# -- moving and sizing ----------------------------------------------------------------------
def commit_moves(scene) -> bool:
    """After a drag: record where the selected boxes were dropped, as one command.

    The lane under a box's centre becomes its actor, the phase column its phase.
    """
    doc, layout = scene.document, scene.layout
    changes: dict[str, dict[str, Any]] = {}
    for item in scene.selectedItems():
        if not isinstance(item, ActivityItem):
            continue
        act = doc.activity(item.obj_id)
        if act is None or item.pos() == scene.model_pos(act):
            continue
        box = item.box()
        lane = layout.lane_at(box.center().y())
        column = layout.column_at(box.center().x())
        changes[act.id] = {
            "actor": lane.actor_id,
            "phase": column.phase_id if column is not None else None,
            "x": round(max(0.0, box.x() - geo.HEADER_WIDTH), 1),
            "y": round(max(0.0, box.y() - lane.top), 1),
        }
    if not changes:
        return False
    done = _execute(scene, undo_text.move(doc, changes), set_fields(changes))
    for act_id in changes:  # refused or clamped: show what the model says
        scene.place(act_id)
    return done


def nudge(scene, dx: float, dy: float) -> bool:
    """Arrow keys move the selected boxes within their lanes; successive nudges merge."""
    doc = scene.document
    changes = {}
    for act_id in sorted(i for i in scene.selected_ids() if i in scene.activities):
        act = doc.activity(act_id)
        changes[act_id] = {"x": round(max(0.0, act.x + dx), 1), "y": round(max(0.0, act.y + dy), 1)}
    if not changes:
        return False
    return _execute(scene, tr("Nudge"), set_fields(changes), ("nudge", tuple(changes)))


def resize_activity(scene, act_id: str, width: float, height: float) -> bool:
    changes = {act_id: {"width": round(max(60.0, width), 1), "height": round(max(30.0, height), 1)}}
    done = _execute(scene, tr("Resize activity"), set_fields(changes))
    scene.place(act_id)
    return done


def resize_lane(scene, actor_id: str, height: float) -> bool:
    value = round(max(geo.MIN_LANE_HEIGHT, height), 1)
    return _execute(scene, tr("Resize lane"),
                    lambda d: edits.update(d, actor_id, lane_height=value))


def reorder_lane(scene, actor_id: str, new_index: int) -> bool:
    doc = scene.document
    old = next((i for i, a in enumerate(doc.actors) if a.id == actor_id), None)
    if old is None or old == new_index:
        return False
    return _execute(scene, tr("Reorder lanes"), lambda d: edits.move(d, ("actors",), old, new_index))


# -- selection commands ---------------------------------------------------------------------
def delete_selected(scene) -> bool:
    """Delete the selection; flows touching deleted things go with them (one step)."""
    ids = scene.selected_ids()
    if not ids:
        return False
    return _execute(scene, tr("Delete"), lambda d: edits.remove_many(d, ids))


def toggle_co_produced(scene) -> bool:
    """Mark the selected activities as done with citizens (*), or unmark them if all are."""
    ids = [i for i in scene.selected_ids() if i in scene.activities]
    if not ids:
        _say(scene, tr("Select one or more activities to mark them as co-produced."))
        return False
    doc = scene.document
    value = not all(doc.activity(i).co_produced for i in ids)
    return _execute(scene, tr("Toggle co-produced"),
                    set_fields({i: {"co_produced": value} for i in ids}))


def select_all(scene) -> None:
    scene.select_only(list(scene.activities) + list(scene.flows))


def copy_payload(doc: Document, ids: list[str]) -> dict:
    """The selected activities and the flows among them (or to actors) as plain data."""
    acts = [a for a in doc.activities if a.id in set(ids)]
    chosen = {a.id for a in acts}
    actors = {a.id for a in doc.actors}
    flows = [f for f in doc.flows
             if (f.source in chosen or f.target in chosen)
             and {f.source, f.target} <= chosen | actors]
    return {"activities": [a.model_dump(mode="json") for a in acts],
            "flows": [f.model_dump(mode="json") for f in flows]}


def paste_edit(payload: dict, offset: float, new_ids: list[str]):
    """An edit inserting copies with fresh ids, shifted by ``offset``; fills ``new_ids``."""
    def run(doc: Document) -> list[Op]:
        mapping: dict[str, str] = {}
        with recording(doc) as rec:
            try:
                _paste_into(doc, rec, payload, offset, mapping, new_ids)
            except (KeyError, TypeError, AttributeError):
                raise DocumentError(tr("the clipboard does not hold OppSpace activities")) from None
        new_ids.extend(mapping.values())
        return rec.undo_ops()
    return run


def _paste_into(doc: Document, rec, payload: dict, offset: float, mapping: dict[str, str],
                new_ids: list[str]) -> None:
    for data in payload.get("activities", []):
        if doc.actor(data.get("actor", "")) is None:
            continue
        new = edits.new_id(doc, "s")
        mapping[data["id"]] = new
        item = Activity.model_validate({**data, "id": new, "x": data["x"] + offset,
                                        "y": data["y"] + offset})
        rec.insert(("activities",), item)
    for data in payload.get("flows", []):
        ends = [mapping.get(data[k], data[k] if doc.actor(data[k]) else None)
                for k in ("source", "target")]
        if None in ends or not (set(ends) & set(mapping.values())):
            continue
        flow = Flow.model_validate({**data, "id": edits.new_id(doc, "f"),
                                    "source": ends[0], "target": ends[1]})
        rec.insert(("flows",), flow)
        new_ids.append(flow.id)


def paste_payload(scene, payload: dict, text: str) -> bool:
    new_ids: list[str] = []
    if not _execute(scene, text, paste_edit(payload, PASTE_OFFSET, new_ids)):
        return False
    scene.flush()
    scene.select_only(new_ids)
    return True


def duplicate(scene) -> bool:
    payload = copy_payload(scene.document, scene.selected_ids())
    if not payload["activities"]:
        _say(scene, tr("Select activities to duplicate."))
        return False
    return paste_payload(scene, payload, tr("Duplicate"))


def copy(scene) -> bool:
    payload = copy_payload(scene.document, scene.selected_ids())
    if not payload["activities"]:
        return False
    mime = QMimeData()
    mime.setData(MIME_MAP, json.dumps(payload).encode("utf-8"))
    mime.setText("\n".join(a["title"] for a in payload["activities"]))
    QGuiApplication.clipboard().setMimeData(mime)
    return True


def paste(scene) -> bool:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(MIME_MAP):
        _say(scene, tr("Nothing to paste: copy activities first."))
        return False
    try:
        payload = json.loads(bytes(mime.data(MIME_MAP)).decode("utf-8"))
    except ValueError:
        _say(scene, tr("Nothing to paste: the clipboard holds no OppSpace activities."))
        return False
    return paste_payload(scene, payload, tr("Paste"))
