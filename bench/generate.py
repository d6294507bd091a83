"""Generate large, realistic, valid OppSpace maps for benchmarks and stress tests.

``make_map(n_activities, n_flows, seed)`` returns a :class:`~app.model.Document` shaped like a
real municipal map, only bigger: about 20 actors (a municipality with case workers, companies,
voluntary organisations, citizens), 4-6 phases, activities spread over lanes and phases, a mix
of sequence and information flows with Nordic text, and a few filled partnerships.

    python -m bench.generate OUT.oppspace [N_ACTIVITIES] [N_FLOWS] [SEED]
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any, Callable

from app.model import Document, save
from app.model.document import KIND_COLORS

PHASE_NAMES = ["Samskabende bestilling", "Samskabende design", "Samskabende levering",
               "Samskabende evaluering", "Opfølgning", "Læring og forbedring"]
ORGS = [("public", "Aalborg Kommune"), ("public", "Jobcenter Øst"),
        ("private", "Café Åen"), ("private", "Dyreinternatet Nørresundby"),
        ("voluntary", "Frivilligcenter Ålborg"), ("voluntary", "Røde Kors"),
        ("public", "Bosted Søhøj"), ("citizen", "Borger"), ("citizen", "Pårørende")]
ROLES = ["Sagsbehandler", "Pædagog", "Jobkonsulent", "Mentor", "Leder", "Koordinator",
         "Sygeplejerske", "Frivillig", "Medarbejder", "Kontaktperson", "Økonomi"]
VERBS = ["Afklaring", "Møde", "Besøg", "Opfølgning", "Kontrakt", "Praktik", "Evaluering",
         "Visitation", "Samtale", "Plan", "Vejledning", "Introduktion"]
WHATS = ["Ønsker og behov", "Mødeplan", "Helbredsoplysninger", "Arbejdstider", "Status",
         "Kontaktoplysninger", "Tilfredshed", "Aftaler"]
WHENS = ["Før første arbejdsdag", "Hver uge", "Hver måned", "Ved ændringer", "Efter mødet"]
FORMS = ["Møde", "Telefon", "E-mail", "Fælles kalender", "Brev", "Sikker post"]


def make_map(n_activities: int, n_flows: int, seed: int = 1) -> Document:
    """A valid document with ``n_activities`` activities and ``n_flows`` flows."""
    rng = random.Random(seed)
    phases = _phases(rng)
    actors = _actors(rng)
    activities = _activities(rng, n_activities, actors, phases)
    partnerships = _partnerships(rng, actors)
    assets = [a["id"] for p in partnerships for a in p["assets"]]
    flows = _flows(rng, n_flows, activities, actors, assets)
    data = {"format": "oppspace", "version": 1,
            "meta": {"title": f"Stort kort ({n_activities} aktiviteter)", "description": "",
                     "authors": ["Bænk Generator"], "language": "da",
                     "created": "2026-11-28T10:00:00Z", "modified": "2026-11-28T10:00:00Z"},
            "phases": phases, "actors": actors, "activities": activities, "flows": flows,
            "partnerships": partnerships}
    return Document.model_validate(data)


def _phases(rng: random.Random) -> list[dict[str, Any]]:
    count = rng.randint(4, 6)
    return [{"id": f"ph-{i + 1}", "name": PHASE_NAMES[i], "width": 260.0 + 40.0 * rng.randint(0, 20)}
            for i in range(count)]


def _actors(rng: random.Random) -> list[dict[str, Any]]:
    actors: list[dict[str, Any]] = []
    for i, (kind, name) in enumerate(ORGS):
        actors.append({"id": f"a-{i + 1}", "name": name, "kind": kind, "organization": None,
                       "color": KIND_COLORS[kind], "lane_height": 160.0})
    orgs = [a for a in actors if a["kind"] != "citizen"]
    while len(actors) < 20:
        org = rng.choice(orgs)
        actors.append({"id": f"a-{len(actors) + 1}", "name": f"{rng.choice(ROLES)}, {org['name']}",
                       "kind": org["kind"], "organization": org["id"],
                       "color": KIND_COLORS[org["kind"]], "lane_height": 120.0 + 20.0 * rng.randint(0, 4)})
    return actors


def _activities(rng: random.Random, n: int, actors: list, phases: list) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        actor = rng.choice(actors)
        phase = rng.choice(phases + [None]) if phases else None
        out.append({"id": f"s-{i + 1}", "title": f"{rng.choice(VERBS)} {i + 1}",
                    "description": "" if rng.random() < 0.7 else "Noter: æøå ÆØÅ äö",
                    "actor": actor["id"], "phase": phase and phase["id"],
                    "co_produced": rng.random() < 0.3,
                    "x": round(rng.uniform(0, 5000), 1), "y": round(rng.uniform(0, 80), 1),
                    "width": 180.0, "height": 70.0})
    return out


def _flows(rng: random.Random, n: int, activities: list, actors: list, assets: list) -> list:
    out = []
    for i in range(n):
        source = rng.choice(activities)["id"]
        if rng.random() < 0.4:
            target = _other(rng, activities, source)
            out.append({"id": f"f-{i + 1}", "kind": "sequence", "source": source, "target": target,
                        "what": "", "when": "", "form": "", "asset": None,
                        "personal_data": False, "consent": "unknown"})
            continue
        pool = actors if rng.random() < 0.5 else activities
        personal = rng.random() < 0.3
        out.append({"id": f"f-{i + 1}", "kind": "information", "source": source,
                    "target": _other(rng, pool, source), "what": rng.choice(WHATS),
                    "when": rng.choice(WHENS), "form": rng.choice(FORMS),
                    "asset": rng.choice(assets) if assets and rng.random() < 0.3 else None,
                    "personal_data": personal,
                    "consent": rng.choice(["obtained", "missing", "unknown"]) if personal else "not_needed"})
    return out


def _other(rng: random.Random, pool: list, avoid: str) -> str:
    while True:
        pick = rng.choice(pool)["id"]
        if pick != avoid:
            return pick


def _partnerships(rng: random.Random, actors: list) -> list[dict[str, Any]]:
    out = []
    for p in range(3):
        members = rng.sample([a["id"] for a in actors], 6)
        resources = [{"id": f"r-{p}-{j}", "owner": m, "name": f"Ressource {j} æø",
                      "nature": rng.choice(["tangible", "intangible", "both"]), "description": ""}
                     for j, m in enumerate(members)]
        assets = [{"id": f"as-{p}-{j}", "name": f"Fælles system {j}", "kind": rng.choice(["digital", "physical"]),
                   "status": rng.choice(["existing", "needs_investment"]), "access": members[:3],
                   "description": ""} for j in range(3)]
        out.append({
            "id": f"p-{p + 1}", "name": f"Partnerskab {p + 1}", "members": members,
            "purpose": rng.choice(["efficiency", "repackaging", "new_service", None]),
            "remit": "Borgere på førtidspension", "need": "Meningsfuldt arbejde",
            "governance": {"coordinator": members[0], "leadership_resources": "To timer om ugen",
                           "decision_making": "Styregruppe", "review": "Kvartalsvis",
                           "responsibilities": [{"actor": m, "level": rng.choice(["strategic", "operational"]),
                                                 "description": ""} for m in members[:3]]},
            "resources": resources,
            "complementarities": [{"resources": [resources[0]["id"], resources[j]["id"]],
                                   "interdependence": rng.choice(["pooled", "sequential", "reciprocal"]),
                                   "note": ""} for j in range(1, 4)],
            "assets": assets,
            "routines": [{"id": f"k-{p}-{j}", "what": rng.choice(WHATS), "when": rng.choice(WHENS),
                          "form": rng.choice(FORMS), "asset": assets[j]["id"], "participants": members[:4]}
                         for j in range(2)],
            "questions": {"why": "Nye tilbud", "complementary": "", "technology": "", "routines": ""},
            "reflections": [{"date": "2026-11-28", "works_locally": "Godt samarbejde",
                             "works_for_citizens": "Flere i arbejde", "to_improve": "Færre møder"}],
        })
    return out


LANES, PHASES, STEP = 10, 8, 220.0  #: the lanes map: lanes, phase columns, box spacing (px)


def make_lanes_map(n_activities: int, seed: int = 1) -> Document:
    """The map peer editors are benchmarked on: 10 lanes, 8 phases, ``n_activities`` boxes of
    180x70 placed 220 px apart (a tenth per lane), a sequence chain through all of them and
    three information flows per box, each to a box at most 3 columns and 1 lane away, every
    fifth to a lane header instead (a fifth of the arrows then run across much of the map)."""
    rng = random.Random(seed)
    per_lane = max(1, n_activities // LANES)
    actors = [{"id": f"a-{i + 1}", "name": name, "kind": kind, "organization": None,
               "color": KIND_COLORS[kind], "lane_height": 120.0}
              for i, (kind, name) in enumerate((ORGS * 2)[:LANES])]
    width = per_lane * STEP / PHASES
    phases = [{"id": f"ph-{i + 1}", "name": (PHASE_NAMES * 2)[i], "width": width}
              for i in range(PHASES)]
    grid: dict[tuple[int, int], str] = {}
    activities = []
    for i in range(n_activities):  # column by column: the chain runs through time
        col, lane = divmod(i, LANES)
        grid[lane, col] = act_id = f"s-{i + 1}"
        activities.append({"id": act_id, "title": f"{rng.choice(VERBS)} {i + 1}",
                           "actor": actors[lane]["id"],
                           "phase": phases[min(PHASES - 1, int(col * STEP // width))]["id"],
                           "co_produced": rng.random() < 0.3, "x": 20.0 + col * STEP, "y": 25.0,
                           "width": 180.0, "height": 70.0})
    flows = [{"id": f"q-{i + 1}", "kind": "sequence", "source": a["id"], "target": b["id"]}
             for i, (a, b) in enumerate(zip(activities, activities[1:]))]
    cells = list(grid.items())
    for i in range(3 * n_activities):
        (lane, col), source = rng.choice(cells)
        near = min(LANES - 1, max(0, lane + rng.randint(-1, 1)))
        target = actors[near]["id"] if i % 5 == 4 else _near(rng, grid, source, lane, col)
        personal = rng.random() < 0.3
        flows.append({"id": f"f-{i + 1}", "kind": "information", "source": source,
                      "target": target, "what": rng.choice(WHATS), "when": rng.choice(WHENS),
                      "form": rng.choice(FORMS), "personal_data": personal,
                      "consent": rng.choice(["obtained", "missing"]) if personal else "not_needed"})
    data = {"format": "oppspace", "version": 1,
            "meta": {"title": f"Baner ({n_activities} aktiviteter)", "language": "da",
                     "created": "2026-12-01T10:00:00Z", "modified": "2026-12-01T10:00:00Z"},
            "phases": phases, "actors": actors, "activities": activities, "flows": flows}
    return Document.model_validate(data)


def _near(rng: random.Random, grid: dict, source: str, lane: int, col: int) -> str:
    """A box at most 3 columns and 1 lane from (lane, col), not ``source`` itself."""
    while True:
        pick = grid.get((lane + rng.randint(-1, 1), col + rng.randint(-3, 3)))
        if pick is not None and pick != source:
            return pick


def main(argv: list[str]) -> int:
    out = argv[0]
    n_act = int(argv[1]) if len(argv) > 1 else 2000
    n_flows = int(argv[2]) if len(argv) > 2 else 3 * n_act
    seed = int(argv[3]) if len(argv) > 3 else 1
    save(make_map(n_act, n_flows, seed), out)
    print(f"wrote {out}")
    return 0


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
