"""The search gives the same answers on SQLite and on a salon server (PostgreSQL).

The same customers are entered on both engines (the same ids), then a few hundred queries made
from them are run on both through what the search box, `salon-desk search` and the customer
list run: the first 50 results, close matches included, must be the same ids in the same order.
The server database here sorts text by Spanish rules (an ICU collation), as a server set up in
Spanish would: the list's order must still be SQLite's, byte by byte.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import unicodedata

import pytest

from salon_desk.models import Customer
from salon_desk.models.db import Database
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.demo.salon import setup_salon
from salon_desk.services.search.lookup import CustomerFilter, search, search_ids
from salon_desk.text import word_breaks

FIRST = ["Ana", "Ana-María", "Lucía", "José", "Chloé", "Øystein", "Ольга", "Ελένη", "Mª José",
         "M.Carmen", "Jean-Pierre", "Zoë", "Ignacio", "Iñaki", "Noa", "Li", "王小明", "Björn",
         "Siobhán", "Eva", "Teodora", "Ximena", "Dolores", "J.R.", "Yusuf", "Ana Belén"]
LAST = ["García", "Núñez", "O'Brien", "D’Angelo", "St.John", "de la Fuente", "Delgado",
        "Müller", "Groß", "Łukasiewicz", "Pazos Quennell", "Vidal", "Vidak", "Lefèvre",
        "Иванова", "Παπαδοπούλου", "van der Berg", "Mac-Allister", "Smith", "Ruiz-Gallardón",
        "Fernández 2º", "Llull", "Çelik", "Nguyễn", "Dvořák", "o'neill", "Abad"]
DOMAINS = ["example.com", "correo.es", "mail.fr"]


def _mobile(rng: random.Random) -> tuple[str, str]:
    """A mobile as typed, and its country."""
    if rng.random() < 0.7:
        digits = f"6{rng.randint(10_000_000, 99_999_999)}"
        shown = rng.choice([f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}", digits,
                            f"0034{digits}", f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"])
        return shown, "ES"
    digits = f"6{rng.choice('124568')}{rng.randint(1_000_000, 9_999_999)}"
    return f"0{digits[0]} {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", "FR"


def _email(rng: random.Random, first: str, last: str) -> str | None:
    if rng.random() < 0.25:
        return None
    local = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
    local = "".join(ch for ch in local.lower() if ch.isalnum() or ch in ".-")
    while ".." in local:
        local = local.replace("..", ".")
    local = local[:rng.randint(4, 18)].strip(".-") or "cliente"
    return f"{local}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"


def customers(n: int, seed: int = 18) -> list[CustomerData]:
    rng = random.Random(seed)
    found = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.3:
            last = f"{last} {rng.choice(LAST)}"
        mobile, country = _mobile(rng) if rng.random() < 0.85 else (None, "ES")
        found.append(CustomerData(
            first_name=first if rng.random() < 0.95 else "", last_name=last,
            email=_email(rng, first, last), mobile=mobile, country=country,
            phone=f"+34 91{rng.randint(1_000_000, 9_999_999)}" if rng.random() < 0.2 else None,
            external_id=f"OLD-{1000 + i}" if rng.random() < 0.3 else None,
            active=rng.random() < 0.9))
    return found


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + rng.choice("aeiourst") + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def queries(people: list[CustomerData], n: int, seed: int = 7) -> list[str]:
    """What a receptionist (or a paste) types, made from the customers entered."""
    rng = random.Random(seed)
    found = ["a", "m", "jo", "br", "ca", "fu", "_a", "a_", "\"", "*", "AND", "-", "o'", "é",
             "王", "st.", "#1", "#999999", "2147483648", "9223372036854775807", "612 3",
             "+34 6", "0034 6", "06 1", "ana gar", "de la", "mc", "2º", "ll", "ç", "ng"]
    while len(found) < n:
        p = rng.choice(people)
        words = (p.first_name + " " + p.last_name).split()
        word = rng.choice(words)
        kind = rng.random()
        if kind < 0.2:
            found.append(word[:rng.randint(1, 2)])
        elif kind < 0.4:
            start = rng.randrange(max(1, len(word) - 2))
            found.append(word[start:start + rng.randint(3, 7)])
        elif kind < 0.5 and p.mobile:
            digits = "".join(ch for ch in p.mobile if ch.isdigit())[-9:]
            start = rng.randint(0, 4)
            found.append(digits[start:start + rng.randint(3, 7)])
        elif kind < 0.6 and p.email:
            found.append(p.email[:rng.randint(3, len(p.email))])
        elif kind < 0.75 and len(word) >= 4:
            found.append(_typo(word, rng))
        elif kind < 0.85:
            found.append(f"{rng.choice(words)[:2]} {word[:rng.randint(3, 6)]}".upper())
        elif kind < 0.9 and p.external_id:
            found.append(p.external_id.lower())
        elif kind < 0.95 and p.email and len(p.email.split("@")[0]) > 7:
            found.append(_typo(p.email.split("@")[0], rng))
        else:
            found.append(str(rng.randint(1, len(people) + 5)))
    return found


@pytest.fixture
def both(tmp_path, pg_server):
    """The same customers on SQLite and on a server database that sorts text in Spanish."""
    name = f"salon_es_{next(_NAMES)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu "
                    "ICU_LOCALE 'es' LOCALE 'C' ENCODING 'UTF8'")
    url = pg_server.url(name)
    databases = []
    try:
        databases += [Database(tmp_path / "salon.sqlite"), Database(url)]
        people = customers(320)
        for db in databases:
            with db.transaction() as session:
                setup_salon(session)
                for data in people:
                    create_customer(session, data)
        yield databases, people
    finally:
        for db in databases:
            db.dispose()
        pg_server.drop_database(url)


_NAMES = itertools.count(1)


def _answers(db: Database, query: str) -> tuple[list, list]:
    with db.session() as session:
        return ([(row.id, row.close) for row in search(session, query)],
                search_ids(session, CustomerFilter(text=query))[:50])


def test_generated_queries_find_the_same_customers_on_both_engines(both):
    (sqlite_db, server_db), people = both
    asked = queries(people, 400)
    differ, found, close = [], 0, 0
    for query in asked:
        on_sqlite, on_server = _answers(sqlite_db, query), _answers(server_db, query)
        if on_sqlite != on_server:
            differ.append((query, on_sqlite, on_server))
        found += bool(on_sqlite[0])
        close += any(c for _id, c in on_sqlite[0])
    assert differ == []
    assert found > 300 and close > 20  # the queries do find people, some by a typo


def test_the_list_sorts_by_name_as_sqlite_does_on_a_spanish_server(both):
    (sqlite_db, server_db), _people = both
    for sort in ("name", "email", "mobile"):
        for descending in (False, True):
            orders = []
            for db in (sqlite_db, server_db):
                with db.session() as session:
                    orders.append(search_ids(session, CustomerFilter(), sort, descending))
            assert orders[0] == orders[1]


def test_the_word_breaks_are_sqlites_own():
    """text.word_breaks against the tokenizer of the SQLite this Python has."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE w USING fts5(words, "
                 "tokenize=\"unicode61 remove_diacritics 2\")")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(w, instance)")
    points = [cp for cp in range(1, 0x30000) if not 0xD800 <= cp < 0xE000]
    conn.executemany("INSERT INTO w(rowid, words) VALUES (?, ?)",
                     ((cp, f"x{chr(cp)}y") for cp in points))
    breaks = {cp for (cp,) in conn.execute("SELECT doc FROM v WHERE term = 'y'")}
    assert [cp for cp in points if word_breaks.is_break(chr(cp)) != (cp in breaks)] == []


def test_an_external_id_a_merge_replaced_finds_the_kept_customer(any_salon_db, make_customer):
    """Through the merge's record of every ID involved (JSON, read by each engine its way)."""
    from salon_desk.services.merging.merge import merge_customers
    from salon_desk.services.search.resolve import resolve_customer

    kept = make_customer(first_name="Irene", last_name="Soto", external_id="NEW-1")
    gone = make_customer(first_name="Irene", last_name="Soto", external_id="OLD-9")
    with any_salon_db.transaction() as session:
        merge_customers(session, kept, [gone], {"external_id": gone})
    with any_salon_db.session() as session:
        assert session.get(Customer, kept).external_id == "OLD-9"
        assert resolve_customer(session, "new-1").id == kept
        assert [row.id for row in search(session, "NEW-1")] == [kept]
        assert resolve_customer(session, "new-2") is None


GLOBS = ["?*@?*.?*", "*@*@*", "*[ ,;<>]*", "*.", "+[1-9]*", "*[^0-9]*"]
TEXTS = ["ana@example.com", "a@b.c", "@b.c", "ana@", "a@b@c.d", "ana maria@x.es", "ana@x.", "x.",
         "+34612345678", "+0612", "+3461234567a", "612345678", "", "a\nb@c.d", "ñ@ü.es",
         "[a]@b.c", "a*b?@c.d", "+", "+9", "12.5"]


def test_glob_means_the_same_on_a_server(pg_server):
    """The composer's address checks: SQLite's GLOB and the server's regular expression."""
    import psycopg

    from salon_desk.services.search.either import glob_regex

    lite = sqlite3.connect(":memory:")
    with psycopg.connect(pg_server.url()) as conn:
        for pattern in GLOBS:
            for text in TEXTS:
                expected = lite.execute("SELECT ? GLOB ?", (text, pattern)).fetchone()[0]
                on_server = conn.execute("SELECT %s ~ %s", (text, glob_regex(pattern)))
                assert on_server.fetchone()[0] == bool(expected), (pattern, text)


def test_the_list_reads_its_name_order_from_an_index_on_a_server(pg_server):
    """The first page sorted by name, either way, with no sort of every customer: the server
    reads ix_customers_name_order (byte order, live customers) in order (migration 0014)."""
    from sqlalchemy import text
    from sqlalchemy.dialects import postgresql

    from salon_desk.services.search.lookup import build_query

    url = pg_server.new_database()
    db = Database(url)
    try:
        with db.session() as session:
            session.execute(text("SET LOCAL enable_sort = off"))  # any other way it can
            for descending in (False, True):
                compiled = build_query(CustomerFilter(), "name", descending).limit(50).compile(
                    dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
                plan = "\n".join(session.execute(text(f"EXPLAIN {compiled}")).scalars())
                assert "ix_customers_name_order" in plan and "Sort" not in plan, plan
    finally:
        db.dispose()
        pg_server.drop_database(url)
