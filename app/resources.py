"""Where the files that ship with OppSpace live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TEMPLATES = RESOURCES / "templates"
SCHEMA = RESOURCES / "schema" / "oppspace-1.schema.json"
FONTS = RESOURCES / "fonts"
