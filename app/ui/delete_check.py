"""What deleting lanes takes with it, in words, so the editor can ask before partnership
content disappears silently (an actor's removal cascades into memberships, resources,
complementarities, responsibilities, access and participant lists, and its lane's activities).

The consequences are found by running the real edit (``edits.remove_many``) on a copy of the
document and comparing, so the question always matches what the delete will do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model import Document, edits, dumps, loads
from app.model.document import Partnership


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteCheck", text)


def _count(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{count}`` filled in (both already translated)."""
    return one if n == 1 else many.format(count=n)


def _copy(doc: Document) -> Document:
    """An independent copy without the original's listeners."""
    try:
        return Document.model_validate(doc.model_dump())
    except Exception:  # strict validation of a dump should not fail; the file format will not
        return loads(dumps(doc))


def _quoted(names: list[str]) -> str:
    return ", ".join(f"“{n}”" for n in names)


def _partnership_losses(before: Partnership, after: Partnership | None, names: dict[str, str]
                        ) -> list[str]:
    """What one partnership loses, as short phrases."""
    if after is None:
        return [_tr("the whole partnership")]
    parts: list[str] = []
    gone = [names.get(m, m) for m in before.members if m not in after.members]
    if gone:
        parts.append(_tr("the membership of {names}").format(names=_quoted(gone)))
    if before.governance.coordinator and after.governance.coordinator is None:
        parts.append(_tr("the coordinator role"))
    kept = {r.id for r in after.resources}
    lost = [r.name or r.id for r in before.resources if r.id not in kept]
    if lost:
        text = _tr("the resource {names}") if len(lost) == 1 else _tr("the resources {names}")
        parts.append(text.format(names=_quoted(lost)))
    for n, one, many in (
        (len(before.complementarities) - len(after.complementarities),
         _tr("1 pairing of resources that complement each other"),
         _tr("{count} pairings of resources that complement each other")),
        (len(before.governance.responsibilities) - len(after.governance.responsibilities),
         _tr("1 responsibility"), _tr("{count} responsibilities")),
        (_access_entries(before) - _access_entries(after),
         _tr("1 entry in asset access or routine participants"),
         _tr("{count} entries in asset access or routine participants")),
    ):
        if n > 0:
            parts.append(_count(n, one, many))
    return parts


def _access_entries(part: Partnership) -> int:
    return sum(len(a.access) for a in part.assets) + sum(len(r.participants) for r in part.routines)


def consequences(doc: Document, ids: list[str]) -> list[str]:
    """Lines saying what deleting ``ids`` removes beyond the lanes themselves; empty when
    no lane is deleted or nothing else goes with it."""
    actor_ids = [i for i in ids if doc.actor(i) is not None]
    if not actor_ids:
        return []
    after = _copy(doc)
    edits.remove_many(after, list(ids))
    lines: list[str] = []
    kept = {a.id for a in after.activities}
    lost_acts = [a for a in doc.activities if a.actor in actor_ids and a.id not in kept]
    if lost_acts:
        lines.append(_count(len(lost_acts), _tr("1 activity in the lane"),
                            _tr("{count} activities in the lane")))
    kept_flows = {f.id for f in after.flows}
    lost_flows = sum(1 for f in doc.flows if f.id not in kept_flows)
    if lost_flows:
        lines.append(_count(lost_flows, _tr("1 flow (arrow) to or from the lane"),
                            _tr("{count} flows (arrows) to or from the lane")))
    names = {a.id: a.name or a.id for a in doc.actors}
    remaining = {p.id: p for p in after.partnerships}
    for part in doc.partnerships:
        losses = _partnership_losses(part, remaining.get(part.id), names)
        if losses:
            lines.append(_tr("{partnership}: {losses}").format(
                partnership=part.name or part.id, losses=", ".join(losses)))
    return lines


def question(doc: Document, ids: list[str]) -> str | None:
    """The text to ask with before deleting ``ids``, or None when no question is needed."""
    lines = consequences(doc, ids)
    if not lines:
        return None
    actors = [doc.actor(i).name or i for i in ids if doc.actor(i) is not None]
    head = (_tr("Deleting the lane {names} also removes:") if len(actors) == 1
            else _tr("Deleting the lanes {names} also removes:")).format(names=_quoted(actors))
    body = "\n".join(f"• {line}" for line in lines)
    return f"{head}\n\n{body}\n\n" + _tr("You can undo this.")
