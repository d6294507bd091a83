"""The findings panel: grouped by severity, a click selects what a finding is about, and it
follows edits a moment after they happen."""

import pytest
from PySide6.QtCore import Qt

from app.analysis import Finding
from app.model import load
from app.model.edits import update, update_at
from app.ui.controller import DocumentController
from app.ui.findings_panel import FINDING_ROLE, FindingsPanel


@pytest.fixture
def panel(qtbot, template_path):
    controller = DocumentController(load(template_path("aalborg-aktiv")))
    widget = FindingsPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _groups(panel):
    model = panel.model
    return {model.item(r).text(): [model.item(r).child(i).data(FINDING_ROLE)
                                   for i in range(model.item(r).rowCount())]
            for r in range(model.rowCount())}


def _row_of(panel, code):
    model = panel.model
    for r in range(model.rowCount()):
        group = model.item(r)
        for i in range(group.rowCount()):
            item = group.child(i)
            if panel.findings[item.data(FINDING_ROLE)].code == code:
                return item.index()
    raise AssertionError(f"no row for {code}")


def _click(qtbot, panel, index):
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_panel_groups_findings_by_severity(panel):
    assert panel.objectName() == "findingsPanel"
    groups = _groups(panel)
    assert list(groups) == ["Warnings (1)", "Information (3)"]
    codes = [panel.findings[i].code for i in groups["Warnings (1)"]]
    assert codes == ["consent-missing"]
    assert panel.summary.text() == "1 warning, 3 information"


def test_clicking_a_finding_selects_and_centres_its_subjects(qtbot, panel):
    shown = []
    panel.controller.show_requested.connect(shown.append)
    _click(qtbot, panel, _row_of(panel, "consent-missing"))
    assert panel.controller.selection == ["f-15"]
    assert shown == [["f-15"]]
    _click(qtbot, panel, _row_of(panel, "coordination-bottleneck"))
    assert panel.controller.selection == ["a-kommune"]


def test_clicking_a_partnership_finding_asks_for_the_partnership(qtbot, panel):
    controller = panel.controller
    controller.execute("Remove coordinator", lambda d: update_at(
        d, ("partnerships", 0, "governance"), coordinator=None))
    panel.refresh()
    requested = []
    panel.partnership_requested.connect(requested.append)
    _click(qtbot, panel, _row_of(panel, "no-leadership"))
    assert requested == ["p-aalborg-aktiv"]


def test_clicking_a_group_header_changes_nothing(qtbot, panel):
    panel.controller.set_selection(["s-cafe"])
    _click(qtbot, panel, panel.model.item(0).index())
    assert panel.controller.selection == ["s-cafe"]


def test_findings_follow_edits_after_a_pause(qtbot, panel):
    changes = []
    panel.findings_changed.connect(changes.append)
    controller = panel.controller
    controller.execute("Consent", lambda d: update(d, "f-15", consent="obtained"))
    controller.execute("Asset", lambda d: update(d, "f-15", asset="as-kalender"))
    # not on the hot path: nothing is recomputed while edits come in
    assert "consent-missing" in [f.code for f in panel.findings] and changes == []
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=2000)
    qtbot.wait(FindingsPanel.DELAY_MS + 100)
    assert len(changes) == 1  # two edits, one analysis
    codes = [f.code for f in panel.findings]
    assert "consent-missing" not in codes and "flow-without-asset" not in codes
    assert "f-15" not in changes[0] and "a-kommune" in changes[0]
    assert all(isinstance(f, Finding) for f in changes[0]["a-kommune"])


def test_a_new_document_is_analysed(qtbot, panel, template_path):
    panel.controller.set_document(load(template_path("blank")))
    qtbot.waitUntil(lambda: panel.findings == [], timeout=2000)
    assert panel.model.rowCount() == 0
    assert "Nothing" in panel.summary.text()


def test_findings_for_an_id_are_what_a_badge_shows(panel):
    assert [f.code for f in panel.findings_for("f-15")] == ["consent-missing",
                                                            "flow-without-asset"]
    assert panel.findings_for("s-cafe") == []


def test_many_alike_findings_end_in_a_more_row(qtbot, panel, monkeypatch):
    monkeypatch.setattr(FindingsPanel, "MAX_PER_CODE", 1)
    panel.controller.execute("Unknown consent", lambda d: update(d, "f-13", consent="unknown"))
    panel.refresh()
    warnings = panel.model.item(0)
    assert warnings.text() == "Warnings (2)"  # two consent-missing
    texts = [warnings.child(i).text() for i in range(warnings.rowCount())]
    assert len(texts) == 2 and "1 more \u201cconsent-missing\u201d" in texts[-1]
    panel.controller.set_selection(["s-cafe"])
    _click(qtbot, panel, warnings.child(1).index())
    assert panel.controller.selection == ["s-cafe"]
