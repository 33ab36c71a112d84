"""Databases for the schema tests: a SQLite file, or a fresh schema in the test PostgreSQL."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from api.storage import normalise_database_url

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")


@dataclass(frozen=True)
class EmptyDatabase:
    url: str
    schema: str | None  # the PostgreSQL schema the store must search, None on SQLite
    engine: Engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EmptyDatabase]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'stockade.db'}"
        engine = create_engine(url)
        yield EmptyDatabase(url, None, engine)
        engine.dispose()
        return
    schema = f"stockade_mig_{secrets.token_hex(4)}"
    admin = create_engine(normalise_database_url(DATABASE_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(
        normalise_database_url(DATABASE_URL), connect_args={"options": f"-csearch_path={schema}"}
    )
    try:
        yield EmptyDatabase(DATABASE_URL, schema, engine)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
