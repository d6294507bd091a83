"""Swapping a finished save in: a file another program holds open for a moment (Windows'
sharing violation) is tried again, one that stays held gives its error after the last try, and
a plain "permission denied" on Linux or macOS is reported at once (waiting cannot help)."""

from __future__ import annotations

import os

import pytest

from app.model import portable


def _replace_failing(monkeypatch, times: int, winerror: int | None) -> list[str]:
    """os.replace fails ``times`` times with EACCES (and ``winerror``), then works."""
    calls: list[str] = []
    real = os.replace

    def replace(src, dst):
        calls.append(str(dst))
        if len(calls) <= times:
            exc = PermissionError(13, "Permission denied")
            if winerror is not None:
                exc.winerror = winerror
            raise exc
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


@pytest.fixture
def finished(tmp_path):
    (tmp_path / "new").write_text("ny", encoding="utf-8")
    (tmp_path / "map").write_text("gammel", encoding="utf-8")
    return tmp_path


def test_a_sharing_violation_is_tried_again_until_the_file_is_free(finished, monkeypatch):
    calls = _replace_failing(monkeypatch, times=2, winerror=32)
    portable.replace_file(finished / "new", finished / "map", attempts=5, pause=0)
    assert len(calls) == 3 and (finished / "map").read_text(encoding="utf-8") == "ny"


def test_a_file_held_open_past_the_last_try_gives_the_error(finished, monkeypatch):
    calls = _replace_failing(monkeypatch, times=99, winerror=32)
    with pytest.raises(PermissionError):
        portable.replace_file(finished / "new", finished / "map", attempts=4, pause=0)
    assert len(calls) == 4 and (finished / "map").read_text(encoding="utf-8") == "gammel"


def test_permission_denied_on_posix_is_reported_at_once(finished, monkeypatch):
    assert portable.POSIX
    calls = _replace_failing(monkeypatch, times=99, winerror=None)
    with pytest.raises(PermissionError):
        portable.replace_file(finished / "new", finished / "map", attempts=4, pause=0)
    assert len(calls) == 1
