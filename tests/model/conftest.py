"""Fixtures of the model tests: a small map that uses every object kind (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.model import Document, loads

COMPLETE = Path(__file__).resolve().parent.parent / "data" / "complete.oppspace"


@pytest.fixture
def raw() -> dict[str, Any]:
    """The complete map as plain JSON data, to break in one place."""
    return json.loads(COMPLETE.read_text(encoding="utf-8"))


@pytest.fixture
def doc() -> Document:
    return loads(COMPLETE.read_text(encoding="utf-8"))
