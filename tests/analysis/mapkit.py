"""Small maps for the analysis tests, built as files are: through ``loads``."""

from __future__ import annotations

import json
from typing import Any

from app.model import Document, loads


def actor(id: str, name: str | None = None, kind: str = "public",
          organization: str | None = None) -> dict[str, Any]:
    return {"id": id, "name": name or id.upper(), "kind": kind, "organization": organization}


def act(id: str, actor_id: str, co: bool = False, title: str | None = None) -> dict[str, Any]:
    return {"id": id, "title": title or f"Task {id}", "actor": actor_id, "co_produced": co}


def info(id: str, source: str, target: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "kind": "information", "source": source, "target": target, **fields}


def seq(id: str, source: str, target: str) -> dict[str, Any]:
    return {"id": id, "kind": "sequence", "source": source, "target": target}


def partnership(id: str = "p", members: list[str] | None = None, **fields: Any) -> dict[str, Any]:
    return {"id": id, "name": fields.pop("name", "Team"), "members": members or [], **fields}


def full_partnership(members: list[str], **overrides: Any) -> dict[str, Any]:
    """A partnership with all four components filled in, coordinated by the first member."""
    data = partnership(members=members, governance={
        "coordinator": members[0], "leadership_resources": "Half a coordinator's time"},
        resources=[{"id": "r-1", "owner": members[0], "name": "Know-how"}],
        assets=[{"id": "as-1", "name": "Shared calendar"}],
        routines=[{"id": "k-1", "what": "Status", "participants": members}])
    data.update(overrides)
    return data


def make(actors: list | None = None, activities: list | None = None, flows: list | None = None,
         partnerships: list | None = None) -> Document:
    return loads(json.dumps({
        "format": "oppspace", "version": 1, "actors": actors or [],
        "activities": activities or [], "flows": flows or [], "partnerships": partnerships or [],
    }))


def codes(findings: list) -> list[str]:
    return [f.code for f in findings]


def only(findings: list, code: str) -> list:
    return [f for f in findings if f.code == code]
