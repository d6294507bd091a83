"""Test setup: Qt runs offscreen, settings and data go to a temporary home."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
TEMPLATES = ROOT / "resources" / "templates"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep QSettings, recovery files and recent-file lists out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    if "PySide6.QtCore" in sys.modules:
        # Qt fixes the settings folder once per process; point it at this test's home so no
        # remembered folder, recent file or window layout leaks from one test to the next.
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    yield


@pytest.fixture
def template_path():
    def get(name: str) -> Path:
        return TEMPLATES / f"{name}.oppspace"

    return get
