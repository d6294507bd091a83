"""What an undo step is called in Undo History and the Edit menu: the thing and the change
("Move “Intake” to Co-delivery", "Rename lane “Borger” to “Citizen”"), not just "Rename"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.model import Document

SHOWN = 40  #: characters of a name shown before "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoText", text)


def quoted(name: str) -> str:
    """“name”, shortened to keep the history readable."""
    name = " ".join(name.split())
    return f"“{name if len(name) <= SHOWN else name[:SHOWN - 1] + '…'}”"


def rename(doc: Document, obj_id: str, new: str, old: str | None = None) -> str:
    """The undo text of renaming ``obj_id`` to ``new`` (before the change is applied; ``old``
    is the name before a run of typing that merges into one step)."""
    if (act := doc.activity(obj_id)) is not None:
        template, was = _tr("Rename activity %1 to %2"), act.title
    elif (actor := doc.actor(obj_id)) is not None:
        template, was = _tr("Rename lane %1 to %2"), actor.name
    elif (phase := doc.phase(obj_id)) is not None:
        template, was = _tr("Rename phase %1 to %2"), phase.name
    elif (flow := doc.flow(obj_id)) is not None:
        template, was = _tr("Change flow %1 to %2"), flow.what
    else:
        return _tr("Rename")
    return template.replace("%1", quoted(was if old is None else old)).replace("%2", quoted(new))


def move(doc: Document, changes: dict[str, dict[str, Any]]) -> str:
    """The undo text of moving activities: where to, when the lane or phase changes."""
    if len(changes) != 1:
        return _tr("Move %1 activities").replace("%1", str(len(changes)))
    act_id, fields = next(iter(changes.items()))
    act = doc.activity(act_id)
    title = quoted(act.title)
    places = []
    if fields.get("actor", act.actor) != act.actor:
        places.append(doc.actor(fields["actor"]).name)
    if fields.get("phase", act.phase) != act.phase:
        phase = doc.phase(fields["phase"]) if fields["phase"] else None
        places.append(phase.name if phase is not None else _tr("no phase"))
    if not places:
        return _tr("Move %1").replace("%1", title)
    return _tr("Move %1 to %2").replace("%1", title).replace("%2", ", ".join(places))


def field_change(doc: Document, obj_id: str | None, field: str, value: Any,
                 old: Any = None) -> str | None:
    """The undo text of a Properties field when it renames or moves something, else None."""
    if obj_id is not None and field in ("title", "name", "what") and isinstance(value, str):
        return rename(doc, obj_id, value, old)
    if obj_id is not None and field in ("actor", "phase") and doc.activity(obj_id) is not None:
        return move(doc, {obj_id: {field: value}})
    return None
