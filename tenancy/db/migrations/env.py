"""Alembic environment: always run by tenancy.db.migrate on a connection it opened (and, on
PostgreSQL, locked), never by the `alembic` command on its own."""

from __future__ import annotations

from alembic import context

from tenancy.db.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
