#!/usr/bin/env bash
# Set up OppSpace: the system libraries Qt needs (on Debian/Ubuntu installed when missing;
# elsewhere the script says which to install), a virtual environment in .venv, and the package
# with its test tools. Safe to run again.
#   usage: scripts/setup.sh [--gui]     (--gui adds the X11 libraries a real window needs)
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
           poppler-utils desktop-file-utils
           at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xvfb dbus libxcb-cursor0 libxcb-icccm4
           libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-shape0
           libxkbcommon-x11-0)
if [ "${1:-}" = "--gui" ]; then
  need_pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
              libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxkbcommon-x11-0)
fi
missing=()
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  for pkg in "${need_pkgs[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
elif [ "$(uname -s)" = "Linux" ] && [ ! -f .venv/.oppspace-installed ]; then
  # Not Debian/Ubuntu: we cannot install system packages for you; say what Qt needs.
  cat <<'MSG'
Note: this is not a Debian/Ubuntu system, so OppSpace's setup cannot install the system
libraries Qt needs. If the editor or the tests fail to start, install them with your package
manager, for example:
  Fedora/RHEL:  sudo dnf install mesa-libEGL mesa-libGL fontconfig libxkbcommon libxkbcommon-x11 \
                  dbus-libs glib2 xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image \
                  xcb-util-renderutil dejavu-sans-fonts poppler-utils
  openSUSE:     sudo zypper install Mesa-libEGL1 Mesa-libGL1 fontconfig libxkbcommon0 \
                  libxkbcommon-x11-0 libdbus-1-3 libglib-2_0-0 libxcb-cursor0 libxcb-icccm4 \
                  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 dejavu-fonts poppler-tools
  Arch:         sudo pacman -S libglvnd fontconfig libxkbcommon-x11 dbus glib2 xcb-util-cursor \
                  xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil ttf-dejavu poppler
Or install OppSpace with pipx (see the README) or use the self-contained bundle.
MSG
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.oppspace-installed
want=$(sha256sum pyproject.toml setup.py | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log=.venv/setup.log
  echo "Installing OppSpace and its dependencies into .venv (the first time takes a few minutes;"
  echo "  details in $log)"
  export PIP_DISABLE_PIP_VERSION_CHECK=1
  if ! { .venv/bin/python -m pip install --upgrade pip \
         && .venv/bin/python -m pip install -e ".[test]"; } >"$log" 2>&1; then
    echo "setup: installing the Python packages failed; the last lines of $log:" >&2
    tail -n 25 "$log" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
  echo "Installed."
fi
if ! QT_QPA_PLATFORM=offscreen .venv/bin/python -c "from PySide6.QtGui import QGuiApplication" 2>/tmp/oppspace-qt-check.$$; then
  echo "setup: Qt cannot start: $(tail -n 1 /tmp/oppspace-qt-check.$$)" >&2
  echo "  Install the missing system library named above (see the note on Qt's libraries in the README)." >&2
  rm -f /tmp/oppspace-qt-check.$$
  exit 1
fi
rm -f /tmp/oppspace-qt-check.$$
