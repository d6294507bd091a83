"""A room server on its own thread: the editor's "host" mode, tests and the bench."""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import anyio

from .server import ServerConfig, run_server


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class ServerThread:
    """Runs :func:`run_server` in a background thread until :meth:`stop`."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: anyio.Event | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oppspace-serve", daemon=True)

    def start(self, timeout: float = 10.0) -> "ServerThread":
        self._thread.start()
        if not self._started.wait(timeout) and self.error is None:
            raise TimeoutError("the room server did not start")
        if self.error is not None:
            raise self.error
        return self

    def url(self, room: str, token: str | None = None) -> str:
        scheme = "wss" if self.config.certfile else "ws"
        query = f"?token={token}" if token else ""
        return f"{scheme}://{self.config.host}:{self.config.port}/{room}{query}"

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:
                pass
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # handed to start(); the thread ends
            self.error = exc
            self._started.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = anyio.Event()
        started = anyio.Event()

        async def announce() -> None:
            await started.wait()
            self._started.set()

        async with anyio.create_task_group() as tg:
            tg.start_soon(announce)
            await run_server(self.config, started, self._stop)
            tg.cancel_scope.cancel()


def start_server(data: Path, token: str | None = None, host: str = "127.0.0.1",
                 port: int | None = None) -> ServerThread:
    return ServerThread(ServerConfig(host=host, port=port or free_port(host), data=data,
                                     token=token)).start()
