"""Export options: where to write, and for PDF the paper, orientation and report pages.

``ExportDialog.ask(parent, fmt)`` returns ``{"path", "format", "paper", "portrait", "report",
"since", "anonymise", "language"}`` (portrait None: the map's shape decides; since: an older
copy of the map whose changes the PDF lists, or None; language: the report's, preset to the
map's own) or None when cancelled; the folder and PDF choices are remembered in QSettings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

from app import i18n
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

FOLDER_KEY = "export/last_folder"
PAPER_KEY = "export/paper"
ORIENTATION_KEY = "export/orientation"  #: auto, landscape or portrait
REPORT_KEY = "export/report"
FORMATS = ("pdf", "png", "svg", "json", "graphml", "csv")


def _settings() -> QSettings:
    try:
        from .preferences import settings

        return settings()
    except ImportError:  # pragma: no cover - preferences ship with the editor
        return QSettings("OppSpace", "OppSpace")


def _flag(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() not in {"false", "0", "no", "off", ""}
    return bool(value)


class ExportDialog(QDialog):
    """A small dialog; the PDF choices are shown only when exporting a PDF."""

    def __init__(self, parent: QWidget | None, fmt: str, suggested_name: str = "map",
                 folder: str | Path | None = None, language: str = "") -> None:
        super().__init__(parent)
        self._map_folder = Path(folder) if folder else None
        self._map_language = i18n.map_language(language) or i18n.current_language()
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}")
        self.fmt = fmt
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export %s") % fmt.upper())
        self._store = _settings()
        self._build(suggested_name)

    # -- building ----------------------------------------------------------------------------
    def _build(self, suggested_name: str) -> None:
        form = QFormLayout()
        self.path_edit = QLineEdit(str(self._folder() / f"{suggested_name}.{self.fmt}"))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:"))
        label.setObjectName("exportPathLabel")
        label.setBuddy(self.path_edit)  # Alt+F goes to the file name; no literal "&"
        form.addRow(label, row)
        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        self.paper.addItems(["A4", "A3"])
        paper = str(self._store.value(PAPER_KEY, "A4") or "A4").upper()
        self.paper.setCurrentText(paper if paper in ("A4", "A3") else "A4")
        orientation = self._orientation_row()
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._map_language)))
        self.language.setToolTip(self.tr("The language of the PDF's headings, legend and "
                                          "findings; the map's own language to start with"))
        self.report = QCheckBox(self.tr("Include the report pages (partnership, findings, "
                                        "need to know)"))
        self.report.setObjectName("exportReport")
        self.report.setChecked(_flag(self._store.value(REPORT_KEY), True))
        self.since = QLineEdit()
        self.since.setObjectName("exportSince")
        self.since.setPlaceholderText(self.tr("an older copy of this map (optional)"))
        self.since.setToolTip(self.tr("Adds a “Changes since …” section listing what changed "
                                      "since that copy, for the next meeting"))
        since_browse = QPushButton(self.tr("Choose…"))
        since_browse.setObjectName("exportSinceBrowse")
        since_browse.clicked.connect(self.browse_since)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since, 1)
        since_row.addWidget(since_browse)
        self.anonymise = QCheckBox(self.tr("A&nonymise: citizens become “Citizen”, “Citizen 2”, …; "
                                           "descriptions, reflection log and authors left out"))
        self.anonymise.setObjectName("exportAnonymise")
        self.anonymise.setToolTip(self.tr("For meetings with people who must not see who the "
                                          "citizen is"))
        form.addRow("", self.anonymise)
        if self.fmt == "pdf":
            form.addRow(self.tr("P&aper:"), self.paper)
            form.addRow(self.tr("Orientation:"), orientation)
            language_label = QLabel(self.tr("Report lan&guage:"))
            language_label.setBuddy(self.language)
            form.addRow(language_label, self.language)
            form.addRow("", self.report)
            since_label = QLabel(self.tr("C&hanges since:"))
            since_label.setBuddy(self.since)
            form.addRow(since_label, since_row)
        else:
            for widget in (self.paper, self.automatic, self.landscape, self.portrait, self.report,
                           self.since, since_browse, self.language):
                widget.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _orientation_row(self) -> QHBoxLayout:
        """Automatic (the map's shape decides), landscape or portrait; the last choice kept."""
        self.automatic = QRadioButton(self.tr("Au&tomatic (by the map's shape)"))
        self.automatic.setObjectName("exportAutomatic")
        self.landscape = QRadioButton(self.tr("&Landscape"))
        self.landscape.setObjectName("exportLandscape")
        self.portrait = QRadioButton(self.tr("&Portrait"))
        self.portrait.setObjectName("exportPortrait")
        chosen = str(self._store.value(ORIENTATION_KEY, "auto") or "auto")
        {"landscape": self.landscape, "portrait": self.portrait}.get(
            chosen, self.automatic).setChecked(True)
        row = QHBoxLayout()
        for button in (self.automatic, self.landscape, self.portrait):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def orientation(self) -> str:
        return ("portrait" if self.portrait.isChecked() else
                "landscape" if self.landscape.isChecked() else "auto")

    def _folder(self) -> Path:
        """The map's folder, else the last export folder, else Documents (if it exists), else home."""
        if self._map_folder is not None and self._map_folder.is_dir():
            return self._map_folder
        folder = Path(str(self._store.value(FOLDER_KEY, "") or ""))
        if folder.is_dir() and str(folder) not in ("", "."):
            return folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    # -- actions -----------------------------------------------------------------------------
    def browse(self) -> None:
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "png": self.tr("PNG images (*.png)"),
                   "svg": self.tr("SVG drawings (*.svg)"), "json": self.tr("JSON (*.json)"),
                   "graphml": self.tr("GraphML (*.graphml)"), "csv": self.tr("CSV (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              filters[self.fmt])
        if path:
            self.path_edit.setText(path)

    def browse_since(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Changes since which copy of the map?"),
                                              str(self._folder()),
                                              self.tr("OppSpace maps (*.oppspace)"))
        if path:
            self.since.setText(path)

    def since_path(self) -> Path | None:
        text = self.since.text().strip()
        return Path(text).expanduser() if text and self.fmt == "pdf" else None

    def target(self) -> Path:
        """The chosen file, with the format's suffix added when it was left out."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != f".{self.fmt}":
            path = path.with_name(path.name + f".{self.fmt}")
        return path

    def accept(self) -> None:
        text = self.path_edit.text().strip()
        path = self.target()
        problem = None
        if not text:
            problem = self.tr("Choose a file to export to.")
        elif path.is_dir():
            problem = self.tr("%s is a folder; give a file name.") % path
        elif not path.parent.is_dir():
            problem = self.tr("The folder %s does not exist.") % path.parent
        elif self.since_path() is not None and not self.since_path().is_file():
            problem = self.tr("%s is not a file; choose an older copy of the map, or leave "
                              "“Changes since” empty.") % self.since_path()
        if problem:
            QMessageBox.warning(self, self.tr("Cannot export"), problem)
            return
        self._store.setValue(FOLDER_KEY, str(path.parent))
        if self.fmt == "pdf":
            self._store.setValue(PAPER_KEY, self.paper.currentText())
            self._store.setValue(ORIENTATION_KEY, self.orientation())
            self._store.setValue(REPORT_KEY, self.report.isChecked())
        super().accept()

    def options(self) -> dict[str, Any]:
        """What the user chose; pass to ``app.export.export(doc, path, format, **rest)``."""
        portrait = {"auto": None, "landscape": False, "portrait": True}[self.orientation()]
        return {"path": self.target(), "format": self.fmt, "paper": self.paper.currentText(),
                "portrait": portrait, "report": self.report.isChecked(),
                "since": self.since_path(), "anonymise": self.anonymise.isChecked(),
                "language": self.language.currentData()}

    @classmethod
    def ask(cls, parent: QWidget | None, fmt: str, suggested_name: str = "map",
            folder: str | Path | None = None, language: str = "") -> dict[str, Any] | None:
        """Show the dialog (starting in ``folder``, the map's, with the report in ``language``,
        the map's); the options, or None if cancelled."""
        dialog = cls(parent, fmt, suggested_name, folder, language)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
