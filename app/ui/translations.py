"""Install Qt's translators for the chosen language, and route app.i18n.translate through them.

``install_translators(app, lang)`` loads resources/i18n/oppspace_LANG.qm and Qt's own
qtbase_LANG.qm (standard buttons such as OK/Cancel), so the whole window speaks one language.
``lang`` None follows the preference, then the system locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the catalogs for ``lang`` and return the language code actually used."""
    if lang is None:
        from .preferences import Preferences

        lang = Preferences().language
    code = i18n.set_language(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(i18n.I18N / f"oppspace_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(code))
    i18n.install_hook(QCoreApplication.translate if _installed else None)
    return code
