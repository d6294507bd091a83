"""Anonymised exports, for meetings with people who must not see who the citizen is.

Every actor of kind citizen is renamed "Citizen", "Citizen 2", … (in the report's language),
and every occurrence of a citizen's name, or of a part of it of three letters or more, in any
text that remains — titles, flows, partnership fields, even ids — is replaced by that label
(whole words, case-insensitively). Activity
descriptions, the reflection log, the authors and the map's description are left out: they are
free text that may name the citizen in ways no rule can find. The title says "anonymised".
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.i18n import translate
from app.model import Document, DocumentError
from app.model.rules import check

from .errors import ExportError


def citizen_labels(doc: Document) -> dict[str, str]:
    """Citizen actor id -> "Citizen", "Citizen 2", … in lane order."""
    citizens = [a.id for a in doc.actors if a.kind == "citizen"]
    first = translate("Anonymise", "Citizen")
    other = translate("Anonymise", "Citizen {number}")
    return {cid: first if n == 1 else other.format(number=n)
            for n, cid in enumerate(citizens, 1)}


def _name_pattern(doc: Document, labels: dict[str, str]) -> tuple[re.Pattern | None, dict]:
    """One pattern for every citizen's name and each part of it of three letters or more
    (longest first; whole words in any case, parts joined by spaces, hyphens or underscores as
    in ids; a possessive s kept as typed: "Majas" becomes "Citizens")."""
    by_name: dict[str, str] = {}
    for actor in doc.actors:
        parts = re.findall(r"[^\W_]+", actor.name)
        if actor.id not in labels or not parts:
            continue
        by_name.setdefault(" ".join(parts).casefold(), labels[actor.id])
        for part in parts:
            if len(part) >= 3:
                by_name.setdefault(part.casefold(), labels[actor.id])
    if not by_name:
        return None, by_name
    names = sorted(by_name, key=len, reverse=True)
    words = "|".join(r"[\W_]+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![^\W_])(?P<name>{words})(?P<s>'s|s|')?(?![^\W_])",
                      re.IGNORECASE), by_name


def _label(match: re.Match, by_name: dict[str, str]) -> str:
    key = " ".join(re.findall(r"[^\W_]+", match.group("name"))).casefold()
    return by_name[key] + (match.group("s") or "")


def _replace(value: Any, pattern: re.Pattern, by_name: dict[str, str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(lambda m: _label(m, by_name), value)
    if isinstance(value, list):
        return [_replace(v, pattern, by_name) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, pattern, by_name) for k, v in value.items()}
    return value


def anonymise(doc: Document, names_from: Document | None = None) -> Document:
    """An anonymised copy of ``doc``; ``doc`` itself is not changed. ``names_from`` gives the
    citizens to hide when ``doc`` is an older copy of that map (a "changes since" export)."""
    source = names_from or doc
    labels = citizen_labels(source)
    pattern, by_name = _name_pattern(source, labels)
    data = doc.model_dump(mode="json")
    data["meta"]["description"] = ""
    data["meta"]["authors"] = []
    for activity in data["activities"]:
        activity["description"] = ""
    for part in data["partnerships"]:
        part["reflections"] = []
    for actor in data["actors"]:
        if actor["id"] in labels:
            actor["name"] = labels[actor["id"]]
    if pattern is not None:
        data = _replace(data, pattern, by_name)
    title = data["meta"]["title"] or translate("Report", "Untitled map")
    data["meta"]["title"] = translate("Anonymise", "{title} (anonymised)").format(title=title)
    try:
        result = Document.model_validate_json(json.dumps(data))
        check(result)
    except (ValueError, DocumentError) as exc:  # e.g. two ids that differ only by a citizen's name
        raise ExportError(f"the map cannot be anonymised ({exc})") from None
    return result
