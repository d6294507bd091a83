"""The need-to-know matrix: for each actor, which information reaches it."""

from __future__ import annotations

from typing import Any

from app.model import Document


def need_to_know(doc: Document) -> list[dict[str, Any]]:
    """One entry per actor with the information flows that reach it."""
    rows = []
    for actor in doc.actors:
        rows.append({"actor": actor.id, "name": actor.name, "receives": []})
    return rows
