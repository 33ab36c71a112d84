"""Every SQL table in one metadata (`tenancy.db.tables`) and the Alembic migrations that build it."""
