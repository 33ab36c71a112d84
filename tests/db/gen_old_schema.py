"""Writes the DDL that `create_all` made before migrations, for SQLite and PostgreSQL, into
fixtures/ (the migration tests build their "old" databases from it).

    git archive <commit> api | tar -x -C DIR
    PYTHONPATH=DIR python tests/db/gen_old_schema.py tests/db/fixtures <commit>
"""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

_IMPORTS = (
    "from __future__ import annotations\n"
    "from datetime import datetime\n"
    "from sqlalchemy import DateTime, Integer, String, Text\n"
    "from sqlalchemy.orm import Mapped, mapped_column\n"
)


def main(out: Path, commit: str) -> None:
    import api.tracing  # noqa: F401  (each registers its tables on the shared Base)
    import tenancy.storage as storage

    # api.feedback imports the whole app; its table class is taken from the source instead.
    source = Path("api/feedback.py").read_text()
    cls = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == "FeedbackRow")
    module = types.ModuleType("old_feedback_tables")
    sys.modules[module.__name__] = module
    module.__dict__["Base"] = storage.Base
    exec(_IMPORTS + (ast.get_source_segment(source, cls) or ""), module.__dict__)
    for name, dialect in (("sqlite", sqlite.dialect()), ("postgresql", postgresql.dialect())):
        lines = []
        for table in storage.Base.metadata.sorted_tables:
            lines.append(str(CreateTable(table).compile(dialect=dialect)).strip() + ";")
            for index in sorted(table.indexes, key=lambda i: str(i.name)):
                lines.append(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";")
        header = (
            f"-- The schema `Store.create_schema()` (create_all) made at main {commit}, for {name};\n"
            "-- generated from that commit's table classes by tests/db/gen_old_schema.py.\n\n"
        )
        (out / f"schema_before_migrations.{name}.sql").write_text(header + "\n\n".join(lines) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), sys.argv[2])
