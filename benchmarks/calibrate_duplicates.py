"""Fit the duplicate finder's weights on a labelled synthetic set and write them to weights.py.

    .venv/bin/python benchmarks/calibrate_duplicates.py [--people 20000] [--seed 101]

1. Generate a labelled set (tests/duplicates_eval.py) with a seed that the tests and the
   benchmark do NOT use, so the figures they print are measured on data the fit never saw.
2. Build the candidate pairs exactly as the scan does (blocking), and their yes/no features.
3. Fit a logistic regression (Newton's method / IRLS, L2 penalty) in pure Python: the
   features are binary, so identical rows are merged and the fit runs on a few thousand
   distinct rows with counts, not on every pair. Where the fitted weights break the natural
   order of evidence (ORDER: an exact first name weighs at least what a near one does...),
   the two features are tied to one shared weight and the model is fitted again.
4. Choose the thresholds on the fitted probabilities (see choose_thresholds) and write
   salon_desk/services/duplicates/weights.py.

No NumPy needed: the model has under 30 parameters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import duplicates_eval

from salon_desk.services.duplicates.blocking import candidate_pairs
from salon_desk.services.duplicates.features import FEATURES, compare
from salon_desk.services.duplicates.records import Person

WEIGHTS_FILE = ROOT / "salon_desk" / "services" / "duplicates" / "weights.py"
L2 = 1.0  # penalty on the weights (not the bias): keeps rare, perfectly separating rows finite
HIGH_PRECISION = 0.995
MEDIUM_PRECISION = 0.985
LOW_FLOOR = 0.15


def labelled_rows(records: list[dict]) -> Counter:
    """{(active feature indices, same person?): how many candidate pairs}."""
    people = [Person(r) for r in duplicates_eval.rows(records)]
    entity = {r["id"]: r["entity"] for r in records}
    rows: Counter = Counter()
    for pair in candidate_pairs(people):
        if pair is None:
            continue
        a, b = people[pair[0]], people[pair[1]]
        active, _match = compare(a, b)
        rows[tuple(sorted(active)), entity[a.id] == entity[b.id]] += 1
    return rows


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and well posed)."""
    n = len(vector)
    m = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / p
            if f:
                row, top = m[r], m[col]
                for c in range(col, n + 1):
                    row[c] -= f * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


# Evidence that must weigh at least as much as other evidence (stronger, weaker): an exact
# first name is no weaker sign than a near one, whatever the sample says.
ORDER = [("first_same", "first_close"), ("first_same", "first_part"),
         ("last_same", "last_close"), ("last_close", "last_shared"),
         ("birth_same", "birth_partial"),
         ("birth_partial", "birth_close"), ("birth_close", "birth_diff"),
         ("email_same", "email_close"), ("email_close", "email_diff"),
         ("first_close", "first_diff"), ("first_part", "first_diff"),
         ("last_shared", "last_diff"),
         ("address_same", "postcode_same"), ("postcode_same", "address_diff")]


def fit_ordered(rows: Counter) -> tuple[float, list[float]]:
    """fit(), then tie any pair of features whose weights break ORDER and fit again
    (isotonic pooling: a tied pair shares one weight)."""
    index = {name: i for i, name in enumerate(FEATURES)}
    tie: dict[int, int] = {}
    while True:
        bias, weights = fit(rows, len(FEATURES), tie=tie)
        broken = [(index[s], index[w]) for s, w in ORDER
                  if weights[index[w]] > weights[index[s]] + 1e-6]
        if not broken:
            return bias, weights
        for strong, weak in broken:
            root = tie.get(strong, strong)
            for k, v in list(tie.items()):
                if v == weak:
                    tie[k] = root
            tie[weak] = root


def fit(rows: Counter, n_features: int, l2: float = L2, iterations: int = 50,
        tie: dict[int, int] | None = None):
    """Penalised maximum likelihood by Newton's method. Returns (bias, weights).
    ``tie`` maps a feature to the feature whose weight it shares."""
    tie = tie or {}
    # Parameter 0 is the bias; the others follow FEATURES.
    data = []  # (active parameter indices, positives, negatives)
    merged: dict[tuple, list[int]] = {}
    for (active, same), count in rows.items():
        merged.setdefault(active, [0, 0])[0 if same else 1] += count
    for active, (pos, neg) in merged.items():
        data.append(((0, *(tie.get(i, i) + 1 for i in active)), pos, neg))
    k = n_features + 1
    beta = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for idx, pos, neg in data:
            z = sum(beta[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-z))
            total = pos + neg
            g = pos - total * p
            w = total * p * (1.0 - p)
            for i in idx:
                grad[i] += g
                hrow = hess[i]
                for j in idx:
                    hrow[j] += w
        for i in range(1, k):
            grad[i] -= l2 * beta[i]
            hess[i][i] += l2
        hess[0][0] += 1e-9
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    weights = [beta[tie.get(i, i) + 1] for i in range(n_features)]
    return beta[0], weights


def predict(bias: float, weights: list[float], active) -> float:
    z = bias + sum(weights[i] for i in active)
    return 1.0 / (1.0 + math.exp(-z))


def choose_thresholds(scored: list[tuple[float, int, int]]) -> tuple[float, float, float]:
    """High: the lowest score whose pairs at or above it are >= 99.5 % right (and at least 0.9).
    Medium: the same at 98.5 % (and at least 0.5: medium means more likely than not).
    Low: a fixed floor below which pairs are not shown."""
    levels = sorted({s for s, _p, _n in scored}, reverse=True)
    by_level: dict[float, list[int]] = {}
    for s, pos, neg in scored:
        acc = by_level.setdefault(s, [0, 0])
        acc[0] += pos
        acc[1] += neg
    tp = fp = 0
    high = medium = 1.0
    for s in levels:
        tp += by_level[s][0]
        fp += by_level[s][1]
        precision = tp / (tp + fp)
        if precision >= HIGH_PRECISION:
            high = s
        if precision >= MEDIUM_PRECISION:
            medium = s
    high = math.floor(max(high, 0.9) * 1000) / 1000
    medium = math.floor(max(min(medium, high), 0.5) * 1000) / 1000
    return high, medium, LOW_FLOOR


def write_weights(bias, weights, thresholds, info: str) -> None:
    high, medium, low = thresholds
    lines = [
        '"""Calibrated weights of the duplicate finder: GENERATED by',
        "benchmarks/calibrate_duplicates.py, do not edit by hand (re-run the script).",
        "",
        info,
        '"""',
        "",
        f"BIAS = {bias:.4f}",
        "WEIGHTS = {",
        *(f'    "{name}": {w:.4f},' for name, w in zip(FEATURES, weights, strict=True)),
        "}",
        f"THRESHOLD_HIGH = {high}",
        f"THRESHOLD_MEDIUM = {medium}",
        f"THRESHOLD_LOW = {low}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write weights.py")
    args = parser.parse_args()
    start = time.perf_counter()
    records = duplicates_eval.generate(args.people, args.seed)
    rows = labelled_rows(records)
    pos = sum(c for (_a, same), c in rows.items() if same)
    neg = sum(c for (_a, same), c in rows.items() if not same)
    print(f"{len(records):,} records, {pos + neg:,} candidate pairs ({pos:,} same person), "
          f"{len(rows):,} distinct rows, built in {time.perf_counter() - start:.1f} s")
    bias, weights = fit_ordered(rows)
    print(f"bias {bias:+.3f}")
    for name, w in sorted(zip(FEATURES, weights, strict=True), key=lambda x: -x[1]):
        print(f"  {name:<22} {w:+.3f}")
    merged: dict[float, list[int]] = {}
    for (active, same), count in rows.items():
        p = round(predict(bias, weights, active), 6)
        merged.setdefault(p, [0, 0])[0 if same else 1] += count
    thresholds = choose_thresholds([(s, a, b) for s, (a, b) in merged.items()])
    print("thresholds high {} medium {} low {}".format(*thresholds))
    # Calibration table: predicted vs observed share of same-person pairs, by decile.
    bins: dict[int, list[float]] = {}
    for s, (a, b) in merged.items():
        acc = bins.setdefault(min(int(s * 10), 9), [0, 0, 0.0])
        acc[0] += a
        acc[1] += a + b
        acc[2] += s * (a + b)
    print("score band   pairs   mean predicted   observed same")
    for k in sorted(bins):
        a, n, sp = bins[k]
        print(f"{k / 10:.1f}-{(k + 1) / 10:.1f}  {n:>8,}   {sp / n:14.3f}   {a / n:13.3f}")
    info = (f"Fitted on {len(records):,} synthetic records (seed {args.seed}, "
            f"{args.people:,} people):\n{pos + neg:,} candidate pairs of which {pos:,} the same "
            f"person; L2 penalty {L2}; {dt.date.today().isoformat()}.")
    if not args.dry_run:
        write_weights(bias, weights, thresholds, info)
        print(f"written {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
