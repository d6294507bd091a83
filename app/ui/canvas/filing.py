"""Where the map's items live in the scene: in groups by place, so a paint skips what it cannot see.

The scene has no spatial index (long arrows would be re-filed in many leaves on every change),
so Qt goes over every item on each paint -- at 10,000 activities some 100,000 items, about
35 ms before anything is drawn, even for a repaint of a few pixels. Instead, boxes, arrows and
labels are children of group items that tell Qt they hold their children
(``ItemContainsChildrenInShape``): a paint, a hit test or a change only looks inside the groups
that meet its area.

A group covers a fixed square of the map, a *loose* tile: at level ``L`` the tiles are
``SIZES[L]`` wide and an item goes to the tile holding its centre at the smallest level its
size (plus ``PAD`` for the badge and selection outline around it) fits; the group reaches half
a tile past its tile on every side, so an item filed there lies wholly inside it. Groups never
change their rectangle (that would repaint all they cover); an item whose place or size leaves
its group is moved to the right one (:meth:`Filing.file`, called wherever geometry changes).
Arrows longer than the largest tile go to plain groups of ``WIDE`` that Qt always looks into.

Groups stack as the kinds did (arrows, boxes, labels by z value); within a kind, the later
group and the later child are drawn on top, which ``item.filed`` records for hit tests that
want the box on top without asking Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

SIZES = (1024.0, 4096.0, 16384.0, 65536.0)  #: tile sides of the levels (scene units)
LEVELS = tuple(enumerate(SIZES))
PAD = 24.0  #: what may reach past an item's bounds: its badge, its selection outline
WIDE = 256  #: items per plain group of arrows longer than the largest tile

CONTAINS = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class Filing:
    """The groups of one scene (made afresh with each rebuild)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self._groups: dict[tuple, QGraphicsRectItem] = {}
        self._wide: dict[float, list] = {}  #: z -> [items put in it, key] of the newest plain group
        self._serial = 0  #: groups made so far (a later group stacks above an earlier one)
        self._children = 0  #: items filed so far (a later child stacks above in its group)

    def file(self, item: QGraphicsItem, z: float,
             extent: tuple[float, float, float, float] | None = None) -> None:
        """Put ``item`` (of stacking value ``z``) in the group its place and size belong to,
        if it is not there already. ``extent`` is where it is on the map (left, top, right,
        bottom) when the caller knows; else Qt is asked."""
        if extent is None:
            extent = item.sceneBoundingRect().getCoords()
        left, top, right, bottom = extent
        side = max(right - left, bottom - top) + 2 * PAD
        for level, size in LEVELS:
            if side <= size:
                twice = 2 * size  # the centre's tile: floor((left + right) / 2 / size)
                key = (z, level, (left + right) // twice, (top + bottom) // twice)
                if key == item.group_key:
                    return
                break
        else:
            if item.group_key is not None and item.group_key[1] is None:
                return  # already among the plain groups
            key = self._wide_key(z)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = self._make(key)
        item.setParentItem(group)
        item.group_key = key
        self._children += 1
        item.filed = (group.serial, self._children)

    def groups(self) -> set[QGraphicsRectItem]:
        """The group items (not map items themselves)."""
        return set(self._groups.values())

    def hold(self, on: bool) -> None:
        """Let the groups tell Qt they hold their children (the default), or not. Qt drops a
        group's children from a query asking for items *inside* an area when the group is not
        inside it (a rubber band selecting boxes it encloses): while such a query runs, Qt
        looks into every group, as it did before there were groups by place."""
        for key, group in self._groups.items():
            if key[1] is not None:
                group.setFlag(CONTAINS, on)

    def _wide_key(self, z: float) -> tuple:
        newest = self._wide.get(z)
        if newest is None or newest[0] >= WIDE:
            newest = self._wide[z] = [0, (z, None, self._serial)]  # made next, with this serial
        newest[0] += 1
        return newest[1]

    def _make(self, key: tuple) -> QGraphicsRectItem:
        z, level = key[0], key[1]
        if level is None:  # arrows across much of the map: Qt looks into these always
            group = QGraphicsRectItem()
            group.setFlag(NO_CONTENTS)
        else:
            size = SIZES[level]
            group = QGraphicsRectItem(QRectF((key[2] - 0.5) * size, (key[3] - 0.5) * size,
                                             2 * size, 2 * size))
            group.setPen(Qt.PenStyle.NoPen)  # draws nothing, but has contents: Qt culls it
            group.setFlag(CONTAINS)
        group.setZValue(z)
        group.serial = self._serial
        self._serial += 1
        self.scene.addItem(group)
        return group
