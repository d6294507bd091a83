#!/usr/bin/env bash
# Build the self-contained OppSpace bundle with PyInstaller (one folder, no Python needed to run):
#   scripts/build_bundle.sh            ->  dist/OppSpace/oppspace  (Windows: dist\OppSpace\oppspace.exe)
# Uses the project's .venv (made by scripts/setup.sh) and adds PyInstaller to it if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --gui  # the X11 libraries too, so the bundle carries what a desktop needs
if [ ! -x .venv/bin/pyinstaller ]; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7" 2>&1 \
    | grep -v "^WARNING: Location" || true
fi
echo "Building dist/OppSpace (a few minutes)"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/oppspace.spec
echo "Built dist/OppSpace: run dist/OppSpace/oppspace --version"
