"""Changes and merge conflicts in plain words with names, for the command line, the PDF and
the editor: ``Activity “Arbejde i caféen” (s-7): title “…” → “…”``.

Referenced ids are shown by the names of what they refer to, looked up in the documents
compared. Words go through :func:`app.i18n.translate`, so the PDF section and the editor speak
the user's language.
"""

from __future__ import annotations

import json
from typing import Any

from app.i18n import translate

from .diff import Change, display_name, elements
from .document import Document
from .repair import Conflict

# Fields whose values are ids of other elements
REF_FIELDS = {"actor", "phase", "source", "target", "owner", "asset", "organization",
              "governance.coordinator", "partnership", "members", "access", "participants",
              "order"}
# Fields whose values are words from a fixed list, shown as they are
ENUM_FIELDS = {"kind", "consent", "purpose", "nature", "status", "level", "language"}
SHORT = 80


class Names:
    """id -> what people call it, over any number of documents (later ones win)."""

    def __init__(self, *docs: Document) -> None:
        self._names: dict[str, str] = {}
        for doc in docs:
            found = elements(doc.model_dump(mode="json"))
            for obj_id, elem in found.items():
                self._names[obj_id] = display_name(elem.fields)
            for obj_id, elem in found.items():
                if elem.kind == "flow" and not self._names[obj_id]:
                    self._names[obj_id] = (f"{self.name(elem.fields['source'])} → "
                                           f"{self.name(elem.fields['target'])}")

    def name(self, obj_id: str) -> str:
        return self._names.get(obj_id) or obj_id


def kind_word(kind: str) -> str:
    """The element kind as a capitalised word (literal calls, so lupdate sees them)."""
    words = {"meta": translate("Changes", "Map"), "phase": translate("Changes", "Phase"),
             "actor": translate("Changes", "Actor"), "activity": translate("Changes", "Activity"),
             "flow": translate("Changes", "Flow"),
             "partnership": translate("Changes", "Partnership"),
             "resource": translate("Changes", "Resource"), "asset": translate("Changes", "Asset"),
             "routine": translate("Changes", "Routine")}
    return words.get(kind, kind)


def field_word(field: str) -> str:
    """A field's name for people; a field this table does not know keeps its own name."""
    words = {
        "title": translate("Changes", "title"), "name": translate("Changes", "name"),
        "description": translate("Changes", "description"),
        "authors": translate("Changes", "authors"), "language": translate("Changes", "language"),
        "created": translate("Changes", "created"), "kind": translate("Changes", "kind"),
        "organization": translate("Changes", "works for"), "color": translate("Changes", "colour"),
        "actor": translate("Changes", "lane"), "phase": translate("Changes", "phase"),
        "co_produced": translate("Changes", "co-produced"),
        "source": translate("Changes", "from"), "target": translate("Changes", "to"),
        "what": translate("Changes", "what"), "when": translate("Changes", "when"),
        "form": translate("Changes", "form"), "asset": translate("Changes", "asset"),
        "personal_data": translate("Changes", "personal data"),
        "consent": translate("Changes", "consent"), "members": translate("Changes", "members"),
        "purpose": translate("Changes", "purpose"), "remit": translate("Changes", "remit"),
        "need": translate("Changes", "need"),
        "governance.coordinator": translate("Changes", "coordinator"),
        "governance.leadership_resources": translate("Changes", "leadership resources"),
        "governance.decision_making": translate("Changes", "decision making"),
        "governance.review": translate("Changes", "review"),
        "governance.responsibilities": translate("Changes", "responsibilities"),
        "complementarities": translate("Changes", "complementarities"),
        "questions.why": translate("Changes", "why we collaborate"),
        "questions.complementary": translate("Changes", "what binds us"),
        "questions.technology": translate("Changes", "technology and places"),
        "questions.routines": translate("Changes", "routines and improvement"),
        "reflections": translate("Changes", "reflections"), "owner": translate("Changes", "owner"),
        "nature": translate("Changes", "nature"), "status": translate("Changes", "status"),
        "access": translate("Changes", "access"),
        "participants": translate("Changes", "participants"),
        "partnership": translate("Changes", "partnership"), "order": translate("Changes", "order"),
    }
    return words.get(field, field.replace("_", " "))


def value_text(field: str | None, value: Any, names: Names) -> str:
    """A field's value as a short phrase: names for ids, quotes around text."""
    if value is None:
        return translate("Changes", "none")
    if isinstance(value, bool):
        return translate("Changes", "yes") if value else translate("Changes", "no")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(value_text(field, v, names) for v in value) or translate("Changes", "none")
    if isinstance(value, dict) and value:
        first = next(iter(value))  # an entry of a list without ids: its first field names it
        return value_text(first, value[first], names)
    text = str(value)
    if field in REF_FIELDS:
        text = names.name(text)
    elif field in ENUM_FIELDS:
        return text
    text = "".join(ch if ch >= " " else " " for ch in text)
    return f"“{text if len(text) <= SHORT else text[:SHORT - 1] + '…'}”"


def subject(kind: str, obj_id: str | None, names: Names) -> str:
    """``Activity “Arbejde i caféen” (s-7)``, or just ``Map``."""
    if obj_id is None:
        return kind_word(kind)
    name = names.name(obj_id)
    return f"{kind_word(kind)} “{name}” ({obj_id})" if name != obj_id else f"{kind_word(kind)} ({obj_id})"


def describe_change(change: Change, names: Names) -> str:
    """One line in plain words."""
    what = subject(change.kind, change.id, names)
    if change.op == "added":
        return translate("Changes", "{what}: added").format(what=what)
    if change.op == "removed":
        return translate("Changes", "{what}: removed").format(what=what)
    if change.op == "moved":
        return translate("Changes", "{what}: moved").format(what=what)
    if change.op == "reordered":
        if change.kind == "actor":
            return translate("Changes", "Lanes reordered")
        return translate("Changes", "Phases reordered")
    field = change.field or ""
    if isinstance(change.old, list) and isinstance(change.new, list):
        return f"{what}: {field_word(field)} {list_change(field, change.old, change.new, names)}"
    old, new = value_text(field, change.old, names), value_text(field, change.new, names)
    if change.op == "resized":
        return translate("Changes", "{what}: resized {old} → {new}").format(what=what, old=old, new=new)
    return f"{what}: {field_word(field)} {old} → {new}"


def list_change(field: str, old: list, new: list, names: Names) -> str:
    """``+ “a”, − “b”``: what a list gained and lost (or, if only its order changed, both)."""
    def keys(values: list) -> list[str]:
        return [json.dumps(v, sort_keys=True) for v in values]

    old_keys, new_keys = keys(old), keys(new)
    had, has = set(old_keys), set(new_keys)
    gained = [v for v, k in zip(new, new_keys) if k not in had]
    lost = [v for v, k in zip(old, old_keys) if k not in has]
    if not gained and not lost:
        return f"{value_text(field, old, names)} → {value_text(field, new, names)}"
    parts = [f"+ {value_text(field, gained, names)}"] if gained else []
    parts += [f"− {value_text(field, lost, names)}"] if lost else []
    return ", ".join(parts)


def describe_conflict(conflict: Conflict, names: Names) -> str:
    """One line: what both sides did, and what the merge kept."""
    what = subject(conflict.kind, conflict.id, names)
    field = conflict.field or ""
    if conflict.resolution == "dropped":
        if conflict.field is None:
            return translate("Changes", "{what}: dropped, it referred to something the merged map "
                                        "no longer has").format(what=what)
        return translate("Changes", "{what}: {field} {value} dropped, it is no longer in the "
                                    "merged map").format(what=what, field=field_word(field),
                                                         value=value_text(field, conflict.ours, names))
    if conflict.field is None:
        return translate("Changes", "{what}: removed on one side and changed on the other; "
                                    "the changed one is kept").format(what=what)
    if conflict.field == "order":
        if conflict.kind == "actor":
            return translate("Changes", "Lanes: both sides reordered them differently; ours kept")
        return translate("Changes", "Phases: both sides reordered them differently; ours kept")
    return translate("Changes", "{what}: {field} ours {ours}, theirs {theirs}; kept {kept}").format(
        what=what, field=field_word(field), ours=value_text(field, conflict.ours, names),
        theirs=value_text(field, conflict.theirs, names),
        kept=translate("Changes", "ours") if conflict.resolution == "ours"
        else translate("Changes", "theirs"))
