"""What the editor keeps on its own may be personal: the settings list the paths of recent maps
(which may name a citizen's case), the snapshots are copies of the maps. It keeps them, and
their folders, readable by the user only, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.model import save
from app.ui import snapshots
from app.ui.preferences import settings

from canvas_support import open_window
from tests.conftest import TEMPLATES


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def case_map(tmp_path) -> Path:
    from app.model import load

    path = tmp_path / "case-jensen-family.oppspace"
    save(load(TEMPLATES / "generic.oppspace"), path)
    return path


def test_the_recent_files_list_is_readable_by_the_user_only(qtbot, open_umask, case_map):
    window = open_window(qtbot)
    assert window.open_path(case_map)
    conf = Path(settings().fileName())
    settings().sync()
    assert "case-jensen-family" in conf.read_text(encoding="utf-8")
    assert _mode(conf) == 0o600
    assert _mode(conf.parent) == 0o700


def test_a_settings_file_others_could_read_is_made_private_and_kept(qtbot, open_umask, case_map):
    conf = Path(QSettings("OppSpace", "OppSpace").fileName())
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[ui]\nlanguage=da\n", encoding="utf-8")
    os.chmod(conf, 0o644)
    window = open_window(qtbot)
    assert window.open_path(case_map)
    settings().sync()
    assert _mode(conf) == 0o600
    text = conf.read_text(encoding="utf-8")
    assert "language=da" in text and "case-jensen-family" in text


def test_the_copy_kept_for_merging_is_readable_by_the_user_only(qtbot, open_umask, case_map):
    window = open_window(qtbot)
    assert window.open_path(case_map)
    copy = snapshots.snapshot_path(case_map)
    assert copy.read_bytes() == case_map.read_bytes()
    assert _mode(copy) == 0o600
    assert _mode(copy.parent) == 0o700
