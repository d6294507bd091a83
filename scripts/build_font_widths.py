"""Write resources/fonts/widths.json: the advance widths of the shipped fonts, as reportlab
reads them from the .ttf files. Opening a map measures its texts with these (the drawing plan
wraps titles in the PDF's metrics); reading them from the fonts took a fifth of a second at
every start. Run again whenever a font file changes (tests/export/test_font_widths.py checks).

    .venv/bin/python scripts/build_font_widths.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def font_widths() -> dict[str, dict]:
    """{file name: {"default": width, "widths": [[code point, width], ...]}} from the fonts."""
    from reportlab.pdfbase.ttfonts import TTFont

    from app.export.pdf_style import FONT_FILES
    from app.resources import FONTS

    found = {}
    for name in FONT_FILES.values():
        face = TTFont(name, str(FONTS / name)).face
        found[name] = {"default": face.defaultWidth,
                       "widths": sorted([cp, w] for cp, w in face.charWidths.items())}
    return found


def main() -> int:
    from app.resources import FONTS

    target = FONTS / "widths.json"
    target.write_text(json.dumps(font_widths(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
