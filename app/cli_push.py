"""`oppspace push FILE URL`: seed (or replace) a live-session room with a map."""

from __future__ import annotations

import argparse

from app.cli_output import printable, say, say_error

NAME = "push"


def add_parser(sub: argparse._SubParsersAction) -> None:
    push = sub.add_parser(NAME, help="put a map into a live-session room (replacing its content)")
    push.add_argument("file")
    push.add_argument("url", help="ws://HOST:PORT/ROOM[?token=TOKEN]")


def run(ns: argparse.Namespace) -> int:
    from app.collab.transfer import TransferError, check_url, push
    from app.model import DocumentError, load

    try:
        check_url(ns.url)
        doc = load(ns.file)
        push(doc, ns.url)
    except (DocumentError, TransferError) as exc:
        say_error(exc)
        return 2
    say(f"pushed {printable(ns.file)} ({len(doc.activities)} activities) to the room")
    return 0
