"""Two real programs writing one database file at once: an import and merges, two imports, two
merging scripts. Both complete, nothing is lost, nobody prints a traceback. (With a deferred
BEGIN the second writer failed at once with "database is locked" and a 13 KB traceback.)"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salon_desk.models import Customer, ImportBatch
from salon_desk.models.db import Database
from salon_desk.services.customers.records import CustomerData, create_customer

ROWS = 1500  # per import file: a couple of seconds of writing each
PAIRS = 12

MERGER = """
import sys
from salon_desk.cli import main
db, pairs = sys.argv[1], sys.argv[2:]
for pair in pairs:
    keep, other = pair.split(":")
    code = main(["--db", db, "merge", keep, other])
    if code:
        sys.exit(code)
"""


def _csv(path: Path, start: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "Mobile", "Email"])
        for n in range(start, start + ROWS):
            writer.writerow([f"Import{n}", f"Row{n}", f"+3462{n:07d}", f"row{n}@example.com"])
    return path


@pytest.fixture
def shared(salon_db):
    """A salon with PAIRS pairs of duplicates, closed: the file the programs share."""
    pairs = []
    with salon_db.transaction() as session:
        for i in range(PAIRS):
            a = create_customer(session, CustomerData(first_name=f"Twin{i}", last_name="Dup"))
            b = create_customer(session, CustomerData(first_name=f"Twin{i}", last_name="Dup"))
            pairs.append((a.id, b.id))
    salon_db.dispose()
    return salon_db.path, pairs


def _start(*args: str) -> subprocess.Popen:
    # The details of any failure go to a log file, shown when the test fails.
    env = {**os.environ, "PYTHONFAULTHANDLER": "1", "SALON_DESK_LOG": str(_log_file())}
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=180)
    return process.returncode, out, err


def _import(path: Path, csv_file: Path) -> subprocess.Popen:
    return _start("-m", "salon_desk", "--db", str(path), "import", str(csv_file), "--json")


def _merges(path: Path, pairs) -> subprocess.Popen:
    return _start("-c", MERGER, str(path), *(f"{a}:{b}" for a, b in pairs))


_LOG: list[Path] = []


def _log_file() -> Path:
    return _LOG[-1]


@pytest.fixture(autouse=True)
def _failure_log(tmp_path):
    _LOG.append(tmp_path / "details.log")
    yield
    _LOG.pop()


def _check(results) -> None:
    details = _log_file().read_text() if _log_file().exists() else ""
    for code, _out, err in results:
        assert "Traceback" not in err and "sqlalche" not in err and "locked" not in err, err
        assert code == 0, f"{err}\n{details}"


def _count(path: Path, prefix: str) -> int:
    db = Database(path)
    try:
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(Customer).where(
                Customer.first_name.like(f"{prefix}%"), Customer.merged_into_id.is_(None)))
    finally:
        db.dispose()


def _merged(path: Path, pairs) -> list[bool]:
    db = Database(path)
    try:
        with db.session() as session:
            return [session.get(Customer, b).merged_into_id == a for a, b in pairs]
    finally:
        db.dispose()


def test_two_imports_at_once(shared, tmp_path):
    path, _pairs = shared
    first = _import(path, _csv(tmp_path / "a.csv", 0))
    second = _import(path, _csv(tmp_path / "b.csv", 100_000))
    results = [_finish(first), _finish(second)]
    _check(results)
    assert [json.loads(out)["imported"] for _code, out, _err in results] == [ROWS, ROWS]
    assert _count(path, "Import") == 2 * ROWS
    db = Database(path)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 2
    db.dispose()


def test_an_import_and_merges_at_once(shared, tmp_path):
    path, pairs = shared
    importing = _import(path, _csv(tmp_path / "a.csv", 0))
    merging = _merges(path, pairs)
    _check([_finish(importing), _finish(merging)])
    assert _count(path, "Import") == ROWS
    assert all(_merged(path, pairs))
    assert _count(path, "Twin") == PAIRS


def test_two_merging_programs_at_once(shared):
    path, pairs = shared
    half = len(pairs) // 2
    first, second = _merges(path, pairs[:half]), _merges(path, pairs[half:])
    _check([_finish(first), _finish(second)])
    assert all(_merged(path, pairs))
