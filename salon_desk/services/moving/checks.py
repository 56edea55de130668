"""What a move compares between the salon file and the server: rows per table and the sums
that money and what customers hold add up to."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

# (table, column): summed on both sides after the copy.
SUMS = (
    ("sales", "total_cents"), ("sales", "paid_cents"), ("sale_lines", "amount_cents"),
    ("payments", "amount_cents"), ("debts", "initial_cents"), ("debts", "remaining_cents"),
    ("debt_payments", "amount_cents"), ("cash_movements", "amount_cents"),
    ("points_entries", "points"), ("vouchers", "sessions_bought"),
    ("vouchers", "sessions_used"), ("prepaid_cards", "value_cents"),
    ("prepaid_cards", "used_cents"), ("loyalty_cards", "value_cents"),
    ("loyalty_cards", "used_cents"),
)


@dataclass(frozen=True)
class Compared:
    what: str  # a table, or "table.column" for a sum
    in_file: int
    on_server: int

    @property
    def same(self) -> bool:
        return self.in_file == self.on_server


@dataclass(frozen=True)
class MoveResult:
    server: str  # the address without its password
    rows: list[Compared]
    sums: list[Compared]
    documents: int  # files put into the server database
    documents_missing: list[str] = field(default_factory=list)  # named, not in the folder
    seconds: float = 0.0

    @property
    def customers(self) -> int:
        return next((c.on_server for c in self.rows if c.what == "customers"), 0)


def file_counts(source: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    return {t: source.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def server_counts(conn, tables: list[str]) -> dict[str, int]:
    return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}


def _sum_sql(table: str, column: str) -> str:
    return f'SELECT coalesce(sum("{column}"), 0) FROM "{table}"'


def compare(source: sqlite3.Connection, conn, tables: list[str]
            ) -> tuple[list[Compared], list[Compared]]:
    """(rows per table, sums), the file's figures beside the server's."""
    before, after = file_counts(source, tables), server_counts(conn, tables)
    rows = [Compared(t, before[t], after[t]) for t in tables]
    sums = [Compared(f"{t}.{c}", int(source.execute(_sum_sql(t, c)).fetchone()[0]),
                     int(conn.exec_driver_sql(_sum_sql(t, c)).scalar()))
            for t, c in SUMS if t in tables]
    return rows, sums
