"""The JSON Schema of the `.oppspace` format, generated from the pydantic model.

``python -m app.model.schema`` rewrites resources/schema/oppspace-1.schema.json.
"""

from __future__ import annotations

import json
from typing import Any

from .document import Document


def json_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://oppspace.example/schema/oppspace-1.schema.json"
    schema["title"] = "OppSpace map, format version 1"
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    from app.resources import SCHEMA

    SCHEMA.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA.name}")
