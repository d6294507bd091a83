"""Rules about learning at two levels (the chapter's Figure 1) and about the citizen's side of
sharing: each partner adapts its own routines, and the citizen tells the partnership once."""

from __future__ import annotations

from typing import Iterator

from app.i18n import translate
from app.model import Partnership

from .finding import INFO, Finding, Rule
from .graphs import MapIndex
from .tell_once import tell_us_once


def _adapted(index: MapIndex, part: Partnership) -> set[str]:
    """The members that have recorded a local adaptation in some entry (an employee's note
    counts for the member organisation it works for)."""
    members = set(part.members)
    found: set[str] = set()
    for entry in part.reflections:
        for note in entry.local:
            if not note.adaptation.strip():
                continue
            actor = index.actors.get(note.actor)
            if actor is None:
                continue
            found |= {actor.id, actor.organization, index.party_of(actor.id)} & members
    return found


def no_local_learning(index: MapIndex) -> Iterator[Finding]:
    """One finding per member organisation (citizens are not organisations) that has never
    said what it changes at home, in a partnership that keeps a reflection log."""
    for part in index.doc.partnerships:
        if not part.reflections:
            continue
        adapted = _adapted(index, part)
        for member in dict.fromkeys(part.members):
            actor = index.actors.get(member)
            if actor is None or actor.kind == "citizen" or member in adapted:
                continue
            yield Finding("no-local-learning", INFO, translate("Findings",
                    "{member} has not recorded in the reflection log of partnership {name} what "
                    "it changes in its own routines and information flows. Partners learn at two "
                    "levels: together as a partnership, and each at home, adapting local work so "
                    "that it supports the collaboration. Add {member}'s local adaptation to the "
                    "next reflection entry.").format(member=index.actor_name(member),
                                                     name=f"\u201c{part.name}\u201d"),
                (part.id, member))


LEARNING_RULES: tuple[Rule, ...] = (no_local_learning, tell_us_once)
