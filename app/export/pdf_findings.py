"""Report sections computed by app.analysis: findings by severity, and who needs to know what."""

from __future__ import annotations

from typing import Any, Callable

from reportlab.platypus import Flowable

from app import wording
from app.analysis import analyze, need_to_know
from app.analysis.finding import INFO, WARNING
from app.analysis.titles import finding_title
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model import Document

from .pdf_flowables import para

SEVERITY_TITLES = {WARNING: QT_TRANSLATE_NOOP("Report", "Warnings"),
                   INFO: QT_TRANSLATE_NOOP("Report", "For information")}


def _t(text: str) -> str:
    return translate("Report", text)


def findings_section(doc: Document, ctx, table: Callable) -> list[Flowable]:
    """Findings grouped by severity, in the one order analyze gives (warnings first), each
    with the names of its subjects."""
    s = ctx.s
    findings = analyze(doc)
    out: list[Flowable] = [para(_t("Findings"), s["h1"])]
    if not findings:
        return out + [para(_t("No findings: the map raises no warnings."), s["muted"])]
    for severity in (WARNING, INFO):
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        out.append(para(f"{_t(SEVERITY_TITLES[severity])} ({len(group)})", s["h2"]))
        rows = ([finding_title(f.code), f.message, ctx.names.many(f.subjects)] for f in group)
        out += table([_t("Finding"), _t("What the map shows"), _t("Concerns")], rows,
                     [2.8, 7, 4], ctx)
    return out


def need_to_know_section(doc: Document, ctx, table: Callable) -> list[Flowable]:
    """For each actor: what information reaches it, from whom, when and in what form."""
    out: list[Flowable] = [
        para(_t("Need to know"), ctx.s["h1"]),
        para(_t("What does each actor need to know, and when? One row per piece of information "
                "that reaches an actor through an information flow."), ctx.s["muted"]),
    ]
    rows = []
    for entry in need_to_know(doc):
        rows += _entry_rows(entry)
    header = [_t("Actor"), _t("Needs to know"), _t("From"), _t("When"), _t("Form"),
              _t("Personal data")]
    return out + table(header, rows, [3, 3.5, 4, 2.2, 2.5, 2], ctx)


def _entry_rows(entry: dict[str, Any]) -> list[list[str]]:
    """One actor's rows of the need-to-know matrix (app.analysis.need_to_know)."""
    actor = entry["name"]
    if not entry["receives"]:
        return [[actor, _t("(receives no information flow)"), "", "", "", ""]]
    return [[actor, item["what"], _source(item), item["when"], _form(item), _personal(item)]
            for item in entry["receives"]]


def _source(item: dict[str, Any]) -> str:
    who, activity = item["from_actor_name"], item["from_activity_name"]
    return f"{who} ({activity})" if who and activity else str(who or activity or "")


def _form(item: dict[str, Any]) -> str:
    form, asset = item["form"], item["asset_name"]
    if asset:
        via = _t("via {asset}").format(asset=asset)
        return f"{form}, {via}" if form else via
    return form


def _personal(item: dict[str, Any]) -> str:
    if not item["personal_data"]:
        return ""
    return wording.consent_note(item["consent"])
