"""CSV export: one row per flow, UTF-8 with BOM, read back with the csv module."""

import csv

from app import i18n
from app.cli import main
from app.export import export
from app.model import load


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_one_row_per_flow_with_both_ends(template_path, tmp_path):
    doc = load(template_path("aalborg-aktiv"))
    out = tmp_path / "flows.csv"
    export(doc, out, "csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _rows(out)
    assert [r["Flow"] for r in rows] == [f.id for f in doc.flows]
    row = next(r for r in rows if r["Flow"] == "f-15")
    assert row == {
        "Flow": "f-15", "Kind": "information",
        "From": "Planlæg støtte i hverdagen", "From actor": "Botilbud",
        "From organisation": "Aalborg Kommune – Aalborg Aktiv",
        "To": "Tilbyd opgaver og arbejdstider", "To actor": "Caféen på havnen",
        "To organisation": "Caféen på havnen",
        "What": "Hvilken støtte borgeren har brug for", "When": "Før første arbejdsdag",
        "Form": "Telefon", "Asset": "", "Personal data": "yes", "Consent": "unknown",
    }
    assert next(r for r in rows if r["Flow"] == "f-13")["Asset"] == "Mødelokale i Aalborg Aktiv"
    assert next(r for r in rows if r["Flow"] == "f-1")["Kind"] == "sequence"


def test_csv_keeps_commas_quotes_and_newlines_in_cells(tmp_path):
    from app.model import loads

    doc = loads('{"format": "oppspace", "version": 1, "actors": [{"id": "a", "name": "A"},'
                '{"id": "b", "name": "B"}], "flows": [{"id": "f", "kind": "information",'
                '"source": "a", "target": "b",'
                '"what": "Ønsker, \\"behov\\"\\nog mere"}]}')
    out = tmp_path / "odd.csv"
    export(doc, out, "csv")
    assert _rows(out)[0]["What"] == 'Ønsker, "behov"\nog mere'


def test_csv_headers_follow_the_language(template_path, tmp_path):
    i18n.install_hook(lambda context, text: f"<{text}>" if context == "CSV" else text)
    try:
        out = tmp_path / "flows.csv"
        export(load(template_path("generic")), out, "csv")
    finally:
        i18n.install_hook(None)
    rows = _rows(out)
    assert "<What>" in rows[0] and rows[0]["<Kind>"] == "<sequence>"


def test_cli_exports_csv_by_suffix(template_path, tmp_path, capsys):
    out = tmp_path / "generic.csv"
    assert main(["export", str(template_path("generic")), "-o", str(out)]) == 0
    assert len(_rows(out)) == len(load(template_path("generic")).flows)
