"""How long loading a large map takes, against json.loads of the same bytes.

    .venv/bin/python bench/bench_load.py [--repeat N] [--profile]

Generates maps of 2,000 activities (6,000 flows) and 10,000 activities (30,000 flows) with
bench/generate.py, then reports the best of N timings of ``app.model.loads`` and of
``json.loads`` and their ratio. The target is a ratio of at most 4 at 10,000 activities.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.model import dumps, loads  # noqa: E402
from bench.generate import best_of, make_map  # noqa: E402

SIZES = ((2_000, 6_000), (10_000, 30_000))
TARGET = 4.0


def measure(n_activities: int, n_flows: int, repeat: int) -> tuple[int, float, float]:
    text = dumps(make_map(n_activities, n_flows, seed=1))
    data = text.encode("utf-8")
    assert dumps(loads(data)) == text, "the generated map must round-trip"
    t_json = best_of(lambda: json.loads(data), repeat)
    t_load = best_of(lambda: loads(data), repeat)
    return len(data), t_json, t_load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile loads of the largest map")
    args = parser.parse_args(argv)
    print(f"{'activities':>10} {'flows':>7} {'MB':>6} {'json.loads':>11} {'loads':>9} {'ratio':>6}")
    ratio = 0.0
    for n_act, n_flows in SIZES:
        size, t_json, t_load = measure(n_act, n_flows, args.repeat)
        ratio = t_load / t_json
        print(f"{n_act:>10,} {n_flows:>7,} {size / 1e6:>6.1f} {t_json * 1000:>9.1f}ms "
              f"{t_load * 1000:>7.1f}ms {ratio:>5.2f}x")
    print(f"target at 10,000 activities: <= {TARGET:.0f}x -> {'met' if ratio <= TARGET else 'NOT met'}")
    if args.profile:
        data = dumps(make_map(*SIZES[-1], seed=1)).encode("utf-8")
        profile = cProfile.Profile()
        profile.runcall(loads, data)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(12)
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
