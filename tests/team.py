"""A team of PostgreSQL roles on a throwaway server, for the tests of places and upgrades."""

from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy import create_engine, select

from duocoder.storage.models import Base


class Team:
    """A database owned by the (non-superuser) role `anna`, who creates the project; the
    roles `bram`, `chris` and `dirk` exist on the server without a place yet."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.database = server.new_database().rsplit("/", 1)[1]
        roles = ("anna", "bram", "chris", "dirk")
        with self._admin() as c:
            for role in roles:
                if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                    c.execute(f"CREATE ROLE {role} LOGIN")
            c.execute(f'ALTER DATABASE "{self.database}" OWNER TO anna')
        with self._admin(self.database) as c:
            c.execute("ALTER SCHEMA public OWNER TO anna")

    def _admin(self, database: str = "postgres") -> psycopg.Connection[Any]:
        return psycopg.connect(
            f"host=127.0.0.1 port={self.server.port} user=postgres dbname={database}",
            autocommit=True,
        )

    def url(self, role: str) -> str:
        return f"postgresql://{role}@127.0.0.1:{self.server.port}/{self.database}"

    def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        engine = create_engine(self.url("postgres").replace("postgresql:", "postgresql+psycopg:"))
        try:
            with engine.connect() as conn:
                return {
                    t.name: [tuple(r) for r in conn.execute(select(t)).all()]
                    for t in Base.metadata.sorted_tables
                }
        finally:
            engine.dispose()
