"""JSON export: the document plus an ``analysis`` object (findings, need-to-know matrix)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.analysis import analyze, need_to_know
from app.model import Document

from .atomic import write_bytes


def export_data(doc: Document) -> dict[str, Any]:
    data = doc.model_dump(mode="json")
    data["analysis"] = {
        "findings": [f.as_dict() for f in analyze(doc)],
        "need_to_know": need_to_know(doc),
    }
    return data


def export_json(doc: Document, path: Path) -> None:
    text = json.dumps(export_data(doc), indent=2, ensure_ascii=False) + "\n"
    write_bytes(path, text.encode("utf-8"))
