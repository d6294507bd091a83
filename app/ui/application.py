"""Start the editor: `oppspace FILE` opens FILE; `oppspace` opens the generic template."""

from __future__ import annotations

import sys


def run(path: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.model.templates import from_template

    from .main_window import MainWindow
    from .recovery import install_recovery

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OppSpace")
    app.setOrganizationName("OppSpace")
    i18n.set_language(lang)
    window = MainWindow()
    window.controller.set_document(from_template("generic"))
    if path:
        window.open_path(path)
    install_recovery(window)  # recovery copies of unsaved work; offers left-overs at start
    window.show()
    return app.exec()
