"""Merging many records at once does work in proportion to their number, not its square.

Counting the texts folded (accents and case removed) is the measure: it is what made merging
3,000 records take two minutes, and unlike a time it does not depend on the machine.
"""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from salon_desk.models import Customer, utcnow
from salon_desk.services.merging import fields as merge_fields
from salon_desk.services.merging.merge import merge_customers, propose

pytestmark = pytest.mark.any_engine


def _many(db, n: int, first_id: int) -> list[int]:
    """n records of one person written in n different ways (every text distinct)."""
    now = utcnow()
    spellings = ["Ana", "Ana María", "ANA MARIA", "Anna"]
    rows = [{"id": first_id + i, "first_name": f"{spellings[i % 4]} {i}",
             "last_name": f"García {i * 7919 % 100003}", "email": f"ana{first_id + i}@example.com",
             "mobile": f"+3461{first_id + i:07d}", "street": f"Calle Luna {i}", "city": "Madrid",
             "notes": f"Visit {i}" if i % 3 else "", "sort_name": f"garcia {i}",
             "created_at": now, "updated_at": now} for i in range(n)]
    with db.transaction() as session:
        session.execute(insert(Customer.__table__), rows)
    return [r["id"] for r in rows]


def _folds_to_propose(db, ids: list[int], monkeypatch) -> int:
    calls = 0
    real = merge_fields.fold

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(merge_fields, "fold", counting)
    with db.session() as session:
        propose(session, ids[0], ids[1:])
    monkeypatch.setattr(merge_fields, "fold", real)
    return calls


def test_folding_grows_linearly_with_the_records_merged(salon_db, monkeypatch):
    small = _folds_to_propose(salon_db, _many(salon_db, 100, 1000), monkeypatch)
    large = _folds_to_propose(salon_db, _many(salon_db, 400, 5000), monkeypatch)
    # Four times the records: about four times the folds (it was sixteen times), and a few
    # per field and record at most.
    assert large <= 5 * small, (small, large)
    assert large <= 10 * 400, large


def test_a_merge_of_many_records_still_chooses_and_combines(salon_db):
    ids = _many(salon_db, 300, 1)
    with salon_db.transaction() as session:
        merge_customers(session, ids[0], ids[1:])
    with salon_db.session() as session:
        kept = session.get(Customer, ids[0])
        # "Ana María 1" holds nothing shorter of itself: the longest spelling with accents wins
        assert kept.first_name.startswith(("Ana María", "ANA MARIA", "Anna", "Ana"))
        assert kept.notes.count("[From #") == sum(1 for i in range(1, 300) if i % 3)
        assert session.scalar(select(Customer.merged_into_id).where(
            Customer.id == ids[-1])) == ids[0]
