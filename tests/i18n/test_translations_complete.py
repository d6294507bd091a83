"""Enable at the end of issue 8 (rename to .py): every source string has a Danish and a Finnish
translation, and the catalogs are up to date with the code."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.i18n import I18N

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", ["da", "fi"])
def test_every_source_string_has_a_translation(code):
    untranslated = []
    for context in ET.parse(I18N / f"oppspace_{code}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node.get("type") in {"vanished", "obsolete"}:
                continue
            if node.get("type") == "unfinished" or not (node.text or "").strip():
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')[:70]!r}")
    assert not untranslated, f"{len(untranslated)} without a {code} translation:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("code", ["da", "fi"])
def test_catalog_holds_every_string_in_the_code(code):
    """Run scripts/build_translations.py when this fails; it lists what it cannot extract."""
    build = _build_module()
    problems = build.check(build.source_files(), I18N / f"oppspace_{code}.ts")
    assert not problems, "\n".join(problems)
