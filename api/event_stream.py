"""A streaming response that streams in the request's own task.

Starlette's StreamingResponse (on servers speaking ASGI 2.3, uvicorn among them) runs the stream and
a disconnect listener as two tasks of an anyio task group for every response. Here the stream runs
where it is and one small task listens: when the client leaves, it cancels the stream, as
Starlette's would, so that generation stops; an engine is never left producing for nobody.
"""

from __future__ import annotations

import asyncio

from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        assert task is not None
        finished = False
        client_left = False

        async def listen() -> None:
            nonlocal client_left
            while (await receive())["type"] != "http.disconnect":
                pass
            if not finished:
                client_left = True
                task.cancel()

        listener = asyncio.create_task(listen())
        try:
            await self.stream_response(send)
        except asyncio.CancelledError:
            if not client_left:
                raise
            # The client went away: the stream is over, the server is not shutting down.
            task.uncancel()
        finally:
            # No await between the stream's end and here: the listener cannot cancel a finished stream.
            finished = True
            listener.cancel()
