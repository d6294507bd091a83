"""The edges of reading and saving: a file exactly at the size limit, an existing file over it,
the words of a refusal when memory is short, a backup place that is a folder, a socket, and how
much of an endless file is read. The limit is lowered for the test (64 MiB files are slow)."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest

from app.model import DocumentError, dumps, fileio, load, loads, save
from app.model.files import host_tag, read_regular

MIB = 1024 * 1024


def _refusal(action) -> str:
    with pytest.raises(DocumentError) as info:
        action()
    return str(info.value)


def test_a_file_exactly_at_the_size_limit_loads_and_one_byte_more_is_refused(tmp_path, doc,
                                                                            monkeypatch):
    text = dumps(doc)
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", len(text.encode("utf-8")) + 10)
    path = tmp_path / "kort.oppspace"
    path.write_text(text + " " * 10, encoding="utf-8")
    assert dumps(load(path)) == text
    path.write_text(text + " " * 11, encoding="utf-8")
    limit_mib = fileio.MAX_FILE_BYTES // MIB
    assert _refusal(lambda: load(path)) == f"{path}: the file is larger than {limit_mib} MiB"


def test_saving_over_a_file_beyond_the_limit_is_refused_and_it_stays_as_it_was(tmp_path, doc,
                                                                              monkeypatch):
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 2 * MIB)
    path = tmp_path / "video.oppspace"
    path.write_bytes(b"\0" * (2 * MIB + 1))
    assert _refusal(lambda: save(doc, path)) == (
        f"{path}: cannot be saved (the file there is larger than 2 MiB, so no map); "
        "it is left as it is")
    assert path.read_bytes() == b"\0" * (2 * MIB + 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["video.oppspace"]


def test_with_little_memory_left_a_wrong_value_reads_as_with_plenty(raw, monkeypatch):
    raw["activities"][1]["x"] = "venstre"
    text = json.dumps(raw)
    plenty = _refusal(lambda: loads(text))
    monkeypatch.setattr(fileio, "fast_parse_fits", lambda chars: False)
    assert _refusal(lambda: loads(text)) == plenty == \
        "activities[1].x: Input should be a valid number (found 'venstre')"


def test_running_out_of_memory_while_reading_names_the_files_size(doc, monkeypatch):
    text = dumps(doc)
    text += " " * (3 * MIB - len(text))

    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(fileio, "fast_parse_fits", lambda chars: False)
    monkeypatch.setattr(fileio.json, "loads", no_memory)
    assert _refusal(lambda: loads(text)) == "not enough memory to read a file of 3 MiB here"


def test_a_folder_where_the_backup_goes_refuses_the_save_and_keeps_the_map(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    before = path.read_bytes()
    (tmp_path / "kort.oppspace.bak").mkdir()
    assert _refusal(lambda: save(loads(before), path)) == \
        f"{path}: cannot be saved (is a folder, not a file); it is left as it is"
    assert path.read_bytes() == before


def test_a_socket_is_refused_as_not_a_regular_file(tmp_path):
    path = tmp_path / "kort.oppspace"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert _refusal(lambda: load(path)) == \
            f"{path}: is not a regular file; only regular files are read"
    finally:
        server.close()


def test_a_file_larger_than_the_limit_is_read_only_one_byte_past_it(tmp_path):
    path = tmp_path / "stor.oppspace"
    path.write_bytes(b"x" * (3 * MIB))
    limit = 3 * MIB // 2  # more than one read's worth
    assert len(read_regular(path, limit)) == limit + 1


def test_the_temporary_file_of_a_save_is_named_for_its_map_host_and_process(tmp_path, doc,
                                                                          monkeypatch):
    seen: list[list[str]] = []
    real = fileio.replace_file
    monkeypatch.setattr(fileio, "replace_file",
                        lambda tmp, target: (seen.append(sorted(p.name for p in tmp_path.iterdir())),
                                             real(tmp, target)))
    save(doc, tmp_path / "kort.oppspace")
    pattern = rf"\.kort\.oppspace\.{re.escape(host_tag())}\.\d+\.[^.]+\.tmp"
    assert len(seen) == 1 and len(seen[0]) == 1 and re.fullmatch(pattern, seen[0][0])
    assert [p.name for p in Path(tmp_path).iterdir()] == ["kort.oppspace"]
