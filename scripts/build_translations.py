"""Build the translation catalogs with PySide6's own tools.

1. ``pyside6-lupdate`` reads every .py file under app/ and updates
   resources/i18n/oppspace_da.ts and oppspace_fi.ts, keeping the translations already there.
   It finds ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")`` and the pure-Python
   ``translate("Ctx", "…")`` of app.i18n alike.
2. lupdate cannot see calls through one-line wrappers such as
   ``def _t(text): return translate("Report", text)`` used as ``_t("Actor")``, nor a class's
   own ``tr`` (``def tr(self, text): return QCoreApplication.translate("Tools", text)``),
   which its subclasses in other files inherit (lupdate files their ``self.tr`` under the
   subclass's name); an extractor with Python's ``ast`` finds them and merges them into the
   same .ts files under the context they are looked up in, keeping their translations.
3. A check lists what neither can extract (the text is not a literal, e.g.
   ``translate("Map", LABELS[kind])``, or ``obj.tr()`` outside a class, which has no
   context), so no string silently stays English.
4. ``pyside6-lrelease`` compiles each .ts to the .qm the editor loads.

    .venv/bin/python scripts/build_translations.py            # update .ts, compile .qm
    .venv/bin/python scripts/build_translations.py --check    # also exit 1 on unseen strings
    .venv/bin/python scripts/build_translations.py --no-obsolete   # drop vanished strings

``--no-obsolete`` drops a message only after the extractor has had its say: lupdate itself
runs without it (its own ``-no-obsolete`` would drop every string it cannot see, e.g. the menus,
which go through a wrapper), then the strings that neither finds are removed.

Translators edit the .ts files with ``pyside6-linguist`` (or any text editor) and run the
script again. Locations are not stored in the .ts files, so that everyday code edits by
others do not rewrite every catalog.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"da": "da_DK", "fi": "fi_FI"}
TR_NAMES = {"tr", "translate"}  # self.tr / QObject.tr / QCoreApplication.translate / i18n.translate


@dataclass(frozen=True)
class Call:
    """One translation call found in the code."""

    path: str
    line: int
    context: str | None  # None when not a literal (or tr outside a class)
    text: str | None
    via: str | None = None  # the wrapper function it goes through, if any
    filed_as: str | None = None  # the context lupdate wrongly files it under (inherited tr)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_translations: error: {name} not found; install PySide6 in .venv")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(files: list[Path], ts: Path, language: str) -> str:
    """Update ``ts`` keeping what lupdate cannot see (see --no-obsolete in the docstring)."""
    args = [tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts), "-locations", "none",
            "-source-language", "en_GB", "-target-language", language]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build_translations: error: lupdate failed for {ts.name}:\n{done.stderr}")
    return (done.stdout + done.stderr).strip()


def lrelease(ts: Path) -> str:
    qm = ts.with_suffix(".qm")
    done = subprocess.run([tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build_translations: error: lrelease failed for {ts.name}:\n{done.stderr}")
    return (done.stdout + done.stderr).strip()


APP_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def class_contexts(files: list[Path]) -> dict[str, str]:
    """class name -> the context its ``tr`` translates in, for classes that define their own
    ``def tr(self, text): return translate("Ctx", text)`` and their subclasses (in any file)."""
    own: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for path in files:
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [n for n in map(_name, node.bases) if n]
                method = next((f for f in node.body if isinstance(f, ast.FunctionDef)
                               and f.name == "tr"), None)
                if method is not None and _wrapped_context(method) is not None:
                    own[node.name] = _wrapped_context(method)
    found = dict(own)
    changed = True
    while changed:  # a subclass of a subclass inherits too
        changed = False
        for name, parents in bases.items():
            context = next((found[p] for p in parents if p in found), None)
            if name not in found and context is not None:
                found[name], changed = context, True
    return found


def calls_in(path: Path, classes: dict[str, str] | None = None) -> list[Call]:
    """Translation calls in one file; the context of ``self.tr`` is the enclosing class, or
    the context its own or inherited ``tr`` translates in (``classes``, see class_contexts).

    Calls through a one-line wrapper (``def _t(text): return translate("Report", text)``) are
    listed too, with ``via`` naming the wrapper: lupdate cannot see those.
    """
    tree = _parse(path)
    rel = str(path.relative_to(ROOT))
    wrappers = _wrappers(tree)
    classes = classes or {}
    found: list[Call] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.FunctionDef) and (
                    child.name in wrappers or (child.name == "tr" and cls in classes)):
                continue  # the wrapper's own call is reported at its call sites
            if isinstance(child, ast.Call):
                call = _as_call(child, cls, rel, wrappers, classes)
                if call is not None:
                    found.append(call)
            visit(child, inner)

    visit(tree, None)
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _wrapped_context(node: ast.FunctionDef) -> str | None:
    """The context of a function whose body is ``return translate("Ctx", <its argument>)``."""
    ret = node.body[-1] if node.body else None
    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call) \
            and _name(ret.value.func) == "translate" and len(ret.value.args) >= 2 \
            and _literal(ret.value.args[0]) is not None and isinstance(ret.value.args[1], ast.Name):
        return _literal(ret.value.args[0])
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """name -> context for module-level one-line wrappers (a class's ``tr``: class_contexts)."""
    return {node.name: context for node in tree.body if isinstance(node, ast.FunctionDef)
            for context in [_wrapped_context(node)] if context is not None}


def _as_call(node: ast.Call, cls: str | None, rel: str, wrappers: dict[str, str],
             classes: dict[str, str]) -> Call | None:
    func = node.func
    name = _name(func)
    if not node.args:
        return None
    if name in wrappers and isinstance(func, ast.Name) and _literal(node.args[0]) is not None:
        return Call(rel, node.lineno, wrappers[name], _literal(node.args[0]), via=name)
    if name == "tr" and isinstance(func, ast.Attribute):
        own = isinstance(func.value, ast.Name) and func.value.id == "self"
        if own and cls in classes and _literal(node.args[0]) is not None:
            return Call(rel, node.lineno, classes[cls], _literal(node.args[0]), via="tr",
                        filed_as=cls)
        return Call(rel, node.lineno, cls, _literal(node.args[0]))
    if name == "translate" and len(node.args) >= 2:
        receiver = func.value if isinstance(func, ast.Attribute) else None
        if receiver is None or (isinstance(receiver, ast.Name) and receiver.id in APP_CLASSES):
            return Call(rel, node.lineno, _literal(node.args[0]), _literal(node.args[1]))
    return None


def all_calls(files: list[Path]) -> list[Call]:
    classes = class_contexts(files)
    return [c for f in files for c in calls_in(f, classes)]


def merge_wrapped(files: list[Path], ts: Path) -> int:
    """Add the strings lupdate cannot see (calls through wrappers) to ``ts``; how many were new.

    lupdate marks such messages "vanished" on every run; here they become current again,
    keeping any translation they had. A ``self.tr`` lupdate filed under the subclass's name
    takes that entry's translation to its real context, and the misfiled entry is vanished.
    """
    calls = all_calls(files)
    live = {(c.context, c.text) for c in calls}
    wanted = {(c.context, c.text) for c in calls
              if c.via is not None and c.context is not None and c.text is not None}
    misfiled = {(c.filed_as, c.text) for c in calls if c.filed_as is not None} - live
    if not wanted:
        return 0
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    carried = {}
    for context_name, text in misfiled:
        message = _message(contexts.get(context_name), text)
        if message is not None:
            node = message.find("translation")
            if node is not None and node.text and node.get("type") not in {"unfinished"}:
                carried[text] = node.text
            if node is not None:
                node.set("type", "vanished")
    added = 0
    for context_name, text in sorted(wanted):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = _message(context, text)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            node = ET.SubElement(message, "translation", type="unfinished")
            if text in carried:
                node.text = carried[text]
                del node.attrib["type"]
            added += 1
            continue
        node = message.find("translation")
        if node is not None and node.get("type") in {"vanished", "obsolete"}:
            if node.text:
                del node.attrib["type"]
            else:
                node.set("type", "unfinished")
    _write(tree, ts)
    return added


def _message(context: ET.Element | None, text: str) -> ET.Element | None:
    if context is None:
        return None
    return next((m for m in context.iter("message") if m.findtext("source") == text), None)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def drop_vanished(ts: Path) -> int:
    """Remove the messages neither lupdate nor the extractor found (and emptied contexts)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    dropped = 0
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            node = message.find("translation")
            if node is not None and node.get("type") in {"vanished", "obsolete"}:
                context.remove(message)
                dropped += 1
        if context.find("message") is None:
            root.remove(context)
    _write(tree, ts)
    return dropped


def catalog_sources(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every current message in a .ts file."""
    root = ET.parse(ts).getroot()
    pairs = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in {"obsolete", "vanished"}:
                continue
            pairs.add((name, message.findtext("source") or ""))
    return pairs


def check(files: list[Path], ts: Path) -> list[str]:
    """Problems: calls lupdate cannot read, and literal calls missing from ``ts``."""
    known = catalog_sources(ts)
    problems = []
    for call in all_calls(files):
        where = f"{call.path}:{call.line}"
        if call.via is not None:
            if (call.context, call.text) not in known:
                problems.append(f"{where}: {call.via}({call.text[:50]!r}) is invisible to lupdate; "
                                f"write translate({call.context!r}, ...) at the call")
        elif call.context is None and call.text is not None:
            problems.append(f"{where}: tr() outside a class has no context for lupdate; "
                            f"use QCoreApplication.translate(\"ClassName\", ...)")
        elif call.context is None or call.text is None:
            problems.append(f"{where}: the text is not a literal string, so it cannot be "
                            f"extracted (mark the literals with QT_TRANSLATE_NOOP)")
        elif (call.context, call.text) not in known:
            problems.append(f"{where}: not extracted: {call.context!r}, {call.text[:60]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any string is not extracted")
    parser.add_argument("--no-obsolete", action="store_true", help="drop vanished strings")
    ns = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    files = source_files()
    problems: list[str] = []
    for code, language in LANGUAGES.items():
        ts = I18N / f"oppspace_{code}.ts"
        print(f"{ts.relative_to(ROOT)}: {lupdate(files, ts, language)}")
        print(f"    merged {merge_wrapped(files, ts)} new text(s) that go through wrapper functions")
        if ns.no_obsolete:
            print(f"    dropped {drop_vanished(ts)} text(s) no code uses any more")
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}: {lrelease(ts)}")
        problems = check(files, ts)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if ns.check and problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
