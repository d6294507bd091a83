"""The editor speaks the user's language: menus in Danish or Finnish from --lang, the system
locale or the preference (--lang wins), both in-process and in a real started editor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MENUS = {"en": ["&File", "&Edit", "&Insert", "&View", "&Help"],
         "da": ["&Filer", "&Rediger", "&Indsæt", "&Vis", "&Hjælp"],
         "fi": ["&Tiedosto", "&Muokkaa", "&Lisää", "&Näytä", "&Ohje"]}


@pytest.fixture
def english_afterwards(qapp):
    yield
    from app.ui.translations import install_translators

    install_translators(qapp, "en")


@pytest.mark.parametrize("code, find, canvas", [("da", "&Søg…", "Servicekort"),
                                                ("fi", "&Etsi…", "Palvelukartta")])
def test_menus_actions_and_canvas_in_the_chosen_language(qapp, qtbot, english_afterwards,
                                                         code, find, canvas):
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow
    from app.ui.translations import install_translators

    assert install_translators(qapp, code) == code
    window = MainWindow()
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == MENUS[code]
    assert window.findChild(QAction, "actionFind").text() == find
    assert window.view.accessibleName() == canvas
    assert window.controller.document is not None


REPORT = """
import json
from PySide6.QtWidgets import QApplication
bar = window.menuBar()
with open({out!r}, "w", encoding="utf-8") as handle:
    json.dump([a.text() for a in bar.actions()], handle)
QApplication.instance().quit()
"""


def _start_editor(tmp_path: Path, args: list[str], lang_env: str, preference: str = "") -> list[str]:
    """Start ``python -m app`` offscreen with its own home; the menu titles it showed."""
    home = tmp_path / "home"
    config = home / "config" / "OppSpace"
    config.mkdir(parents=True, exist_ok=True)
    if preference:
        (config / "OppSpace.conf").write_text(f"[ui]\nlanguage={preference}\n", encoding="utf-8")
    out = tmp_path / "menus.json"
    script = tmp_path / "report.py"
    script.write_text(REPORT.format(out=str(out)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "LC_", "LANG"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen", LANG=lang_env)
    subprocess.run([sys.executable, str(ROOT / "tests" / "drive_editor.py"), str(script), *args],
                   cwd=ROOT, env=env, timeout=60,
                   capture_output=True, check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def test_a_danish_system_gets_danish_menus(tmp_path):
    assert _start_editor(tmp_path, [], "da_DK.UTF-8") == MENUS["da"]


def test_lang_overrides_the_preference_and_the_system(tmp_path):
    assert _start_editor(tmp_path, ["--lang", "fi"], "da_DK.UTF-8", preference="da") == MENUS["fi"]


def test_the_preference_overrides_the_system(tmp_path):
    assert _start_editor(tmp_path, [], "en_GB.UTF-8", preference="da") == MENUS["da"]
