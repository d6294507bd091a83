"""`oppspace push FILE URL`: seed (or replace) a live-session room with a map."""

from __future__ import annotations

import argparse
import sys

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
        print(f"oppspace: error: {exc}", file=sys.stderr)
        return 2
    print(f"pushed {ns.file} ({len(doc.activities)} activities) to the room")
    return 0
