"""Fuzzing the file reader: mutated documents give DocumentError, never another exception.

Valid documents (the templates and generated maps) are mutated by hypothesis: wrong types,
dropped and extra keys, broken and duplicate references, huge values, deep nesting, random
bytes, truncation. ``app.model.loads`` must then either accept the text (and the document must
save and reload to the same text) or raise :class:`DocumentError` with a one-line message.
A sample goes through ``python -m app check``: exit 2, one line on stderr. Mutated maps that
still load (most with geometry at the edge of the format's limits) are exported to PDF, SVG and
PNG in a subprocess with memory and CPU limits, each export within a CPU bound.

CI runs about 300 examples in all. A long run by hand::

    OPPSPACE_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest tests/robust/test_fuzz.py -q

(the number is the examples per test; there are three hypothesis tests).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import DocumentError, dumps, loads

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"
EXAMPLES = int(os.environ.get("OPPSPACE_FUZZ_EXAMPLES", "0"))
_BASE = settings(deadline=None, derandomize=EXAMPLES == 0, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def fuzz(ci_examples: int) -> settings:
    """Deterministic and short in CI; OPPSPACE_FUZZ_EXAMPLES=N runs N random examples."""
    return settings(_BASE, max_examples=EXAMPLES or ci_examples)

REF_KEYS = ["actor", "phase", "source", "target", "asset", "organization", "coordinator",
            "owner", "id", "members", "resources", "access", "participants"]
#: JSON values of every kind, including ones that are valid somewhere else in the file.
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, -0.0, 10 ** 400, 1e308, -1e308, "", "x", "#12345G",
    "2026-02-30", "a-city", "ph-1", [], [None], {}, {"id": "x"}, "ø" * 100_001, " ", "\n",
    "\x00", [1, 2, 3], {"format": "oppspace"}, "2026-11-28T10:00:00Z", 1e-320,
]


@lru_cache(maxsize=None)
def seed_texts() -> tuple[str, ...]:
    """Canonical texts of valid documents to mutate."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEMPLATES.glob("*.oppspace"))]
    try:
        from bench.generate import make_map
    except ImportError:  # the generator is optional; the templates cover every kind of object
        return tuple(texts)
    for n, seed in ((40, 1), (120, 2)):
        texts.append(dumps(make_map(n, n * 2, seed)))
    return tuple(texts)


def _walk(root: Any, max_depth: int = 40):
    """Yield (container, key, value) for every place in a JSON tree, not below ``max_depth``
    (earlier mutations may have nested values thousands deep)."""
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= max_depth:
            continue
        items = node.items() if isinstance(node, dict) else enumerate(node) \
            if isinstance(node, list) else ()
        for key, value in items:
            yield node, key, value
            stack.append((value, depth + 1))


def _containers(root: Any) -> list:
    return [(node, key) for node, key, _ in _walk(root)]


def _ids(data: Any) -> list[str]:
    found = [v for _, key, v in _walk(data) if key == "id" and isinstance(v, str)]
    return found or ["none"]


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


class Picker:
    """Where a mutation gets its choices: hypothesis in the property tests, random for the CLI."""

    def __init__(self, draw=None, rng: random.Random | None = None) -> None:
        self._draw, self._rng = draw, rng

    def number(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high)) if self._draw else self._rng.randint(low, high)

    def pick(self, options: list) -> Any:
        return options[self.number(0, len(options) - 1)]

    def text(self, min_size: int = 0) -> str:
        if self._draw:
            return self._draw(st.text(min_size=min_size, max_size=12))
        return "".join(self._rng.choice("aøZ_-\n\" 1") for _ in range(self._rng.randint(min_size, 8)))

    def value(self) -> Any:
        if self._draw and self._draw(st.booleans()):
            return self._draw(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20))
        return self.pick(ODD_VALUES)


def mutate(data: dict, picker: Picker) -> str:
    """Apply one structural mutation to ``data`` (in place); return its kind."""
    spots = _containers(data)
    container, key = spots[picker.number(0, len(spots) - 1)]
    kind = picker.pick(["type", "drop", "extra", "reference", "duplicate", "huge", "deep", "swap",
                        "geometry"])
    if kind == "type":
        container[key] = picker.value()
    elif kind == "drop":
        del container[key]
    elif kind == "extra":
        target = container[key] if isinstance(container[key], dict) else data
        target[picker.text(min_size=1)] = picker.value()
    elif kind == "reference":
        target = container if isinstance(container, dict) else data
        ids = _ids(data)
        target[picker.pick(REF_KEYS)] = picker.pick([picker.pick(ids), picker.text(),
                                                      [picker.pick(ids), picker.pick(ids)]])
    elif kind == "duplicate" and isinstance(container, list):
        container.append(json.loads(_to_text(container[key])))
    elif kind == "huge":
        container[key] = picker.pick(["é" * 100_001, 10 ** 5000, 1.7e308 * 10,
                                      list(range(50_000)), "x" * 99_999])
    elif kind == "geometry":  # extreme but legal numbers where the drawing takes them
        geometry(data, picker)
    elif kind == "deep":
        container[key] = _nested(picker.pick([50, 900, 3000, 20_000]))
    else:  # swap the values of two places
        other, other_key = spots[picker.number(0, len(spots) - 1)]
        container[key], other[other_key] = other[other_key], container[key]
    return kind


GEOMETRY = {"x": "coordinate", "y": "coordinate", "width": "size", "height": "size",
            "lane_height": "size"}
EXTREMES = {"coordinate": [-1_000_000.0, 1_000_000.0, 999_999.5, -0.0, 1e-300],
            "size": [100_000.0, 5e-324, 1e-9, 0.5, 99_999.99]}


def geometry(data: dict, picker: Picker) -> None:
    """Set one geometry field somewhere to a value at the edge of the format's limits."""
    spots = [(node, key) for node, key, _ in _walk(data) if key in GEOMETRY and isinstance(node, dict)]
    if spots:
        node, key = picker.pick(spots)
        node[key] = picker.pick(EXTREMES[GEOMETRY[key]])


def _to_text(data: Any) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, indent=1)
    except (RecursionError, ValueError):
        return json.dumps("unserialisable")


def check_loads(text: str | bytes) -> None:
    """The property: a clear DocumentError, or a document that saves and reloads unchanged."""
    try:
        doc = loads(text)
    except DocumentError as exc:
        message = str(exc)
        assert message and "\n" not in message, f"message must be one line: {message!r}"
        return
    again = dumps(doc)
    assert dumps(loads(again)) == again


@fuzz(150)
@given(st.data())
def test_structural_mutations(data) -> None:
    text = data.draw(st.sampled_from(seed_texts()))
    obj = json.loads(text)
    count = data.draw(st.integers(1, 4))
    for _ in range(count):
        if not isinstance(obj, dict) or not obj:
            break
        mutate(obj, Picker(draw=data.draw))
    check_loads(_to_text(obj))


@fuzz(100)
@given(st.data())
def test_byte_mutations(data) -> None:
    raw = bytearray(data.draw(st.sampled_from(seed_texts())).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        kind = data.draw(st.sampled_from(["truncate", "insert", "flip", "delete"]))
        at = data.draw(st.integers(0, len(raw)))
        if kind == "truncate":
            del raw[at:]
        elif kind == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        elif kind == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255))
        else:
            del raw[at:at + data.draw(st.integers(1, 64))]
    as_text = data.draw(st.booleans())
    if as_text:
        check_loads(bytes(raw).decode("utf-8", errors="replace"))
    else:
        check_loads(bytes(raw))


@fuzz(50)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                    max_leaves=30),
       st.sampled_from(["whole", "meta", "activities", "partnerships"]))
def test_arbitrary_json_values(value, where) -> None:
    obj = json.loads(seed_texts()[0])
    if where == "whole":
        obj = value
    else:
        obj[where] = value
    check_loads(_to_text(obj))


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    '{"format": "oppspace", "version": 1, "meta": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001,
    '{"format": "oppspace", "version": ' + "9" * 5000 + "}",
    '{"format": "oppspace", "version": 1, "phases": [{"id": "p", "name": "n", "width": ' + "9" * 5000 + "}]}",
    '{"format": "oppspace", "version": 1, "phases": [{"id": "p", "name": "n", "width": 1e999}]}',
    '{"format": "oppspace", "version": 1, "phases": [{"id": "p", "name": "n", "width": NaN}]}',
    '{"format": "oppspace", "version": 1, "meta": {"title": "a"}, "meta": {"title": 5}}',
    '{"format": "oppspace", "version": 1, "ukendt\\nnøgle": 1}',
    "\ufeff\ufeff{}",
    "\x00" * 10,
    "",
])
def test_known_nasty_inputs(text: str) -> None:
    check_loads(text)


def _mutated_file(folder: Path, seed: int) -> Path:
    rng = random.Random(seed)
    obj = json.loads(rng.choice(seed_texts()))
    mutate(obj, Picker(rng=rng))
    raw = _to_text(obj).encode("utf-8")
    if seed % 3 == 0:
        raw = raw[: rng.randrange(len(raw))]
    path = folder / f"mutant-{seed}.oppspace"
    path.write_bytes(raw)
    return path


@pytest.mark.parametrize("seed", range(6))
def test_cli_check_rejects_mutants_with_one_line(tmp_path: Path, seed: int) -> None:
    path = _mutated_file(tmp_path, seed)
    try:
        loads(path.read_bytes())
    except DocumentError:
        expected_code = 2
    else:
        expected_code = None  # still a valid map: check must then not fail with 2
    result = subprocess.run([sys.executable, "-m", "app", "check", str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    if expected_code == 2:
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"oppspace: error: {path}: ")
        assert "Traceback" not in result.stderr and "unexpected problem" not in result.stderr
    else:
        assert result.returncode in (0, 1), result.stderr


EXPORT_CPU = 20.0  #: CPU seconds one export of one fuzzed map may take
RUNNER = ROOT / "tests" / "robust" / "hostile_run.py"


def _limits() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
    resource.setrlimit(resource.RLIMIT_CPU, (600, 600))


def _loading_mutants(folder: Path, count: int) -> list[Path]:
    """``count`` mutated maps that still load, most with extreme geometry."""
    found: list[Path] = []
    seed = 1000
    while len(found) < count and seed < 1000 + 50 * count:
        rng = random.Random(seed)
        obj = json.loads(rng.choice(seed_texts()))
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.7:
                geometry(obj, Picker(rng=rng))
            else:
                mutate(obj, Picker(rng=rng))
        seed += 1
        text = _to_text(obj)
        try:
            loads(text)
        except DocumentError:
            continue
        path = folder / f"loads-{seed}.oppspace"
        path.write_text(text, encoding="utf-8")
        found.append(path)
    return found


def test_fuzzed_maps_that_load_export_to_pdf_svg_png_within_a_bound(tmp_path: Path) -> None:
    """Every generated map that loads is drawn: PDF, SVG and PNG, each within EXPORT_CPU
    seconds, in one subprocess with memory and CPU limits. OPPSPACE_FUZZ_EXAMPLES=N draws N."""
    maps = _loading_mutants(tmp_path, max(3, min(EXAMPLES, 200)))
    assert len(maps) >= 3
    done = subprocess.run([sys.executable, str(RUNNER), "--only", "pdf,svg,png", str(tmp_path / "out"),
                           *map(str, maps)], capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, preexec_fn=_limits,
                          timeout=120 + 60 * len(maps))
    steps = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and len(steps) == 3 * len(maps), done.stderr[-3000:]
    for step in steps:
        assert step["code"] == 0, step
        assert step["cpu"] <= EXPORT_CPU, f"{step['file']} {step['step']}: {step['cpu']} CPU seconds"
