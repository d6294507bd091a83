"""Benchmark: what if an actor were gone, on a 10,000-activity, 30,000-flow map.

    .venv/bin/python bench/bench_whatif.py [--activities N] [--flows M] [--repeat R]

Prints the median wall time of what_if() for the first actor and, as the baseline measured in
the same run, analyze() of the same map: what_if copies the map (dumps and loads), removes the
element with the editor's cascade and analyses both maps, so a few times analyze().
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import median_time  # noqa: E402
from generate import make_map  # noqa: E402

from app.analysis import analyze  # noqa: E402
from app.analysis.whatif import what_if  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    ns = parser.parse_args()
    doc = make_map(ns.activities, ns.flows)
    actor = doc.actors[0].id
    base = median_time(lambda: analyze(doc), ns.repeat)
    t_whatif = median_time(lambda: what_if(doc, actor), ns.repeat)
    result = what_if(doc, actor)
    print(f"map: {len(doc.activities)} activities, {len(doc.flows)} flows; removing {actor} "
          f"loses {len(result.flows_lost)} flows")
    print(f"baseline analyze(): {base:.3f} s")
    print(f"what_if():          {t_whatif:.3f} s  ({t_whatif / base:.1f}x the baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
