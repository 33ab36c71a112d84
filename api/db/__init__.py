"""Every SQL table in one metadata (`api.db.tables`) and the Alembic migrations that build it."""
