"""The command line on a salon server says when it waits for another desk, as the app's
progress dialog does (test_ui_server_waits) and as it says behind another program on SQLite,
then goes on once the other desk is done. A real `salon-desk` process and a second real
connection on a throwaway server."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from salon_desk.models.db import Database
from tests.pg_server import SALON_TEMPLATE


@pytest.fixture
def server(pg_server):
    url = pg_server.new_database(template=SALON_TEMPLATE)
    yield url
    pg_server.drop_database(url)


def _lines(stream, into: list[str]) -> threading.Thread:
    def read():
        for line in stream:
            into.append(line)
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def _until(check, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


def test_an_import_behind_another_desks_lock_says_it_waits_then_goes_on(server, tmp_path):
    file = tmp_path / "two.csv"
    file.write_text("Nombre,Apellidos\nAna,Ibáñez\nEva,Oliva\n", encoding="utf-8")
    other_desk = Database(server)
    holding = other_desk.engine.connect()  # the other desk's import holds the customers
    holding.begin()
    holding.exec_driver_sql("LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE")
    said: list[str] = []
    process = subprocess.Popen(
        [sys.executable, "-m", "salon_desk", "--db", server, "import", str(file), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    reader = _lines(process.stderr, said)
    try:
        assert _until(lambda: any("Another desk" in line for line in said), 20), said
        assert process.poll() is None  # still waiting
        time.sleep(0.6)
        assert sum("Another desk" in line for line in said) == 1  # said once for the wait
        holding.rollback()
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        holding.close()
        other_desk.dispose()
    reader.join(timeout=5)
    assert process.returncode == 0, said
    assert '"imported": 2' in out
    db = Database(server)
    try:
        with db.engine.connect() as conn:
            names = conn.exec_driver_sql(
                "SELECT first_name FROM customers WHERE last_name IN ('Ibáñez', 'Oliva') "
                "ORDER BY first_name").scalars().all()
    finally:
        db.dispose()
    assert names == ["Ana", "Eva"]


def test_a_command_nobody_blocks_says_nothing_of_waiting(server, tmp_path):
    file = tmp_path / "one.csv"
    file.write_text("Nombre,Apellidos\nLuz,Prieto\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "salon_desk", "--db", server, "import", str(file), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "waiting" not in done.stderr
