"""Translations: catalogs load, both the pure-Python and the Qt paths translate, the build
mechanism extracts every kind of call, and finished translations keep their placeholders."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import i18n
from app.i18n import I18N, translate

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%s")


def _build_module():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    from app.ui.translations import install_translators

    install_translators(qapp, "en")


@pytest.mark.parametrize("code, language", [("da", "da_DK"), ("fi", "fi_FI")])
def test_catalogs_exist_parse_and_name_their_language(code, language):
    root = ET.parse(I18N / f"oppspace_{code}.ts").getroot()
    assert root.get("language") == language
    assert (I18N / f"oppspace_{code}.qm").stat().st_size > 100
    assert len(i18n.load_catalog(I18N / f"oppspace_{code}.ts")) > 50


def test_set_language_translates_report_terms_without_qt():
    assert i18n.set_language("da") == "da"
    assert translate("Report", "Findings") == "Fund"
    assert translate("Report", "Partnership: {name}").format(name="Aalborg Aktiv") == "Partnerskab: Aalborg Aktiv"
    assert i18n.set_language("fi") == "fi"
    assert translate("Report", "Findings") == "Havainnot"
    assert translate("Report", "no such text") == "no such text"
    assert i18n.set_language("xx") == "en"
    assert translate("Report", "Findings") == "Findings"


@pytest.mark.parametrize("code, expected", [("da", "Ingen fund"), ("fi", "Ei osumia")])
def test_qt_translator_loads_the_compiled_catalog(code, expected):
    translator = QTranslator()
    assert translator.load(str(I18N / f"oppspace_{code}.qm"))
    assert translator.translate("FindBar", "No matches") == expected


def test_installed_translators_translate_widgets_standard_buttons_and_pure_python(qapp, qtbot):
    from app.ui.preferences import PreferencesDialog
    from app.ui.translations import install_translators

    assert install_translators(qapp, "da") == "da"
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Indstillinger"
    assert dialog.language.itemText(0) == "Systemets sprog"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuller"  # Qt's own Danish catalog
    assert translate("Report", "Findings") == "Fund"  # routed through Qt now
    assert install_translators(qapp, "en") == "en"
    assert PreferencesDialog().windowTitle() == "Preferences"


def test_the_language_preference_is_used_when_no_language_is_given(qapp):
    from app.ui.preferences import Preferences, settings
    from app.ui.translations import install_translators

    settings().clear()
    Preferences().update(language="fi")
    try:
        assert install_translators(qapp) == "fi"
        assert QApplication.translate("FindBar", "No matches") == "Ei osumia"
    finally:
        settings().clear()


def test_lupdate_extracts_pure_python_translate_and_the_ast_pass_adds_wrapped_calls(tmp_path, monkeypatch):
    build = _build_module()
    src = tmp_path / "app"
    src.mkdir()
    (src / "m.py").write_text(
        "from app.i18n import translate\n"
        "def _t(text):\n    return translate('Report', text)\n"
        "def heading():\n    return translate('Findings', 'Consent is {state}'), _t('Wrapped heading')\n"
        "class Panel:\n    def title(self):\n        return self.tr('Panel title')\n",
        encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "SOURCES", src)
    monkeypatch.setattr(build, "I18N", tmp_path / "i18n")
    assert build.main([]) == 0
    catalog = build.catalog_sources(tmp_path / "i18n" / "oppspace_da.ts")
    assert {("Findings", "Consent is {state}"), ("Report", "Wrapped heading"),
            ("Panel", "Panel title")} <= catalog
    assert build.check(build.source_files(), tmp_path / "i18n" / "oppspace_da.ts") == []
    assert (tmp_path / "i18n" / "oppspace_fi.qm").is_file()


def _project(tmp_path, monkeypatch, files: dict[str, str]):
    build = _build_module()
    src = tmp_path / "app"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "SOURCES", src)
    monkeypatch.setattr(build, "I18N", tmp_path / "i18n")
    return build


def _translate_all(ts, word: str = "oversat") -> None:
    """Give every message a (made-up) translation, as a translator would."""
    text = ts.read_text(encoding="utf-8")
    text = text.replace('<translation type="unfinished" />', f"<translation>{word}</translation>")
    text = text.replace('<translation type="unfinished"/>', f"<translation>{word}</translation>")
    text = text.replace('<translation type="unfinished"></translation>',
                        f"<translation>{word}</translation>")
    ts.write_text(text, encoding="utf-8")


def test_no_obsolete_keeps_strings_through_wrappers_and_drops_only_what_vanished(
        tmp_path, monkeypatch):
    """lupdate's own -no-obsolete dropped every string it cannot see (the menus go through a
    wrapper, so they became English); now only strings no code uses are dropped."""
    code = ("from app.i18n import translate\n"
            "def _tr(text):\n    return translate('MainWindow', text)\n"
            "def menus():\n    return _tr('&File'), translate('Map', 'Legend'){extra}\n")
    build = _project(tmp_path, monkeypatch, {"m.py": code.format(extra=", _tr('Old entry')")})
    assert build.main([]) == 0
    ts = tmp_path / "i18n" / "oppspace_da.ts"
    _translate_all(ts)
    (tmp_path / "app" / "m.py").write_text(code.format(extra=""), encoding="utf-8")
    assert build.main(["--no-obsolete", "--check"]) == 0
    catalog = i18n.load_catalog(ts)
    assert catalog == {("MainWindow", "&File"): "oversat", ("Map", "Legend"): "oversat"}
    assert "Old entry" not in ts.read_text(encoding="utf-8")


def test_a_tr_inherited_from_another_file_is_filed_under_the_context_it_looks_up(
        tmp_path, monkeypatch):
    """A base class's own ``tr`` translates in its context; lupdate files a subclass's
    ``self.tr`` under the subclass's name, where the running editor never looks."""
    build = _project(tmp_path, monkeypatch, {
        "base.py": "from PySide6.QtCore import QCoreApplication\n"
                   "class Tool:\n    def tr(self, text):\n"
                   "        return QCoreApplication.translate('Tools', text)\n",
        "connect.py": "from .base import Tool\n"
                      "class ConnectTool(Tool):\n    def press(self):\n"
                      "        return self.tr('Start on a box')\n"})
    assert build.main(["--check"]) == 0
    ts = tmp_path / "i18n" / "oppspace_da.ts"
    assert ("Tools", "Start on a box") in build.catalog_sources(ts)
    assert ("ConnectTool", "Start on a box") not in build.catalog_sources(ts)
    _translate_all(ts, "Start på en boks")
    assert build.main(["--no-obsolete", "--check"]) == 0
    assert i18n.load_catalog(ts) == {("Tools", "Start on a box"): "Start på en boks"}


def test_the_check_names_strings_nobody_can_extract(tmp_path, monkeypatch):
    build = _build_module()
    src = tmp_path / "app"
    src.mkdir()
    (src / "m.py").write_text("from app.i18n import translate\nLABELS = {'a': 'Alpha'}\n"
                              "def label(k):\n    return translate('Map', LABELS[k])\n", encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "SOURCES", src)
    monkeypatch.setattr(build, "I18N", tmp_path / "i18n")
    assert build.main(["--check"]) == 1
    problems = build.check(build.source_files(), tmp_path / "i18n" / "oppspace_da.ts")
    assert len(problems) == 1 and problems[0].startswith("app/m.py:4: the text is not a literal")


@pytest.mark.parametrize("code", ["da", "fi"])
def test_finished_translations_keep_their_placeholders(code):
    for (context, source), text in i18n.load_catalog(I18N / f"oppspace_{code}.ts").items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)


@pytest.mark.parametrize("code", ["da", "fi"])
def test_compiled_qm_matches_its_ts(code, tmp_path):
    """Someone edited a .ts and forgot to run scripts/build_translations.py."""
    build = _build_module()
    out = tmp_path / f"oppspace_{code}.qm"
    subprocess.run([build.tool("pyside6-lrelease"), "-nounfinished", str(I18N / f"oppspace_{code}.ts"),
                    "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (I18N / f"oppspace_{code}.qm").read_bytes()
