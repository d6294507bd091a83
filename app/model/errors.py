"""The one error type of the model layer, and how validation problems are put in words."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError


class DocumentError(Exception):
    """A document could not be read, or an edit would make it invalid.

    The message names the place in plain words, e.g.
    ``activities[3].actor: no actor with id "a-9"``.
    """


class NotAMapError(DocumentError):
    """The file is no OppSpace map at all (not UTF-8 text, not JSON, no ``"format":
    "oppspace"``), as opposed to a map with a mistake in it; the editor says so in plain
    words and keeps the technical reason for a Details button."""


def location(loc: tuple) -> str:
    """('activities', 3, 'actor') -> 'activities[3].actor'"""
    out = ""
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += ("." if out else "") + str(step)
    return out or "(top level)"


def describe(exc: ValidationError, prefix: tuple = ()) -> str:
    """The first problem pydantic found, as ``place: what is wrong (found value)``.

    ``prefix`` is the path of the validated object inside the document (for edits).
    """
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = prefix + tuple(step for step in first["loc"] if not _is_union_tag(step))
    kind = first["type"]
    if kind == "extra_forbidden":
        where = location(loc[:-1])
        text = f'{where}: unknown key "{loc[-1]}"' if loc[:-1] else f'unknown key "{loc[-1]}"'
    elif kind == "missing":
        text = f"{location(loc)}: required, but missing"
    else:
        message = first["msg"].removeprefix("Value error, ")
        text = f"{location(loc)}: {message} (found {_shown(first.get('input'))})"
    if len(errors) > 1:
        text += f" — and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}"
    return text


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _is_union_tag(step: Any) -> bool:
    """pydantic names the branch of ``X | None`` in locations; people need not see it."""
    return isinstance(step, str) and (
        step in {"str", "none"} or step.startswith(("function-", "literal[", "constrained-"))
    )
