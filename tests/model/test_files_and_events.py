"""Small promises of the file layer and the document: the whole sentence of a refusal, a new
file's permissions, an existing private folder, which processes count as alive, a listener
that stopped listening, and a new map's title and save time."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime, timezone

import pytest

from app.model import DocumentError, edits, loads, portable, save
from app.model.document import new_document
from app.model.files import private_folder


def _refusal(text: str | bytes) -> str:
    with pytest.raises(DocumentError) as info:
        loads(text)
    return str(info.value)


def test_a_file_that_is_not_utf8_asks_whether_it_is_a_map_at_all():
    assert _refusal('{"format": "oppspace", "title": "Café"}'.encode("latin-1")) == (
        "the file is not UTF-8 text (invalid byte at offset 36); is it an OppSpace map?")


def test_json_nested_beyond_reading_is_refused_as_too_deep():
    assert _refusal("[" * 100_000 + "]" * 100_000) == \
        "the JSON is nested too deeply to be an OppSpace map"


def test_a_file_without_format_says_how_a_map_starts():
    assert _refusal('{"version": 1}') == \
        'format: missing; an OppSpace map starts with "format": "oppspace"'


def test_a_new_file_gets_the_usual_permissions_of_the_umask(tmp_path, doc):
    old = os.umask(0o022)
    try:
        save(doc, tmp_path / "kort.oppspace")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "kort.oppspace").stat().st_mode) == 0o644


def test_a_private_folder_that_exists_already_is_made_owner_only(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)
    private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_this_process_and_its_parent_are_alive():
    assert portable.process_alive(os.getpid()) and portable.process_alive(os.getppid())


def test_a_file_held_by_another_program_is_explained_in_words_to_act_on():
    exc = PermissionError(13, "Access is denied")
    exc.winerror = 32
    assert portable.reason(exc) == \
        "the file is open in another program; close it there and try again"
    assert portable.reason(FileNotFoundError(2, "No such file or directory")) == \
        "No such file or directory"


def test_a_listener_that_disconnected_hears_no_more_edits(doc):
    heard: list[str] = []

    def listener(change) -> None:
        heard.append(change.obj_id)

    doc.events.connect(listener)
    edits.update(doc, "s-1", title="Første")
    doc.events.disconnect(listener)
    edits.update(doc, "s-1", title="Anden")
    assert heard == ["s-1"]


def test_a_new_map_has_no_title_and_its_times_are_utc_whatever_the_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        doc = new_document()
        now = datetime.now(timezone.utc)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert doc.meta.title == ""
    created = datetime.strptime(doc.meta.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert abs((now - created).total_seconds()) < 120
