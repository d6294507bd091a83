"""Where the files that ship with OppSpace live.

In a source checkout they sit in ``resources/`` beside ``app/``; a PyInstaller bundle keeps
that layout; a wheel installs them as the data-only package ``oppspace_resources`` (see
``setup.py``), found through the import system so pipx and plain venvs work alike.
"""

import importlib.util
from pathlib import Path


def _locate() -> Path:
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside / "templates").is_dir():
        return beside
    spec = importlib.util.find_spec("oppspace_resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return beside


RESOURCES = _locate()
TEMPLATES = RESOURCES / "templates"
SCHEMA = RESOURCES / "schema" / "oppspace-1.schema.json"
FONTS = RESOURCES / "fonts"
