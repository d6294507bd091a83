"""The domain's words are worded once: the partnership panel, the workshop and the PDF report
ask the same four guiding questions and name the same purpose, in English and in Danish."""

from __future__ import annotations

import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.export.pdf import export_pdf

from canvas_support import open_window

QUESTION_STARTS = {"en": "Why are we collaborating: for efficiency",
                   "da": "Hvorfor samarbejder vi: for effektivitetens skyld"}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def language(request, qapp):
    from app.ui.translations import install_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    install_translators(qapp, "en")


def _panel_questions(window) -> list[str]:
    panel = window.partnership_panel
    labels = window.findChildren(QLabel)
    return [next(label.text() for label in labels if label.buddy() is panel.answers[key])
            for key in ("why", "complementary", "technology", "routines")]


def _workshop_questions(qtbot, window) -> list[str]:
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F11)
    panel = window.workshop_mode.panel
    seen = []
    for _ in range(4):
        seen.append(panel.question.text())
        qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    QTest.keyClick(panel.answer, Qt.Key.Key_Escape)
    return seen


@pytest.mark.parametrize("language", ["en", "da"], indirect=True)
def test_panel_workshop_and_pdf_ask_the_same_four_questions(qtbot, tmp_path, language):
    window = open_window(qtbot, "aalborg-aktiv")
    panel = _panel_questions(window)
    assert panel[0].startswith(QUESTION_STARTS[language])
    assert len(set(panel)) == 4
    assert _workshop_questions(qtbot, window) == panel
    out = tmp_path / "map.pdf"
    doc = window.controller.document
    export_pdf(doc, out)
    text = _flat(" ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages))
    for question in panel:
        assert _flat(question) in text, question
    purpose = window.partnership_panel.purpose.currentText()
    assert doc.partnerships[0].purpose and purpose != ""
    assert f"{_flat(purpose)}" in text  # the PDF names the purpose as the panel's list does
