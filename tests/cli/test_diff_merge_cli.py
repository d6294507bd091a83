"""`oppspace diff` and `oppspace merge` as a user and as git run them."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from test_cli import COMPLETE, ROOT, assert_one_line_error, oppspace

from app.model import dumps, edits, load, loads, save


def _variant(tmp_path: Path, name: str, *changes) -> Path:
    doc = loads(COMPLETE.read_text(encoding="utf-8"))
    for change in changes:
        change(doc)
    path = tmp_path / name
    save(doc, path)
    return path


def test_diff_prints_one_line_per_change_with_names_and_exits_1(tmp_path):
    new = _variant(tmp_path, "new.oppspace", lambda d: edits.update(d, "s-2", title="Arbejde i køkkenet"),
                   lambda d: edits.update(d, "f-3", consent="obtained"))
    result = oppspace("diff", COMPLETE, new)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "Activity “Arbejde i køkkenet” (s-2): title “Arbejde i caféen” → “Arbejde i køkkenet”",
        "Flow “Mødeplan” (f-3): consent not_needed → obtained"]


def test_diff_of_equal_maps_exits_0_and_json_has_the_documented_shape(tmp_path):
    same = oppspace("diff", COMPLETE, COMPLETE)
    assert (same.returncode, same.stdout) == (0, "")
    new = _variant(tmp_path, "new.oppspace", lambda d: edits.remove(d, "f-2"))
    result = oppspace("diff", COMPLETE, new, "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert (data["old"], data["new"]) == (str(COMPLETE), str(new))
    [change] = data["changes"]
    assert set(change) == {"op", "kind", "id", "field", "old", "new"}
    assert (change["op"], change["kind"], change["id"], change["new"]) == ("removed", "flow", "f-2", None)


def test_diff_in_danish(tmp_path):
    new = _variant(tmp_path, "new.oppspace", lambda d: edits.update(d, "s-2", co_produced=True))
    result = oppspace("diff", COMPLETE, new, "--lang", "da")
    assert result.stdout == "Aktivitet “Arbejde i caféen” (s-2): samskabt nej → ja\n"


def test_merge_writes_out_and_reports_conflicts_with_exit_1(tmp_path):
    ours = _variant(tmp_path, "ours.oppspace", lambda d: edits.update(d, "s-2", title="Ours"))
    theirs = _variant(tmp_path, "theirs.oppspace", lambda d: edits.update(d, "s-2", title="Theirs"),
                      lambda d: edits.update(d, "s-1", description="Theirs only"))
    out = tmp_path / "out.oppspace"
    result = oppspace("merge", COMPLETE, ours, theirs, "-o", out, "--json")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout) == {"conflicts": [
        {"kind": "activity", "id": "s-2", "field": "title", "base": "Arbejde i caféen",
         "ours": "Ours", "theirs": "Theirs", "resolution": "ours"}]}
    merged = load(out)
    assert (merged.activity("s-2").title, merged.activity("s-1").description) == ("Ours", "Theirs only")
    assert {p.name for p in tmp_path.iterdir()} == {"out.oppspace", "ours.oppspace", "theirs.oppspace"}
    clean = oppspace("merge", COMPLETE, COMPLETE, theirs, "-o", out)
    assert clean.returncode == 0 and clean.stdout.startswith(f"merged into {out}: no conflicts")


def test_bad_input_is_one_line_and_exit_2_and_out_stays_intact(tmp_path):
    out = tmp_path / "out.oppspace"
    out.write_text("keep me", encoding="utf-8")
    broken = tmp_path / "broken.oppspace"
    broken.write_text("{", encoding="utf-8")
    assert_one_line_error(oppspace("merge", COMPLETE, broken, COMPLETE, "-o", out), "broken.oppspace")
    assert out.read_text(encoding="utf-8") == "keep me"
    assert_one_line_error(oppspace("diff", COMPLETE, tmp_path / "missing.oppspace"), "missing.oppspace",
                          "no such file")
    assert_one_line_error(oppspace("diff", COMPLETE), "expected OLD NEW")
    assert_one_line_error(oppspace("merge", COMPLETE, COMPLETE, COMPLETE, "-o", tmp_path), "is a folder")


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env,
                          encoding="utf-8", timeout=120)


def _repo_with_drivers(tmp_path: Path) -> Path:
    """A repository set up as the README says, with this Python standing in for `oppspace`."""
    repo = tmp_path / "repo"
    repo.mkdir()
    command = f"{shlex.quote(sys.executable)} -m app"
    _git(repo, "init", "-q", "-b", "main")
    (repo / ".gitattributes").write_text("*.oppspace merge=oppspace diff=oppspace\n", encoding="utf-8")
    _git(repo, "config", "merge.oppspace.name", "OppSpace map merge")
    _git(repo, "config", "merge.oppspace.driver", f"{command} merge %O %A %B -o %A")
    _git(repo, "config", "diff.oppspace.command", f"{command} diff --git")
    (repo / "map.oppspace").write_text(COMPLETE.read_text(encoding="utf-8"), encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    return repo


def _commit_change(repo: Path, branch: str, *changes) -> None:
    _git(repo, "checkout", "-q", branch)
    doc = load(repo / "map.oppspace")
    for change in changes:
        change(doc)
    (repo / "map.oppspace").write_text(dumps(doc), encoding="utf-8")
    assert _git(repo, "commit", "-qam", f"change on {branch}").returncode == 0


def test_git_merges_two_branches_that_changed_the_same_map(tmp_path):
    repo = _repo_with_drivers(tmp_path)
    _git(repo, "branch", "cafe")
    _commit_change(repo, "cafe", lambda d: edits.update(d, "s-2", title="Arbejde i køkkenet"))
    _commit_change(repo, "main", lambda d: edits.update(d, "f-3", consent="obtained"),
                   lambda d: edits.move(d, ("actors",), 3, 0))
    shown = _git(repo, "diff", "HEAD~1", "HEAD")
    assert "Flow “Mødeplan” (f-3): consent not_needed → obtained" in shown.stdout, shown.stderr
    result = _git(repo, "merge", "-q", "cafe", "-m", "merge cafe")
    assert result.returncode == 0, result.stdout + result.stderr
    merged = load(repo / "map.oppspace")
    assert merged.activity("s-2").title == "Arbejde i køkkenet"
    assert merged.flow("f-3").consent == "obtained" and merged.actors[0].id == "a-citizen"
    assert _git(repo, "status", "--porcelain").stdout == ""  # no backup or temporary files left


def test_git_merge_with_a_conflict_stops_with_a_valid_map_holding_ours(tmp_path):
    repo = _repo_with_drivers(tmp_path)
    _git(repo, "branch", "cafe")
    _commit_change(repo, "cafe", lambda d: edits.update(d, "s-2", title="Theirs"))
    _commit_change(repo, "main", lambda d: edits.update(d, "s-2", title="Ours"))
    result = _git(repo, "merge", "cafe")
    assert result.returncode != 0 and "CONFLICT" in result.stdout
    assert "title ours “Ours”, theirs “Theirs”; kept ours" in result.stdout + result.stderr
    assert load(repo / "map.oppspace").activity("s-2").title == "Ours"  # valid JSON, no markers
