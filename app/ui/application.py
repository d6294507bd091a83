"""Start the editor: `oppspace FILE` opens FILE; `oppspace` opens the generic template."""

from __future__ import annotations

import os
import sys


def run(path: str | None = None, lang: str | None = None) -> int:
    """Build the application in the user's language and show the main window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.model.templates import from_template

    from .help import app_icon
    from .main_window import MainWindow
    from .recovery import install_recovery
    from .translations import install_translators

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OppSpace")
    app.setOrganizationName("OppSpace")
    app.setDesktopFileName("oppspace")
    app.setWindowIcon(app_icon())
    if os.environ.get("OPPSPACE_DARK"):
        from .palette import apply_dark_palette

        apply_dark_palette(app)
    # --lang wins; without it the preference, then the system's language
    install_translators(app, lang)
    window = MainWindow()
    window.controller.set_document(from_template("generic"))
    window.show()  # first, so that a message about FILE has a window behind it
    if path:
        window.open_path(path, at_start=True)
    install_recovery(window)  # recovery copies of unsaved work; offers left-overs at start
    window.activateWindow()  # keyboard (and a screen reader) start on the map, WM or not
    window.focus_canvas()
    return app.exec()
