"""The meeting PDF: read back with pypdf, every name and text a reader needs is there in full."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from app.analysis import analyze
from app.export import ExportError, export
from app.model import load
from app.model.document import (Activity, Actor, Document, Flow, Meta, Partnership, Phase,
                                Questions, Reflection, Resource)

ROOT = Path(__file__).resolve().parents[2]
AALBORG = ROOT / "resources" / "templates" / "aalborg-aktiv.oppspace"


def text_of(path: Path, pages: slice = slice(None)) -> str:
    """All text of the pages, whitespace collapsed (wrapped lines join with one space)."""
    reader = pypdf.PdfReader(str(path))
    raw = " ".join(p.extract_text() or "" for p in reader.pages[pages])
    return re.sub(r"\s+", " ", raw)


def small_map(**meta) -> Document:
    """Two lanes (one citizen), two phases, a co-produced activity and both kinds of flow."""
    return Document(
        format="oppspace", version=1,
        meta=Meta(title=meta.get("title", "Ærø Kommune – Østergade"),
                  description="Plan for æøå ÆØÅ äö", authors=["Åse Ørsted", "Jens Jensen"]),
        phases=[Phase(id="ph-1", name="Samdesign"), Phase(id="ph-2", name="Samlevering")],
        actors=[Actor(id="a-k", name="Kommunen på Ærø", kind="public"),
                Actor(id="a-b", name="Borgeren Bjørn", kind="citizen")],
        activities=[
            Activity(id="s-1", title="Afklaring af ønsker", actor="a-k", phase="ph-1",
                     co_produced=True),
            Activity(id="s-2", title="Møder op på arbejdet", actor="a-b", phase="ph-2", x=300.0),
        ],
        flows=[Flow(id="f-1", kind="information", source="s-1", target="a-b",
                    what="Tider og sted"),
               Flow(id="f-2", kind="sequence", source="s-1", target="s-2")],
    )


@pytest.fixture(scope="module")
def aalborg_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "aalborg.pdf"
    export(load(AALBORG), out, "pdf")
    return out


def test_aalborg_every_name_title_and_partnership_field_in_full(aalborg_pdf):
    doc = load(AALBORG)
    text = text_of(aalborg_pdf)
    expected = [doc.meta.title, doc.meta.description, *doc.meta.authors]
    expected += [a.name for a in doc.actors] + [p.name for p in doc.phases]
    expected += [a.title for a in doc.activities]
    expected += [f.what for f in doc.flows if f.what]
    for part in doc.partnerships:
        gov = part.governance
        expected += [part.name, part.remit, part.need, gov.leadership_resources,
                     gov.decision_making, gov.review]
        expected += [r.description for r in gov.responsibilities]
        expected += [r.name for r in part.resources] + [c.note for c in part.complementarities]
        expected += [a.name for a in part.assets] + [a.description for a in part.assets]
        expected += [r.what for r in part.routines] + [r.when for r in part.routines]
        expected += list(part.questions.model_dump().values())
        for r in part.reflections:
            expected += [r.date, r.works_locally, r.works_for_citizens, r.to_improve]
    missing = [e for e in expected if e and re.sub(r"\s+", " ", e) not in text]
    assert not missing


def test_aalborg_findings_grouped_by_severity_with_names(aalborg_pdf):
    doc = load(AALBORG)
    findings = analyze(doc)
    assert findings, "the template is expected to raise findings"
    text = text_of(aalborg_pdf)
    for f in findings:
        assert re.sub(r"\s+", " ", f.message) in text
    warnings = sum(1 for f in findings if f.severity == "warning")
    infos = len(findings) - warnings
    assert text.index(f"Warnings ({warnings})") < text.index(f"For information ({infos})")


def test_need_to_know_lists_who_receives_what(aalborg_pdf):
    from app.analysis import need_to_know

    text = text_of(aalborg_pdf)
    part = text[text.index("Need to know"):]
    entries = need_to_know(load(AALBORG))
    assert entries
    for entry in entries:
        if not entry["receives"]:
            assert f"{entry['name']} (receives no information flow)" in part
        for item in entry["receives"]:
            assert f"{entry['name']} {item['what']}" in part  # one row: who, then what
            assert item["from_actor_name"] in part


def test_map_pages_carry_asterisks_dots_and_an_embedded_font(aalborg_pdf):
    doc = load(AALBORG)
    reader = pypdf.PdfReader(str(aalborg_pdf))
    from app.export.pdf import plan_map

    plan = plan_map(doc).plan  # A4 landscape, as the fixture exports
    map_pages = reader.pages[1:1 + len(plan.tiles)]  # after the overview
    assert len(plan.tiles) > 1  # tiles repeat boxes near their edges: counted per tile
    overview = reader.pages[0].extract_text()
    assert overview.count("*") == sum(a.co_produced for a in doc.activities) + 1
    for page, tile in zip(map_pages, plan.tiles):
        shown = plan.boxes[(tile.row, tile.col)]
        # exactly one star per co-produced box drawn on this page, and one in the legend
        assert page.extract_text().count("*") == sum(b.act.co_produced for b in shown) + 1
        assert "co-produced with citizens" in page.extract_text()
    assert "*" not in reader.pages[1 + len(plan.tiles)].extract_text()  # the report follows
    stream = map_pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"\[[0-9. ]+\] [0-9.]+ d", stream), "no dash pattern for dotted flows"
    for page in reader.pages:  # every font used is our TrueType font, embedded
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_metadata(aalborg_pdf):
    meta = pypdf.PdfReader(str(aalborg_pdf)).metadata
    assert meta.title == "Aalborg Aktiv – meningsfuldt arbejde"
    assert meta.author == "Aalborg Aktiv"
    assert meta.creator == "OppSpace"
    assert "partnership" in meta.subject


def test_page_x_of_y_on_every_page(aalborg_pdf):
    reader = pypdf.PdfReader(str(aalborg_pdf))
    total = len(reader.pages)
    for i, page in enumerate(reader.pages, 1):
        assert f"page {i} of {total}" in page.extract_text()


def test_nordic_letters_copy_out_as_text(tmp_path):
    out = tmp_path / "nordic.pdf"
    export(small_map(), out, "pdf")
    text = text_of(out)
    for s in ("Ærø Kommune – Østergade", "Kommunen på Ærø", "Borgeren Bjørn", "Åse Ørsted",
              "Afklaring af ønsker", "Møder op på arbejdet", "Plan for æøå ÆØÅ äö"):
        assert s in text


def test_map_only_is_one_page_and_paper_options_apply(tmp_path):
    out = tmp_path / "small.pdf"
    export(small_map(), out, "pdf", paper="A3", portrait=True, report=False)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)
    export(small_map(), out, "pdf")
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert len(reader.pages) > 1 and "Findings" in text_of(out)


def test_long_texts_in_report_never_cut(tmp_path):
    doc = small_map()
    long_remit = " ".join(f"ord{i}" for i in range(3000))
    doc.partnerships.append(Partnership(
        id="p-1", name="Ørsted-partnerskabet", members=["a-k", "a-b"], remit=long_remit,
        need="Et behov", resources=[Resource(id="r-1", owner="a-k", name="Viden om ældre",
                                             description=long_remit)],
        questions=Questions(why="Fordi vi vil"),
        reflections=[Reflection(date="2025-01-01", to_improve="Gammel refleksion"),
                     Reflection(date="2026-03-01", to_improve="Ny refleksion")]))
    out = tmp_path / "long.pdf"
    export(doc, out, "pdf")
    text = text_of(out)
    assert "ord0 ord1" in text and "ord2998 ord2999" in text
    assert text.index("Ny refleksion") < text.index("Gammel refleksion")  # newest first
    assert "Fordi vi vil" in text and "Viden om ældre" in text


def test_markup_characters_in_names_are_shown_as_typed(tmp_path):
    doc = small_map(title="A <b>bold</b> & plan")
    doc.actors[0].name = "Social- & Sundhed <Nord>"
    out = tmp_path / "markup.pdf"
    export(doc, out, "pdf")
    text = text_of(out)
    assert "A <b>bold</b> & plan" in text and "Social- & Sundhed <Nord>" in text


def test_unwritable_target_is_a_clear_error_and_keeps_the_old_file(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        export(small_map(), blocker / "out.pdf", "pdf")
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")
    from app.export import pdf as pdf_module

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    original = pdf_module.write_bytes
    pdf_module.write_bytes = broken
    try:
        with pytest.raises(ExportError, match="No space left"):
            export(small_map(), target, "pdf")
    finally:
        pdf_module.write_bytes = original
    assert target.read_bytes() == b"old"


def test_cli_export_end_to_end(tmp_path):
    out = tmp_path / "aa.pdf"
    cmd = [sys.executable, "-m", "app", "export", str(AALBORG), "-o", str(out),
           "--paper", "A3", "--no-report"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1  # the Aalborg map fits A3 landscape
    assert round(float(reader.pages[0].mediabox.width)) == 1191
    bad = subprocess.run([sys.executable, "-m", "app", "export", str(AALBORG), "-o",
                          str(tmp_path / "missing" / "x.pdf")], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "does not exist" in bad.stderr


def test_pdf_writer_imports_no_qt():
    code = ("import sys; from app.model import load; from app.export.pdf import render_pdf;"
            f"render_pdf(load({str(AALBORG)!r}));"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("lang, public, citizen", [("en", "PUBLIC", "CITIZEN"),
                                                   ("da", "OFFENTLIG", "BORGER")])
def test_lane_kinds_print_in_one_case_and_translated(tmp_path, lang, public, citizen):
    from app import i18n

    out = tmp_path / "kinds.pdf"
    before = i18n.current_language()
    i18n.set_language(lang)
    try:
        export(small_map(), out, "pdf", report=False)
    finally:
        i18n.set_language(before)
    text = text_of(out)
    assert public in text and citizen in text
    assert public.lower() not in text  # not "public" on one lane and "CITIZEN" on another


def _lowest_text(page) -> tuple[str, float]:
    """The report page's lowest text above the footer band, with its printed size."""
    items: list[tuple[float, str, float]] = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > 60:  # above "page x of y"
            items.append((y, text.strip(), size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    y, text, size = min(items)
    return text, size


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_no_report_page_ends_with_a_heading(tmp_path, paper):
    from app.export.pdf import plan_map

    doc = load(AALBORG)
    out = tmp_path / "aa.pdf"
    export(doc, out, "pdf", paper=paper)
    reader = pypdf.PdfReader(str(out))
    first_report = len(plan_map(doc, paper).plan.tiles)
    assert len(reader.pages) > first_report + 1
    for number, page in enumerate(reader.pages[first_report:-1], first_report + 1):
        text, size = _lowest_text(page)
        assert size < 11.5, f"page {number} ends with the heading {text!r}"


def test_huge_maps_list_some_activities_and_point_to_the_full_list(tmp_path):
    from app.export.pdf_report import LISTED

    doc = small_map()
    extra = [Activity(id=f"s-x{i}", title=f"Opgave nummer {i}", actor="a-k", phase="ph-1",
                      y=float(i % 5) * 20) for i in range(LISTED + 5)]
    doc = doc.model_copy(update={"activities": doc.activities + extra})
    out = tmp_path / "huge.pdf"
    export(doc, out, "pdf")
    text = text_of(out)
    assert f"… and {len(doc.activities) - LISTED} more activities" in text
    assert "JSON or CSV export" in text
    assert "Afklaring af ønsker" in text
