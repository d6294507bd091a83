"""Registered migrations of older file versions to the current one.

Each entry turns the raw JSON object of version ``n`` into version ``n + 1``. They run in order,
before validation, so the validator only ever sees the current version.
"""

from __future__ import annotations

from typing import Any, Callable

from .document import VERSION
from .errors import DocumentError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: version n -> function that returns the same document as version n + 1
MIGRATIONS: dict[int, Migration] = {}


def register(from_version: int) -> Callable[[Migration], Migration]:
    def decorate(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn

    return decorate


def migrate(data: dict[str, Any], registry: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Bring ``data`` up to the current version, one registered step at a time."""
    steps = MIGRATIONS if registry is None else registry
    version = data["version"]
    if version > VERSION:
        raise DocumentError(
            f"version: the file is version {version}, made by a newer OppSpace; "
            f"this OppSpace reads versions up to {VERSION}. Please update OppSpace."
        )
    while version < VERSION:
        step = steps.get(version)
        if step is None:
            raise DocumentError(f"version: version {version} is not a version OppSpace knows")
        try:
            data = step(dict(data))
        except DocumentError:
            raise
        except Exception as exc:  # a malformed old file must not crash the migration
            raise DocumentError(
                f"version: cannot bring this version {version} file up to date "
                f"({type(exc).__name__}: {exc})"
            ) from None
        version += 1
        data["version"] = version
    return data
