"""OppSpace installs the way practitioners install desktop programs: a wheel (pip, pipx), a
self-contained bundle, and a setup script that explains itself off Debian.

The wheel and bundle tests build the real artefacts and run them outside the source tree; they
take minutes and are marked slow (CI runs them in its second pass)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"


def run(cmd: list[str], cwd: Path, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env=env or dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


def exercise(oppspace: list[str], work: Path) -> None:
    """What a user does first with a fresh install: version, a new map, check, a PDF."""
    version = run([*oppspace, "--version"], work).stdout
    assert version.strip().startswith("oppspace ")
    run([*oppspace, "new", "kort.oppspace", "--template", "aalborg-aktiv"], work)
    checked = run([*oppspace, "check", "kort.oppspace"], work).stdout
    assert "Aalborg" in checked
    run([*oppspace, "export", "kort.oppspace", "-o", "kort.pdf"], work, timeout=300)
    pdf = (work / "kort.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"FontFile2" in pdf  # DejaVu came along and was embedded


def test_licence_is_an_spdx_string() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert "LICENSE" in project["license-files"]


@pytest.mark.slow
def test_the_built_wheel_runs_from_a_fresh_venv(tmp_path) -> None:
    dist = tmp_path / "dist"
    build = run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                tmp_path, timeout=600)
    assert "BuildBackendWarning" not in build.stderr + build.stdout
    wheel = next(dist.glob("oppspace-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in ("oppspace_resources/templates/generic.oppspace",
                    "oppspace_resources/fonts/DejaVuSans.ttf",
                    "oppspace_resources/i18n/oppspace_da.qm",
                    "oppspace_resources/icons/oppspace.svg",
                    "oppspace_resources/schema/oppspace-1.schema.json"):
        assert shipped in names
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], tmp_path, timeout=900)
    work = tmp_path / "work"  # far from the checkout: nothing may come from the source tree
    work.mkdir()
    exercise([str(venv / "bin" / "oppspace")], work)
    where = run([str(venv / "bin" / "python"), "-c", "import app.resources as r; print(r.RESOURCES)"], work)
    assert str(venv) in where.stdout, "resources must come from the installed wheel"


@pytest.mark.slow
def test_the_bundle_runs_without_python(tmp_path) -> None:
    run(["bash", str(ROOT / "scripts" / "build_bundle.sh")], ROOT, timeout=1800)
    bundle = ROOT / "dist" / "OppSpace"
    copy = tmp_path / "OppSpace"  # moved elsewhere, as a user unpacks it
    shutil.copytree(bundle, copy, symlinks=True)
    work = tmp_path / "work"
    work.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    exe = copy / "oppspace"
    version = subprocess.run([str(exe), "--version"], cwd=work, env=env, capture_output=True,
                             text=True, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("oppspace "), version.stderr
    for cmd, timeout in ((["new", "kort.oppspace", "--template", "generic"], 120),
                         (["check", "kort.oppspace"], 120),
                         (["export", "kort.oppspace", "-o", "kort.pdf"], 300),
                         (["export", "kort.oppspace", "-o", "kort.png"], 300)):
        result = subprocess.run([str(exe), *cmd], cwd=work, env=env, capture_output=True,
                                text=True, timeout=timeout)
        assert result.returncode == 0, f"{cmd}: {result.stderr}"
    assert (work / "kort.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "kort.png").read_bytes().startswith(b"\x89PNG")


FAKE_PYTHON = textwrap.dedent("""\
    #!/bin/sh
    # stands in for the venv's python: pip succeeds; the Qt import does what QT_RESULT says
    if [ "$1" = "-c" ]; then
      [ "$QT_RESULT" = ok ] && exit 0
      echo "ImportError: libEGL.so.1: cannot open shared object file: No such file or directory" >&2
      exit 1
    fi
    exit 0
""")


def _fake_project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the setup script in a project whose venv is a stand-in, on a PATH with no
    dpkg or apt-get (as on Fedora, openSUSE or Arch)."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", project / "scripts" / "setup.sh")
    for name in ("pyproject.toml", "setup.py"):
        shutil.copy(ROOT / name, project / name)
    python = project / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "sh", "sha256sum", "cut", "cat", "tail", "rm", "uname", "dirname", "id"):
        found = shutil.which(tool)
        assert found, tool
        (tools / tool).symlink_to(found)
    return project, tools


def test_setup_off_debian_says_which_libraries_to_install(tmp_path) -> None:
    project, tools = _fake_project(tmp_path)
    env = {"PATH": str(tools), "HOME": str(tmp_path), "QT_RESULT": "ok"}
    result = subprocess.run(["bash", "scripts/setup.sh"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "not a Debian/Ubuntu system" in result.stdout
    assert "dnf install" in result.stdout and "pacman -S" in result.stdout
    assert "Installed." in result.stdout


def test_setup_names_the_missing_qt_library(tmp_path) -> None:
    project, tools = _fake_project(tmp_path)
    env = {"PATH": str(tools), "HOME": str(tmp_path), "QT_RESULT": "missing"}
    result = subprocess.run(["bash", "scripts/setup.sh"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Qt cannot start" in result.stderr and "libEGL.so.1" in result.stderr
    assert "Traceback" not in result.stderr


def test_install_desktop_explains_itself_on_windows_and_macos(monkeypatch, capsys) -> None:
    from app import cli

    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert cli.main(["install-desktop"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("oppspace: error: install-desktop sets up Linux desktops")
        assert err.count("\n") == 1
