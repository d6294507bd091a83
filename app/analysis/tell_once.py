"""Tell us once: a citizen should give a piece of information once, and the partners share it
(with consent) instead of each asking again."""

from __future__ import annotations

import unicodedata
from typing import Iterator

from app.i18n import translate
from app.model import Flow

from .finding import WARNING, Finding
from .graphs import MapIndex
from .partnership_rules import _join


def same_what(text: str) -> str:
    """The key two flows' *what* are compared by: case, accents and spacing do not count
    ("Ønsker  og behov" is "ønsker og behov"; "Café" is "cafe")."""
    if text.isascii():  # nothing to decompose: the same key, without unicodedata's cost
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def _citizen_of(index: MapIndex, end: str) -> str | None:
    """The citizen a flow starts at: a citizen actor, or the actor of a citizen lane."""
    actor = index.actors.get(index.actor_of(end) or "")
    return actor.id if actor is not None and actor.kind == "citizen" else None


def _groups(index: MapIndex) -> dict[tuple[str, str], list[tuple[Flow, str]]]:
    """(citizen, what) -> the flows from that citizen carrying it, each with the receiving
    organisation, in file order. Flows to the citizen themself or to another citizen are no
    organisation asking."""
    groups: dict[tuple[str, str], list[tuple[Flow, str]]] = {}
    for flow, (source, target) in zip(*index.ends(information=True)):
        key = same_what(flow.what)
        citizen = _citizen_of(index, flow.source) if key else None
        receiver = index.actors.get(target or "")
        if citizen is None or receiver is None or receiver.kind == "citizen":
            continue
        party = index.party_of(receiver.id)
        if party is not None:
            groups.setdefault((citizen, key), []).append((flow, party))
    return groups


def tell_us_once(index: MapIndex) -> Iterator[Finding]:
    """Raised per citizen and piece of information given to two or more organisations."""
    for (citizen, _key), flows in _groups(index).items():
        parties = list(dict.fromkeys(party for _flow, party in flows))
        if len(parties) < 2:
            continue
        text = translate("Findings",
                         "{citizen} gives \u201c{what}\u201d separately to {organisations}. "
                         "Citizens should have to tell a piece of information once: partners "
                         "who each ask again add to the citizen's burden and keep the "
                         "organisations' pictures apart. With the citizen's consent, share it "
                         "through a relational-specific asset (a shared database, IT system or "
                         "meeting) instead.")
        yield Finding("tell-us-once", WARNING, text.format(
            citizen=index.actor_name(citizen), what=flows[0][0].what.strip(),
            organisations=_join([index.actor_name(p) for p in parties])),
            tuple(flow.id for flow, _party in flows))
