"""`oppspace serve`: the live-session room server (see app.collab.server)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.cli_output import printable, say, say_error

NAME = "serve"


def add_parser(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(NAME, help="serve live-session rooms (y-websocket protocol)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--data", help="folder that keeps the rooms (default: the app data folder)")
    serve.add_argument("--token-file", help="file holding the token clients must give (?token=…)")
    serve.add_argument("--certfile", help="TLS certificate (PEM), for wss://")
    serve.add_argument("--keyfile", help="TLS private key (PEM), for wss://")


def run(ns: argparse.Namespace) -> int:
    import anyio

    from app.collab.server import ServeError, ServerConfig, default_data_folder, read_token_file, run_server

    try:
        if not 0 <= ns.port <= 65535:
            raise ServeError(f"--port {ns.port}: not a port number (0–65535)")
        token = read_token_file(ns.token_file) if ns.token_file else None
        config = ServerConfig(host=ns.host, port=ns.port, data=Path(ns.data) if ns.data else None,
                              token=token, certfile=ns.certfile, keyfile=ns.keyfile)
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(name)s: %(message)s")
        logging.getLogger("oppspace.websockets").setLevel(logging.WARNING)
        logging.getLogger("oppspace.rooms").setLevel(logging.WARNING)
        scheme = "wss" if ns.certfile else "ws"
        say(printable(f"rooms kept in {config.data or default_data_folder()}"), err=True)
        say(printable(f"join with {scheme}://{ns.host}:{ns.port}/ROOM" + ("?token=…" if token else "")),
            err=True)
        sys.stderr.flush()
        anyio.run(run_server, config)
    except ServeError as exc:
        say_error(exc)
        return 2
    return 0
