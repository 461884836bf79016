"""A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, listening on
a free loopback port, stopped at the end of the session.

Debian's `postgresql` package provides the programs (`.ci/run` installs it). initdb refuses
to run as root, so as root the cluster belongs to the `postgres` system user. When no server
can be started the PostgreSQL half of the suite is skipped with the reason, except in CI
(`CI=true`), where that is a failure: CI must prove both engines."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresUnavailableError(RuntimeError):
    pass


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PostgresUnavailableError(
        "PostgreSQL is not installed (Debian: apt-get install postgresql)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """Start with `Server.start()`; `url(database)` gives a SQLAlchemy URL; `stop()`.

    `kill()` stops it the hard way (`pg_ctl stop -m immediate`: every backend dies at once,
    as in a crash) and `restart()` starts it again on the same data folder and port, for
    the tests of a server lost in the middle of the work. Those need `durable=True`: with
    `synchronous_commit=off` (the default here, for speed) a crash may lose a commit the
    server already acknowledged, which is exactly what they check does not happen."""

    def __init__(
        self,
        folder: Path,
        port: int,
        bin_dir: Path,
        user_prefix: list[str],
        settings: dict[str, str] | None = None,
    ) -> None:
        self.folder, self.port, self._bin, self._as = folder, port, bin_dir, user_prefix
        self._settings = settings or {}
        self._databases = 0

    @classmethod
    def start(cls, *, durable: bool = False, max_connections: int = 100) -> Server:
        bin_dir = _binaries()
        folder = Path(tempfile.mkdtemp(prefix="duocoder-pg-"))
        prefix: list[str] = []
        if os.name != "nt" and os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise PostgresUnavailableError("running as root without runuser")
            try:
                shutil.chown(folder, "postgres", "postgres")
            except (LookupError, OSError) as exc:
                raise PostgresUnavailableError(f"no 'postgres' system user ({exc})") from exc
            prefix = ["runuser", "-u", "postgres", "--"]
        data = folder / "data"
        run = [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
        done = subprocess.run([*run, "--no-sync", "-E", "UTF8"], capture_output=True, text=True)
        if done.returncode != 0:
            raise PostgresUnavailableError(f"initdb failed: {done.stderr.strip()[:300]}")
        settings = {
            "fsync": "off",  # a process killed loses nothing the OS has; the machine won't crash
            "synchronous_commit": "on" if durable else "off",
            "full_page_writes": "off",
            "max_connections": str(max_connections),
        }
        server = cls(folder, _free_port(), bin_dir, prefix, settings)
        server._start()
        return server

    def _start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 " + " ".join(
            f"-c {key}={value}" for key, value in self._settings.items()
        )
        started = subprocess.run(
            [
                *self._as,
                str(self._bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "-l",
                str(self.folder / "log"),
                "start",
            ],
            capture_output=True,
            text=True,
        )
        if started.returncode != 0:
            log = (
                (self.folder / "log").read_text(errors="replace")[-300:]
                if (self.folder / "log").exists()
                else ""
            )
            raise PostgresUnavailableError(
                f"the server did not start: {started.stderr.strip()} {log}"
            )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        self._databases += 1
        name = f"t{os.getpid()}_{self._databases}_{int(time.monotonic() * 1000) % 100000}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def password_role(self, role: str, password: str) -> str:
        """A superuser `role` that must log in over TCP with `password` (scram-sha-256), for
        the tests of asking for a password; every other role keeps trust authentication, so
        the rest of the suite is untouched. Returns the role's URL, without the password."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres", autocommit=True
        ) as c:
            exists = c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            c.execute(f"{verb} ROLE \"{role}\" LOGIN SUPERUSER PASSWORD '{password}'")
        hba = self.folder / "data" / "pg_hba.conf"
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        lines = hba.read_text()
        if rule not in lines:
            hba.write_text(rule + lines)  # the first matching line wins
            subprocess.run(
                [*self._as, str(self._bin / "pg_ctl"), "-D", str(self.folder / "data"), "reload"],
                capture_output=True,
                check=True,
            )
            self._wait_for_password_rule(role)
        return f"postgresql+psycopg://{role}@127.0.0.1:{self.port}/postgres"

    def _wait_for_password_rule(self, role: str) -> None:
        """The server reads pg_hba.conf again a moment after the signal: wait until a login
        without a password is refused."""
        import psycopg

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                psycopg.connect(
                    f"host=127.0.0.1 port={self.port} user={role} dbname=postgres "
                    "passfile=/nonexistent"
                ).close()
            except psycopg.OperationalError:
                return
            time.sleep(0.05)
        raise PostgresUnavailableError("the server did not take the password rule")

    def kill(self) -> None:
        """Stop at once, as in a crash: every connection breaks, nothing is shut down
        cleanly; the data folder stays for `restart()`."""
        subprocess.run(
            [
                *self._as,
                str(self._bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            capture_output=True,
        )

    def restart(self) -> None:
        """Start again on the same data folder and port (after `kill()`): the server
        recovers from its write-ahead log as after a crash."""
        self._start()

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
