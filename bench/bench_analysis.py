"""Benchmark: findings and need-to-know on a 10,000-activity, 30,000-flow map.

    .venv/bin/python bench/bench_analysis.py [--activities N] [--flows M] [--repeat R]

Prints the median wall time of analyze() and need_to_know(), and, as a baseline measured in the
same run on the same machine, the time to build a plain networkx DiGraph of the flows
(activities and actors as nodes, flows as edges), so the ratio is comparable across machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import networkx as nx  # noqa: E402
from generate import make_map  # noqa: E402

from app.analysis import analyze, need_to_know  # noqa: E402
from app.model import Document  # noqa: E402


def baseline_graph(doc: Document) -> nx.DiGraph:
    """The bare work any graph analysis starts with: the flows as a DiGraph."""
    graph = nx.DiGraph()
    graph.add_nodes_from(a.id for a in doc.actors)
    graph.add_nodes_from(a.id for a in doc.activities)
    graph.add_edges_from((f.source, f.target) for f in doc.flows)
    return graph


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    ns = parser.parse_args()
    doc = make_map(ns.activities, ns.flows)
    findings = analyze(doc)
    base = median_time(lambda: baseline_graph(doc), ns.repeat)
    t_analyze = median_time(lambda: analyze(doc), ns.repeat)
    t_need = median_time(lambda: need_to_know(doc), ns.repeat)
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
    print(f"map: {len(doc.actors)} actors, {len(doc.activities)} activities, "
          f"{len(doc.flows)} flows, {len(doc.partnerships)} partnerships")
    print(f"findings: {len(findings)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    print(f"baseline nx.DiGraph of the flows: {base * 1000:8.1f} ms")
    print(f"analyze():                        {t_analyze * 1000:8.1f} ms  "
          f"({t_analyze / base:.1f}x baseline)")
    print(f"need_to_know():                   {t_need * 1000:8.1f} ms  "
          f"({t_need / base:.1f}x baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
