"""Putting many customers in a category at once (services.customers.bulk.set_category)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salon_desk.models import Customer
from salon_desk.models.customers import CustomerCategory
from salon_desk.services import jobs
from salon_desk.services.customers import bulk


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
