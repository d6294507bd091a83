"""Errors shared across layers, kept at the bottom so nothing has to import upward for them."""

from __future__ import annotations


class CliError(Exception):
    """A problem to report as one line, with exit code 2 (the command line and the desktop
    installer raise it; :func:`app.cli.main` prints it)."""
