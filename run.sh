#!/usr/bin/env bash
# Set up (first time only) and open the OppSpace editor; with no file it opens the generic template.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --gui
exec .venv/bin/oppspace "$@"
