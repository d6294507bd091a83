"""Translation for the layers without Qt (findings, PDF report, command line).

Qt code uses ``self.tr()``. Pure-Python code calls :func:`translate` with a context and the
English source text; the strings live in the same ``resources/i18n/oppspace_LANG.ts`` catalogs
that Qt's tools build, read here with the standard library so no Qt is needed headless.
When the editor runs, it installs Qt's own translator as the hook instead.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from typing import Callable, Iterator

from app.resources import RESOURCES

I18N = RESOURCES / "i18n"
LANGUAGES = {"en": "English", "da": "Dansk", "fi": "Suomi"}

_catalog: dict[tuple[str, str], str] = {}
_hook: Callable[[str, str], str] | None = None
_language = "en"


def translate(context: str, text: str) -> str:
    """``text`` in the current language, or unchanged when there is no translation."""
    if _hook is not None:
        return _hook(context, text)
    return _catalog.get((context, text)) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a literal for the catalogs; it is translated where used, with translate(context, text)."""
    return text


def install_hook(hook: Callable[[str, str], str] | None) -> None:
    """Let the editor route translations through Qt's installed translators."""
    global _hook
    _hook = hook


def system_language() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value.split(":")[0].split("_")[0].split(".")[0].lower()
    code = locale.getlocale()[0] or "en"
    return code.split("_")[0].lower()


def current_language() -> str:
    return _language


def set_language(lang: str | None) -> str:
    """Load the catalog for ``lang`` (None: the system's); unknown languages fall back to English."""
    global _language, _catalog
    code = (lang or system_language() or "en").lower().split("_")[0]
    if code not in LANGUAGES:
        code = "en"
    _language = code
    _catalog = load_catalog(I18N / f"oppspace_{code}.ts") if code != "en" else {}
    return code


def map_language(code: str) -> str | None:
    """A map's own language (``meta.language``, e.g. "da" or "fi-FI") when OppSpace speaks it:
    a PDF for a Danish meeting is in Danish unless the user says otherwise."""
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Translate into ``lang`` for a while (a PDF in another language than the editor's),
    then back to what was there before."""
    global _hook
    saved = (_language, _catalog, _hook)
    _hook = None
    try:
        yield set_language(lang)
    finally:
        _restore(*saved)


def _restore(language: str, catalog: dict[tuple[str, str], str],
             hook: Callable[[str, str], str] | None) -> None:
    global _language, _catalog, _hook
    _language, _catalog, _hook = language, catalog, hook


def load_catalog(path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from a Qt Linguist .ts file; empty if none."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if node.text:
                catalog[(name, source)] = node.text
    return catalog
