"""The PDF report speaks the map's language and names findings in words (issue 16)."""

from __future__ import annotations

import subprocess
import sys

import pypdf

from app.i18n import I18N, load_catalog
from app.model import save
from app.model.templates import from_template


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def export(tmp_path, *args: str) -> str:
    doc = from_template("aalborg-aktiv")  # meta.language "da"
    src, out = tmp_path / "map.oppspace", tmp_path / "map.pdf"
    save(doc, src)
    done = subprocess.run([sys.executable, "-m", "app", "export", str(src), "-o", str(out), *args],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    return pdf_text(out)


def test_a_danish_map_gives_a_danish_report_unless_lang_says_otherwise(tmp_path):
    danish = load_catalog(I18N / "oppspace_da.ts")[("Report", "Need to know")]
    text = export(tmp_path)
    assert danish in text and "Need to know" not in text
    assert "Need to know" in export(tmp_path, "--lang", "en")


def test_findings_are_named_by_a_title_not_by_their_code(tmp_path):
    text = export(tmp_path, "--lang", "en")
    assert "Personal data without consent" in text
    assert "consent-missing" not in text and "flow-without-asset" not in text
