"""`oppspace pull URL -o OUT`: a live-session room's map as a canonical .oppspace file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_output import printable, say, say_error

NAME = "pull"


def add_parser(sub: argparse._SubParsersAction) -> None:
    pull = sub.add_parser(NAME, help="write a live-session room's map to a .oppspace file")
    pull.add_argument("url", help="ws://HOST:PORT/ROOM[?token=TOKEN]")
    pull.add_argument("-o", "--output", required=True, help="the .oppspace file to write")


def run(ns: argparse.Namespace) -> int:
    from app.collab.transfer import TransferError, pull
    from app.model import DocumentError

    out = Path(ns.output)
    try:
        if out.is_dir():
            raise TransferError(f"{out}: is a folder; give a file name")
        if not out.parent.exists():
            raise TransferError(f"{out}: the folder {out.parent} does not exist")
        doc = pull(ns.url, out)
    except (DocumentError, TransferError) as exc:
        say_error(exc)
        return 2
    say(f"wrote {printable(str(out))} ({len(doc.activities)} activities)")
    return 0
