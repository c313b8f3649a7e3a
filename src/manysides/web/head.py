"""HEAD requests answered as GET without the body (RFC 9110 9.3.2).

FastAPI routes a `@router.get` for GET alone, so link checkers and `curl -I`, which send
HEAD, got 405 from every page. Run outermost, this gives them the GET's status and
headers (its Content-Length included) and drops the body.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """ASGI middleware: a HEAD request runs as GET; only the response's headers go out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # a copy: the server keeps its own scope, whose HEAD tells it to send no body
        await self.app({**scope, "method": "GET"}, receive, headers_only)
