"""Checks on a JSON request body as a whole, before any schema reads a field of it.

JSON may escape a lone UTF-16 surrogate ("\\ud800"); Python decodes it into a `str` that no UTF-8
codec accepts (tokenizers, spaCy, the database driver, a JSON response echoing it), so wherever such
a string went it became a 500, or a billed 502. Checking every string (and every object key) of the
body once, here, means no field, present or future, can let one through: the answer is a 400 naming
the field's path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from api.schemas import LONE_SURROGATE_MESSAGE, has_lone_surrogate

# A lone surrogate can only arrive as a \u escape of D800-DFFF (raw surrogate bytes are not valid
# UTF-8 and fail decoding anyway): bodies without one, nearly all of them, are not walked at all.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")

Path = tuple[str | int, ...]


def lone_surrogate_at(body: Any) -> tuple[Path, str] | None:
    """The path of the first string (or object key) holding a lone surrogate, and what it is."""
    # Iterative: the body may be nested as deep as the JSON parser allowed.
    stack: list[tuple[Path, Any]] = [((), body)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if has_lone_surrogate(value):
                return path, LONE_SURROGATE_MESSAGE
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if has_lone_surrogate(key):
                    return path, "an object key contains a lone UTF-16 surrogate, which is not valid Unicode"
                stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))
    return None


def _is_json(request: Request) -> bool:
    kind = request.headers.get("content-type")
    if kind is None:
        return True
    media = kind.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class JsonBodyRoute(APIRoute):
    """A route whose JSON body is refused whole (400, the field's path in `param`) when any string in
    it is not valid Unicode."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            if request.method in ("POST", "PUT", "PATCH") and _is_json(request):
                body = await request.body()  # cached on the request: FastAPI reads this copy
                if _SURROGATE_ESCAPE.search(body):
                    try:
                        parsed = await request.json()  # cached too
                    except HTTPException:
                        raise
                    except Exception:
                        parsed = None  # not JSON: FastAPI's own parsing answers it
                    found = lone_surrogate_at(parsed)
                    if found is not None:
                        path, message = found
                        error = {"type": "value_error", "loc": ("body", *path), "msg": message, "input": None}
                        raise RequestValidationError([error], body=parsed)
            return await handler(request)

        return checked
