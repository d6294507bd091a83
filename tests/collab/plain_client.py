"""A Yjs client that is not OppSpace: bare pycrdt (Doc, Provider) over `websockets`, as any
other program would join a room. Only the protocol and DESIGN §5a connect it to the editor."""

from __future__ import annotations

import asyncio
from typing import Callable

from pycrdt import Doc, Map, Provider, YMessageType
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed


class _Channel:
    def __init__(self, ws, path):
        self._ws, self.path = ws, path

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        while True:
            try:
                message = await self._ws.recv()
            except ConnectionClosed:
                raise StopAsyncIteration from None
            if message[0] == YMessageType.SYNC:
                return message

    async def send(self, message: bytes) -> None:
        await self._ws.send(message)


async def _map_arrived(doc: Doc) -> None:
    root = doc.get("oppspace", type=Map)
    while "activities" not in root:
        await asyncio.sleep(0.02)


def visit(url: str, act: Callable[[Doc], object]) -> object:
    """Join the room, wait for the first sync and for the editor's map to be in the room (on a
    busy machine the editor's first state may reach the server after our sync), run
    ``act(doc)``, give the change a moment to leave, and go; returns what ``act`` returned."""

    async def main():
        doc = Doc()
        async with connect(url, proxy=None) as ws:
            async with Provider(doc, _Channel(ws, "/room")) as provider:
                await asyncio.wait_for(provider.synced.wait(), 10)
                await asyncio.wait_for(_map_arrived(doc), 10)
                result = act(doc)
                await asyncio.sleep(0.3)
        return result

    return asyncio.run(main())
