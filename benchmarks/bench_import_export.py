"""Import and export speed against the bare spreadsheet libraries.

    python benchmarks/bench_import_export.py [--rows 50000] [--customers 100000]

Import: a synthetic 50,000-row .xlsx (written into a temporary folder) imported into a fresh
database, against openpyxl (read_only) merely reading the same file, alternated three times
(best of each kept, every figure printed). Target: faster.
Export: 100,000 demo customers to .xlsx, against xlsxwriter alone writing the same rows (already
in memory, constant_memory mode, write_row). Target: within 1.3x.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salon_desk.models.db import Database


def build_file(path: Path, rows: int) -> None:
    import xlsxwriter
    from faker import Faker

    fake = Faker("es_ES")
    fake.seed_instance(5)
    firsts = [fake.first_name() for _ in range(400)]
    lasts = [fake.last_name() for _ in range(600)]
    cities = [fake.city() for _ in range(80)]
    rng = random.Random(5)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("Clientes")
    ws.write_row(0, 0, ["Nombre", "Apellidos", "Email", "Móvil", "Teléfono", "Sexo",
                        "Fecha de nacimiento", "Dirección", "Población", "Código postal",
                        "Observaciones", "Alergias", "Cliente desde", "Nº cliente"])
    for i in range(1, rows + 1):
        first, last = rng.choice(firsts), f"{rng.choice(lasts)} {rng.choice(lasts)}"
        ws.write_row(i, 0, [
            first, last, f"cliente{i}@example.com" if rng.random() < 0.8 else None,
            f"6{rng.randrange(10**8):08d}" if rng.random() < 0.5
            else f"+34 6{rng.randrange(100):02d} {rng.randrange(1000):03d} {rng.randrange(1000):03d}",
            f"91{rng.randrange(10**7):07d}" if rng.random() < 0.2 else None,
            rng.choice(["Mujer", "Hombre", "M", "H", None]),
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2005)}"
            if rng.random() < 0.7 else None,
            f"Calle {rng.choice(lasts)} {rng.randint(1, 200)}" if rng.random() < 0.6 else None,
            rng.choice(cities), f"{rng.randint(1000, 52999):05d}",
            "Prefiere por la tarde" if rng.random() < 0.1 else None,
            "Alergia al látex" if rng.random() < 0.03 else None,
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2010, 2024)}",
            f"C-{i:06d}",
        ])
    book.close()


def bench_import(folder: Path, rows: int, repeats: int) -> tuple[list[float], list[float]]:
    """Our import and openpyxl's reading, alternated ``repeats`` times (the machine is shared:
    alternating and keeping every figure shows the noise instead of hiding it)."""
    from openpyxl import load_workbook

    from salon_desk.services import jobs
    from salon_desk.services.demo.salon import setup_salon
    from salon_desk.services.importing import (
        ImportOptions,
        analyse,
        import_customers,
    )

    path = folder / "customers.xlsx"
    build_file(path, rows)
    ours, theirs = [], []
    for n in range(repeats):
        start = time.perf_counter()
        book = load_workbook(path, read_only=True)
        count = sum(1 for _ in book.active.iter_rows(values_only=True))
        book.close()
        theirs.append(time.perf_counter() - start)
        db = Database(folder / f"import{n}.sqlite")
        with db.transaction() as session:
            setup_salon(session)
        start = time.perf_counter()
        with db.session() as session:
            analysis = analyse(path, session)
        result = jobs.run(import_customers(db, analysis, ImportOptions()))
        ours.append(time.perf_counter() - start)
        assert count == rows + 1 and result.imported + result.skipped == rows, result.to_json()
        db.dispose()
    return ours, theirs


def bench_export(folder: Path, customers: int) -> tuple[float, float, float]:
    import xlsxwriter

    from salon_desk.services import jobs
    from salon_desk.services.demo.salon import build_demo
    from salon_desk.services.customers.exporting import (
        EXPORT_HEADERS,
        _customer_rows,
        _Lookups,
        customer_cells,
        export_customers,
    )

    db = Database(folder / "demo.sqlite")
    start = time.perf_counter()
    with db.transaction() as session:
        jobs.run(build_demo(session, customers=customers))
    print(f"  (demo database with {customers:,} customers built in "
          f"{time.perf_counter() - start:.0f} s)")
    with db.session() as session:  # the same rows, in memory, for the bare writer
        conn = session.connection()
        lookups = _Lookups(conn, None)
        rows = [customer_cells(r, lookups) for r in _customer_rows(conn, None)]
    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(folder / "raw.xlsx"), {"constant_memory": True})
    ws = book.add_worksheet()
    ws.write_row(0, 0, EXPORT_HEADERS)
    for n, row in enumerate(rows, start=1):
        ws.write_row(n, 0, row)
    book.close()
    raw = time.perf_counter() - start
    del rows
    start = time.perf_counter()
    result = jobs.run(export_customers(db, folder / "export.xlsx"))
    ours = time.perf_counter() - start
    assert result.customers == customers
    start = time.perf_counter()
    jobs.run(export_customers(db, folder / "export.csv"))
    csv_s = time.perf_counter() - start
    db.dispose()
    return ours, raw, csv_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--repeats", type=int, default=3, help="import runs (best is kept)")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_import:
            ours, theirs = bench_import(folder, args.rows, args.repeats)
            best, their_best = min(ours), min(theirs)
            good = best < their_best
            ok &= good
            print(f"Import {args.rows:,} rows (.xlsx), best of {args.repeats}: {best:.2f} s; "
                  f"openpyxl read_only only reading it: {their_best:.2f} s; ratio "
                  f"{best / their_best:.2f} (target < 1.00) {'OK' if good else 'MISSED'}")
            print("  every run, ours: " + ", ".join(f"{t:.2f}" for t in ours)
                  + "; openpyxl: " + ", ".join(f"{t:.2f}" for t in theirs))
        if not args.skip_export:
            ours, raw, csv_s = bench_export(folder, args.customers)
            good = ours <= raw * 1.3
            ok &= good
            print(f"Export {args.customers:,} customers (.xlsx): {ours:.2f} s; xlsxwriter alone "
                  f"writing the same rows: {raw:.2f} s; ratio {ours / raw:.2f} (target <= 1.30) "
                  f"{'OK' if good else 'MISSED'}")
            print(f"Export {args.customers:,} customers (.csv): {csv_s:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
