"""The web layer's defences: security headers, CSRF tokens, write tokens.

Pages are built from untrusted article text, so the browser is told to run no script but
the app's own files (CSP `script-src 'self'`, no inline script or style). Every POST must
prove it came from one of our own forms (double-submit CSRF token: a cookie plus the same
value in a form field or header), or be a JSON request, which a foreign page cannot send
without a CORS preflight this app never answers. When the server listens beyond loopback,
writes also need the access token.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "manysides_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
TOKEN_FIELD = "token"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class Refused(Exception):
    """A request the security checks turn away; `status` is 401 or 403."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def is_loopback(host: str) -> bool:
    """True when `host` (an address or name to listen on) is reachable only from this machine."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


class SecurityHeaders:
    """ASGI middleware: adds the CSP and friends to every response, hands each browser a
    CSRF cookie, and refuses request bodies without a length or over `max_body` bytes
    before anything reads them."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        cookie = request.cookies.get(CSRF_COOKIE)
        fresh = not cookie or len(cookie) < 16
        token = new_token() if fresh else cookie
        scope.setdefault("state", {})["csrf"] = token

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in HEADERS.items():
                    if key not in headers:
                        headers[key] = value
                if fresh:
                    headers.append("set-cookie", f"{CSRF_COOKIE}={token}; HttpOnly; Path=/; SameSite=strict")
            await send(message)

        if scope["method"] == "POST":
            length = request.headers.get("content-length", "")
            problem = None
            if not length.isdigit():
                problem = (411, "send the request with a Content-Length header")
            elif int(length) > self.max_body:
                problem = (413, f"request is over the {self.max_body // (1024 * 1024)} MB limit; "
                                "send fewer or smaller files")
            if problem is not None:
                response = JSONResponse({"error": problem[1]}, status_code=problem[0])
                await response(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)


def csrf_token(request: Request) -> str:
    """The token to put in this page's forms (the value of the browser's CSRF cookie)."""
    return request.scope.get("state", {}).get("csrf", "")


def check_write(request: Request, form_fields: dict[str, str] | None, token: str | None) -> None:
    """Raise `Refused` unless this POST may write.

    `form_fields` are the posted form's fields (None for a JSON body). `token` is the
    access token the server requires, or None when it requires none.
    """
    bearer = _bearer(request)
    if token is not None:
        given = bearer or (form_fields or {}).get(TOKEN_FIELD, "")
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise Refused(401, "this server needs its access token for writes: send "
                               "'Authorization: Bearer TOKEN' or fill in the token field")
        if bearer:  # a bearer header is never sent by a browser on its own: no CSRF risk
            return
    if form_fields is None:  # a JSON body: needs a CORS preflight we never grant, unless same origin
        if not _same_origin(request):
            raise Refused(403, "cross-origin request refused")
        return
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = form_fields.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER, "")
    if not cookie or not sent or not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise Refused(403, "the form's security token is missing or stale: reload the page and submit again")


def _bearer(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:  # not sent by a browser (curl, scripts): nothing to forge
        return True
    return origin.split("://", 1)[-1] == request.headers.get("host", "")
