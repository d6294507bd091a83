"""Killed / total mutants per module from mutmut's results in ``mutants/`` (docs/testing.md).

Run from the repository after ``mutmut run``. A mutant counts as killed when a test failed or
it timed out; survived, "no tests" and not yet run are listed apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SURVIVED, NO_TESTS = 0, 33


def count(meta: Path) -> tuple[int, int, int, int]:
    """(killed, survived, no tests, not run) of one module's mutants."""
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].values()
    killed = sum(1 for c in codes if c not in (None, SURVIVED, NO_TESTS))
    survived = sum(1 for c in codes if c == SURVIVED)
    no_tests = sum(1 for c in codes if c == NO_TESTS)
    return killed, survived, no_tests, sum(1 for c in codes if c is None)


def main(root: str = "mutants") -> int:
    metas = sorted(Path(root, "app").rglob("*.py.meta"))
    if not metas:
        print(f"no mutmut results under {root}/; run mutmut first (docs/testing.md)")
        return 1
    total = [0, 0, 0, 0]
    for meta in metas:
        row = count(meta)
        if not sum(row):
            continue
        total = [a + b for a, b in zip(total, row)]
        ran = sum(row[:3])
        share = f"{100 * row[0] / ran:5.1f} %" if ran else "    -  "
        name = str(meta.relative_to(root))[:-5]
        print(f"{name:34} killed {row[0]:5} / {ran:5} run  {share}   survived {row[1]:4}"
              f"  no tests {row[2]:4}  not run {row[3]:5}")
    ran = sum(total[:3])
    print(f"{'all':34} killed {total[0]:5} / {ran:5} run  "
          f"{100 * total[0] / ran if ran else 0:5.1f} %   not run {total[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
