"""The whole sentence a user reads when a file is refused: the corpus tests look for a
fragment naming the place; these hold the words of each explanation and its cut to one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import DocumentError, load, loads
from app.model.fileio import MAX_FILE_BYTES

MALFORMED = Path(__file__).resolve().parent.parent / "data" / "malformed"


def _refusal(source) -> str:
    with pytest.raises(DocumentError) as info:
        load(source) if isinstance(source, Path) else loads(source)
    return str(info.value)


@pytest.mark.parametrize(("name", "words"), [
    ("utf16", "the file is UTF-16 text; an OppSpace map is UTF-8 (save it as UTF-8)"),
    ("huge-integer", "not valid JSON (a number is too long to read)"),
    ("missing-version", "version: missing"),
    ("lone-surrogate", "flows[2].what: the text holds an invalid character "
                       "(half of a UTF-16 surrogate pair)"),
])
def test_a_refused_file_reads_its_name_then_the_whole_reason(name, words):
    path = MALFORMED / f"{name}.oppspace"
    assert _refusal(path) == f"{path}: {words}"


def test_text_beyond_the_size_limit_names_the_limit_in_mib():
    assert MAX_FILE_BYTES == 64 * 1024 * 1024
    assert _refusal(" " * (MAX_FILE_BYTES + 1)) == "the file is larger than 64 MiB"


def test_a_key_with_control_characters_is_shown_escaped_on_one_cut_line():
    key = "x\\n\\u007fy" + "z" * 400  # a newline and a DEL inside the JSON key
    message = _refusal('{"format": "oppspace", "version": 1, "%s": 1}' % key)
    assert message.startswith('unknown key "x\\n\\x7fyzz')
    assert len(message) == 300 and message.endswith("z…")
    assert all(ch >= " " and ch != "\x7f" for ch in message)


def test_a_short_clean_message_is_not_cut():
    assert _refusal('{"format": "oppspace", "version": 1, "layout": 1}') == 'unknown key "layout"'
