#!/usr/bin/env bash
# Set up (first time only) and run the whole OppSpace test suite, headless.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
