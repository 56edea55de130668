"""What an import cannot go below on this stack: the parts every import of the file must do,
each timed in a process of its own, beside the whole import and its target.

    python benchmarks/bench_import_floor.py [--rows 50000] [--csv-rows 100000] [--repeats 3]

The same files as bench_import_speed.py (8 columns). For each file:
- start: the interpreter with the modules `salon-desk import` needs (SQLAlchemy, the models,
  the importing services), nothing run;
- read: python-calamine (.xlsx) or the csv module (.csv) reading every cell, in a bare process;
- write: SQLite alone (the sqlite3 module, no Python per row) copying what the import wrote
  from an imported database into an empty salon, with every index the salon has: the customers
  (their indexes dropped and built once at the end, as the import does), the two search tables
  (the bulk FTS5 setting the import uses), the close-match words and the batch's records,
  as ``INSERT ... SELECT``: C from end to end, so less than any import's writing can cost;
- the whole import (`salon-desk import FILE`), and the target of bench_import_speed.py.

start + read + write is a floor: it leaves out converting the rows (phones, dates, names,
checks), matching them against the salon, and building the search index's text, which an
import must do in Python. When the floor alone is near or above the target, the target cannot
be met without leaving out part of what an import does (the search index, the checks).
Interpreter start-up is included in both the floor and the reference it is compared with.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_import_speed as speed  # noqa: E402  (the files and timings are that benchmark's)

START = ("import salon_desk.cli, salon_desk.cli.transfer, salon_desk.services.importing.run, "
         "salon_desk.services.importing.readers, salon_desk.services.importing.mapping")
READ_XLSX = ("import sys; from python_calamine import CalamineWorkbook; "
             "rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python(); "
             "assert len(rows) == int(sys.argv[2]) + 1")
READ_CSV = ("import csv, sys; f = open(sys.argv[1], newline='', encoding='utf-8'); "
            "rows = list(csv.reader(f)); assert len(rows) == int(sys.argv[2]) + 1")
# The write floor: what the import wrote, copied table by table by SQLite itself.
WRITE = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("ATTACH DATABASE ? AS done", (sys.argv[2],))
conn.execute("BEGIN IMMEDIATE")
indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                       "AND tbl_name = 'customers' AND sql IS NOT NULL").fetchall()
for name, _sql in indexes:
    conn.execute(f'DROP INDEX "{name}"')
conn.execute("INSERT INTO customers SELECT * FROM done.customers")
for table in ("customer_fts", "customer_words"):
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {16 * 1024 * 1024})")
conn.execute("INSERT INTO customer_fts(rowid, body) SELECT rowid, body FROM done.customer_fts")
conn.execute("INSERT INTO customer_words(rowid, words) "
             "SELECT rowid, words FROM done.customer_words")
for table in ("customer_fts", "customer_words"):
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {1024 * 1024})")
for _name, sql in indexes:
    conn.execute(sql)
for table in ("search_variants", "customer_consents", "consent_events", "import_batches",
              "imported_customers"):
    columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
    if columns:
        names = ", ".join(columns)
        conn.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM done.{table}")
conn.execute("COMMIT")
assert conn.execute("SELECT count(*) FROM customer_fts").fetchone()[0] == int(sys.argv[3])
"""


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _c in runs), min(c for _w, c in runs)


def measure(folder: Path, template: Path, file: Path, rows: int, read: str, extra: list[str],
            repeats: int) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) of each part and of the whole import, alternated run by run."""
    py = sys.executable
    runs: dict[str, list] = {k: [] for k in ("bare", "start", "read", "write", "import")}
    for n in range(repeats):
        runs["bare"].append(speed.timed([py, "-c", "pass"]))
        runs["start"].append(speed.timed([py, "-c", START]))
        runs["read"].append(speed.timed([py, "-c", read, str(file), str(rows)]))
        done = folder / f"{file.suffix[1:]}-imported{n}.sqlite"
        shutil.copy(template, done)
        runs["import"].append(speed.timed(speed.import_command(done, file, *extra)))
        speed.check_imported(done, rows)
        fresh = folder / f"{file.suffix[1:]}-floor{n}.sqlite"
        shutil.copy(template, fresh)
        runs["write"].append(speed.timed([py, "-c", WRITE, str(fresh), str(done), str(rows)]))
    return {k: _best(v) for k, v in runs.items()}


def show(title: str, best: dict, target: tuple[float, float] | None, target_text: str) -> None:
    bare = best["bare"]
    # read and write ran in processes of their own: their interpreter start counted once.
    floor = tuple(best["start"][k] + best["read"][k] - bare[k] + best["write"][k] - bare[k]
                  for k in (0, 1))
    print(title)
    for label, key in (("interpreter alone", "bare"), ("start (the import's modules)", "start"),
                       ("read (the file's cells, bare process)", "read"),
                       ("write (SQLite copying what the import wrote)", "write"),
                       ("the whole import", "import")):
        wall, cpu = best[key]
        print(f"  {label:48s} wall {wall:6.2f} s  CPU {cpu:6.2f} s")
    print(f"  {'floor = start + read + write':48s} wall {floor[0]:6.2f} s  CPU {floor[1]:6.2f} s")
    if target:
        for kind, k in (("wall", 0), ("CPU", 1)):
            print(f"  {kind}: target {target[k]:.2f} s ({target_text}); floor {floor[k]:.2f} s "
                  f"= {floor[k] / target[k]:.0%} of it; the import {best['import'][k]:.2f} s; "
                  f"left for converting and matching within the target: "
                  f"{target[k] - floor[k]:+.2f} s, the import spends "
                  f"{best['import'][k] - floor[k]:.2f} s on them")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--csv-rows", type=int, default=100000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--peer-s", type=float, default=speed.PEER_EARLIER_S,
                        help="the peer's import of the CSV, seconds (measured with "
                             "bench_import_speed.py --peer)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "empty.sqlite"
        speed.empty_salon(template)
        xlsx, csv_file = folder / "customers.xlsx", folder / "customers.csv"
        speed.build_xlsx(xlsx, args.rows)
        speed.build_csv(csv_file, args.csv_rows)
        openpyxl = [speed.timed([sys.executable, "-c",
                                 "import sys; from openpyxl import load_workbook; "
                                 "b = load_workbook(sys.argv[1], read_only=True); "
                                 "sum(1 for _ in b.active.iter_rows(values_only=True))",
                                 str(xlsx)]) for _n in range(args.repeats)]
        reference = _best(openpyxl)
        best = measure(folder, template, xlsx, args.rows, READ_XLSX, [], args.repeats)
        show(f"{args.rows:,}-row .xlsx (openpyxl read_only reads it in wall "
             f"{reference[0]:.2f} s, CPU {reference[1]:.2f} s)", best,
             (reference[0] / 2, reference[1] / 2), "half of openpyxl's reading")
        best = measure(folder, template, csv_file, args.csv_rows, READ_CSV,
                       ["--map", "import_id=external_id"], args.repeats)
        peer = args.peer_s * 1.5
        show(f"{args.csv_rows:,}-row .csv", best, (peer, peer),
             f"1.5 x the peer's {args.peer_s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
