"""Search: the query behind the list, the global search box and `salon-desk search`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from salon_desk.cli import main
from salon_desk.models import Badge, Customer
from salon_desk.services.customers.records import (
    CustomerData,
    delete_customers,
    set_badge,
    update_customer,
)
from salon_desk.services.search.lookup import CustomerFilter, fetch_rows, search, search_ids

pytestmark = pytest.mark.any_engine  # on SQLite and on a salon server


@pytest.fixture
def people(salon_db, make_customer):
    return {
        "lucia": make_customer(first_name="Lucía", last_name="García Núñez",
                               email="lucia.garcia@example.com", mobile="+34 612 345 678",
                               external_id="OLD-7781"),
        "jose": make_customer(first_name="José", last_name="Álvarez", mobile="0034 699 111 222",
                              phone="+34 910 223 344"),
        "chloe": make_customer(first_name="Chloé", last_name="Lefèvre", country="FR",
                               mobile="06 12 34 56 78", email="chloe@example.org"),
        "olga": make_customer(first_name="Ольга", last_name="Иванова", mobile="+380671234567"),
        "eleni": make_customer(first_name="Ελένη", last_name="Παπαδοπούλου"),
        "anna": make_customer(first_name="Anna", last_name="Smith", email="anna.s@example.net",
                              active=False),
    }


def ids_for(db, query, **flt):
    with db.session() as session:
        return search_ids(session, CustomerFilter(text=query, **flt))


@pytest.mark.parametrize("query", ["612345678", "612 345 678", "612-34-56", "+34 612",
                                   "0034612345", "(612) 345", "4567"])
def test_phone_fragments_match_whatever_the_formatting(salon_db, people, query):
    assert people["lucia"] in ids_for(salon_db, query)


def test_national_format_fragment_finds_a_foreign_mobile(salon_db, people):
    # French national format: 06 12 34 56 78
    assert ids_for(salon_db, "06 12 34") == [people["chloe"]]
    assert ids_for(salon_db, "910 22") == [people["jose"]]  # landline


@pytest.mark.parametrize(("query", "who"), [
    ("garcia", "lucia"), ("GARCÍA", "lucia"), ("nunez", "lucia"), ("lucia garc", "lucia"),
    ("alvarez", "jose"), ("jose", "jose"), ("lefevre", "chloe"), ("chloe", "chloe"),
    ("ольга", "olga"), ("иван", "olga"), ("ελενη", "eleni"), ("Ελένη", "eleni"),
])
def test_names_match_with_or_without_accents(salon_db, people, query, who):
    assert ids_for(salon_db, query) == [people[who]]


def test_email_and_external_id(salon_db, people):
    assert ids_for(salon_db, "lucia.garcia@exa") == [people["lucia"]]
    assert ids_for(salon_db, "example.org") == [people["chloe"]]
    assert ids_for(salon_db, "old-7781") == [people["lucia"]]


def test_one_and_two_letter_queries_match_word_starts(salon_db, people):
    assert set(ids_for(salon_db, "l")) == {people["lucia"], people["chloe"]}  # Lucía, Lefèvre
    assert ids_for(salon_db, "ch") == [people["chloe"]]
    assert set(ids_for(salon_db, "á")) == {people["jose"], people["anna"]}  # Álvarez, Anna
    assert ids_for(salon_db, "gn") == []


def test_short_number_is_an_id(salon_db, people):
    assert ids_for(salon_db, str(people["jose"])) == [people["jose"]]


def test_filters_combine_with_text(salon_db, people):
    assert ids_for(salon_db, "an", active=False) == [people["anna"]]
    assert people["anna"] not in ids_for(salon_db, "", active=True)
    with salon_db.transaction() as session:
        vip = session.scalar(select(Badge).where(Badge.key == "vip")).id
        set_badge(session, [people["jose"], people["olga"]], vip, True)
    assert set(ids_for(salon_db, "", badge_id=vip)) == {people["jose"], people["olga"]}
    assert ids_for(salon_db, "jose", badge_id=vip) == [people["jose"]]


def test_rows_carry_their_badges_in_the_badges_order(salon_db, people):
    with salon_db.transaction() as session:
        badges = list(session.scalars(select(Badge).order_by(Badge.id)))[:3]
        for position, badge in zip((3, 1, 2), badges, strict=True):
            badge.position = position
        for badge in badges:
            set_badge(session, [people["jose"]], badge.id, True)
        set_badge(session, [people["olga"]], badges[0].id, True)
    with salon_db.session() as session:
        rows = fetch_rows(session, [people["olga"], people["lucia"], people["jose"]],
                          close=frozenset({people["lucia"]}))
    assert [(r.id, r.badge_ids, r.close) for r in rows] == [
        (people["olga"], [badges[0].id], False), (people["lucia"], [], True),
        (people["jose"], [badges[1].id, badges[2].id, badges[0].id], False)]


def test_sorted_by_name_in_sql(salon_db, people):
    with salon_db.session() as session:
        ids = search_ids(session, CustomerFilter(), sort="name")
        rows = fetch_rows(session, ids)
    assert [r.last_name for r in rows][:3] == ["Álvarez", "García Núñez", "Lefèvre"]
    with salon_db.session() as session:
        desc = search_ids(session, CustomerFilter(), sort="name", descending=True)
    assert desc == list(reversed(ids))


def test_index_follows_edits_and_deletes(salon_db, people):
    with salon_db.transaction() as session:
        data = CustomerData.from_customer(session.get(Customer, people["jose"]))
        data.last_name = "Ortega"
        update_customer(session, people["jose"], data)
    assert ids_for(salon_db, "alvarez") == []
    assert ids_for(salon_db, "ortega") == [people["jose"]]
    with salon_db.transaction() as session:
        delete_customers(session, [people["jose"]])
    assert ids_for(salon_db, "ortega") == []


def test_odd_input_does_not_break_the_query(salon_db, people):
    for query in ['"', "a\"b'c", "AND OR NOT", "*", "-", "((", "NEAR(", "🙂"]:
        ids_for(salon_db, query)  # no exception


def test_search_puts_an_exact_id_first(salon_db, people):
    with salon_db.session() as session:
        assert search(session, f"#{people['olga']}")[0].id == people["olga"]


def test_cli_search_json(salon_db, people, capsys):
    assert main(["--db", str(salon_db.location), "search", "garcia", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == [{"id": people["lucia"], "name": "Lucía García Núñez",
                    "mobile": "+34612345678", "email": "lucia.garcia@example.com",
                    "close": False}]


def test_old_ids_of_a_merged_record_find_the_kept_customer(salon_db, make_customer, capsys):
    from salon_desk.services.merging.merge import merge_customers

    kept = make_customer(first_name="Irene", last_name="Soto", external_id="NEW-1")
    gone = make_customer(first_name="Irene", last_name="Soto Ruiz", external_id="OLD-555")
    with salon_db.transaction() as session:
        merge_customers(session, kept, [gone])
    with salon_db.session() as session:
        assert [r.id for r in search(session, "OLD-555")] == [kept]
        assert [r.id for r in search(session, f"#{gone}")] == [kept]
    assert main(["--db", str(salon_db.location), "search", "old-555", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == kept
