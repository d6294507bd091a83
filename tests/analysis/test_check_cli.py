"""`oppspace check`: the readable table, --json and --strict, on files a user would have."""

import json

from mapkit import act, actor, full_partnership, info, make, seq

from app.cli import main
from app.model import save


def _write(tmp_path, doc, name="map.oppspace"):
    path = tmp_path / name
    save(doc, path)
    return path


def _warning_map():
    return make([actor("k", "Kommune"), actor("c", "Café", kind="private")],
                [act("s1", "k"), act("s2", "c")],
                [seq("f0", "s1", "s2"), info("f1", "s1", "c", asset="as-1"),
                 info("f2", "s2", "k", asset="as-1")],
                [full_partnership(["k", "c"])])


def _info_only_map():
    doc = _warning_map()
    doc.activities[0].co_produced = True
    doc.flows[2].asset = None
    return doc


def test_check_prints_findings_as_a_table(tmp_path, capsys):
    path = _write(tmp_path, _warning_map())
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 activities (0 co-produced)" in out
    assert "1 finding (1 warning, 0 info):" in out
    line = next(x for x in out.splitlines() if "no-co-production" in x)
    assert line.split()[:2] == ["warning", "no-co-production"]


def test_check_json_has_the_agreed_shape(tmp_path, capsys):
    path = _write(tmp_path, _info_only_map())
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(path)
    assert data["findings"] == [{
        "code": "flow-without-asset", "severity": "info", "subjects": ["f2"],
        "message": data["findings"][0]["message"]}]
    assert "Café" in data["findings"][0]["message"]


def test_strict_exits_1_on_warnings_only(tmp_path, capsys):
    assert main(["check", str(_write(tmp_path, _warning_map(), "w.oppspace")), "--strict"]) == 1
    assert main(["check", str(_write(tmp_path, _info_only_map(), "i.oppspace")), "--strict"]) == 0
    assert main(["check", str(_write(tmp_path, _warning_map(), "w.oppspace"))]) == 0


def test_check_on_a_broken_file_is_one_line_and_exit_2(tmp_path, capsys):
    path = tmp_path / "broken.oppspace"
    path.write_text('{"format": "oppspace", "version": 1, "actors": [{"id": 3}]}', "utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oppspace: error:") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
