"""File > Export for the main window: the options dialog, the writing, progress and errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from app import i18n
from app.model import DocumentError, load

from .canvas.image import IMAGE_FORMATS, export_image
from .preferences import Preferences


def _tr(text: str) -> str:
    """The window's texts keep the MainWindow context (and their translations)."""
    return QCoreApplication.translate("MainWindow", text)


class ExportCancelled(Exception):
    """The user pressed Cancel in the export's progress dialog."""


class ExportMixin:
    """Export methods of MainWindow (kept apart so the window's file stays small)."""

    def export_pdf(self) -> bool:
        return self.export_as("pdf")

    def export_json(self) -> bool:
        return self.export_as("json")

    def export_as(self, fmt: str) -> bool:
        """File > Export: ask where (and, for a PDF, paper and pages), then write."""
        from .export_dialog import ExportDialog

        base = self.controller.path.stem if self.controller.path else (
            self.controller.document.meta.title.strip() or "map")
        folder = self.controller.path.parent if self.controller.path is not None else None
        options = ExportDialog.ask(self, fmt, base, folder,
                                   self.controller.document.meta.language)
        if options is None:
            return False
        path = options.pop("path")
        options.pop("format", None)
        return self.export_to(path, fmt, **options)

    def export_to(self, path: str | Path, fmt: str, **options) -> bool:
        """Export without a dialog; a clear message on failure (the map is untouched)."""
        from app.export import ExportError, export

        path = Path(path)
        try:
            if fmt == "pdf":
                self._export_pdf(path, options)
            elif fmt in IMAGE_FORMATS:
                doc = self.controller.document
                if options.get("anonymise"):
                    from app.export.anonymise import anonymise

                    doc = anonymise(doc)
                export_image(doc, path, fmt)
            else:
                export(self.controller.document, path, fmt, **options)
        except ExportCancelled:
            self.statusBar().showMessage(_tr("Export cancelled; nothing was written."), 5000)
            return False
        except (ExportError, DocumentError) as exc:
            self._export_failed(path, str(exc))
            return False
        except OSError as exc:
            self._export_failed(path, _tr("cannot be written (%s)") % (exc.strerror or exc))
            return False
        except ImportError:
            self._export_failed(path, _tr("export to %s is not available in this version")
                                % fmt.upper())
            return False
        self.statusBar().showMessage(_tr("Exported %s") % path.name, 5000)
        return True

    def _export_failed(self, path: Path, why: str) -> None:
        QMessageBox.warning(self, _tr("Cannot export"),
                            _tr("%1 was not exported: %2\n\nThe map is unchanged.")
                            .replace("%1", str(path)).replace("%2", why))

    def _export_pdf(self, path: Path, options: dict) -> None:
        """Write the PDF; a progress dialog appears when a big map takes a while."""
        from app.export.pdf import export_pdf

        progress = QProgressDialog(_tr("Writing the PDF…"), _tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(_tr("Export PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoReset(False)

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, done))
            progress.setValue(done)
            if progress.wasCanceled():
                raise ExportCancelled()

        doc, since = self.controller.document, options.get("since")
        since = load(since) if since is not None else None
        if options.get("anonymise"):
            from app.export.anonymise import anonymise

            doc, since = anonymise(doc), anonymise(since, names_from=doc) if since else None
        language = options.get("language") or i18n.map_language(doc.meta.language) \
            or i18n.current_language()
        try:
            with i18n.speaking(language):
                export_pdf(doc, path, paper=options.get("paper", Preferences().paper),
                           portrait=options.get("portrait"),
                           report=bool(options.get("report", True)), progress=step, since=since)
        finally:
            progress.close()
            progress.deleteLater()
