"""Install OppSpace into the user's desktop: menu entry, the .oppspace file type and the icon.

Follows the XDG specifications, for the current user only (no root): files go under
``$XDG_DATA_HOME`` (default ``~/.local/share``), then the desktop's caches are refreshed with
``update-mime-database`` / ``update-desktop-database`` / ``gtk-update-icon-cache`` when those
tools exist. No Qt is needed, so it also works from a plain terminal or over ssh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.errors import CliError
from app.model.fileio import write_atomic
from app.resources import RESOURCES

DESKTOP_SOURCE = RESOURCES / "desktop" / "oppspace.desktop"
MIME_SOURCE = RESOURCES / "desktop" / "oppspace-mime.xml"
ICON_SOURCE = RESOURCES / "icons" / "oppspace.svg"
PNG_SIZES = (64, 128, 256)
MIME_TYPE = "application/x-oppspace"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopError(CliError):
    """Installing failed (e.g. a folder cannot be written); reported as one line."""


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share`` (XDG base dirs)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the desktop should start OppSpace: an absolute path, since menus may not see PATH."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "oppspace" and argv0.is_file():
        return [str(argv0.absolute())]
    beside = Path(sys.executable).parent / "oppspace"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("oppspace")
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "app"]


def exec_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (Desktop Entry spec, "The Exec key")."""
    arg = arg.replace("%", "%%")
    if not any(ch in _RESERVED for ch in arg):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    # the value itself is a string value, in which a backslash is written twice
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with ``Exec`` pointing at ``command``.

    A control character in the command (a newline in the install path would start a second
    ``Exec=`` key, run instead of OppSpace) is refused: no quoting can hold it."""
    for part in command:
        if any(ch < " " or ch == "\x7f" for ch in part):
            raise DesktopError(f"{part!r}: the program's path holds a control character; "
                               "a desktop entry cannot start it safely (install OppSpace "
                               "in a folder without one)")
    exec_line = "Exec=" + " ".join(exec_quote(part) for part in command) + " %f"
    lines = DESKTOP_SOURCE.read_text(encoding="utf-8").splitlines()
    lines = [exec_line if line.startswith("Exec=") else line for line in lines]
    return "\n".join(lines) + "\n"


def install_desktop(prefix: str | os.PathLike[str] | None = None) -> list[str]:
    """Install the entry, file type and icon under ``prefix`` (default: the XDG data home).

    Returns one line per thing done, for the command line to print.
    """
    if prefix is None and not sys.platform.startswith(("linux", "freebsd")):
        raise CliError("install-desktop sets up Linux desktops (XDG menus and file types); on "
                       "Windows and macOS use the OppSpace bundle, which opens .oppspace files "
                       "when you choose it with \"Open with\"")
    base = Path(prefix) if prefix is not None else data_home()
    command = launch_command()
    lines: list[str] = []
    entry = base / "applications" / "oppspace.desktop"
    _write(entry, desktop_entry(command).encode("utf-8"))
    lines.append(f"installed the menu entry {entry} (starts: {' '.join(command)})")
    mime = base / "mime" / "packages" / "oppspace.xml"
    _write(mime, MIME_SOURCE.read_bytes())
    lines.append(f"installed the file type {MIME_TYPE} (*.oppspace) in {mime}")
    icons = _install_icons(base / "icons" / "hicolor")
    lines.append(f"installed the icon {icons[0]}" + (f" and {len(icons) - 1} PNG sizes" if len(icons) > 1 else ""))
    lines.append(_refresh("update-mime-database", [str(base / "mime")], "the file type database"))
    lines.append(_refresh("update-desktop-database", [str(base / "applications")], "the menu entries"))
    hicolor = base / "icons" / "hicolor"
    if (hicolor / "index.theme").exists():
        lines.append(_refresh("gtk-update-icon-cache", ["-f", "-t", "-q", str(hicolor)], "the icon cache"))
    return lines


def _install_icons(hicolor: Path) -> list[Path]:
    svg = hicolor / "scalable" / "apps" / "oppspace.svg"
    _write(svg, ICON_SOURCE.read_bytes())
    done = [svg]
    for size in PNG_SIZES:
        source = ICON_SOURCE.with_name(f"oppspace-{size}.png")
        if source.is_file():
            target = hicolor / f"{size}x{size}" / "apps" / "oppspace.png"
            _write(target, source.read_bytes())
            done.append(target)
    return done


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError as exc:
        raise DesktopError(f"{path}: cannot write it ({exc.strerror or exc})") from None


def _refresh(tool: str, args: list[str], what: str) -> str:
    """Run a cache tool if the system has it; say what happened either way."""
    exe = shutil.which(tool)
    if exe is None:
        return f"{tool} not found: {what} will be refreshed by the desktop at the next login"
    try:
        done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{tool} could not run ({exc}); {what} will be refreshed at the next login"
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        return f"{tool} failed ({detail[0] if detail else f'exit {done.returncode}'})"
    return f"refreshed {what} ({tool})"
