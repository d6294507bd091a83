"""The export layer's error, apart from the package's dispatch so writers import it one way."""

from __future__ import annotations


class ExportError(Exception):
    """The export could not be written; the message says why, in plain words."""
