"""How cheaply bad files are refused, and how `check` scales, against json.loads in the same run.

    .venv/bin/python bench/bench_hostile.py [--activities N] [--skip-60]

Three measurements, each of ``python -m app check FILE`` in a subprocess (wall time, and the
child's CPU time and peak memory from wait4: CPU time is what to compare on a shared machine),
beside ``json.loads`` of the same bytes in this process and a bare ``python -c "import
app.model"`` child (interpreter start) measured in the same run:

1. a malformed file of 1,000,000 list entries: target refused in <= 1 s and <= 300 MB peak;
2. a 60 MiB malformed file: target one line on stderr and exit 2, never an abort (also under
   a 1 GiB address-space limit);
3. a valid map of 100,000 activities: target ``check`` <= 10x ``json.loads`` of it;
4. with ``--million``, a valid map of 1,000,000 tiny activities (38 MiB; 1,000,000 findings):
   no target, CPU time and peak memory only (before issue 11: 150 s and 2.8 GB).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.model import dumps  # noqa: E402
from bench.generate import make_map  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HEADER = '{"format": "oppspace", "version": 1, "activities": ['


def check(path: Path, memory: int | None = None) -> tuple[float, float, int, str]:
    """CPU seconds, peak MB, exit code and stderr of ``oppspace check path``."""
    def limit() -> None:
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    proc = subprocess.Popen([sys.executable, "-m", "app", "check", str(path)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit)
    err = proc.stderr.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, err


def bare_python() -> tuple[float, float]:
    """The interpreter and the model alone, for scale: CPU seconds and peak MB."""
    proc = subprocess.Popen([sys.executable, "-c", "import app.model"], cwd=ROOT)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def malformed_million(folder: Path) -> Path:
    path = folder / "million.oppspace"
    path.write_text(HEADER + ",".join(["1"] * 1_000_000) + "]}", encoding="utf-8")
    return path


def malformed_60mib(folder: Path) -> Path:
    item = '{"id": 5, "title": 7, "actor": null, "x": "a"}'
    path = folder / "sixty.oppspace"
    path.write_text(HEADER + ",".join([item] * ((60 * 1024 * 1024) // (len(item) + 1))) + "]}")
    return path


def report(name: str, path: Path, memory: int | None = None) -> tuple[float, float, int, str]:
    data = path.read_bytes()
    t_json = _cpu(lambda: json.loads(data))
    wall, peak, code, err = check(path, memory)
    lines = err.strip().splitlines()
    print(f"{name:<34} {len(data) / 2**20:>7.1f} MiB  json.loads {t_json:>6.2f} s  check {wall:>6.2f} s CPU "
          f"peak {peak:>6.0f} MB  exit {code}  {len(lines)} line(s): {lines[0][:70] if lines else ''}")
    return wall, peak, code, err


def _cpu(fn) -> float:
    """CPU seconds of ``fn()``, best of three."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--skip-60", action="store_true", help="leave out the 60 MiB file")
    parser.add_argument("--runs", type=int, default=3, help="checks of the valid map (min is the figure)")
    parser.add_argument("--million", action="store_true",
                        help="also check a valid map of 1,000,000 tiny activities")
    args = parser.parse_args(argv)
    ok = True
    base_wall, base_peak = bare_python()
    print(f"baseline: python -c 'import app.model' {base_wall:.2f} s CPU, peak {base_peak:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wall, peak, code, _ = report("1,000,000 wrong list entries", malformed_million(folder))
        net = wall - base_wall
        ok &= net <= 1.0 and peak <= 300 and code == 2
        print(f"  refusal {net:.2f} s CPU beyond interpreter start; target <= 1 s and <= 300 MB -> "
              f"{'met' if net <= 1.0 and peak <= 300 else 'NOT met'}")
        if not args.skip_60:
            sixty = malformed_60mib(folder)
            for memory in (None, 1024 ** 3):
                label = "60 MiB malformed" + (" (1 GiB limit)" if memory else "")
                _, _, code, err = report(label, sixty, memory)
                one = code == 2 and len(err.strip().splitlines()) == 1
                ok &= one
                print(f"  target exit 2, one line, no abort -> {'met' if one else 'NOT met'}")
            sixty.unlink()
        valid = folder / "valid.oppspace"
        valid.write_text(dumps(make_map(args.activities, args.activities // 2, seed=1)), encoding="utf-8")
        data = valid.read_bytes()
        ratios = []
        for run in range(args.runs):  # each run's ratio against json.loads measured beside it
            wall, peak, code, _ = report(f"valid, {args.activities:,} activities", valid)
            t_json = _cpu(lambda: json.loads(data))
            ratios.append((wall - base_wall) / t_json)
            print(f"  run {run + 1}: check minus interpreter start {wall - base_wall:.2f} s CPU = "
                  f"{ratios[-1]:.1f}x json.loads ({t_json:.2f} s CPU, best of 3)")
            ok &= code in (0, 1)
        ratio = min(ratios)
        print(f"  ratio min {ratio:.1f}x, median {statistics.median(ratios):.1f}x, max "
              f"{max(ratios):.1f}x of {args.runs}; target <= 10x -> {'met' if ratio <= 10 else 'NOT met'}")
        ok &= ratio <= 10
        if args.million:
            tiny = folder / "million-valid.oppspace"
            tiny.write_text('{"format": "oppspace", "version": 1, "actors": [{"id": "k", '
                            '"name": "K"}], "activities": [' + ",".join(
                                f'{{"id": "a{i}", "title": "", "actor": "k"}}'
                                for i in range(1_000_000)) + "]}", encoding="utf-8")
            report("valid, 1,000,000 tiny activities", tiny)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
