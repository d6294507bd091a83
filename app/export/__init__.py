"""Writers that read the model: JSON, PDF, GraphML, CSV. No Qt: PNG and SVG are drawn by the
canvas (:mod:`app.ui.canvas.image`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.model import Document


from .errors import ExportError

__all__ = ["ExportError", "export"]


def export(doc: Document, path: Path, fmt: str, **options: Any) -> None:
    """Write ``doc`` to ``path`` as ``fmt`` (pdf, json, graphml, csv); with
    ``anonymise=True``, the anonymised copy of :mod:`app.export.anonymise`."""
    path = Path(path)
    if options.get("anonymise"):
        from .anonymise import anonymise

        since = options.get("since")
        options = {**options, "since": anonymise(since, names_from=doc) if since else None}
        doc = anonymise(doc)
    try:
        if fmt == "json":
            from .json_export import export_json

            export_json(doc, path)
        elif fmt == "pdf":
            from .pdf import export_pdf

            export_pdf(doc, path, paper=options.get("paper", "A4"),
                       portrait=options.get("portrait"), report=options.get("report", True),
                       since=options.get("since"))
        elif fmt == "graphml":
            from .graphml import export_graphml

            export_graphml(doc, path)
        elif fmt == "csv":
            from .csv_export import export_csv

            export_csv(doc, path, raw=options.get("raw_csv", False))
        else:
            raise ExportError(f"unknown format {fmt!r}")
    except OSError as exc:
        raise ExportError(f"cannot be written ({exc.strerror or exc})") from None
