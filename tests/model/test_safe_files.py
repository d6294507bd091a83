"""Files from anyone: geometry limits, regular files only, owner-only copies, links kept,
other machines' temporary files left alone."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from app.model import DocumentError, dumps, load, loads, save
from app.model import fileio
from app.model import files
from app.model.files import host_tag, read_regular

FIELDS = [("activities", "x", -1_000_000.5), ("activities", "y", 1e308),
          ("activities", "width", 100_000.5), ("activities", "height", 1e9),
          ("actors", "lane_height", 1e9), ("phases", "width", 1e9),
          ("activities", "width", 0.0)]


@pytest.mark.parametrize(("collection", "field", "value"), FIELDS)
def test_geometry_beyond_the_limits_is_refused_naming_the_place(raw, collection, field, value):
    raw[collection][0][field] = value
    with pytest.raises(DocumentError, match=rf"^{collection}\[0\]\.{field}: "):
        loads(json.dumps(raw))


def test_geometry_at_the_limits_loads(raw):
    raw["activities"][0].update(x=-1_000_000.0, y=1_000_000.0, width=100_000.0, height=100_000.0)
    raw["actors"][0]["lane_height"] = 100_000.0
    assert loads(json.dumps(raw)).activities[0].width == 100_000.0


def test_a_million_wrong_entries_name_the_first_and_stop(tmp_path):
    text = '{"format": "oppspace", "version": 1, "flows": [' + ",".join(["7"] * 1_000_000) + "]}"
    with pytest.raises(DocumentError) as info:
        loads(text)
    assert str(info.value).startswith("flows[0]: Input should be an object (found 7)")
    assert "999" not in str(info.value), "validation stops at the first wrong entry"


def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "map.oppspace"
    os.mkfifo(fifo)
    done: list[str] = []
    reader = threading.Thread(target=lambda: done.append(_refusal(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    assert done == [f"{fifo}: is a pipe (FIFO), not a file; only regular files are read"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path, device):
    link = tmp_path / "map.oppspace"
    link.symlink_to(device)
    started = time.monotonic()
    assert "is a device, not a file" in _refusal(link)
    assert time.monotonic() - started < 2


def test_a_folder_is_refused(tmp_path):
    assert _refusal(tmp_path).endswith("is a folder, not a file")


def test_a_file_growing_beyond_stat_is_read_only_to_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.oppspace"
    path.write_bytes(b"x" * 2000)
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1000)
    assert "larger than" in _refusal(path)
    assert read_regular(path, 1000) == b"x" * 1001  # one byte more than allowed, never the rest


def test_saving_over_a_link_to_a_device_is_refused_before_the_backup(tmp_path, doc):
    link = tmp_path / "map.oppspace"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="is a device, not a file"):
        save(doc, link)
    assert link.is_symlink() and not (tmp_path / "map.oppspace.bak").exists()


@pytest.mark.parametrize("mode", [0o600, 0o640])
def test_backup_and_new_file_keep_the_mode_of_the_file(tmp_path, doc, mode):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    path.chmod(mode)
    save(doc, path)
    save(doc, path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "kort.oppspace.bak").stat().st_mode) == mode


def test_saving_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path, doc):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "kort.oppspace"
    save(doc, target)
    target.chmod(0o600)
    link = tmp_path / "mine.oppspace"
    link.symlink_to(target)
    doc.meta.title = "Ændret via link"
    save(doc, link)
    assert link.is_symlink() and link.resolve() == target
    assert load(target).meta.title == "Ændret via link"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert (shared / "kort.oppspace.bak").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.oppspace", "shared"]


def test_stale_temps_of_this_host_go_but_other_machines_temps_stay(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    dead = 2 ** 22 + 12345  # above the usual pid range: no such process
    own_dead = tmp_path / f".kort.oppspace.{host_tag()}.{dead}.abc123.tmp"
    other_host = tmp_path / f".kort.oppspace.other-machine.{dead}.abc123.tmp"
    old_other = tmp_path / f".kort.oppspace.other-machine.{dead + 1}.abc123.tmp"
    for temp in (own_dead, other_host, old_other):
        temp.write_bytes(b"half a save")
    day_ago = time.time() - 25 * 3600
    os.utime(old_other, (day_ago, day_ago))
    save(doc, path)
    assert not own_dead.exists() and not old_other.exists()
    assert other_host.exists(), "another machine may be saving right now"


def test_temp_names_carry_host_and_pid(tmp_path, doc, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace
    monkeypatch.setattr(fileio.os, "replace", lambda a, b: (seen.append(Path(a).name), real_replace(a, b)))
    save(doc, tmp_path / "kort.oppspace")
    assert seen[0].startswith(f".kort.oppspace.{host_tag()}.{os.getpid()}.")


@pytest.mark.parametrize(("name", "tag"), [("kontor_pc.lan", "kontor-pc-lan"), ("", "host"),
                                         ("x" * 60, "x" * 40)])
def test_the_host_in_temp_names_is_safe_in_a_file_name(monkeypatch, name, tag):
    monkeypatch.setattr(files.socket, "gethostname", lambda: name)
    assert host_tag() == tag


def test_saved_maps_reload_unchanged_after_the_checks(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    assert dumps(load(path)) == dumps(doc)


def _refusal(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        load(path)
    return str(info.value)


def test_a_private_file_is_created_owner_only_or_made_so_and_a_fifo_is_left_alone(tmp_path):
    from app.model.files import private_file

    old = os.umask(0o022)
    try:
        new = tmp_path / "new.conf"
        private_file(new)
        assert new.read_bytes() == b"" and stat.S_IMODE(new.stat().st_mode) == 0o600
        shared = tmp_path / "shared.conf"
        shared.write_text("kept")
        os.chmod(shared, 0o664)
        private_file(shared)
        assert shared.read_text() == "kept" and stat.S_IMODE(shared.stat().st_mode) == 0o600
        fifo = tmp_path / "pipe.conf"
        os.mkfifo(fifo, 0o644)
        private_file(fifo)
        assert stat.S_IMODE(fifo.stat().st_mode) == 0o644
    finally:
        os.umask(old)
