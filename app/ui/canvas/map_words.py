"""What a screen reader (and the Outline) says about a lane, phase, activity or flow.

One place for these words, so the accessible map, the Outline dock and the announcements say
the same thing the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app import wording
from app.model import Document


class MapWords(QObject):
    """Names ("Activity: Intake") and descriptions (lane, phase, flows, consent) of map ids."""

    def __init__(self, document_of, findings_of=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document_of = document_of  #: () -> the current Document
        self._findings_of = findings_of  #: (id) -> number of findings about it, optional

    @property
    def doc(self) -> Document:
        return self._document_of()

    def _lookup(self, obj_id: str) -> tuple[str | None, Any]:
        """(list it lives in, object) with one look at the document's index."""
        doc = self.doc
        path = doc.path_of(obj_id)
        if path is None or len(path) != 2:
            return None, None
        return path[0], doc.find(obj_id)

    def kind(self, obj_id: str) -> str:
        collection, obj = self._lookup(obj_id)
        if collection == "activities":
            return self.tr("Activity")
        if collection == "actors":
            return self.tr("Lane")
        if collection == "phases":
            return self.tr("Phase")
        if collection == "flows":
            return self.tr("Information flow") if obj.kind == "information" else self.tr("Sequence flow")
        return ""

    def end(self, obj_id: str) -> str:
        """A flow's end as said aloud: an activity's title or an actor's name."""
        collection, obj = self._lookup(obj_id)
        if collection == "activities":
            return f"“{obj.title}”"
        return obj.name if collection == "actors" else obj_id

    def title(self, obj_id: str) -> str:
        """The item's own text: title, name, or a flow's what (else its ends)."""
        collection, obj = self._lookup(obj_id)
        if collection == "activities":
            return obj.title
        if collection in ("actors", "phases"):
            return obj.name
        if collection == "flows":
            return obj.what or self.tr("from {source} to {target}").format(
                source=self.end(obj.source), target=self.end(obj.target))
        return ""

    def name(self, obj_id: str) -> str:
        """E.g. "Activity: Arbejde i caféen", "Information flow: Timetable"."""
        return self.tr("{kind}: {title}").format(kind=self.kind(obj_id), title=self.title(obj_id))

    def group(self, kind: str) -> str:
        """The name of the list that holds all phases or all flows."""
        return self.tr("Phases") if kind == "phases" else self.tr("Flows")

    def consent(self, flow) -> str:
        return wording.consent_spoken(flow.personal_data, flow.consent)

    def description(self, obj_id: str) -> str:
        """Where it is and what touches it; findings last."""
        doc = self.doc
        parts: list[str] = []
        if (act := doc.activity(obj_id)) is not None:
            parts = self._activity(act)
        elif (flow := doc.flow(obj_id)) is not None:
            parts = self._flow(flow)
        elif doc.actor(obj_id) is not None:
            count = sum(1 for a in doc.activities if a.actor == obj_id)
            parts = [self.tr("activities: {count}").format(count=count)]
        elif doc.phase(obj_id) is not None:
            count = sum(1 for a in doc.activities if a.phase == obj_id)
            parts = [self.tr("activities: {count}").format(count=count)]
        found = self._findings_of(obj_id) if self._findings_of is not None else 0
        if found:
            parts.append(self.tr("findings: {count}").format(count=found))
        return ", ".join(parts)

    def _activity(self, act) -> list[str]:
        doc = self.doc
        actor = doc.actor(act.actor)
        phase = doc.phase(act.phase) if act.phase else None
        parts = [self.tr("lane {lane}").format(lane=actor.name if actor else "?")]
        if phase is not None:
            parts.append(self.tr("phase {phase}").format(phase=phase.name))
        parts.append(self.tr("co-produced with citizens") if act.co_produced
                     else self.tr("not co-produced"))
        outgoing = [f for f in doc.flows if f.source == act.id]
        incoming = [f for f in doc.flows if f.target == act.id]
        parts.append(self.tr("flows out: {out}, in: {inc}").format(out=len(outgoing),
                                                                   inc=len(incoming)))
        unconsented = sum(1 for f in outgoing + incoming
                          if f.personal_data and f.consent in ("missing", "unknown"))
        if unconsented == 1:
            parts.append(self.tr("personal data without consent in 1 flow"))
        elif unconsented:
            parts.append(self.tr("personal data without consent in {count} flows").format(
                count=unconsented))
        return parts

    def _flow(self, flow) -> list[str]:
        parts = [self.tr("from {source} to {target}").format(source=self.end(flow.source),
                                                            target=self.end(flow.target))]
        if flow.when:
            parts.append(self.tr("when: {when}").format(when=flow.when))
        if flow.form:
            parts.append(self.tr("form: {form}").format(form=flow.form))
        if flow.kind == "information":
            parts.append(self.consent(flow))
        return parts
