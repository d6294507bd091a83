"""What a user reads when a value is wrong (place, problem, how many more), and the outline a
box is drawn with on screen and paper."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.model import Activity
from app.model.errors import describe, location
from app.model.style import box_outline, shade


def _problem(**fields) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        Activity.model_validate({"id": "s", "title": "t", "actor": "a", **fields})
    return caught.value


def test_a_wrong_value_names_its_place_and_how_many_more_problems_there_are():
    assert describe(_problem(width=-1)) == "width: Input should be greater than 0 (found -1)"
    assert describe(_problem(width=-1, height=-1), ("activities", 2)) == (
        "activities[2].width: Input should be greater than 0 (found -1) — and 1 more problem")
    assert describe(_problem(width=-1, height=-1, x="no")) == (
        "x: Input should be a valid number (found 'no') — and 2 more problems")
    assert location(()) == "(top level)"
    assert location(("partnerships", 0, "governance", "coordinator")) == (
        "partnerships[0].governance.coordinator")


def test_a_box_outline_is_its_lane_colour_darker_and_thicker_when_co_produced():
    assert box_outline("#4C78A8", True) == ("#3D6086", 2.2)
    assert box_outline("#4C78A8", False) == ("#3D6086", 1.2)
    assert shade("#FFFFFF", 0.5) == "#808080"
    assert shade("#102030", 0.0) == "#102030"
    assert shade("#abc", 0.2) == "#abc"  # not a full colour: left as it is
