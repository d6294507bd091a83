"""The `oppspace` command, run as a user runs it: `python -m app ...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.model import dumps, load

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
COMPLETE = DATA / "complete.oppspace"
MALFORMED = DATA / "malformed"
EXPECTED: dict[str, str] = json.loads((MALFORMED / "expected.json").read_text(encoding="utf-8"))


def oppspace(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd or ROOT, env=env, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> str:
    """Exit 2, nothing on stdout, exactly one line on stderr, no traceback."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("oppspace: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores chmod, so try /sys too)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    for candidate in (folder, Path("/sys")):
        try:
            (candidate / ".probe").write_bytes(b"")
        except OSError:
            return candidate
        (candidate / ".probe").unlink()
    pytest.fail("found no unwritable folder on this machine")


# -- --version and usage ----------------------------------------------------------------------
def test_version():
    result = oppspace("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"oppspace {__version__}"


@pytest.mark.parametrize("args, fragment", [
    (["check"], "required: file"),
    (["export", "x.oppspace"], "-o/--output"),
    (["new", "x", "--template", "nope"], "invalid choice: 'nope'"),
    (["check", "x.oppspace", "--bogus"], "unrecognized arguments: --bogus"),
])
def test_usage_mistakes_are_one_line(args, fragment):
    assert_one_line_error(oppspace(*args), fragment, "--help")


# -- new --------------------------------------------------------------------------------------
@pytest.mark.parametrize("template", ["generic", "blank", "aalborg-aktiv"])
def test_new_writes_a_valid_map_from_each_template(tmp_path, template):
    out = tmp_path / "map.oppspace"
    result = oppspace("new", out, "--template", template)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (template {template})"
    doc = load(out)
    shipped = load(ROOT / "resources" / "templates" / f"{template}.oppspace")
    assert [a.name for a in doc.actors] == [a.name for a in shipped.actors]
    assert len(doc.activities) == len(shipped.activities)
    assert doc.meta.created != shipped.meta.created, "a new map carries the time it was made"
    assert oppspace("check", out).returncode == 0


def test_new_aalborg_aktiv_is_danish_with_a_filled_partnership(tmp_path):
    out = tmp_path / "map.oppspace"
    oppspace("new", out, "--template", "aalborg-aktiv")
    doc = load(out)
    assert doc.meta.language == "da"
    assert doc.partnerships and doc.partnerships[0].members and doc.partnerships[0].resources


def test_new_defaults_to_generic_and_adds_the_suffix(tmp_path):
    result = oppspace("new", "kort", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = load(tmp_path / "kort.oppspace")
    assert [p.name for p in doc.phases] == [p.name for p in load(ROOT / "resources/templates/generic.oppspace").phases]


def test_new_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "map.oppspace"
    out.write_text("my precious work", encoding="utf-8")
    assert_one_line_error(oppspace("new", out), f"{out}: already exists; use --force")
    assert out.read_text(encoding="utf-8") == "my precious work"
    assert oppspace("new", out, "--force").returncode == 0
    load(out)
    assert (tmp_path / "map.oppspace.bak").read_text(encoding="utf-8") == "my precious work"


def test_new_into_a_missing_folder(tmp_path):
    out = tmp_path / "no" / "map.oppspace"
    assert_one_line_error(oppspace("new", out), "does not exist")


def test_new_into_an_unwritable_folder(tmp_path):
    folder = unwritable_folder(tmp_path)
    assert_one_line_error(oppspace("new", folder / "map.oppspace"), "cannot be saved")
    assert not (folder / "map.oppspace").exists()


# -- check ------------------------------------------------------------------------------------
def test_check_prints_the_summary_and_findings():
    result = oppspace("check", COMPLETE)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{COMPLETE}: valid OppSpace map \u201cAalborg Aktiv – prøve\u201d"
    assert lines[1] == ("  4 actors, 2 phases, 3 activities (2 co-produced), "
                        "3 flows (2 information), 1 partnership")
    assert any("warning" in line for line in lines[2:])


def test_check_json_has_the_agreed_shape():
    result = oppspace("check", COMPLETE, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"file", "findings"}
    assert data["file"] == str(COMPLETE)
    assert data["findings"], "the test map has findings"
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "message", "subjects"}
        assert finding["severity"] in ("warning", "info")
        assert isinstance(finding["message"], str) and finding["message"]
        assert all(isinstance(s, str) for s in finding["subjects"])


def test_check_strict_exit_codes(tmp_path):
    assert oppspace("check", COMPLETE).returncode == 0
    assert oppspace("check", COMPLETE, "--strict").returncode == 1
    blank = tmp_path / "blank.oppspace"
    oppspace("new", blank, "--template", "blank")
    assert oppspace("check", blank, "--strict").returncode == 0


# -- export -----------------------------------------------------------------------------------
def test_export_json_holds_the_document_and_an_analysis(tmp_path):
    out = tmp_path / "map.json"
    result = oppspace("export", COMPLETE, "-o", out)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    analysis = data.pop("analysis")
    assert set(analysis) >= {"findings", "need_to_know"}
    assert {f["code"] for f in analysis["findings"]} == {
        f["code"] for f in json.loads(oppspace("check", COMPLETE, "--json").stdout)["findings"]}
    assert json.dumps(data, indent=2, ensure_ascii=False) + "\n" == dumps(load(COMPLETE))


def test_export_with_an_unknown_suffix(tmp_path):
    out = tmp_path / "map.docx"
    assert_one_line_error(oppspace("export", COMPLETE, "-o", out), "cannot tell the format", "--format")
    assert not out.exists()


def test_export_into_an_unwritable_folder(tmp_path):
    folder = unwritable_folder(tmp_path)
    assert_one_line_error(oppspace("export", COMPLETE, "-o", folder / "map.json"), "cannot be written")
    assert not (folder / "map.json").exists()
    if folder != Path("/sys"):
        assert list(folder.iterdir()) == []


def test_export_into_a_missing_folder(tmp_path):
    assert_one_line_error(oppspace("export", COMPLETE, "-o", tmp_path / "no" / "m.json"), "does not exist")


def test_export_of_a_broken_file_writes_nothing(tmp_path):
    out = tmp_path / "map.json"
    src = MALFORMED / "dangling-actor.oppspace"
    assert_one_line_error(oppspace("export", src, "-o", out), f"{src}: ", EXPECTED[src.name])
    assert not out.exists()


# -- broken input -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_refuses_each_malformed_file_in_one_line(name):
    path = MALFORMED / name
    assert_one_line_error(oppspace("check", path), f"oppspace: error: {path}: ", EXPECTED[name])


def test_check_refuses_deep_nesting(tmp_path):
    path = tmp_path / "deep.oppspace"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_one_line_error(oppspace("check", path), f"{path}: ", "nested too deeply")


def test_check_refuses_a_missing_file(tmp_path):
    path = tmp_path / "gone.oppspace"
    assert_one_line_error(oppspace("check", path), f"{path}: no such file")


def test_check_refuses_a_folder(tmp_path):
    assert_one_line_error(oppspace("check", tmp_path), f"{tmp_path}: is a folder")


def test_output_cut_short_by_a_closed_pipe_is_not_an_error(tmp_path):
    sys.path.insert(0, str(ROOT))
    from bench.generate import make_map
    from app.model import save

    path = tmp_path / "big.oppspace"
    save(make_map(600, 1800, seed=3), path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "app", "check", str(path), "--json"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)  # like `| head -c 10`
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 141
    assert stderr == ""


# -- whatif -----------------------------------------------------------------------------------
def test_whatif_prints_the_consequences_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "map.oppspace"
    path.write_bytes(COMPLETE.read_bytes())
    result = oppspace("whatif", path, "--remove", "a-cafe")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("What if \u201c")
    assert "Flows lost" in result.stdout
    assert path.read_bytes() == COMPLETE.read_bytes()


def test_whatif_json_has_the_documented_shape():
    result = oppspace("whatif", COMPLETE, "--remove", "a-cafe", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["removed", "kind", "flows_lost", "activities_isolated",
                          "co_produced_lost", "partnership_effects", "new_findings",
                          "resolved_findings"]
    assert (data["removed"], data["kind"]) == ("a-cafe", "actor")
    assert data["flows_lost"] and all(isinstance(i, str) for i in data["flows_lost"])
    assert all(set(e) == {"partnership", "what", "id"} for e in data["partnership_effects"])
    for finding in data["new_findings"] + data["resolved_findings"]:
        assert set(finding) == {"code", "severity", "message", "subjects"}


def test_whatif_unknown_id_or_bad_file_is_one_line_and_exit_2(tmp_path):
    assert_one_line_error(oppspace("whatif", COMPLETE, "--remove", "nobody"), 'no element with id "nobody"')
    bad = tmp_path / "bad.oppspace"
    bad.write_text("{", encoding="utf-8")
    assert_one_line_error(oppspace("whatif", bad, "--remove", "a-cafe"), "bad.oppspace")


def test_export_anonymise_leaves_no_citizen_name_in_csv(tmp_path):
    doc = load(COMPLETE)
    citizens = [a.name for a in doc.actors if a.kind == "citizen"]
    assert citizens
    out = tmp_path / "flows.csv"
    result = oppspace("export", COMPLETE, "-o", out, "--anonymise")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "Citizen" in text and not any(name in text for name in citizens)


def test_check_says_the_same_in_every_run(tmp_path):
    """The evidence of an interdependence mismatch (a cycle of organisations) once followed
    Python's string hashing, so the same map printed different text in different runs."""
    sys.path.insert(0, str(ROOT))
    from bench.generate import make_map
    from app.model import save

    path = tmp_path / "map.oppspace"
    save(make_map(300, 900, seed=1), path)
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "app", "check", str(path)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert "flows go both ways" in done.stdout
        outputs.add(done.stdout)
    assert len(outputs) == 1
