"""The partnership panel: Table 1's four components, the guiding questions and the reflection
log for each partnership of the map.

Everything shown comes from Qt models over the document (``app.ui.partnership``); every edit
is one undoable step through ``controller.execute``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QDataWidgetMapper, QHBoxLayout,
                               QInputDialog, QLabel, QPushButton, QScrollArea, QToolBox,
                               QVBoxLayout, QWidget)

from app.model import Change, edits
from app.model.document import Partnership

from .controller import DocumentController
from .partnership import pages
from .partnership.access import SectionKeys, name_tables
from .partnership.delegates import FormDelegate
from .partnership.form_models import COLUMN, ActorsModel, PartnershipsModel
from .partnership.lists import (AssetsModel, ComplementaritiesModel, ReflectionsModel,
                                ResourcesModel, ResponsibilitiesModel, RoutinesModel)
from .partnership.reflections import ReflectionEditor
from .partnership.widgets import TableSection


class PartnershipPanel(QWidget):
    """Chooser on top, then one page per component in a tool box."""

    #: the user asked for the partnership workspace (the dock's "Open in the workspace")
    workspace_requested = Signal()

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 roomy: bool = False) -> None:
        """``roomy``: the workspace tab's panel — wrapping cells, columns sized to content."""
        super().__init__(parent)
        self.setObjectName("partnershipPanelWidget")
        self.controller = controller
        self.roomy = roomy
        self.partnerships = PartnershipsModel(controller, self)
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(self.partnerships)
        self.mapper.setItemDelegate(FormDelegate(self.mapper))
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.member_model = ActorsModel(controller, checkable=True, parent=self)
        self.coordinator_model = ActorsModel(controller, self.tr("No coordinator yet"), parent=self,
                                             members_only=True)
        self._build_tables()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_chooser())
        self.empty_label = QLabel(self.tr("This map has no partnership yet. Click “New” to "
                                          "describe how the organisations work together."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.toolbox = self._build_toolbox()
        layout.addWidget(self.toolbox, 1)
        if roomy:
            for section in self._tables():
                section.make_roomy()
            self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        else:
            layout.addWidget(self._workspace_link())
        name_tables(self._tables())
        self.section_keys = SectionKeys(self.toolbox)
        self.members.clicked.connect(self._show_member)
        self.coordinator_model.modelReset.connect(self.mapper.revert)
        self.chooser.currentIndexChanged.connect(self._choose)
        controller.changed.connect(self._on_change)
        controller.document_replaced.connect(self._on_replaced)
        self._on_replaced()

    # -- building ---------------------------------------------------------------------------
    def _build_chooser(self) -> QBoxLayout:
        """The partnership chooser and its New/Rename/Delete buttons: one row in the roomy
        workspace; in the narrow dock the buttons go on a row of their own, so the chooser
        shows the partnership's whole name."""
        self.chooser = QComboBox()
        self.chooser.setObjectName("partnershipChooser")
        self.chooser.setModel(self.partnerships)
        self.chooser.setModelColumn(COLUMN["name"])
        self.chooser.setToolTip(self.tr("The partnership shown below"))
        label = QLabel(self.tr("&Partnership:"))
        label.setBuddy(self.chooser)  # Linux names a combo box by its value: this is its label
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.chooser, 1)
        buttons = row if self.roomy else QHBoxLayout()
        if not self.roomy:
            buttons.addStretch(1)
        for name, text, slot in (("newPartnership", self.tr("New…"), self.new_partnership),
                                 ("renamePartnership", self.tr("Rename…"), self.rename_partnership),
                                 ("deletePartnership", self.tr("Delete"), self.delete_partnership)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            setattr(self, f"{name}_button", button)
            buttons.addWidget(button)
        if self.roomy:
            return row
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(buttons)
        return rows

    def _workspace_link(self) -> QPushButton:
        link = QPushButton(self.tr("Open in the workspace (more room)"))
        link.setObjectName("openWorkspace")
        link.setFlat(True)
        link.setToolTip(self.tr("The same partnership in a tab beside the map, with room to work"))
        link.clicked.connect(self.workspace_requested)
        return link

    def _build_tables(self) -> None:
        c = self.controller
        self.responsibilities = TableSection(ResponsibilitiesModel(c, self), c,
                                             "responsibilities", 2, {0: 150, 1: 95})
        self.resources = TableSection(ResourcesModel(c, self), c, "resources", 1, {0: 120, 2: 80, 3: 110})
        self.complementarities = TableSection(ComplementaritiesModel(c, self), c,
                                              "complementarities", 2, {0: 190, 1: 105})
        self.assets = TableSection(AssetsModel(c, self), c, "assets", 0, {1: 62, 2: 92, 3: 95, 4: 90})
        self.routines = TableSection(RoutinesModel(c, self), c, "routines", 0, {1: 80, 2: 75, 3: 95, 4: 95})
        self.reflections = TableSection(ReflectionsModel(c, self), c, "reflections", 1, {0: 90, 2: 110, 3: 110})
        self.reflection_editor = ReflectionEditor(self.reflections)

    def _tables(self) -> list[TableSection]:
        return [self.responsibilities, self.resources, self.complementarities, self.assets,
                self.routines, self.reflections]

    def _build_toolbox(self) -> QToolBox:
        box = QToolBox()
        box.setObjectName("partnershipSections")
        box.setStyleSheet(pages.SECTION_HEADER_STYLE)
        built = {
            "why": pages.why_page(self, self.mapper, self.member_model),
            "governance": pages.governance_page(self, self.mapper, self.coordinator_model,
                                                self.responsibilities),
            "resources": pages.resources_page(self.resources, self.complementarities),
            "assets": pages.page("assets", [self.assets]),
            "routines": pages.page("routines", [self.routines]),
            "questions": pages.questions_page(self, self.mapper),
            "reflections": pages.page("reflections", [self.reflections, self.reflection_editor]),
        }
        for key, title, _text in pages.SECTIONS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(built[key])
            box.addItem(scroll, pages.translated(title).replace("&", "&&"))
        return box

    # -- the current partnership ------------------------------------------------------------
    def current(self) -> Partnership | None:
        row = self.chooser.currentIndex()
        parts = self.controller.document.partnerships
        return parts[row] if 0 <= row < len(parts) else None

    def select_partnership(self, partnership_id: str) -> None:
        ids = [p.id for p in self.controller.document.partnerships]
        if partnership_id in ids:
            self.chooser.setCurrentIndex(ids.index(partnership_id))

    def show_item(self, item_id: str) -> bool:
        """Open the section holding a partnership's asset, resource, routine or reflection …
        and select its row (for a finding about it)."""
        doc = self.controller.document
        path = doc.path_of(item_id)
        if not path or path[0] != "partnerships" or len(path) < 4:
            return False
        self.select_partnership(doc.partnerships[path[1]].id)
        list_path = tuple(path[2:-1])
        for section in self._tables():
            if section.model.LIST == list_path:
                return self._open_row(section, path[-1])
        return False

    def _open_row(self, section: TableSection, doc_row: int) -> bool:
        keys = [key for key, _title, _text in pages.SECTIONS]
        for i, key in enumerate(keys):
            if self.toolbox.widget(i).isAncestorOf(section):
                self.toolbox.setCurrentIndex(i)
                break
        row = section.model.view_row(doc_row)
        section.table.selectRow(row)
        section.table.setCurrentIndex(section.model.index(row, 0))
        section.table.scrollTo(section.model.index(row, 0))
        return True

    def _choose(self, row: int = -1) -> None:
        part = self.current()
        part_id = part.id if part is not None else None
        self.mapper.setCurrentIndex(self.chooser.currentIndex())
        self.member_model.set_partnership(part_id)
        self.coordinator_model.set_partnership(part_id)
        for section in self._tables():
            section.model.set_partnership(part_id)
        has = part is not None
        self.toolbox.setVisible(has)
        self.empty_label.setVisible(not has)
        self.renamePartnership_button.setEnabled(has)
        self.deletePartnership_button.setEnabled(has)
        self._update_titles()

    def _on_replaced(self) -> None:
        if self.chooser.currentIndex() < 0 and self.partnerships.rowCount() > 0:
            self.chooser.setCurrentIndex(0)
        self._choose()

    def _on_change(self, change: Change) -> None:
        if change.path == ("partnerships",):
            part = self.current()
            if part is None or (self.partnership_id_shown() != part.id):
                self._choose()
        if change.path and change.path[0] == "partnerships":
            self._update_titles()

    def partnership_id_shown(self) -> str | None:
        return self.member_model.partnership_id

    def _update_titles(self) -> None:
        part = self.current()
        for i, (key, title, _text) in enumerate(pages.SECTIONS):
            filled = part is not None and pages.is_filled(part, key)
            mark = self.tr("✓") if filled else self.tr("empty")
            text = pages.translated(title).replace("&", "&&")
            self.toolbox.setItemText(i, f"{text}  —  {mark}")
            self.toolbox.setItemToolTip(i, self.tr("Filled in") if filled else self.tr("Nothing recorded yet"))

    def _show_member(self, index) -> None:
        actor_id = self.member_model.actor_id(index.row())
        if actor_id:
            self.controller.show([actor_id])

    # -- chooser buttons --------------------------------------------------------------------
    def new_partnership(self) -> None:
        count = len(self.controller.document.partnerships) + 1
        name, ok = QInputDialog.getText(self, self.tr("New partnership"), self.tr("Name:"),
                                        text=self.tr("Partnership %d") % count)
        if not ok or not name.strip():
            return
        doc = self.controller.document
        part = Partnership(id=edits.new_id(doc, "p"), name=name.strip())
        if self.controller.execute(self.tr("New partnership"),
                                   lambda d: edits.add_partnership(d, part)):
            self.select_partnership(part.id)

    def rename_partnership(self) -> None:
        part = self.current()
        if part is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename partnership"), self.tr("Name:"),
                                        text=part.name)
        if ok and name.strip() and name.strip() != part.name:
            self.controller.execute(self.tr("Rename partnership"),
                                    lambda d: edits.update(d, part.id, name=name.strip()))

    def delete_partnership(self) -> None:
        """Delete the shown partnership with its resources, assets and routines (undoable)."""
        part = self.current()
        if part is not None:
            self.controller.execute(self.tr("Delete partnership “%s”") % part.name,
                                    lambda d: edits.remove(d, part.id))
