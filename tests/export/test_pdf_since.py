"""The PDF's "Changes since DATE" section (export --since, and the export dialog's option)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
from test_pdf import ROOT, text_of

from app.export import export
from app.i18n import set_language
from app.model import Activity, dumps, edits, load, loads, save

COMPLETE = ROOT / "tests" / "data" / "complete.oppspace"


def _newer() -> tuple:
    old = load(COMPLETE)
    new = loads(dumps(old))
    edits.update(new, "s-2", title="Arbejde i køkkenet")
    edits.add_activity(new, Activity(id="s-9", title="Evaluering med borgeren", actor="a-citizen"))
    edits.update(new, "p-1", members=["a-city", "a-cafe"])
    return old, new


def test_changes_since_lists_each_change_in_words_before_the_report(tmp_path):
    old, new = _newer()
    out = tmp_path / "map.pdf"
    export(new, out, "pdf", since=old)
    text = text_of(out)
    heading = f"Changes since {old.meta.modified[:10]}"
    assert heading in text
    assert "3 changes: 1 added, 0 removed, 2 changed or moved" in text
    assert "Activity “Arbejde i køkkenet” (s-2): title “Arbejde i caféen” → “Arbejde i køkkenet”" in text
    assert "Activity “Evaluering med borgeren” (s-9): added" in text
    assert "Partnership “Aalborg Aktiv” (p-1): members − “Borger”" in text
    assert text.index(heading) < text.index("Findings")  # it opens the report
    plain = tmp_path / "plain.pdf"
    export(new, plain, "pdf")
    assert "Changes since" not in text_of(plain)


def test_nothing_changed_says_so_and_the_section_is_in_danish(tmp_path):
    old = load(COMPLETE)
    out = tmp_path / "map.pdf"
    set_language("da")
    try:
        export(old, out, "pdf", since=old, report=False)
    finally:
        set_language("en")
    text = text_of(out)
    assert f"Ændringer siden {old.meta.modified[:10]}" in text and "Intet er ændret siden da." in text
    assert len(pypdf.PdfReader(str(out)).pages) == 2  # the map page, then the section alone


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_cli_export_since(tmp_path):
    old, new = _newer()
    save(new, tmp_path / "new.oppspace")
    out = tmp_path / "new.pdf"
    result = _cli("export", tmp_path / "new.oppspace", "-o", out, "--since", COMPLETE, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Activity “Evaluering med borgeren” (s-9): added" in text_of(out)
    wrong = _cli("export", tmp_path / "new.oppspace", "-o", tmp_path / "new.json", "--since", COMPLETE)
    assert wrong.returncode == 2 and "part of a PDF" in wrong.stderr and not (tmp_path / "new.json").exists()
    missing = _cli("export", tmp_path / "new.oppspace", "-o", out, "--since", tmp_path / "old.oppspace")
    assert missing.returncode == 2 and "old.oppspace: no such file" in missing.stderr
    assert Path(out).exists()
