"""Built-in help: a short guide to the method in our own words, and the About box.

The guide is HTML in ``self.tr`` strings, one per section, so translators work on small pieces.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QTextBrowser,
                               QVBoxLayout, QWidget)

from app import __version__, wording
from app.resources import RESOURCES

ICON_PATH = RESOURCES / "icons" / "oppspace.svg"
CHAPTER_DOI = "https://doi.org/10.4018/978-1-7998-4975-9.ch009"


def app_icon() -> QIcon:
    """The OppSpace icon (the same SVG the desktop entry installs), for windows and dialogs."""
    return QIcon(str(ICON_PATH))


class GuideDialog(QDialog):
    """The method in brief: the map, the four components, the questions, learning, findings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("OppSpace Guide"))
        self.setWindowIcon(app_icon())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide to the method"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 640)

    def sizeHint(self) -> QSize:
        return QSize(680, 640)

    def html(self) -> str:
        """The whole guide: a contents list, then one section per topic."""
        return "\n".join([self._contents(), self._getting_started(), self._keyboard(), self._map(),
                          self._components(), self._questions(), self._learning(),
                          self._findings(), self._source()])

    def _getting_started(self) -> str:
        """First steps for a new user, right under the contents: what to click, in order."""
        return self.tr(
            "<h2 id='start'><a name='start'></a>Getting started</h2>"
            "<ol><li><b>Lanes</b>: choose <i>Insert → Add Actor</i> (L) and click on the map "
            "(or press Enter); type the name and press Enter. Add one lane for each "
            "organisation, professional and citizen.</li>"
            "<li><b>Phases</b>: <i>Insert → Add Phase</i> (P), then click, for example for "
            "co-commissioning, co-design, co-delivery and co-evaluation.</li>"
            "<li><b>Activities</b>: drag <b>▭ Activity</b> from the toolbar onto a lane, or "
            "press A and click in a lane. Double-click or F2 renames a box.</li>"
            "<li><b>Co-production</b>: select an activity done with citizens and press "
            "Ctrl+Shift+8 (<i>Edit → Co-produced with citizens</i>); it gets a red <b>*</b>.</li>"
            "<li><b>Flows</b>: press I and drag from an activity or lane header to another for "
            "information that must flow (dotted); press S and drag between two activities for "
            "the process order (solid). <i>Insert → Connect…</i> (Ctrl+K) does the same from "
            "lists. The Properties panel on the right records what, when, in what form, and "
            "consent.</li>"
            "<li><b>Partnership</b>: the <i>Partnership</i> tab beside Properties on the right "
            "describes the four components below.</li>"
            "<li><b>Findings</b>: the <i>Findings</i> panel at the bottom lists what the map "
            "reveals; click one to see what it concerns.</li></ol>"
            "<p>To see a filled-in map first, choose <i>File → New…</i> and the generic map or "
            "the Aalborg Aktiv example.</p>")

    def _keyboard(self) -> str:
        """Keyboard and screen-reader use: what a user who does not see the map needs."""
        return self.tr(
            "<h2 id='keyboard'><a name='keyboard'></a>Keyboard and screen readers</h2>"
            "<ul><li><b>On the map</b>: Tab and Shift+Tab go from activity to activity, lane by "
            "lane; Alt+arrow keys go to the nearest activity in that direction; Ctrl+Tab leaves "
            "the map. A screen reader hears each lane, phase, activity and flow as an object of "
            "its own, with where it is, whether it is co-produced, its flows and their consent.</li>"
            "<li><b>Flows</b>: with an activity selected, Ctrl+Alt+Right and Ctrl+Alt+Left (or "
            "Alt+Page Down and Alt+Page Up) go through its flows, outgoing first; Ctrl+Alt+Up "
            "(or Alt+Home) goes back to the activity.</li>"
            "<li><b>Outline</b>: <i>View → Outline</i> (Ctrl+Shift+O) shows the map as a tree: "
            "lanes, their activities, and under each activity its flows. Arrow keys move and "
            "select on the map too; Enter renames, Delete deletes; Ctrl+Z undoes.</li>"
            "<li><b>Panels</b>: F6 moves to the next panel. In the Partnership panel, Tab reaches "
            "the section titles; Enter or Space opens one.</li>"
            "<li><b>What happened</b>: adding, deleting, undoing, find results and a chosen "
            "finding are announced, so you hear them without moving.</li></ul>")

    def _contents(self) -> str:
        return self.tr(
            "<h1>Working with OppSpace</h1>"
            "<p>OppSpace helps people from several organisations describe a service they provide "
            "together with citizens, see where it is co-produced, and talk about how the "
            "partnership behind it works.</p>"
            "<ol><li><a href='#map'>The service map</a></li>"
            "<li><a href='#components'>The four components of a partnership</a></li>"
            "<li><a href='#questions'>Questions to discuss</a></li>"
            "<li><a href='#learning'>Keep learning</a></li>"
            "<li><a href='#findings'>Findings and what to do about them</a></li></ol>")

    def _map(self) -> str:
        return self.tr(
            "<h2 id='map'><a name='map'></a>1. The service map</h2>"
            "<p>A service is a chain of activities from beginning to end, for example "
            "commissioning, design, delivery and evaluation. The map shows that chain:</p>"
            "<ul><li><b>Lanes</b> are the actors: organisations, professionals and citizens. "
            "Each actor has a row of its own.</li>"
            "<li><b>Phases</b> are the columns, in the order the work happens.</li>"
            "<li><b>Activities</b> are the boxes in a lane: what that actor does. An activity done "
            "<i>with</i> citizens is marked with an asterisk <b>*</b>. A service is "
            "co-production only when at least one activity carries the asterisk.</li>"
            "<li><b>Dotted arrows</b> are information flows: who needs to know what, when, and "
            "in what form. Note when a flow carries personal data, and whether the citizen has "
            "agreed to it being shared.</li>"
            "<li><b>Solid arrows</b> show the order of activities. The process may also loop: "
            "exploring and using what was learnt can go round again.</li></ul>")

    def _components(self) -> str:
        return self.tr(
            "<h2 id='components'><a name='components'></a>2. The four components of a partnership</h2>"
            "<p>Working across organisations rests on four things. The partnership panel has a "
            "page for each.</p>"
            "<ol><li><b>Effective governance</b>: whom the collaboration is for, what need it "
            "meets, who coordinates and with what time and money, who decides, and which "
            "responsibilities are strategic and which operational. The aim is cooperation "
            "without heavy coordination costs.</li>"
            "<li><b>Complementary resources and capabilities</b>: what each partner brings, "
            "tangible or intangible, and how the resources depend on each other: "
            "<i>pooled</i> (side by side, least coordination), <i>sequential</i> (one "
            "partner's output is the next one's input) or <i>reciprocal</i> (back and forth, "
            "most coordination).</li>"
            "<li><b>Relational-specific assets</b>: what the partners share to pass information "
            "on: IT systems, databases, devices, and physical or digital meeting places. Each "
            "is either in place or needs investment.</li>"
            "<li><b>Knowledge-sharing routines</b>: regular habits of sharing: what is shared, "
            "when, in what form, through which asset, and who takes part.</li></ol>")

    def _questions(self) -> str:
        """The four guiding questions as the Questions page and the PDF word them."""
        items = "".join(f"<li><b>{html.escape(text)}</b></li>"
                        for _key, text in wording.questions())
        return (self.tr("<h2 id='questions'><a name='questions'></a>3. Questions to discuss</h2>")
                + f"<ul>{items}</ul>"
                + self.tr("<p>Write your answers on the partnership's Questions page; they go "
                          "into the PDF report.</p>"))

    def _learning(self) -> str:
        return self.tr(
            "<h2 id='learning'><a name='learning'></a>4. Keep learning</h2>"
            "<p>Once the service runs, meet regularly and ask three questions: <i>What works "
            "for us locally? What works for the citizens? What needs to be improved?</i> "
            "Record each meeting as a dated reflection, change the map when the practice "
            "changes, and compare with earlier reflections.</p>")

    def _findings(self) -> str:
        return self.tr(
            "<h2 id='findings'><a name='findings'></a>5. Findings and what to do about them</h2>"
            "<p>The findings panel lists what the map suggests. A finding is a question for the "
            "partners, not a verdict; select one to see what it concerns on the map.</p>"
            "<ul><li><b>No co-production</b>: no activity is done with citizens. Is there a step "
            "where citizens could take part?</li>"
            "<li><b>Consent missing</b>: personal data flows without the citizen's known "
            "permission. Ask for it, or share less.</li>"
            "<li><b>Uninformed actor</b>: an actor does work but hears from no one. This is a "
            "structural hole; decide who tells them what, and when.</li>"
            "<li><b>No leadership</b>: a partnership has no coordinator or no time or money set "
            "aside for coordinating.</li>"
            "<li><b>Interdependence mismatch</b>: the flows suggest the resources depend on each "
            "other differently from what you declared. Check which is right.</li>"
            "<li><b>No routines</b>: partners exchange information but have no regular routine "
            "for it, so learning may stay superficial.</li>"
            "<li><b>Isolated activity</b>, <b>flow without asset</b>, <b>asset needs "
            "investment</b>, <b>empty component</b> and <b>coordination bottleneck</b> are "
            "hints: look at them together in your next meeting.</li></ul>")

    def _source(self) -> str:
        return self.tr(
            "<h2>Source</h2>"
            "<p>The method follows Brix, J., Tuurnas, S. &amp; Mortensen, N. M. (2021): "
            "<i>Creating Opportunity Spaces for Co-Production: Professional Co-Producers in "
            "Inter-Organizational Collaborations</i>, sections 2.3 to 3.2 and Tables 1 and 2. "
            "The text above is our own summary.</p>")


class AboutBox(QMessageBox):
    """Name, version, licence and the chapter the method comes from, with the app icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About OppSpace"))
        self.setIconPixmap(app_icon().pixmap(96, 96))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(self.tr("<h2>OppSpace {version}</h2>"
                             "<p>Map co-production service processes across organisations, "
                             "describe the partnership behind them, and see what the map "
                             "reveals.</p>").format(version=__version__))
        self.setInformativeText(self.tr(
            "<p>The method is based on: Brix, J., Tuurnas, S. &amp; Mortensen, N. M. (2021). "
            "<i>Creating Opportunity Spaces for Co-Production: Professional Co-Producers in "
            "Inter-Organizational Collaborations.</i> In A. O. Thomassen &amp; J. B. Jensen "
            "(eds.), <i>Processual Perspectives on the Co-Production Turn in Public Sector "
            "Organizations</i>, 157-175. IGI Global. <a href='{doi}'>{doi}</a></p>"
            "<p>Free software under the MIT licence. Fonts: DejaVu (free licence).</p>")
            .format(doi=CHAPTER_DOI))
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        for label in self.findChildren(QLabel):
            label.setOpenExternalLinks(True)


_open_guides: list[GuideDialog] = []


def show_guide(parent: QWidget | None = None) -> GuideDialog:
    """Open the guide without blocking the editor, so it can be read while working."""
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # keep a top-level guide alive until it is closed
        _open_guides.append(dialog)
        dialog.finished.connect(lambda _result: _open_guides.remove(dialog))
    dialog.show()
    dialog.raise_()
    return dialog


def show_about(parent: QWidget | None = None) -> None:
    """The About box, modal like every About box."""
    AboutBox(parent).exec()
