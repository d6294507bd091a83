"""`oppspace diff` and `oppspace merge`: compare two maps, merge three, also as git drivers.

``diff OLD NEW`` exits 0 when the maps have the same content, 1 when they differ;
``merge BASE OURS THEIRS -o OUT`` writes OUT atomically (no backup file, so it can be git's
merge driver writing ``%A``) and exits 0 when clean, 1 when conflicts were resolved by keeping
OURS. Problems are raised as DocumentError, which the command line turns into exit code 2.
``diff --git`` takes the seven arguments git gives an external diff program.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_output import printable, say, say_json
from app.i18n import set_language
from app.model import Document, DocumentError, dumps, load, new_document
from app.model.change_text import Names, describe_change, describe_conflict
from app.model.diff import diff
from app.model.fileio import write_atomic
from app.model.merge import merge

GIT_ARGS = 7  # path old-file old-hex old-mode new-file new-hex new-mode


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The two subcommands, on the command line's own subparsers."""
    d = sub.add_parser("diff", help="list what changed between two maps (exit 1 if anything)")
    d.add_argument("files", nargs="+", metavar="OLD NEW", help="the older and the newer map")
    d.add_argument("--json", action="store_true", help="print the changes as JSON")
    d.add_argument("--git", action="store_true",
                   help="take the 7 arguments git passes to an external diff (diff.NAME.command)")
    d.add_argument("--lang", help="language of the lines (en, da, fi)")
    m = sub.add_parser("merge", help="three-way merge of maps by id (exit 1 if conflicts)")
    m.add_argument("base", help="the version both sides started from")
    m.add_argument("ours", help="our version (kept where both changed the same thing)")
    m.add_argument("theirs", help="their version")
    m.add_argument("-o", "--output", required=True, help="where to write the merged map")
    m.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    m.add_argument("--lang", help="language of the lines (en, da, fi)")


def run_diff(ns: argparse.Namespace) -> int:
    if ns.git:
        if len(ns.files) != GIT_ARGS:
            raise DocumentError(f"diff --git: expected the {GIT_ARGS} arguments git passes, "
                                f"got {len(ns.files)}")
        label, old_path, new_path = ns.files[0], ns.files[1], ns.files[4]
    elif len(ns.files) != 2:
        raise DocumentError(f"diff: expected OLD NEW, got {len(ns.files)} file(s)")
    else:
        old_path, new_path = ns.files
        label = None
    old, new = _load_or_empty(old_path), _load_or_empty(new_path)
    set_language(ns.lang)
    changes = diff(old, new)
    if ns.json:
        say_json({"old": old_path, "new": new_path, "changes": [c.as_dict() for c in changes]})
    else:
        names = Names(old, new)
        if label is not None:
            say(f"diff {printable(label)}")
        for change in changes:
            say(printable(describe_change(change, names)))
    if ns.git:
        return 0  # git stops at an external diff that exits non-zero
    return 1 if changes else 0


def _load_or_empty(path: str) -> Document:
    """git passes /dev/null for the side of an added or deleted file."""
    if path == "/dev/null":
        return new_document()
    return load(path)


def run_merge(ns: argparse.Namespace) -> int:
    base, ours, theirs = load(ns.base), load(ns.ours), load(ns.theirs)
    out = Path(ns.output)
    if out.is_dir():
        raise DocumentError(f"{out}: is a folder; give a file name")
    if not out.parent.exists():
        raise DocumentError(f"{out}: the folder {out.parent} does not exist")
    set_language(ns.lang)
    result = merge(base, ours, theirs)
    try:
        write_atomic(out, dumps(result.document).encode("utf-8"))
    except OSError as exc:
        raise DocumentError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    if ns.json:
        say_json({"conflicts": [c.as_dict() for c in result.conflicts]})
    else:
        names = Names(base, theirs, ours)
        count = len(result.conflicts)
        say(f"merged into {printable(str(out))}: " + ("no conflicts" if not count else
                                          f"{count} conflict{'s' if count != 1 else ''}, ours kept"))
        for conflict in result.conflicts:
            say(printable(describe_conflict(conflict, names)))
    return 1 if result.conflicts else 0
