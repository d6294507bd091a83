"""The `.oppspace` v1 document as pydantic models.

Field order here is the canonical key order of the file. Validation is strict: unknown keys,
wrong types, NaN or infinite numbers, coordinates beyond ±1,000,000, sizes outside
(0, 100,000], malformed colours and dates are
rejected. Whole-document rules (unique ids, references) live in :mod:`app.model.rules`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
    model_validator,
)

from .events import EventEmitter

FORMAT = "oppspace"
VERSION = 1
MAX_STRING = 100_000
#: Geometry limits of the format: far beyond any real map, small enough that every writer and
#: the canvas can work with the numbers (a box at 1e308 turns into NaN on the first sum).
MAX_COORD = 1_000_000.0
MAX_SIZE = 100_000.0

#: Layout defaults, used when a file leaves geometry out.
DEFAULT_PHASE_WIDTH = 260.0
DEFAULT_LANE_HEIGHT = 160.0
DEFAULT_ACTIVITY_X = 40.0
DEFAULT_ACTIVITY_Y = 30.0
DEFAULT_ACTIVITY_WIDTH = 180.0
DEFAULT_ACTIVITY_HEIGHT = 70.0
KIND_COLORS = {
    "public": "#4C78A8",
    "private": "#F58518",
    "voluntary": "#54A24B",
    "citizen": "#E45756",
    "other": "#9D755D",
}

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _check_color(value: str) -> str:
    if not _COLOR.match(value):
        raise ValueError(f"colour {value!r} is not of the form #RRGGBB")
    return value


def _check_date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"date {value!r} is not of the form YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"date {value!r} does not exist") from None
    return value


def _check_timestamp(value: str) -> str:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"timestamp {value!r} is not ISO 8601") from None
    return value


def now_timestamp() -> str:
    """The current time as the file writes it, e.g. 2026-11-28T10:00:00Z."""
    return datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


# The length cap is enforced once, by ``str_max_length`` in Model's config (a per-field
# max_length makes pydantic's JSON validation about a third slower); the schema still says it.
_CAPPED = Field(json_schema_extra={"maxLength": MAX_STRING})
Text = Annotated[str, _CAPPED]
Id = Annotated[str, StringConstraints(min_length=1), _CAPPED]
Name = Text
Color = Annotated[str, AfterValidator(_check_color),
                  Field(json_schema_extra={"pattern": "^#[0-9A-Fa-f]{6}$"})]
Date = Annotated[str, AfterValidator(_check_date),
                 Field(json_schema_extra={"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"})]
Timestamp = Annotated[str, AfterValidator(_check_timestamp), Field(json_schema_extra={"format": "date-time"})]
Coord = Annotated[float, Field(ge=-MAX_COORD, le=MAX_COORD)]
Size = Annotated[float, Field(gt=0, le=MAX_SIZE)]



def _many() -> Any:
    """An empty list by default; validation stops at the first bad entry, so a file with a
    million wrong entries is refused as fast as one with a single wrong entry."""
    return Field(default_factory=list, fail_fast=True)


ActorKind = Literal["public", "private", "voluntary", "citizen", "other"]
FlowKind = Literal["information", "sequence"]
Consent = Literal["not_needed", "obtained", "missing", "unknown"]
Purpose = Literal["efficiency", "repackaging", "new_service"]
Nature = Literal["tangible", "intangible", "both"]
Level = Literal["strategic", "operational"]
Interdependence = Literal["pooled", "sequential", "reciprocal"]
AssetKind = Literal["digital", "physical"]
AssetStatus = Literal["existing", "needs_investment"]


class Model(BaseModel):
    """Base of every file object: strict, closed, validated on assignment."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        validate_assignment=True,
        str_max_length=MAX_STRING,
    )


class Meta(Model):
    title: Text = ""
    description: Text = ""
    authors: list[Text] = _many()
    language: Text = ""
    created: Timestamp = Field(default_factory=now_timestamp)
    modified: Timestamp = Field(default_factory=now_timestamp)


class Phase(Model):
    id: Id
    name: Name
    width: Size = DEFAULT_PHASE_WIDTH


class Actor(Model):
    id: Id
    name: Name
    kind: ActorKind = "other"
    organization: Id | None = None
    color: Color = ""
    lane_height: Size = DEFAULT_LANE_HEIGHT

    @model_validator(mode="before")
    @classmethod
    def _default_color(cls, data: Any) -> Any:
        if isinstance(data, dict) and "color" not in data:
            kind = data.get("kind", "other")
            color = KIND_COLORS.get(kind, KIND_COLORS["other"]) if isinstance(kind, str) else KIND_COLORS["other"]
            data = {**data, "color": color}
        return data


class Activity(Model):
    id: Id
    title: Name
    description: Text = ""
    actor: Id
    phase: Id | None = None
    co_produced: bool = False
    x: Coord = DEFAULT_ACTIVITY_X
    y: Coord = DEFAULT_ACTIVITY_Y
    width: Size = DEFAULT_ACTIVITY_WIDTH
    height: Size = DEFAULT_ACTIVITY_HEIGHT


class Flow(Model):
    id: Id
    kind: FlowKind
    source: Id
    target: Id
    what: Text = ""
    when: Text = ""
    form: Text = ""
    asset: Id | None = None
    personal_data: bool = False
    consent: Consent = "unknown"


class Responsibility(Model):
    actor: Id
    level: Level = "operational"
    description: Text = ""


class Governance(Model):
    coordinator: Id | None = None
    leadership_resources: Text = ""
    decision_making: Text = ""
    review: Text = ""
    responsibilities: list[Responsibility] = _many()


class Resource(Model):
    id: Id
    owner: Id
    name: Name
    nature: Nature = "intangible"
    description: Text = ""


class Complementarity(Model):
    resources: list[Id] = Field(fail_fast=True)
    interdependence: Interdependence = "pooled"
    note: Text = ""


class Asset(Model):
    id: Id
    name: Name
    kind: AssetKind = "digital"
    status: AssetStatus = "existing"
    access: list[Id] = _many()
    description: Text = ""


class Routine(Model):
    id: Id
    what: Text = ""
    when: Text = ""
    form: Text = ""
    asset: Id | None = None
    participants: list[Id] = _many()


class Questions(Model):
    why: Text = ""
    complementary: Text = ""
    technology: Text = ""
    routines: Text = ""


class LocalAdaptation(Model):
    """What one organisation changes in its own routines and information flows so that it
    supports the collaboration (the chapter's Figure 1, learning at the local level)."""

    actor: Id
    adaptation: Text = ""


class Reflection(Model):
    date: Date
    works_locally: Text = ""
    works_for_citizens: Text = ""
    to_improve: Text = ""
    local: list[LocalAdaptation] = Field(default_factory=list)


class Partnership(Model):
    id: Id
    name: Name
    members: list[Id] = _many()
    purpose: Purpose | None = None
    remit: Text = ""
    need: Text = ""
    governance: Governance = Field(default_factory=Governance)
    resources: list[Resource] = _many()
    complementarities: list[Complementarity] = _many()
    assets: list[Asset] = _many()
    routines: list[Routine] = _many()
    questions: Questions = Field(default_factory=Questions)
    reflections: list[Reflection] = _many()


class Document(Model):
    """The whole map. ``events`` tells observers about every edit applied through
    :func:`app.model.edits.apply`."""

    format: Literal["oppspace"]
    version: Literal[1]
    meta: Meta = Field(default_factory=Meta)
    phases: list[Phase] = _many()
    actors: list[Actor] = _many()
    activities: list[Activity] = _many()
    flows: list[Flow] = _many()
    partnerships: list[Partnership] = _many()

    _events: EventEmitter = PrivateAttr(default_factory=EventEmitter)
    _index: dict[str, tuple] | None = PrivateAttr(default=None)

    @field_validator("version", mode="before")
    @classmethod
    def _whole_version(cls, value: Any) -> Any:
        # JSON mode would take true or 1.0 for the literal 1; the file format says integer.
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"version {value!r:.60} is not a whole number")
        return value

    @property
    def events(self) -> EventEmitter:
        return self._events

    # -- lookup by id -------------------------------------------------------------------
    def index(self) -> dict[str, tuple]:
        """id -> path of the object (e.g. ``("activities", 3)``), built lazily."""
        if self._index is None:
            self._index = build_index(self)
        return self._index

    def invalidate_index(self) -> None:
        self._index = None

    def find(self, obj_id: str) -> Any:
        """The object with this id, or None."""
        path = self.index().get(obj_id)
        return None if path is None else resolve(self, path)

    def path_of(self, obj_id: str) -> tuple | None:
        return self.index().get(obj_id)

    def collection_of(self, obj_id: str) -> str | None:
        """Which list the id lives in: 'activities', 'actors', 'assets', ..."""
        path = self.index().get(obj_id)
        return None if path is None else path[-2]

    def actor(self, obj_id: str) -> Actor | None:
        return self._typed(obj_id, "actors")

    def activity(self, obj_id: str) -> Activity | None:
        return self._typed(obj_id, "activities")

    def flow(self, obj_id: str) -> Flow | None:
        return self._typed(obj_id, "flows")

    def phase(self, obj_id: str) -> Phase | None:
        return self._typed(obj_id, "phases")

    def partnership(self, obj_id: str) -> Partnership | None:
        return self._typed(obj_id, "partnerships")

    def _typed(self, obj_id: str | None, collection: str) -> Any:
        if obj_id is None:
            return None
        path = self.index().get(obj_id)
        if path is None or path[-2] != collection:
            return None
        return resolve(self, path)

    def all_assets(self) -> list[Asset]:
        return [a for p in self.partnerships for a in p.assets]


def build_index(doc: Document) -> dict[str, tuple]:
    index: dict[str, tuple] = {}
    for name in ("phases", "actors", "activities", "flows", "partnerships"):
        for i, obj in enumerate(getattr(doc, name)):
            index.setdefault(obj.id, (name, i))
    for p, part in enumerate(doc.partnerships):
        for name in ("resources", "assets", "routines"):
            for i, obj in enumerate(getattr(part, name)):
                index.setdefault(obj.id, ("partnerships", p, name, i))
    return index


def resolve(root: Any, path: tuple) -> Any:
    """Follow a path of attribute names and list indices from ``root``."""
    obj = root
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def new_document(title: str = "") -> Document:
    return Document(format=FORMAT, version=VERSION, meta=Meta(title=title))
