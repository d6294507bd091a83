"""The boxes' extents kept between edits, so that the drawing plan's layout pass after a drag
costs the boxes that changed, not the map (it walked all 10,000 activities of a big map on
every update: a third of a release).

Each activity's part (its lane, bottom, reach right and left, height if drawn taller, whether
raised above its lane) is kept; a lane's lowest bottom and the map's reach are the maximum or
minimum of those parts, found again from the parts only when the box that set them moved back.
:meth:`MapExtents.extents` equals :func:`app.model.layout.extents_of` over all activities.
"""

from __future__ import annotations

from typing import Iterable

from .document import Activity
from .layout import HEADER_WIDTH, Extents, Measure, extents_of

Part = tuple[str, float, float, float]  #: actor, bottom, right, left


class MapExtents:
    """Extents of the activities, updated one activity at a time."""

    def __init__(self, activities: Iterable[Activity], measure: Measure) -> None:
        acts = list(activities)
        self._ext = extents_of(acts, measure)
        self._parts: dict[str, Part] = {}
        self._by_actor: dict[str, set[str]] = {}
        for act in acts:
            self._file(act, self._ext.heights.get(act.id, act.height))
        self._stale_actors: set[str] = set()
        self._stale_reach = False

    def _file(self, act: Activity, height: float) -> None:
        self._parts[act.id] = (act.actor, act.y + height, act.x + act.width, HEADER_WIDTH + act.x)
        self._by_actor.setdefault(act.actor, set()).add(act.id)

    def drop(self, act_id: str) -> None:
        """An activity went."""
        part = self._parts.pop(act_id, None)
        self._ext.heights.pop(act_id, None)
        self._ext.raised.pop(act_id, None)
        if part is not None:
            self._by_actor[part[0]].discard(act_id)
            self._loosen(part)

    def set(self, act: Activity, drawn: float) -> None:
        """An activity changed; ``drawn`` is the height its box is drawn at."""
        ext = self._ext
        old = self._parts.get(act.id)
        if old is not None and old[0] != act.actor:
            self._by_actor[old[0]].discard(act.id)
        height = act.height
        if drawn > height:
            height = ext.heights[act.id] = drawn
        else:
            ext.heights.pop(act.id, None)
        if act.y < 0:
            ext.raised[act.id] = (act.actor, act.y)
        else:
            ext.raised.pop(act.id, None)
        self._file(act, height)
        new = self._parts[act.id]
        if old is not None:
            self._loosen(old, new)
        actor, bottom, right, left = new
        if actor not in self._stale_actors and bottom > ext.lowest.get(actor, -float("inf")):
            ext.lowest[actor] = bottom
        ext.rightmost, ext.leftmost = max(ext.rightmost, right), min(ext.leftmost, left)

    def _loosen(self, part: Part, now: Part | None = None) -> None:
        """A box left where it was (``now`` where it is, if still there): the lane's lowest or
        the map's reach may have been its, unless it still reaches as far."""
        actor, bottom, right, left = part
        ext = self._ext
        kept = now is not None and now[0] == actor and now[1] >= bottom
        if not kept and bottom >= ext.lowest.get(actor, float("inf")):
            self._stale_actors.add(actor)
        if ((right >= ext.rightmost and not (now is not None and now[2] >= right))
                or (left <= ext.leftmost and not (now is not None and now[3] <= left))):
            self._stale_reach = True

    def extents(self) -> Extents:
        """The extents now (shared: read, do not keep)."""
        ext, parts = self._ext, self._parts
        for actor in self._stale_actors:
            bottoms = [parts[i][1] for i in self._by_actor.get(actor, ())]
            if bottoms:
                ext.lowest[actor] = max(bottoms)
            else:
                ext.lowest.pop(actor, None)
        self._stale_actors.clear()
        if self._stale_reach:
            ext.rightmost = max([0.0, *(p[2] for p in parts.values())])
            ext.leftmost = min([0.0, *(p[3] for p in parts.values())])
            self._stale_reach = False
        return ext
