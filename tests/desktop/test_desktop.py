"""Desktop integration: the shipped entry, file type and icon, and `oppspace install-desktop`."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import cli
from app.desktop import (DESKTOP_SOURCE, ICON_SOURCE, MIME_SOURCE, DesktopError, desktop_entry,
                         exec_quote, install_desktop)

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
VALIDATE = shutil.which("desktop-file-validate")


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(text)
    return parser["Desktop Entry"]


def _validate(path: Path) -> None:
    """desktop-file-validate must accept the file; only this check needs the tool."""
    if VALIDATE is None:
        return
    done = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_shipped_desktop_entry_opens_oppspace_files():
    entry = _entry(DESKTOP_SOURCE.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "oppspace %f"
    assert entry["MimeType"] == "application/x-oppspace;"
    assert entry["Icon"] == "oppspace"
    assert "samskabelse" in entry["Keywords[da]"] and "yhteistuotanto" in entry["Keywords[fi]"]
    _validate(DESKTOP_SOURCE)


def test_mime_xml_declares_the_glob_and_the_type_the_entry_names():
    root = ET.parse(MIME_SOURCE).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == "application/x-oppspace"
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.oppspace"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                for c in mime.iter(f"{MIME_NS}comment")}
    assert comments[None] and comments["da"] and comments["fi"]


def test_icon_is_a_valid_square_svg():
    root = ET.parse(ICON_SOURCE).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON_SOURCE))
    assert renderer.isValid()
    for size in (64, 128, 256):
        assert ICON_SOURCE.with_name(f"oppspace-{size}.png").is_file()


def test_install_into_the_xdg_data_home_says_what_it_did(tmp_path, monkeypatch):
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    lines = install_desktop()
    entry_path = home / "applications" / "oppspace.desktop"
    mime_path = home / "mime" / "packages" / "oppspace.xml"
    svg_path = home / "icons" / "hicolor" / "scalable" / "apps" / "oppspace.svg"
    for path in (entry_path, mime_path, svg_path,
                 home / "icons" / "hicolor" / "128x128" / "apps" / "oppspace.png"):
        assert path.is_file(), path
    text = "\n".join(lines)
    assert str(entry_path) in text and str(mime_path) in text and str(svg_path) in text
    assert "update-mime-database" in text and "update-desktop-database" in text
    entry = _entry(entry_path.read_text(encoding="utf-8"))
    program = entry["Exec"].split(" %f")[0]
    assert entry["Exec"].endswith(" %f")
    assert os.path.isabs(program.split()[0]), "menus may not share the shell's PATH"
    _validate(entry_path)
    if shutil.which("update-mime-database"):
        assert "*.oppspace" in (home / "mime" / "globs2").read_text(encoding="utf-8")
        assert "refreshed the file type database" in text
    if shutil.which("update-desktop-database"):
        cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert "application/x-oppspace=oppspace.desktop;" in cache


def test_installing_twice_gives_the_same_files(tmp_path):
    install_desktop(tmp_path)
    first = (tmp_path / "applications" / "oppspace.desktop").read_bytes()
    install_desktop(tmp_path)
    assert (tmp_path / "applications" / "oppspace.desktop").read_bytes() == first


def test_paths_with_spaces_are_quoted_so_the_entry_stays_valid(tmp_path):
    quoted = exec_quote("/home/Søren Ås/bin/oppspace")
    assert quoted == '"/home/Søren Ås/bin/oppspace"'
    assert exec_quote("100%") == "100%%"
    path = tmp_path / "oppspace.desktop"
    path.write_text(desktop_entry(["/home/Søren Ås/.venv/bin/python", "-m", "app"]), encoding="utf-8")
    assert _entry(path.read_text(encoding="utf-8"))["Exec"] == \
        '"/home/Søren Ås/.venv/bin/python" -m app %f'
    _validate(path)


def test_cli_install_desktop_prints_the_lines(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    assert f"installed the menu entry {tmp_path / 'applications' / 'oppspace.desktop'}" in out
    assert "application/x-oppspace" in out


def test_unwritable_target_is_one_clear_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DesktopError, match="cannot write it"):
        install_desktop(blocker)
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oppspace: error: ") and "Traceback" not in err
    assert str(blocker) in err and len(err.strip().splitlines()) == 1
    assert blocker.read_text() == "a file where a folder should be"


@pytest.mark.parametrize("odd", ["/opt/x\nExec=/tmp/evil", "/opt/x\rTerminal=true", "/opt/\x1b[2Jx"])
def test_an_install_path_with_control_characters_is_refused(tmp_path, monkeypatch, capsys, odd):
    """A newline would start a second Exec= key: the menu would run something else."""
    with pytest.raises(DesktopError, match="control character"):
        desktop_entry([odd + "/bin/oppspace"])
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("app.desktop.launch_command", lambda: [odd + "/bin/oppspace"])
    assert cli.main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "\x1b" not in err
    assert not (tmp_path / "applications" / "oppspace.desktop").exists()
