"""How long comparing and merging large maps takes, against loading them.

    .venv/bin/python bench/bench_diff.py [--repeat N]

Generates a 10,000-activity map (30,000 flows) with bench/generate.py as BASE and two edited
copies OURS and THEIRS (each: 5% of activities retitled, 5% moved, 1% removed with their flows,
200 added, lanes reordered on one side), then reports the best of N timings of
``diff(OURS, THEIRS)`` against loading those two files, and of ``merge(BASE, OURS, THEIRS)``
(which validates the merged map like a file) against loading the three files. The target is a ratio of
at most 5 for both.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.model import Activity, Document, dumps, edits, loads  # noqa: E402
from app.model.diff import diff  # noqa: E402
from app.model.merge import merge  # noqa: E402
from bench.generate import best_of, make_map  # noqa: E402

N_ACTIVITIES, N_FLOWS = 10_000, 30_000
TARGET = 5.0


def edited(base: Document, seed: int, reorder: bool) -> Document:
    """A partner's copy: some titles and places changed, a few activities gone, some new."""
    rng = random.Random(seed)
    doc = loads(dumps(base))
    n = len(doc.activities)
    for act in rng.sample(doc.activities, n // 20):
        act.title = f"{act.title} ({seed})"
    for act in rng.sample(doc.activities, n // 20):
        act.x += 10.0
    edits.remove_many(doc, [a.id for a in rng.sample(doc.activities, n // 100)])
    lane = doc.actors[0].id
    for i in range(200):
        doc.activities.append(Activity(id=f"new-{seed}-{i}", title="Ny aktivitet", actor=lane))
    if reorder:
        doc.actors.reverse()
    doc.invalidate_index()
    return loads(dumps(doc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    base = make_map(N_ACTIVITIES, N_FLOWS, seed=1)
    ours, theirs = edited(base, 2, reorder=True), edited(base, 3, reorder=False)
    texts = [dumps(d).encode("utf-8") for d in (base, ours, theirs)]
    t_load2 = best_of(lambda: [loads(t) for t in texts[1:]], args.repeat)
    t_load3 = best_of(lambda: [loads(t) for t in texts], args.repeat)
    t_diff = best_of(lambda: diff(ours, theirs), args.repeat)
    t_merge = best_of(lambda: merge(base, ours, theirs), args.repeat)
    result = merge(base, ours, theirs)
    print(f"{N_ACTIVITIES:,} activities, {N_FLOWS:,} flows; {len(diff(ours, theirs)):,} changes "
          f"between the copies, {len(result.conflicts):,} conflicts in the merge")
    r_diff, r_merge = t_diff / t_load2, t_merge / t_load3
    print(f"load 2 maps {t_load2 * 1000:8.1f}ms   diff  {t_diff * 1000:8.1f}ms   ratio {r_diff:5.2f}x")
    print(f"load 3 maps {t_load3 * 1000:8.1f}ms   merge {t_merge * 1000:8.1f}ms   ratio {r_merge:5.2f}x")
    met = r_diff <= TARGET and r_merge <= TARGET
    print(f"target: <= {TARGET:.0f}x -> {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
