"""A throwaway PostgreSQL server for the test run, started from the server's own binaries.

``PgServer.start()`` makes a cluster in a temporary folder (initdb), starts it listening on a
unix socket only (a free port number names the socket), and ``stop()`` stops it and removes the
folder. No network port is opened and nothing of the machine's own PostgreSQL is touched.

The binaries are looked for in SALON_DESK_PG_BIN (only there when it is set), else on PATH, then
in /usr/lib/postgresql/<version>/bin (Debian and Ubuntu), newest first. PostgreSQL refuses to run
as root: as root the cluster belongs to the ``postgres`` system user and its commands run
through ``runuser``.

Each test gets a database cloned from a template migrated once (``CREATE DATABASE ... TEMPLATE``
copies the files: a few tenths of a second, against seconds for the migrations). A thread of
this class clones the next test's database while a test runs, and drops a test's database after
it, so that a test waits for neither (on two cores the server works while the test does).
"""

from __future__ import annotations

import itertools
import os
import pwd
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

SERVER_USER = "postgres"  # the system user the cluster belongs to when the tests run as root
TEMPLATE = "salon_template"
SALON_TEMPLATE = "salon_template_set_up"  # the same with the salon set up (salon_db)
# A role that must give its password (everyone else is trusted: the socket is the server's own
# folder): for the tests of a refused sign-in.
PASSWORD_ROLE, PASSWORD = "desk", "s3cret-desk-pw"
HBA = f"local all {PASSWORD_ROLE} scram-sha-256\nlocal all all trust\n"


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    override = os.environ.get("SALON_DESK_PG_BIN")
    candidates = [Path(override)] if override else []
    on_path = None if override else shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)
    installed = [] if override else Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(installed, key=lambda p: _version(p.parent.name), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder: Path | None = None
        self.port = _free_port()
        self._names = itertools.count(1)
        self._as_server_user: list[str] = []
        self._jobs: queue.Queue = queue.Queue()  # ("create", template) | ("drop", name) | None
        self._ready: dict[str, queue.Queue] = {}  # template -> names of clones made ahead
        self._owed: dict[str, int] = {}  # template -> clones asked of the worker, not yet taken
        self._worker: threading.Thread | None = None

    # ------------------------------------------------------------------ server
    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as_server_user, *command], capture_output=True,
                                text=True, cwd="/", check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="salon-desk-pg-"))
        self.socket_dir.mkdir()
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            user = pwd.getpwnam(SERVER_USER)
            for path in (self.folder, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
            self._as_server_user = ["runuser", "-u", SERVER_USER, "--"]
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
        (self.data_dir / "pg_hba.conf").write_text(HBA)
        # Durability is of no use to a throwaway server: no fsync makes creating a database
        # from the template (and every commit) much faster.
        options = " ".join([
            f"-p {self.port}", f"-k {self.socket_dir}", "-c listen_addresses=''",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c max_connections=200", "-c shared_buffers=64MB",
        ])
        self._run(str(self.bin_dir / "pg_ctl"), "start", "-D", str(self.data_dir), "-w",
                  "-t", "60", "-l", str(self.folder / "server.log"), "-o", options)
        self._watch()
        self.admin(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")

    def _watch(self) -> None:
        """A test run killed outright (a timeout, Ctrl+C twice) never reaches stop(): a small
        shell outliving it stops the server and removes its folder once the run is gone."""
        stop = " ".join([*self._as_server_user, str(self.bin_dir / "pg_ctl"), "stop", "-D",
                         str(self.data_dir), "-m", "immediate"])
        script = (f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
                  f"{stop} >/dev/null 2>&1; rm -rf {self.folder}")
        subprocess.Popen(["sh", "-c", script], start_new_session=True, cwd="/",
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.folder is None:
            return
        if self._worker is not None:
            self._jobs.put(None)
            self._worker.join(timeout=60)
            self._worker = None
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self._run(str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data_dir),
                          "-m", "immediate", "-w")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # --------------------------------------------------------------- databases
    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return (f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}")

    def admin(self, sql: str) -> None:
        """Run one statement outside any transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def make_template(self, fill, name: str = TEMPLATE, *, source: str | None = None) -> None:
        """A template the tests' databases are cloned from: an empty database (or a clone of
        the template ``source``) that ``fill(url)`` brings to what it should hold (and closes
        its connections)."""
        self.admin(f"CREATE DATABASE {name}" + (
            f" TEMPLATE {source} STRATEGY FILE_COPY" if source else ""))
        fill(self.url(name))
        self.admin(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true")

    def new_database(self, *, empty: bool = False, template: str = TEMPLATE) -> str:
        """A fresh database cloned from ``template`` (migrated) unless ``empty``; its URL.
        The clone was made ahead by the worker thread, which makes the next one now."""
        if empty:
            name = f"salon_{next(self._names)}"
            self.admin(f"CREATE DATABASE {name}")
            return self.url(name)
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="pg-databases",
                                            daemon=True)
            self._worker.start()
        ready = self._ready.setdefault(template, queue.Queue())
        while self._owed.get(template, 0) < 2:  # this test's and the next one's
            self._jobs.put(("create", template))
            self._owed[template] = self._owed.get(template, 0) + 1
        self._owed[template] -= 1
        name = ready.get(timeout=300)
        if isinstance(name, BaseException):
            raise RuntimeError(f"could not clone {template}") from name
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a test's database (in the worker thread when there is one: nobody waits)."""
        name = url.split("?")[0].rsplit("/", 1)[-1]
        if self._worker is None:
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        else:
            self._jobs.put(("drop", name))

    def _work(self) -> None:
        """The worker thread: clones and drops databases, in the order asked, until None."""
        while (job := self._jobs.get()) is not None:
            action, target = job
            try:
                if action == "create":
                    name = f"salon_{next(self._names)}"
                    self.admin(f"CREATE DATABASE {name} TEMPLATE {target} STRATEGY FILE_COPY")
                    self._ready[target].put(name)
                else:
                    self.admin(f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")
            except Exception as exc:  # noqa: BLE001 - handed to the test waiting for it
                if action == "create":
                    self._ready[target].put(exc)
