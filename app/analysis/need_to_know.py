"""The need-to-know matrix: for each actor, which information reaches it, from whom, when,
in what form and through which asset ("what does each actor need to know, and when?")."""

from __future__ import annotations

from typing import Any

from app.model import Document, Flow

from .graphs import MapIndex


def _received(index: MapIndex, flow: Flow, asset_names: dict[str, str]) -> dict[str, Any]:
    """One row of the matrix: plain strings and booleans, so it goes straight into JSON."""
    source_actor = index.actor_of(flow.source)
    source_activity = index.activities.get(flow.source)
    target_activity = index.activities.get(flow.target)
    return {
        "flow": flow.id,
        "from_actor": source_actor,
        "from_actor_name": index.actor_name(source_actor),
        "from_activity": source_activity.id if source_activity else None,
        "from_activity_name": source_activity.title if source_activity else None,
        "to_activity": target_activity.id if target_activity else None,
        "to_activity_name": target_activity.title if target_activity else None,
        "what": flow.what,
        "when": flow.when,
        "form": flow.form,
        "asset": flow.asset,
        "asset_name": asset_names.get(flow.asset or ""),
        "personal_data": flow.personal_data,
        "consent": flow.consent,
    }


def need_to_know(doc: Document) -> list[dict[str, Any]]:
    """One entry per actor, in lane order, listing the information flows that reach it (at
    the actor itself or at an activity in its lane) from *another* actor, in file order."""
    index = MapIndex(doc)
    asset_names = {a.id: a.name for a in doc.all_assets()}
    rows: dict[str, dict[str, Any]] = {}
    for actor in doc.actors:
        organization = index.party_of(actor.id)
        rows[actor.id] = {
            "actor": actor.id,
            "name": actor.name,
            "organization": organization,
            "organization_name": index.actor_name(organization),
            "receives": [],
        }
    for flow in index.information_flows():
        source, target = index.flow_actors(flow)
        if target is None or source == target:
            continue
        rows[target]["receives"].append(_received(index, flow, asset_names))
    return list(rows.values())
