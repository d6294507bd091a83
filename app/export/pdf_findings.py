"""Report sections computed by app.analysis: findings by severity, and who needs to know what.

Both analyses are still growing, so their results are rendered defensively: unknown severities
get their own group, and need-to-know entries may be dicts or plain values.
"""

from __future__ import annotations

from typing import Any, Callable
from reportlab.platypus import Flowable

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model import Document

SEVERITY_ORDER = ("warning", "info")
SEVERITY_TITLES = {"warning": QT_TRANSLATE_NOOP("Report", "Warnings"),
                   "info": QT_TRANSLATE_NOOP("Report", "For information")}


def _t(text: str) -> str:
    return translate("Report", text)


def findings_section(doc: Document, ctx, table: Callable) -> list[Flowable]:
    """Findings grouped by severity (warnings first), each with the names of its subjects."""
    from app.analysis import analyze

    from .pdf_report import para

    s = ctx.s
    findings = list(analyze(doc))
    out: list[Flowable] = [para(_t("Findings"), s["h1"])]
    if not findings:
        return out + [para(_t("No findings: the map raises no warnings."), s["muted"])]
    groups: dict[str, list[Any]] = {}
    for f in findings:
        groups.setdefault(str(getattr(f, "severity", "info")), []).append(f)
    order = [k for k in SEVERITY_ORDER if k in groups] + sorted(set(groups) - set(SEVERITY_ORDER))
    for severity in order:
        title = _t(SEVERITY_TITLES.get(severity, severity.capitalize()))
        out.append(para(f"{title} ({len(groups[severity])})", s["h2"]))
        rows = ([str(getattr(f, "message", f)), ctx.names.many(getattr(f, "subjects", ()) or ()),
                 str(getattr(f, "code", ""))] for f in groups[severity])
        out += table([_t("Finding"), _t("Concerns"), _t("Code")], rows, [7, 4, 2.5], ctx)
    return out


def need_to_know_section(doc: Document, ctx, table: Callable) -> list[Flowable]:
    """For each actor: what information reaches it, from whom, when and in what form."""
    from app.analysis import need_to_know

    from .pdf_report import para

    out: list[Flowable] = [
        para(_t("Need to know"), ctx.s["h1"]),
        para(_t("What does each actor need to know, and when? One row per piece of information "
                "that reaches an actor through an information flow."), ctx.s["muted"]),
    ]
    rows = []
    for entry in need_to_know(doc) or []:
        rows += _entry_rows(entry, ctx.names)
    header = [_t("Actor"), _t("Needs to know"), _t("From"), _t("When"), _t("Form"),
              _t("Personal data")]
    return out + table(header, rows, [3, 3.5, 4, 2.2, 2.5, 2], ctx)


def _entry_rows(entry: Any, names) -> list[list[str]]:
    if not isinstance(entry, dict):
        return [[str(entry), "", "", "", "", ""]]
    actor = entry.get("name") or names(entry.get("actor"))
    received = entry.get("receives") or entry.get("needs") or entry.get("items") or []
    if not received:
        return [[actor, _t("(receives no information flow)"), "", "", "", ""]]
    rows = []
    for item in received:
        if isinstance(item, dict):
            rows.append([actor, str(item.get("what") or item.get("flow") or ""), _source(item, names),
                         str(item.get("when") or ""), _form(item), _personal(item)])
        else:
            rows.append([actor, names(item), "", "", "", ""])
    return rows


def _source(item: dict, names) -> str:
    who = item.get("from_actor_name") or names(item.get("from_actor") or item.get("from")
                                               or item.get("source"))
    activity = item.get("from_activity_name")
    return f"{who} ({activity})" if who and activity else str(who or activity or "")


def _form(item: dict) -> str:
    form, asset = str(item.get("form") or ""), item.get("asset_name")
    if asset:
        via = _t("via {asset}").format(asset=asset)
        return f"{form}, {via}" if form else via
    return form


CONSENT = {"not_needed": QT_TRANSLATE_NOOP("Report", "consent not needed"),
           "obtained": QT_TRANSLATE_NOOP("Report", "consent obtained"),
           "missing": QT_TRANSLATE_NOOP("Report", "consent MISSING"),
           "unknown": QT_TRANSLATE_NOOP("Report", "consent unknown")}


def _personal(item: dict) -> str:
    if not item.get("personal_data"):
        return ""
    return _t(CONSENT.get(str(item.get("consent")), "consent unknown"))
