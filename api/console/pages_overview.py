"""The console's front page."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api.console.session import ConsoleUser
from api.console.web import redirect, signed_in

router = APIRouter()


@router.get("")
@router.get("/")
async def overview(user: ConsoleUser = Depends(signed_in)) -> Response:
    return redirect("/usage" if user.can("usage.read") else "/tenants")
