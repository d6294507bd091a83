"""Start the editor."""

from __future__ import annotations

import sys


def run(path: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.model.templates import from_template

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OppSpace")
    app.setOrganizationName("OppSpace")
    i18n.set_language(lang)
    window = MainWindow()
    if path:
        window.open_path(path)
    else:
        window.controller.set_document(from_template("generic"))
    window.show()
    return app.exec()
