"""salon_desk.text: one folding for the search and the duplicate finder, the shipped first names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from salon_desk.services.duplicates.normalise import known_first_names
from salon_desk.services.duplicates.records import COLUMNS, Person
from salon_desk.services.search.lookup import CustomerFilter, search_ids
from salon_desk.text.fold import fold, fold_words
from salon_desk.text.names import FIRST_NAMES_FILE, first_names

ROOT = Path(__file__).resolve().parents[1]

# (a surname as written, its words as both the search and the duplicate finder read them)
HARD_CASES = [
    ("GARCÍA", "garcia"),  # accents, capitals
    ("Nguyễn", "nguyen"),  # two marks on one letter
    ("Jose\u0301", "jose"),  # a combining accent typed after its letter
    ("Strauß", "strauss"),
    ("STRAUẞ", "strauss"),  # the capital sharp s
    ("Søren", "soren"),
    ("Łukasz", "lukasz"),
    ("Đorđević", "dordevic"),
    ("Æsir", "aesir"),
    ("Œuvray", "oeuvray"),
    ("Ǣlfric", "aelfric"),  # æ with a mark on it
    ("Raﬃn", "raffin"),  # the ffi ligature
    ("Yıldız", "yildiz"),  # Turkish dotless i
    ("İnce", "ince"),  # Turkish capital dotted I
    ("Ｍａｒｔíｎｅｚ", "martinez"),  # full-width letters
    ("O'Brien", "o brien"),
    ("O’Brien", "o brien"),  # a typographic apostrophe
    ("García-López", "garcia lopez"),
    ("Zoë", "zoe"),
    ("ℌelena", "helena"),  # a letter that decomposes to a capital
    ("Ηλίας", "ilias"),  # Greek
    ("Παπαδοπούλου", "papadopoulou"),
    ("Ольга", "olha"),  # Cyrillic
]


@pytest.mark.parametrize(("written", "words"), HARD_CASES)
def test_one_fold_for_search_and_duplicates(written, words):
    assert fold_words(written) == words
    assert fold_words(fold(written)) == words  # folding twice changes nothing
    assert fold(fold(written)) == fold(written)
    person = Person(tuple({"id": 1, "last_name": written}.get(c) for c in COLUMNS))
    assert person.last == words


def test_the_search_finds_each_hard_case_as_the_duplicate_finder_reads_it(salon_db,
                                                                          make_customer):
    """Written one way, found typing the words the duplicate finder compares, and the other
    way round: the index and the queries are folded as the duplicate finder folds."""
    ids = {written: make_customer(first_name="Ana", last_name=written)
           for written, _words in HARD_CASES}
    with salon_db.session() as session:
        for written, words in HARD_CASES:
            assert ids[written] in search_ids(session, CustomerFilter(text=words)), written
            found = search_ids(session, CustomerFilter(text=written))
            assert ids[written] in found, written
            # The first letters alone (the word-prefix index) find it too.
            assert ids[written] in search_ids(session, CustomerFilter(
                text=words.split()[-1][:2])), written


def test_search_and_duplicates_call_the_same_fold():
    from salon_desk.models import search_index
    from salon_desk.services.duplicates import records
    from salon_desk.services.search import sql

    assert search_index.fold is sql.fold is fold
    assert records._fold_name.__wrapped__ is fold_words


def test_first_names_come_from_the_shipped_file():
    header = FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# First names of the salon's countries, from Faker ")
    names = first_names()
    assert {"lucia", "lucas", "marta", "maria", "ilias", "olha", "jose"} <= names
    assert len(names) > 5000 and names <= known_first_names()


def test_first_names_load_without_faker():
    """The duplicate finder's names never come from Faker at run time (Faker stays for the
    demo): with Faker impossible to import, the same names load."""
    code = (
        "import sys; sys.modules['faker'] = None\n"
        "from salon_desk.services.duplicates.normalise import known_first_names\n"
        "from salon_desk.text.names import first_names\n"
        "print(len(first_names()), len(known_first_names()))\n"
        "assert 'faker' not in [m.split('.')[0] for m in sys.modules if sys.modules[m]]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == [str(len(first_names())), str(len(known_first_names()))]


def test_the_installer_ships_the_first_names():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert '"salon_desk" / "text" / "first_names.txt"' in spec
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"text/*.txt"' in pyproject


def test_a_database_indexed_with_the_older_folding_is_indexed_again(tmp_path):
    """Index format 2 kept Greek and Cyrillic as they were written: opened now, the file is
    re-indexed, its sort names included (the import matches customers by them)."""
    import sqlite3

    from salon_desk.models.db import Database
    from salon_desk.services.customers.records import CustomerData, create_customer

    path = tmp_path / "salon.sqlite"
    db = Database(path)
    with db.transaction() as session:
        cid = create_customer(session, CustomerData(first_name="Ηλίας",
                                                    last_name="Παπαδόπουλος")).id
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE customers SET sort_name = 'παπαδοπουλος ηλιας'")
    conn.execute("DELETE FROM customer_fts")
    conn.execute("DELETE FROM customer_words")
    conn.execute("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)",
                 (cid, f"{cid} | ηλιας | παπαδοπουλος"))
    conn.execute("INSERT INTO customer_words(rowid, words) VALUES (?, 'Ηλίας Παπαδόπουλος')",
                 (cid,))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    db = Database(path)
    try:
        with db.session() as session:
            assert session.execute(text("SELECT sort_name FROM customers")).scalar() == (
                "papadopoulos ilias")
            for typed in ("ilias", "papa", "il", "Ηλίας"):
                assert search_ids(session, CustomerFilter(text=typed)) == [cid], typed
            assert session.execute(text("PRAGMA user_version")).scalar() == 3
    finally:
        db.dispose()
