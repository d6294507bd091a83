"""The `oppspace` command: open the editor, or check / export / create maps headless.

Exit codes: 0 success; 1 ``check --strict`` found warnings; 2 the file could not be read, is not
a valid map, or the output could not be written. Errors are one line on stderr, never a
traceback.

Everything a command prints goes through :mod:`app.cli_output` (``say``, ``say_json``,
``say_error``), which escapes control characters: text from a map or a file name could
otherwise drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Callable, Iterator, Sequence

from app import __version__, cli_compare, cli_pull, cli_push, cli_serve
from app.cli_output import printable, say, say_error, say_json
from app.errors import CliError

#: commands that live in a module of their own (add_parser, run)
MODULE_COMMANDS = {m.NAME: m for m in (cli_serve, cli_push, cli_pull)}
COMMANDS = ("check", "export", "new", "diff", "merge", "whatif", "install-desktop",
            *MODULE_COMMANDS)
EXPORT_FORMATS = ("pdf", "json", "png", "svg", "graphml", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line like every other error (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="oppspace",
        description="Map co-production service processes across organisations.",
        epilog="Commands: check FILE | export FILE -o OUT | new OUT | diff OLD NEW | "
               "merge BASE OURS THEIRS -o OUT | whatif FILE --remove ID | install-desktop | "
               "serve | push FILE URL | pull URL -o OUT. "
               "Run 'oppspace COMMAND --help' for details.",
    )
    parser.add_argument("--version", action="version", version=f"oppspace {__version__}")
    parser.add_argument("file", nargs="?", help="a .oppspace map to open in the editor")
    parser.add_argument("--lang", help="user interface language (en, da, fi)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="oppspace")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a map and list its findings")
    check.add_argument("file")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.add_argument("--lang", help="language of the finding messages (en, da, fi)")
    export = sub.add_parser("export", help="export a map to PDF, JSON, PNG, SVG, GraphML or CSV")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, help="output file")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="default: from the output's suffix")
    export.add_argument("--paper", choices=("A4", "A3"), default="A4", help="PDF paper size")
    turn = export.add_mutually_exclusive_group()
    turn.add_argument("--portrait", action="store_true", help="PDF in portrait orientation")
    turn.add_argument("--landscape", action="store_true",
                      help="PDF in landscape orientation (default: the map's shape decides)")
    export.add_argument("--no-report", action="store_true", help="PDF with the map pages only")
    export.add_argument("--lang", help="language of report headings (en, da, fi)")
    export.add_argument("--raw-csv", action="store_true",
                        help="CSV cells exactly as in the map (no ' before = + - @)")
    export.add_argument("--anonymise", action="store_true",
                        help="rename citizens \"Citizen\", \"Citizen 2\", … and leave out "
                             "descriptions, the reflection log and the authors")
    export.add_argument("--since", metavar="OLD", help="PDF: add a 'Changes since' section "
                                                       "comparing with OLD, an older copy of the map")
    new = sub.add_parser("new", help="create a new map from a template")
    new.add_argument("output")
    new.add_argument("--template", default="generic", choices=("generic", "blank", "aalborg-aktiv"))
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    cli_compare.add_parsers(sub)
    whatif = sub.add_parser("whatif", help="what would break if an element were gone")
    whatif.add_argument("file")
    whatif.add_argument("--remove", required=True, metavar="ID",
                        help="the id of the actor, activity, asset … to imagine gone")
    whatif.add_argument("--json", action="store_true", help="print the consequences as JSON")
    whatif.add_argument("--lang", help="language of the messages (en, da, fi)")
    sub.add_parser("install-desktop", help="install the desktop entry, file type and icon")
    for module in MODULE_COMMANDS.values():
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if argv is None and args[:1] == ["check"]:
        _collector_off()
    try:
        if args and args[0] in COMMANDS:
            ns = _command_parser().parse_args(args)
            return _run_command(ns)
        ns = _parser().parse_args(args)
        return _run_gui(ns.file, ns.lang)
    except CliError as exc:
        say_error(exc)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `oppspace check big.oppspace | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the exit flush does not fail again
        return 141
    except SystemExit:
        raise
    except Exception as exc:  # a last guard: one line, never a traceback
        say_error(f"unexpected problem: {type(exc).__name__}: {exc}")
        return 2


def _collector_off() -> None:
    """``oppspace check`` reads one map, prints and ends the process: Python's cycle collector
    would only walk the map's objects again and again (a tenth of the time on a 100,000-activity
    map) to find cycles it holds none of; reference counting frees what needs freeing."""
    import gc

    gc.disable()


def _run_command(ns: argparse.Namespace) -> int:
    if ns.command in MODULE_COMMANDS:
        return MODULE_COMMANDS[ns.command].run(ns)
    if ns.command == "check":
        return _check(ns)
    if ns.command == "export":
        return _export(ns)
    if ns.command == "new":
        return _new(ns)
    if ns.command == "whatif":
        return _whatif(ns)
    if ns.command in ("diff", "merge"):
        from app.model import DocumentError

        try:
            return cli_compare.run_diff(ns) if ns.command == "diff" else cli_compare.run_merge(ns)
        except DocumentError as exc:
            raise CliError(str(exc)) from None
    if ns.command == "install-desktop":
        from app.desktop import install_desktop

        for line in install_desktop():
            say(line)
        return 0
    raise CliError(f"unknown command {ns.command}")


def _load(path: str):
    from app.model import DocumentError, load

    try:
        return load(path)
    except DocumentError as exc:
        raise CliError(str(exc)) from None


def map_language(doc) -> str | None:
    """The map's own language when OppSpace speaks it (unless --lang says otherwise)."""
    from app import i18n

    return i18n.map_language(doc.meta.language)


def _set_language(lang: str | None) -> None:
    from app import i18n

    i18n.set_language(lang)


def _check(ns: argparse.Namespace) -> int:
    doc = _load(ns.file)  # before the analysis import: a broken file is answered at once
    from app.analysis import analyze

    _set_language(ns.lang)
    findings = analyze(doc)
    if ns.json:
        say_json({"file": ns.file, "findings": [f.as_dict() for f in findings]})
    else:
        say(_summary(ns.file, doc))
        for part in _findings_table(findings):  # printed as it is made, not held whole
            say(part)
    if ns.strict and any(f.severity == "warning" for f in findings):
        return 1
    return 0


def _summary(path: str, doc) -> str:
    co = sum(1 for a in doc.activities if a.co_produced)
    info = sum(1 for f in doc.flows if f.kind == "information")
    title = printable(doc.meta.title) or "(untitled)"
    return (f"{printable(path)}: valid OppSpace map \u201c{title}\u201d\n"
            f"  {_count(len(doc.actors), 'actor')}, {_count(len(doc.phases), 'phase')}, "
            f"{_count(len(doc.activities), 'activity', 'activities')} ({co} co-produced), "
            f"{_count(len(doc.flows), 'flow')} ({info} information), "
            f"{_count(len(doc.partnerships), 'partnership')}")


def _count(n: int, one: str, many: str | None = None) -> str:
    """``1 flow``, ``3 flows``, ``2 activities``."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _findings_table(findings, rows: int = 1000) -> Iterator[str]:
    """Findings as a table a person reads in a terminal: severity and code on the left, the
    message wrapped beside them; in parts of ``rows`` findings, each printed as one line."""
    import shutil

    if not findings:
        yield "No findings."
        return
    warnings = sum(1 for f in findings if f.severity == "warning")
    lines = [f"{_count(len(findings), 'finding')} ({_count(warnings, 'warning')}, "
             f"{len(findings) - warnings} info):"]
    code_width = max(len(f.code) for f in findings)
    indent = 2 + 7 + 2 + code_width + 2
    width = max(indent + 30, min(shutil.get_terminal_size((100, 24)).columns, 120)) - indent
    line_break = "\n" + " " * indent
    wrap = _wrapper(width)
    for n, f in enumerate(findings, 1):  # 100,000 findings take a fraction of a second
        message = f.message if f.message.isprintable() else printable(f.message)
        wrapped = message if len(message) <= width else line_break.join(wrap(message) or [""])
        lines.append(f"\n  {f.severity:<7}  {f.code:<{code_width}}  {wrapped}")
        if n % rows == 0:
            yield "\n".join(lines)
            lines = []
    if lines:
        yield "\n".join(lines)


def _wrapper(width: int) -> Callable[[str], list[str]]:
    """Greedy word wrap at spaces, words longer than a line broken: one regular expression,
    since textwrap spent minutes on a map with 100,000 findings."""
    return re.compile(rf"\S.{{0,{width - 1}}}(?=\s|$)|\S{{{width}}}").findall


def _export(ns: argparse.Namespace) -> int:
    fmt = ns.format or Path(ns.output).suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise CliError(f"{ns.output}: cannot tell the format from the suffix; "
                       f"use --format {'|'.join(EXPORT_FORMATS)}")
    doc = _load(ns.file)
    if ns.since is not None and fmt != "pdf":
        raise CliError(f"--since {ns.since}: the changes section is part of a PDF; use -o FILE.pdf")
    since = _load(ns.since) if ns.since is not None else None
    _set_language(ns.lang or (map_language(doc) if fmt == "pdf" else None))
    out = Path(ns.output)
    if out.is_dir():
        raise CliError(f"{out}: is a folder; give a file name")
    if not out.parent.exists():
        raise CliError(f"{out}: the folder {out.parent} does not exist")
    for source in (ns.file, ns.since):
        if source is not None and _same_file(source, out):
            raise CliError(f"{out}: is the map {source} this export reads; give another output file")
    from app.export import ExportError, export

    try:
        if ns.anonymise:
            from app.export.anonymise import anonymise

            doc, since = anonymise(doc), anonymise(since, names_from=doc) if since else None
        if fmt in ("png", "svg"):  # drawn by the canvas, the user's view of the map
            from app.ui.canvas.image import export_image

            export_image(doc, out, fmt)
        else:
            portrait = True if ns.portrait else False if ns.landscape else None
            export(doc, out, fmt, paper=ns.paper, portrait=portrait,
                   report=not ns.no_report, since=since, raw_csv=ns.raw_csv)
    except ExportError as exc:
        raise CliError(f"{out}: {exc}") from None
    say(f"wrote {printable(str(out))}")
    return 0


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (same inode, also through links)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _whatif(ns: argparse.Namespace) -> int:
    """What removing one element would break; the file is only read."""
    doc = _load(ns.file)
    from app.analysis.whatif import as_text, what_if
    from app.model import DocumentError

    _set_language(ns.lang)
    try:
        result = what_if(doc, ns.remove)
    except DocumentError as exc:
        raise CliError(f"{ns.file}: {exc}") from None
    if ns.json:
        say_json(result.as_dict())
    else:
        say(as_text(doc, result))
    return 0


def _new(ns: argparse.Namespace) -> int:
    from app.model import DocumentError, save
    from app.model.templates import from_template

    out = Path(ns.output)
    if out.suffix != ".oppspace":
        out = out.with_name(out.name + ".oppspace")
    if out.exists() and not ns.force:
        raise CliError(f"{out}: already exists; use --force to overwrite it")
    if not out.parent.exists():
        raise CliError(f"{out}: the folder {out.parent} does not exist")
    try:
        doc = from_template(ns.template)
        save(doc, out)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    say(f"wrote {printable(str(out))} (template {ns.template})")
    return 0


def _run_gui(file: str | None, lang: str | None) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        raise CliError("no display found (DISPLAY is not set); the editor needs a desktop session. "
                       "Headless commands: check, export, new")
    from app.ui.application import run

    return run(file, lang)


if __name__ == "__main__":
    raise SystemExit(main())
