"""A `websockets` connection as the pycrdt ``Channel`` that rooms and providers speak through."""

from __future__ import annotations

from typing import Callable

from websockets.asyncio.connection import Connection
from websockets.exceptions import ConnectionClosed


class WebsocketChannel:
    """Binary messages in and out; ``divert`` may take a message (e.g. awareness) out of the
    stream by returning True. A send on a closed connection is dropped: the next sync step
    after reconnecting carries everything the other side lacks."""

    def __init__(self, ws: Connection, path: str,
                 divert: Callable[[bytes], bool] | None = None) -> None:
        self._ws, self._path, self._divert = ws, path, divert

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> "WebsocketChannel":
        return self

    async def __anext__(self) -> bytes:
        while True:
            try:
                message = await self._ws.recv()
            except ConnectionClosed:
                raise StopAsyncIteration from None
            if isinstance(message, bytes) and message and not (
                    self._divert is not None and self._divert(message)):
                return message

    async def recv(self) -> bytes:
        return await self.__anext__()

    async def send(self, message: bytes) -> None:
        try:
            await self._ws.send(message)
        except ConnectionClosed:
            pass
