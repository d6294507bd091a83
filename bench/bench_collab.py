"""Benchmark: live co-editing — 5 clients × 1,000 edits at once, and remote-edit latency.

    .venv/bin/python bench/bench_collab.py [--clients 5] [--edits 1000] [--latency 200]

Starts `oppspace serve` on 127.0.0.1 and a free port (a subprocess, so its CPU time and peak
memory can be read from /proc), joins N headless editors (app.collab.session: the editor's own
path from model edit to Yjs and back, validation and all), and has each make its edits as fast
as it can. Reports the time until every editor holds the identical map, the server's CPU time
and peak memory, and — baselines measured in the same run — the same edits applied to one
document with no network, and a bare websocket ping round trip to the same server. Then the
latency of a remote edit: one editor changes a title, how long until another shows it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from websockets.asyncio.client import connect  # noqa: E402

from app.collab.session import Pump, Session  # noqa: E402
from app.collab.hosted import free_port  # noqa: E402
from app.model import Activity, Document, dumps, edits, load  # noqa: E402
from tests.collab.test_server import _serve, _stop  # noqa: E402

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "aalborg-aktiv.oppspace"


class Editor:
    def __init__(self, doc: Document, url: str) -> None:
        self.doc, self.pump = doc, Pump()
        self.session = Session(doc, url, self.pump).start()


def one_edit(doc: Document, rng: random.Random, name: str, n: int) -> None:
    """Edits of the kinds people make: titles, moves, new boxes."""
    if n % 10 == 0:
        edits.add_activity(doc, Activity(id=f"{name}-{n}", title=f"{name} {n}",
                                         actor=rng.choice(doc.actors).id))
    elif n % 2:
        edits.update(doc, rng.choice(doc.activities).id, title=f"{name} {n}")
    else:
        edits.update(doc, rng.choice(doc.activities).id, x=float(rng.randrange(0, 2000)))


def baseline_local(edits_total: int) -> float:
    doc, rng = load(TEMPLATE), random.Random(1)
    start = time.perf_counter()
    for n in range(edits_total):
        one_edit(doc, rng, "b", n)
    return time.perf_counter() - start


def ping_rtt(url: str, count: int) -> list[float]:
    async def run() -> list[float]:
        async with connect(url, proxy=None) as ws:
            times = []
            for _ in range(count):
                start = time.perf_counter()
                await (await ws.ping())
                times.append(time.perf_counter() - start)
            return times

    return asyncio.run(run())


def proc_stats(pid: int) -> tuple[float, int]:
    """CPU seconds (user+system) and peak resident memory (KiB) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / 100.0
    peak = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                if line.startswith("VmHWM"))
    return cpu, peak


def concurrent(url: str, clients: int, count: int) -> tuple[float, list[Editor]]:
    first = Editor(load(TEMPLATE), url)
    assert first.pump.until(lambda: first.session.in_room and first.session.status == "connected", 20)
    others = [Editor(load(TEMPLATE), url) for _ in range(clients - 1)]
    eds = [first, *others]
    assert all(e.pump.until(lambda e=e: e.session.status == "connected", 20) for e in eds)
    rngs = [random.Random(i) for i in range(clients)]
    start = time.perf_counter()
    for n in range(count):
        for i, ed in enumerate(eds):
            one_edit(ed.doc, rngs[i], f"c{i}", n)
            ed.pump.run()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        for ed in eds:
            ed.pump.run(timeout=0.005)
        texts = {dumps(ed.doc) for ed in eds}
        states = {json.dumps(ed.session.client.call(ed.session.client.root.to_py), sort_keys=True)
                  for ed in eds}
        if len(texts) == 1 and len(states) == 1:
            break
    else:
        raise SystemExit("the editors did not converge within 300 s")
    return time.perf_counter() - start, eds


def latency(a: Editor, b: Editor, count: int) -> list[float]:
    times = []
    target = a.doc.activities[0].id
    for n in range(count):
        title = f"latency {n}"
        start = time.perf_counter()
        edits.update(a.doc, target, title=title)
        a.pump.run()
        while b.doc.activity(target).title != title:
            b.pump.run(timeout=0.0005)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--latency", type=int, default=200)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        server = _serve(port, Path(data))
        try:
            url = f"ws://127.0.0.1:{port}/bench"
            cpu0, _ = proc_stats(server.pid)
            took, eds = concurrent(url, args.clients, args.edits)
            cpu1, peak = proc_stats(server.pid)
            total = args.clients * args.edits
            base = baseline_local(total)
            print(f"{args.clients} clients x {args.edits} edits at once: identical maps on every "
                  f"client after {took:.2f} s ({len(eds[0].doc.activities)} activities)")
            print(f"  server: {cpu1 - cpu0:.2f} s CPU, peak memory {peak / 1024:.1f} MiB")
            print(f"  baseline: the same {total} edits on one document, no network: {base:.2f} s "
                  f"-> ratio {took / base:.1f}")
            for ed in eds[2:]:  # two people in the session, each editor in its own process
                ed.session.leave()  # in real life; here they would share one interpreter
            lat = latency(eds[0], eds[1], args.latency)
            rtt = ping_rtt(url, args.latency)
            med, p95 = statistics.median(lat), statistics.quantiles(lat, n=20)[-1]
            ping = statistics.median(rtt)
            print(f"remote-edit latency over {args.latency} edits: median {med * 1000:.1f} ms, "
                  f"p95 {p95 * 1000:.1f} ms")
            print(f"  baseline: websocket ping round trip to the same server, median "
                  f"{ping * 1000:.2f} ms -> ratio {med / ping:.0f}")
            for ed in eds[:2]:
                ed.session.leave()
        finally:
            _stop(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
