"""Search and id parsing take anything a person (or a paste) may type: ids beyond SQLite's
integers, digits that are not ASCII (², ٣), NUL characters. No exception, a sensible answer."""

from __future__ import annotations

import pytest

from salon_desk.cli import main
from salon_desk.services.errors import NotFound
from salon_desk.services.merging.merge import merge_customers, propose
from salon_desk.services.search.resolve import resolve_customer
from salon_desk.services.search.lookup import CustomerFilter, exact_id, parse_id, search, search_ids

pytestmark = pytest.mark.any_engine  # on SQLite and on a salon server

HUGE = "99999999999999999999"  # more than 2^63


@pytest.fixture
def lucia(make_customer):
    return make_customer(first_name="Lucía", last_name="García", mobile="+34 612 345 678",
                         external_id="OLD-7")


@pytest.mark.parametrize("query", [
    f"#{HUGE}", HUGE, "#9223372036854775808", "9223372036854775808", "²", "#²", "²³", "٣",
    "#٣", "\x00", "a\x00b", "12\x00", "\x00\x00#1", "#", "# ", "#-1", "-1", "#1e3",
    "\"", "\"\x00\"", "*", "NEAR(", "AND", "💇", "0" * 400, "1" * 400,
])
def test_odd_queries_answer_without_raising(salon_db, lucia, query):
    with salon_db.session() as session:
        rows = search(session, query)
        ids = search_ids(session, CustomerFilter(text=query))
        exact_id(session, query)
    assert all(r.id == lucia for r in rows) and set(ids) <= {lucia}


def test_a_nul_inside_a_query_is_ignored(salon_db, lucia):
    with salon_db.session() as session:
        assert [r.id for r in search(session, "Gar\x00cía")] == [lucia]
        assert [r.id for r in search(session, "612\x00345")] == [lucia]


def test_ids_beyond_sqlite_find_nobody_and_the_largest_one_works(salon_db, lucia):
    with salon_db.session() as session:
        assert search(session, f"#{HUGE}") == []
        assert search(session, "#9223372036854775807") == []
        assert [r.id for r in search(session, f"#{lucia}")] == [lucia]


@pytest.mark.parametrize(("text", "expected"), [
    ("12", 12), ("#12", 12), (" # 12 ", 12), ("9223372036854775807", 2**63 - 1),
    ("9223372036854775808", None), (HUGE, None), ("²", None), ("٣", None), ("0", None),
    ("-3", None), ("1\x00", None), ("", None), ("#", None),
])
def test_parse_id(text, expected):
    assert parse_id(text) == expected


@pytest.mark.parametrize("key", [HUGE, f"#{HUGE}", "²", "#²", "\x00", "٣"])
def test_resolve_takes_any_key(salon_db, lucia, key):
    with salon_db.session() as session:
        assert resolve_customer(session, key) is None


def test_resolve_still_finds_an_id_and_an_external_id(salon_db, lucia):
    with salon_db.session() as session:
        assert resolve_customer(session, f"#{lucia}").id == lucia
        assert resolve_customer(session, "old-7").id == lucia
        assert resolve_customer(session, lucia).id == lucia


def test_merging_ids_beyond_sqlite_is_a_clear_not_found(salon_db, lucia):
    with pytest.raises(NotFound), salon_db.transaction() as session:
        merge_customers(session, lucia, [2**64])
    with pytest.raises(NotFound), salon_db.session() as session:
        propose(session, 2**63, [lucia])


@pytest.mark.parametrize("args", [
    ["merge", "1", HUGE], ["merge", HUGE, "1"], ["merge-undo", HUGE], ["dismiss", "1", "²"],
    ["print", "ticket", HUGE, "-o", "x.pdf"], ["import-undo", HUGE],
])
def test_cli_ids_beyond_sqlite_are_refused_as_usage(salon_db, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(salon_db.location), *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "not a record id" in err and "Traceback" not in err


@pytest.mark.parametrize("key", [HUGE, "²", f"#{HUGE}"])
def test_cli_resolve_and_search_take_any_text(salon_db, lucia, capsys, key):
    assert main(["--db", str(salon_db.location), "resolve", key]) == 1
    assert main(["--db", str(salon_db.location), "search", key]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "No customers found." in captured.out
