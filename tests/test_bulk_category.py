"""Putting many customers in a category at once (services.customers.bulk.set_category)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salon_desk.models import Badge, Customer, customer_badges
from salon_desk.models.customers import CustomerCategory
from salon_desk.services import jobs
from salon_desk.services.customers import bulk, bulk_undo

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def categories(salon_db) -> tuple[int, int]:
    with salon_db.transaction() as session:
        gold, silver = CustomerCategory(name="Gold"), CustomerCategory(name="Silver")
        session.add_all([gold, silver])
        session.flush()
        return gold.id, silver.id


def _categories(db) -> dict[int, int | None]:
    with db.session() as session:
        return dict(session.execute(select(Customer.id, Customer.category_id)).all())


def test_set_category_moves_only_the_named_customers(salon_db, make_customer, categories):
    gold, silver = categories
    ids = [make_customer(first_name=f"P{i}") for i in range(4)]
    other = make_customer(first_name="Other", category_id=silver)
    already = make_customer(first_name="Already", category_id=gold)
    changed = jobs.run(bulk.set_category(salon_db, ids + [already], gold))
    assert changed == 4  # the one already in Gold is not counted
    after = _categories(salon_db)
    assert all(after[i] == gold for i in ids + [already]) and after[other] == silver
    assert jobs.run(bulk.set_category(salon_db, ids[:2], None)) == 2
    after = _categories(salon_db)
    assert after[ids[0]] is None and after[ids[1]] is None and after[ids[2]] == gold


def test_set_category_is_one_transaction_chunk_by_chunk(salon_db, make_customer, categories,
                                                        monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 2)
    ids = [make_customer(first_name=f"P{i}") for i in range(5)]
    seen = []
    with pytest.raises(jobs.Cancelled):
        jobs.drive(bulk.set_category(salon_db, ids, categories[0]), seen.append,
                   cancelled=lambda: len(seen) >= 2)
    assert [s.done for s in seen] == [2, 4]
    assert set(_categories(salon_db).values()) == {None}  # nothing of it kept


def _state(db, ids, badge_id):
    with db.session() as session:
        rows = dict(session.execute(select(Customer.id, Customer.category_id)
                                    .where(Customer.id.in_(ids))).all())
        active = dict(session.execute(select(Customer.id, Customer.active)
                                      .where(Customer.id.in_(ids))).all())
        badged = set(session.scalars(select(customer_badges.c.customer_id).where(
            customer_badges.c.badge_id == badge_id)))
    return [(rows[i], active[i], i in badged) for i in ids]


def test_each_bulk_change_is_undone_to_what_each_customer_had(salon_db, make_customer,
                                                              categories, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 2)
    gold, silver = categories
    with salon_db.session() as session:
        vip = session.scalar(select(Badge.id).where(Badge.key == "vip"))
    ids = [make_customer(first_name="A", category_id=silver, badge_ids=[vip]),
           make_customer(first_name="B", active=False),
           make_customer(first_name="C", category_id=gold)]
    before = _state(salon_db, ids, vip)
    for job in (bulk.set_category(salon_db, ids, gold), bulk.set_active(salon_db, ids, True),
                bulk.set_active(salon_db, ids, False), bulk.set_badge(salon_db, ids, vip, True),
                bulk.set_badge(salon_db, ids, vip, False)):
        jobs.run(job)
        assert _state(salon_db, ids, vip) != before
        assert jobs.run(bulk.undo_latest(salon_db)) == 3
        assert _state(salon_db, ids, vip) == before
        with salon_db.session() as session:  # undone once: nothing left to undo
            assert str(bulk_undo.refusal(session)) == "There is no bulk change to undo"


def test_only_the_latest_bulk_change_is_undone(salon_db, make_customer, categories):
    gold, silver = categories
    ids = [make_customer(first_name=f"P{i}") for i in range(3)]
    jobs.run(bulk.set_category(salon_db, ids, gold))
    jobs.run(bulk.set_category(salon_db, ids[:1], silver))
    jobs.run(bulk.undo_latest(salon_db))
    assert [_categories(salon_db)[i] for i in ids] == [gold, gold, gold]


def test_an_undo_is_refused_in_words_once_a_customer_changed_since(salon_db, make_customer,
                                                                    categories):
    gold, silver = categories
    ids = [make_customer(first_name=f"P{i}") for i in range(3)]
    jobs.run(bulk.set_category(salon_db, ids, gold))
    with salon_db.transaction() as session:
        session.get(Customer, ids[1]).notes = "Edited since"  # saved: updated_at moves on
    with pytest.raises(bulk_undo.UndoRefused) as refused:
        jobs.run(bulk.undo_latest(salon_db))
    assert str(refused.value) == ("The last bulk change cannot be undone: 1 of its 3 customers "
                                  "changed since")
    assert set(_categories(salon_db).values()) == {gold}  # nothing undone
