"""The built-in guide and the About box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app import __version__
from app.ui.help import AboutBox, GuideDialog, app_icon, show_about, show_guide
from tests.dialogs import when_shown


def test_guide_covers_the_map_the_components_the_questions_learning_and_findings(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for phrase in ("asterisk", "Dotted arrows", "Effective governance",
                   "Complementary resources and capabilities", "Relational-specific assets",
                   "Knowledge-sharing routines", "pooled", "sequential", "reciprocal",
                   "Why are we collaborating:", "What works for the citizens?",
                   "Consent missing", "Uninformed actor", "Brix"):
        assert phrase in text, phrase


def test_contents_links_jump_to_their_section_with_the_keyboard(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    bar = dialog.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    dialog.browser.setFocus()
    for _ in range(5):  # Tab walks the links of the contents list; the fifth is the findings
        qtbot.keyClick(dialog.browser, Qt.Key.Key_Tab)
    assert dialog.browser.textCursor().selectedText() == "Findings and what to do about them"
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Return)
    assert bar.value() > bar.maximum() // 2


def test_show_guide_does_not_block_and_close_removes_it(qtbot):
    guide = show_guide()
    qtbot.addWidget(guide)
    assert guide.isVisible() and not guide.isModal()
    assert not guide.windowIcon().isNull()
    guide.close()
    qtbot.waitUntil(lambda: not isValid(guide))  # deleted, not just hidden


def test_about_box_shows_icon_version_licence_and_the_chapter(qtbot):
    box = AboutBox()
    qtbot.addWidget(box)
    assert not box.iconPixmap().isNull()
    assert __version__ in box.text()
    info = box.informativeText()
    for phrase in ("MIT", "Brix", "Tuurnas", "Mortensen", "2021", "doi.org/10.4018"):
        assert phrase in info, phrase


def test_show_about_is_modal_and_closes_with_escape(qtbot):
    seen: list[QMessageBox] = []

    def close_it(box) -> None:
        seen.append(box)
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_shown(AboutBox, close_it)
    show_about()
    assert seen and isinstance(seen[0], AboutBox)


def test_the_icon_loads():
    assert not app_icon().isNull()
    assert not app_icon().pixmap(64, 64).isNull()


def test_guide_tells_keyboard_and_screen_reader_users_how_to_work(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for phrase in ("Keyboard and screen readers", "Ctrl+Alt+Right", "View → Outline",
                   "Ctrl+Shift+O", "section titles"):
        assert phrase in text, phrase
