"""Every broken file is refused with DocumentError, one line naming the file and the place."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.model import DocumentError, dumps, load, loads
from app.model import fileio

DATA = Path(__file__).resolve().parent.parent / "data"
MALFORMED = DATA / "malformed"
EXPECTED: dict[str, str] = json.loads((MALFORMED / "expected.json").read_text(encoding="utf-8"))


def _refusal(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        load(path)
    return str(info.value)


def test_corpus_has_at_least_thirty_distinct_kinds():
    files = sorted(p.name for p in MALFORMED.glob("*.oppspace"))
    assert len(files) >= 30
    assert set(files) == set(EXPECTED), "every corpus file needs its expected message, and back"
    contents = {(MALFORMED / name).read_bytes() for name in files}
    assert len(contents) == len(files), "two corpus files are identical"


def test_corpus_matches_its_generator():
    spec = importlib.util.spec_from_file_location("make_malformed", DATA / "make_malformed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, (content, fragment) in module.CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        assert (MALFORMED / f"{name}.oppspace").read_bytes() == data, name
        assert EXPECTED[f"{name}.oppspace"] == fragment


def test_the_base_of_the_corpus_is_valid_and_canonical():
    path = DATA / "complete.oppspace"
    assert dumps(load(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_file_is_refused_naming_file_and_place(name):
    path = MALFORMED / name
    message = _refusal(path)
    assert message.startswith(f"{path}: ")
    assert EXPECTED[name] in message
    assert "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_bytes_are_refused_by_loads(name):
    with pytest.raises(DocumentError) as info:
        loads((MALFORMED / name).read_bytes())
    assert EXPECTED[name] in str(info.value)


@pytest.mark.parametrize("opener, inner, closer", [("[", "", "]"), ('{"a": ', "1", "}")])
def test_hundred_thousand_levels_of_nesting_are_refused(tmp_path, opener, inner, closer):
    depth = 100_000
    path = tmp_path / "deep.oppspace"
    path.write_text('{"format": "oppspace", "version": 1, "meta": '
                    + opener * depth + inner + closer * depth + "}", encoding="utf-8")
    assert "nested too deeply" in _refusal(path)


def test_bare_deep_array_is_refused(tmp_path):
    path = tmp_path / "deep.oppspace"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in _refusal(path)


def test_string_over_the_limit_is_refused(tmp_path):
    data = json.loads((DATA / "complete.oppspace").read_text(encoding="utf-8"))
    data["activities"][1]["description"] = "æ" * 100_001
    path = tmp_path / "huge.oppspace"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    message = _refusal(path)
    assert "activities[1].description: String should have at most 100000 characters" in message
    assert len(message) < 300, "the message must not echo the huge string"


def test_string_at_the_limit_is_accepted(tmp_path):
    data = json.loads((DATA / "complete.oppspace").read_text(encoding="utf-8"))
    data["activities"][1]["description"] = "ø" * 100_000
    doc = loads(json.dumps(data, ensure_ascii=False))
    assert len(doc.activities[1].description) == 100_000


def test_file_over_64_mib_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.oppspace"
    with open(path, "wb") as handle:
        handle.truncate(fileio.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert "larger than 64 MiB" in _refusal(path)


def test_text_over_64_mib_is_refused_by_loads(monkeypatch):
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DocumentError, match="larger than"):
        loads((DATA / "complete.oppspace").read_text(encoding="utf-8"))


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.oppspace"
    assert _refusal(path) == f"{path}: no such file"


def test_folder_given_as_file(tmp_path):
    assert _refusal(tmp_path) == f"{tmp_path}: is a folder, not a file"


def test_byte_order_mark_is_tolerated():
    text = (DATA / "complete.oppspace").read_text(encoding="utf-8")
    assert dumps(loads("\ufeff" + text)) == text
    assert dumps(loads(b"\xef\xbb\xbf" + text.encode("utf-8"))) == text
