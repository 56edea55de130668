"""Converting rows a column at a time (RowConverter.convert_many, by_column) gives every row
exactly what converting it alone (convert) gives: values, problems, flags, notes, fatal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from salon_desk.services.importing import UnreadableFile, analyse
from salon_desk.services.importing.rows import Conventions, RowConverter
from tests import import_fuzz
from tests.import_files import write_csv, write_xlsxwriter

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.timezone.utc)


def _both_ways(path, conv: Conventions, block: int = 7) -> tuple[list, list]:
    analysis = analyse(path)
    one = RowConverter(analysis.matches, conv, analysis.marks)
    alone = [dataclasses.asdict(one.convert(row, line))
             for row, line in zip(analysis.rows, analysis.lines, strict=True)]
    many = RowConverter(analysis.matches, conv, analysis.marks)
    blocks = []
    for start in range(0, len(analysis.rows), block):  # blocks: what one remembers is reused
        blocks += [dataclasses.asdict(r) for r in many.convert_many(
            analysis.rows[start:start + block], analysis.lines[start:start + block])]
    return alone, blocks


def _salon_rows(rng: random.Random, count: int) -> list[list]:
    """Rows in the shapes a salon's file has, with the odd cells that become problems."""
    firsts = ["Ana", " Luz ", "José  María", "\u200bEva", "", None, "N/A", "Zoë", 7]
    lasts = ["García López", "O'Brien", "Núñez", "", None, "Pérez\tRuiz", "---"]
    emails = ["ana@example.com", "ANA@Example.COM", "no-at-sign", "a@x.com ::: b@y.com",
              "a@x.com, b@y.com", "mailto:eva@example.org", "", None, "josé@correo.es",
              "x@test", "dup@example.com ::: DUP@example.com"]
    phones = ["612345678", "+34 612 345 678", "0034612345678", 612345678, 612345678.0,
              "903230155", "+44 7911 123456", "(612) 345-678", "612 345 678 ext 12",
              "612345678 ::: 699111222", "abc", "", None, "+33 6 12 34 56 78", "0612345678"]
    genders = ["Mujer", "Hombre", "M", "H", "F", "X?", "", None, 1, "1", True, "mrs."]
    dates = ["17/05/1980", "31/02/1990", "1899-01-01", "01/01/2090", dt.date(1975, 3, 12),
             dt.datetime(1982, 1, 2, 0, 0), "", None, "0000-05-17", "12/31/1980", 30000,
             "maybe"]
    ids = ["C-1", 12345678901234567890.0, 42, 4.5, "", None, "  C 2  "]
    countries = ["ES", "France", "fr", "Narnia", "", None]
    rows = []
    for i in range(count):
        rows.append([rng.choice(ids), rng.choice(firsts), rng.choice(lasts), rng.choice(emails),
                     rng.choice(phones), rng.choice(genders), rng.choice(dates),
                     rng.choice(countries), rng.choice(["", "Prefers mornings", None, 3]),
                     rng.choice(["Madrid", " Sevilla ", "", None]) if i % 3 else "Lugo"])
    return rows


HEADERS = ["Nº cliente", "Nombre", "Apellidos", "Email", "Móvil", "Sexo", "Fecha de nacimiento",
           "País", "Observaciones", "Ciudad"]


@pytest.mark.parametrize("writer", ["xlsx", "csv"])
@pytest.mark.parametrize("m_is_female", [False, True])
def test_a_salon_file_converts_the_same_both_ways(tmp_path, writer, m_is_female):
    rows = [HEADERS, *_salon_rows(random.Random(15), 400)]
    path = (write_xlsxwriter(tmp_path / "c.xlsx", rows) if writer == "xlsx"
            else write_csv(tmp_path / "c.csv", [["" if v is None else v for v in row]
                                                for row in rows]))
    conv = Conventions(country="ES", date_order="dmy", m_is_female=m_is_female, now=NOW)
    alone, blocks = _both_ways(path, conv)
    assert alone == blocks
    problems = sum(len(r["problems"]) for r in alone)
    assert problems > 100 and sum(bool(r["info_notes"]) for r in alone) > 10  # odd cells read
    if writer == "xlsx":  # customer numbers typed as spreadsheet numbers, rounded
        assert sum(bool(r["flags"]) for r in alone) > 5
    assert sum(r["values"].get("country") == "FR" for r in alone) > 10


def test_columns_read_row_by_row_convert_the_same_both_ways(tmp_path):
    """Targets in two columns, a full name, paired phone columns: the steps not read a column
    at a time, next to the ones that are."""
    rng = random.Random(7)
    headers = ["Full name", "Email", "Email 2", "Mobile", "Home phone", "Phone 1 - Type",
               "Phone 1 - Value", "Gender", "Birthday", "Notes", "Notes"]
    rows = [headers]
    base = _salon_rows(rng, 300)
    for r in base:
        rows.append([rng.choice(["Ana García", "García, Ana", "", "Mr John Smith"]), r[3],
                     rng.choice(["", "b@example.com"]), r[4], rng.choice(["", "910123456"]),
                     rng.choice(["Mobile", "Home", "Work", ""]), rng.choice(["699111222", ""]),
                     r[5], r[6], r[8], rng.choice(["", "extra"])])
    path = write_xlsxwriter(tmp_path / "google.xlsx", rows)
    alone, blocks = _both_ways(path, Conventions(country="ES", date_order="dmy", now=NOW), 50)
    assert alone == blocks


def test_fuzzed_files_convert_the_same_both_ways(tmp_path):
    """Mutants of good files (tests/import_fuzz.py): whatever their cells hold."""
    rng = random.Random(2026)
    compared = 0
    for n in range(40):
        suffix, data = (import_fuzz.csv_case(rng) if n % 2
                        else import_fuzz.xlsx_case(rng, tmp_path))
        path = tmp_path / f"case{n}{suffix}"
        path.write_bytes(data)
        try:
            alone, blocks = _both_ways(path, Conventions(now=NOW), 3)
        except UnreadableFile:
            continue
        assert alone == blocks, path
        compared += 1
    assert compared >= 10
