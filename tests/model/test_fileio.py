"""The file format: canonical writing, atomic saves, migrations, the schema, no Qt headless."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from app.model import DocumentError, dumps, load, loads, save
from app.model import fileio, migrations
from app.model.migrations import MIGRATIONS, migrate, register
from app.model.schema import json_schema, schema_text
from app.model.templates import TEMPLATE_NAMES

ROOT = Path(__file__).resolve().parent.parent.parent
COMPLETE = ROOT / "tests" / "data" / "complete.oppspace"
SCHEMA = ROOT / "resources" / "schema" / "oppspace-1.schema.json"
TEMPLATES = [ROOT / "resources" / "templates" / f"{name}.oppspace" for name in TEMPLATE_NAMES]


# -- canonical writing ------------------------------------------------------------------------
@pytest.mark.parametrize("path", [COMPLETE, *TEMPLATES], ids=lambda p: p.stem)
def test_load_then_save_gives_the_same_bytes(tmp_path, path):
    out = tmp_path / path.name
    save(load(path), out)
    assert out.read_bytes() == path.read_bytes()


def test_canonical_layout(doc):
    text = dumps(doc)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '"title": "Aalborg Aktiv – prøve"' in text, "non-ASCII is written as itself"
    assert '"width": 260.0' in text and '"x": 40.0' in text
    assert list(json.loads(text)) == ["format", "version", "meta", "phases", "actors",
                                      "activities", "flows", "partnerships"]


def test_a_file_missing_optional_fields_is_written_in_full():
    doc = loads('{"format": "oppspace", "version": 1, "actors": [{"id": "a", "name": "Åse"}]}')
    assert json.loads(dumps(doc))["actors"][0] == {
        "id": "a", "name": "Åse", "kind": "other", "organization": None, "color": "#9D755D",
        "lane_height": 160.0}


# -- atomic save ------------------------------------------------------------------------------
def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_save_new_file_leaves_only_the_file(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    assert files_in(tmp_path) == {"kort.oppspace"}
    assert path.read_text(encoding="utf-8") == dumps(doc)


def test_save_keeps_the_previous_content_as_bak(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    first = path.read_bytes()
    doc.meta.title = "Anden udgave"
    save(doc, path)
    assert files_in(tmp_path) == {"kort.oppspace", "kort.oppspace.bak"}
    assert (tmp_path / "kort.oppspace.bak").read_bytes() == first
    assert load(path).meta.title == "Anden udgave"


def test_save_keeps_the_file_permissions(tmp_path, doc):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    path.chmod(0o640)
    save(doc, path)
    assert path.stat().st_mode & 0o777 == 0o640


class _DiskFull(io.FileIO):
    def write(self, data):  # type: ignore[override]
        raise OSError(errno.ENOSPC, "No space left on device")


def _fail_replace(*args):
    raise OSError(errno.EIO, "Input/output error")


def _fail_fsync(fd):
    raise OSError(errno.EIO, "Input/output error")


@pytest.mark.parametrize("target, replacement, reason", [
    ("replace", _fail_replace, "Input/output error"),
    ("fsync", _fail_fsync, "Input/output error"),
    ("fdopen", lambda fd, mode: _DiskFull(fd, "wb"), "No space left on device"),
])
def test_a_failing_write_leaves_the_old_file_and_no_temporary_files(tmp_path, doc, monkeypatch, target, replacement, reason):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    old = path.read_bytes()
    doc.meta.title = "Aldrig gemt"
    monkeypatch.setattr(fileio.os, target, replacement)
    with pytest.raises(DocumentError) as info:
        save(doc, path)
    monkeypatch.undo()
    assert str(info.value) == f"{path}: cannot be saved ({reason}); the file on disk is unchanged"
    assert path.read_bytes() == old
    assert files_in(tmp_path) <= {"kort.oppspace", "kort.oppspace.bak"}


def test_a_failure_replacing_the_target_after_the_backup(tmp_path, doc, monkeypatch):
    path = tmp_path / "kort.oppspace"
    save(doc, path)
    old = path.read_bytes()
    real_replace = os.replace

    def replace(src, dst):
        if str(dst) == str(path):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(fileio.os, "replace", replace)
    doc.meta.title = "Aldrig gemt"
    with pytest.raises(DocumentError):
        save(doc, path)
    assert path.read_bytes() == old
    assert (tmp_path / "kort.oppspace.bak").read_bytes() == old
    assert files_in(tmp_path) == {"kort.oppspace", "kort.oppspace.bak"}


def test_an_interrupted_save_cleans_up_and_lets_the_interrupt_through(tmp_path, doc, monkeypatch):
    path = tmp_path / "kort.oppspace"

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(doc, path)
    assert files_in(tmp_path) == set()


def test_failing_save_of_a_new_file_does_not_claim_an_old_one(tmp_path, doc, monkeypatch):
    monkeypatch.setattr(fileio.os, "replace", _fail_replace)
    with pytest.raises(DocumentError) as info:
        save(doc, tmp_path / "ny.oppspace")
    assert str(info.value).endswith("cannot be saved (Input/output error)")
    assert files_in(tmp_path) == set()


def test_saving_onto_a_folder_is_refused(tmp_path, doc):
    (tmp_path / "kort.oppspace").mkdir()
    with pytest.raises(DocumentError, match="cannot be saved"):
        save(doc, tmp_path / "kort.oppspace")


# -- migrations -------------------------------------------------------------------------------
V0 = {"format": "oppspace", "version": 0, "title": "Gammelt kort",
      "lanes": [{"id": "a-1", "name": "Kommunen"}]}


def v0_to_v1(data: dict) -> dict:
    """A synthetic version 0 kept the title at the top and called actors lanes."""
    data["meta"] = {"title": data.pop("title")}
    data["actors"] = data.pop("lanes")
    return data


def test_an_older_version_is_migrated_with_an_injected_registry():
    doc = loads(json.dumps(V0), migrations={0: v0_to_v1})
    assert doc.version == 1 and doc.meta.title == "Gammelt kort"
    assert [a.name for a in doc.actors] == ["Kommunen"]


def test_an_older_version_is_migrated_through_the_registered_migrations(tmp_path, monkeypatch):
    monkeypatch.setitem(MIGRATIONS, 0, v0_to_v1)
    path = tmp_path / "old.oppspace"
    path.write_text(json.dumps(V0), encoding="utf-8")
    doc = load(path)
    assert doc.meta.title == "Gammelt kort"
    out = tmp_path / "new.oppspace"
    save(doc, out)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_register_adds_to_the_registry(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    register(0)(v0_to_v1)
    assert migrations.MIGRATIONS == {0: v0_to_v1}


def test_migrations_run_in_order_one_version_at_a_time(monkeypatch):
    monkeypatch.setattr(migrations, "VERSION", 3)
    seen = []

    def step(n):
        def run(data):
            seen.append((n, data["version"]))
            data.setdefault("trail", []).append(n)
            return data
        return run

    original = {"format": "oppspace", "version": 1}
    out = migrate(original, {2: step(2), 1: step(1)})
    assert seen == [(1, 1), (2, 2)]
    assert out == {"format": "oppspace", "version": 3, "trail": [1, 2]}
    assert original == {"format": "oppspace", "version": 1}, "the input is not changed"


def test_a_migration_that_fails_is_a_clear_error():
    def broken(data):
        return data["no such key"]

    with pytest.raises(DocumentError, match=r"^version: cannot bring this version 0 file up to date \(KeyError"):
        loads(json.dumps(V0), migrations={0: broken})


def test_a_version_without_a_migration_is_refused():
    with pytest.raises(DocumentError, match="^version: version 0 is not a version OppSpace knows$"):
        loads(json.dumps(V0), migrations={})


def test_a_newer_version_is_refused():
    with pytest.raises(DocumentError, match="made by a newer OppSpace"):
        loads('{"format": "oppspace", "version": 2}', migrations={1: v0_to_v1})


def test_a_migrated_document_is_still_checked():
    def dangling(data):
        data = v0_to_v1(data)
        data["activities"] = [{"id": "s-1", "title": "x", "actor": "a-9"}]
        return data

    with pytest.raises(DocumentError, match=r'activities\[0\]\.actor: no actor with id "a-9"'):
        loads(json.dumps(V0), migrations={0: dangling})


# -- schema -----------------------------------------------------------------------------------
def test_the_shipped_schema_is_up_to_date():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), \
        "run: .venv/bin/python -m app.model.schema"


@pytest.mark.parametrize("path", [COMPLETE, *TEMPLATES], ids=lambda p: p.stem)
def test_valid_maps_satisfy_the_schema(path):
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), json_schema())


@pytest.mark.parametrize("name", ["unknown-key-activity", "negative-width", "bad-colour",
                                  "wrong-type-title", "bad-enum", "missing-required"])
def test_the_schema_refuses_what_the_model_refuses(name):
    data = json.loads((ROOT / "tests" / "data" / "malformed" / f"{name}.oppspace").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


# -- layering ---------------------------------------------------------------------------------
def test_headless_layers_do_not_import_qt(tmp_path):
    out = tmp_path / "out.json"
    code = (
        "import sys\n"
        "import app.model, app.analysis, app.export.json_export, app.cli\n"
        f"assert app.cli.main(['check', {str(COMPLETE)!r}]) == 0\n"
        f"assert app.cli.main(['export', {str(COMPLETE)!r}, '-o', {str(out)!r}]) == 0\n"
        "print('PySide6' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False False"
    assert out.exists()
