"""CSV export: one row per flow, for spreadsheets.

UTF-8 with a byte order mark, so spreadsheet programs show æ, ø and å; comma-separated with
CRLF line ends (the csv module's "excel" dialect). Headers and words are in the user's
language; ids stay as they are so rows can be traced back to the map.

A cell that begins with ``= + - @``, a tab or a carriage return would be run as a formula by a
spreadsheet (``=HYPERLINK(...)`` sends data away), so it gets a leading ``'`` (OWASP's advice);
``raw=True`` writes cells exactly as in the map.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app import wording
from app.analysis import MapIndex
from app.i18n import translate
from app.model import Document, Flow

from .atomic import write_bytes


def headers() -> list[str]:
    return [translate("CSV", "Flow"), translate("CSV", "Kind"),
            translate("CSV", "From"), translate("CSV", "From actor"),
            translate("CSV", "From organisation"),
            translate("CSV", "To"), translate("CSV", "To actor"),
            translate("CSV", "To organisation"),
            translate("CSV", "What"), translate("CSV", "When"), translate("CSV", "Form"),
            translate("CSV", "Asset"), translate("CSV", "Personal data"),
            translate("CSV", "Consent")]


def _words() -> dict[str, str]:
    """The file's enumerations as a reader says them."""
    return {
        "information": translate("CSV", "information"), "sequence": translate("CSV", "sequence"),
        **{value: wording.consent_word(value) for value in wording.CONSENT_WORDS},
        True: translate("CSV", "yes"), False: translate("CSV", "no"),
    }


def _end(index: MapIndex, end: str) -> list[str]:
    """The end's own name, its actor's name and its organisation's name."""
    activity = index.activities.get(end)
    actor = index.actor_of(end)
    name = (activity.title if activity is not None else index.actor_name(end))
    return [name, index.actor_name(actor), index.actor_name(index.party_of(actor))]


def _row(index: MapIndex, flow: Flow, assets: dict[str, str], words: dict) -> list[str]:
    return [flow.id, words[flow.kind], *_end(index, flow.source), *_end(index, flow.target),
            flow.what, flow.when, flow.form, assets.get(flow.asset or "", ""),
            words[flow.personal_data], words[flow.consent]]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text, never runs it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_text(doc: Document, raw: bool = False) -> str:
    index = MapIndex(doc)
    assets = {a.id: a.name for a in doc.all_assets()}
    words = _words()
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers())
    for flow in doc.flows:
        row = _row(index, flow, assets, words)
        writer.writerow(row if raw else [neutral(cell) for cell in row])
    return out.getvalue()


def export_csv(doc: Document, path: Path, raw: bool = False) -> None:
    write_bytes(path, csv_text(doc, raw).encode("utf-8-sig"))
