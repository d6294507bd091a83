"""A flow label's box holds its lines and, for personal data, the consent disc at its left:
the disc is padded in and centred on the label's height, the lines sit right of it; and a
drawing update that changed only a lane or only a column still counts as a change."""

from __future__ import annotations

import pytest

from app.model import style
from app.model.drawing_items import Delta, consent_rect, label_size, text_rect
from app.model.layout import Rect


@pytest.mark.parametrize(("widths", "marked", "size"), [
    ([50.0], True, (50 + 12 + 3 + 8, 14 + 4)),  # line, disc, gap, padding
    ([50.0, 30.0], False, (50 + 8, 2 * 14 + 4)),
    ([], True, (12 + 8, 12 + 4)),  # the disc alone: no gap, as high as the disc
    ([], False, (8, 4)),
])
def test_a_label_box_fits_its_lines_and_disc(widths, marked, size):
    assert (style.CONSENT_SIZE, style.CONSENT_GAP, style.LABEL_LEADING) == (12, 3, 14)
    assert (style.LABEL_PAD_X, style.LABEL_PAD_Y) == (8, 4)
    assert label_size(widths, marked) == size


def test_the_disc_is_padded_in_and_centred_and_the_lines_sit_right_of_it():
    label = Rect(100, 200, 73, 18)
    assert consent_rect(label) == Rect(104, 203, 12, 12)
    assert text_rect(label, True) == Rect(115, 200, 58, 18)
    assert text_rect(label, False) == label
    assert text_rect(Rect(0, 0, 10, 18), True) == Rect(15, 0, 0.0, 18)


@pytest.mark.parametrize("part", ["boxes", "arrows", "lanes", "columns", "gone"])
def test_any_changed_part_makes_an_update_a_change(part):
    assert not Delta()
    assert Delta(**{part: {"x"}})
