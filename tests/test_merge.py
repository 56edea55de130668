"""Merging customers: everything moves, fields are chosen, consent combined, undo works."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Text, func, insert, select
from sqlalchemy.types import JSON, LargeBinary

from salon_desk.models import (
    Badge,
    ConsentEvent,
    Customer,
    CustomerConsent,
    CustomerMedia,
    DismissedPair,
    ImportBatch,
    ImportedCustomer,
    Merge,
    PointsEntry,
    customer_badges,
)
from salon_desk.services.merging import related as merge_related
from salon_desk.services.customers.records import set_consent
from salon_desk.services.errors import NotFound
from salon_desk.services.merging.merge import (
    MergeRefused,
    Value,
    can_undo,
    merge_customers,
    propose,
    undo_last_merge,
)
from salon_desk.services.search.lookup import search
from salon_desk.services.search.resolve import resolve_customer

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)

_counter = itertools.count(1)


def _dummy(column):
    """A value that satisfies a NOT NULL column of this type."""
    kind = column.type
    n = next(_counter)
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, Numeric):
        return Decimal(1)
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return dt.datetime(2024, 1, 1, 10, 0, tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date(2024, 1, 1)
    if isinstance(kind, JSON):
        return {}
    if isinstance(kind, LargeBinary):
        return b"x"
    if isinstance(kind, (String, Text)):
        return f"x{n}"
    raise AssertionError(f"no dummy for {column}")


def insert_minimal(session, table, **values) -> dict:
    """Insert a row with only the required columns filled (foreign rows made on the way)."""
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.default is not None or (
                column.server_default is not None):
            continue
        if column.primary_key and isinstance(column.type, Integer) and len(
                table.primary_key.columns) == 1:
            continue
        fks = list(column.foreign_keys)
        if fks:
            target = fks[0].column
            made = insert_minimal(session, target.table)
            row[column.name] = made[target.name]
        else:
            row[column.name] = _dummy(column)
    result = session.execute(insert(table).values(row))
    pk = table.primary_key.columns
    if len(pk) == 1 and next(iter(pk)).name not in row:
        row[next(iter(pk)).name] = result.inserted_primary_key[0]
    return row


def test_every_reference_to_a_customer_is_handled():
    refs = {(t.name, c.name) for t, c in merge_related.customer_references()}
    assert ("appointments", "customer_id") in refs and ("sales", "customer_id") in refs
    for table, column in merge_related.customer_references():
        key = (table.name, column.name)
        if key in merge_related.SPECIAL:
            continue
        # Moved generically: needs a primary key to record (and undo) each move.
        assert list(table.primary_key.columns), f"{key} has no primary key to undo a move"
    assert set(merge_related.SPECIAL) <= refs | {("customers", "merged_into_id")}


@pytest.fixture
def two(make_customer):
    older = make_customer(first_name="Ana", last_name="García", email="ana@example.com",
                          mobile="+34611222333", birth_month=4, birth_day=3,
                          street="Calle Mayor 12", postcode="28013", city="Madrid",
                          notes="Likes tea", allergies="Latex", external_id="OLD-1",
                          discount_percent=Decimal(5))
    newer = make_customer(first_name="Ana María", last_name="García López",
                          email="ana.garcia@example.net", mobile="+34699888777",
                          birth_year=1990, birth_month=4, birth_day=3, notes="Prefers mornings",
                          allergies="Latex", external_id="OLD-2")
    return older, newer


def test_merge_moves_one_of_everything_and_recomputes_points(salon_db, two):
    keep, other = two
    made: dict[str, dict] = {}
    with salon_db.transaction() as session:
        for table, column in merge_related.moved_references():
            made[f"{table.name}.{column.name}"] = insert_minimal(
                session, table, **{column.name: other})
        t = PointsEntry.__table__
        base = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        for cid, day, pts in ((keep, 1, 100), (other, 2, 50), (keep, 3, -30), (other, 4, 10)):
            session.execute(insert(t).values(customer_id=cid, at=base + dt.timedelta(days=day),
                                             points=pts, action="added", balance=-1))
        vip, student = session.scalars(select(Badge.id).order_by(Badge.id).limit(2)).all()
        session.execute(insert(customer_badges), [
            {"customer_id": keep, "badge_id": vip}, {"customer_id": other, "badge_id": vip},
            {"customer_id": other, "badge_id": student}])
    with salon_db.transaction() as session:
        merge = merge_customers(session, keep, [other], by="Laura")
        merge_id = merge.id
    with salon_db.session() as session:
        for key, row in made.items():
            table_name, column_name = key.split(".")
            table = Customer.metadata.tables[table_name]
            pk = next(iter(table.primary_key.columns))
            value = session.scalar(select(table.c[column_name]).where(pk == row[pk.name]))
            assert value == keep, f"{key} did not move"
        ledger = session.execute(select(PointsEntry.points, PointsEntry.balance).where(
            PointsEntry.customer_id == keep).order_by(PointsEntry.at)).all()
        assert ledger == [(100, 100), (50, 150), (-30, 120), (10, 130)]
        assert set(session.scalars(select(customer_badges.c.badge_id).where(
            customer_badges.c.customer_id == keep))) == {vip, student}
        gone = session.get(Customer, other)
        assert gone.merged_into_id == keep and not gone.active
        merge = session.get(Merge, merge_id)
        assert merge.merged_by == "Laura" and merge.merged_ids == [other]
        assert "appointments" in merge.summary


def test_fields_most_complete_and_recent_preselected_notes_combined(salon_db, two):
    keep, other = two
    with salon_db.session() as session:
        proposal = propose(session, keep, [other])
        chosen = {f.spec.key: f.chosen for f in proposal.fields}
        assert chosen["first_name"] == other  # "Ana María" holds "Ana"
        assert chosen["last_name"] == other
        assert chosen["birth_date"] == other  # with the year
        assert chosen["address"] == keep  # only the older has one
        assert chosen["email"] == other  # most recently updated
        assert proposal.notes.startswith("Likes tea") and "Prefers mornings" in proposal.notes
        assert proposal.allergies == "Latex"  # the same text is not repeated
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other], {"email": keep, "mobile": Value("+34600000001")})
    with salon_db.session() as session:
        c = session.get(Customer, keep)
        assert (c.first_name, c.last_name, c.email, c.mobile) == (
            "Ana María", "García López", "ana@example.com", "+34600000001")
        assert (c.birth_year, c.birth_month, c.birth_day) == (1990, 4, 3)
        assert c.street == "Calle Mayor 12" and c.discount_percent == Decimal(5)
        assert c.notes.startswith("Likes tea\n\n[From #") and c.notes.endswith("Prefers mornings")


def test_consent_refusal_wins_and_history_kept(salon_db, two):
    keep, other = two
    with salon_db.transaction() as session:
        a, b = session.get(Customer, keep), session.get(Customer, other)
        set_consent(session, a, "marketing", "email", True)
        set_consent(session, b, "marketing", "email", False)
        set_consent(session, b, "marketing", "sms", True)
        set_consent(session, a, "appointments", "sms", True)
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.session() as session:
        matrix = {(c.category, c.channel): c.granted for c in session.scalars(
            select(CustomerConsent).where(CustomerConsent.customer_id == keep))}
        assert matrix == {("marketing", "email"): False, ("marketing", "sms"): True,
                          ("appointments", "sms"): True}
        sources = list(session.scalars(select(ConsentEvent.source).where(
            ConsentEvent.customer_id == keep)))
        assert len(sources) == 4 + 2  # the four choices moved, plus two merge changes
        assert sum(1 for s in sources if s.startswith("merge of #")) == 2


def test_undo_restores_everything_and_only_the_latest(salon_db, two, make_customer):
    keep, other = two
    third = make_customer(first_name="Ana", last_name="García", mobile="+34611222334")
    with salon_db.transaction() as session:
        appt = insert_minimal(session, Customer.metadata.tables["appointments"],
                              customer_id=other)
        session.add(DismissedPair(first_id=min(other, third), second_id=max(other, third)))
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.session() as session:
        assert session.get(DismissedPair, (min(keep, third), max(keep, third))) is not None
        assert search(session, "ana maria") and all(r.id != other for r in search(
            session, "garcia lopez"))
    with salon_db.transaction() as session:
        merge_customers(session, keep, [third])
    with salon_db.transaction() as session, pytest.raises(MergeRefused, match="Only the latest merge"):  # the first merge is not the latest any more
        undo_last_merge(session, other)
    with salon_db.transaction() as session:
        undo_last_merge(session, keep)  # undoes the merge of the third
    with salon_db.session() as session:
        assert session.get(Customer, third).merged_into_id is None
        assert can_undo(session, keep)
    with salon_db.transaction() as session:
        result = undo_last_merge(session, other, by="Marta")
        assert result.restored_ids == [other]
    with salon_db.session() as session:
        back = session.get(Customer, other)
        kept = session.get(Customer, keep)
        assert back.merged_into_id is None and back.active
        assert (kept.first_name, kept.email, kept.notes) == ("Ana", "ana@example.com",
                                                             "Likes tea")
        table = Customer.metadata.tables["appointments"]
        assert session.scalar(select(table.c.customer_id).where(
            table.c.id == appt["id"])) == other
        assert session.get(DismissedPair, (min(other, third), max(other, third))) is not None
        assert session.get(DismissedPair, (min(keep, third), max(keep, third))) is None
        assert [r.id for r in search(session, "garcia lopez")] == [other]
        assert not can_undo(session, keep)
    with salon_db.transaction() as session, pytest.raises(MergeRefused, match="no merge to undo"):
        undo_last_merge(session, keep)


def test_undo_keeps_fields_edited_after_the_merge(salon_db, two):
    keep, other = two
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.transaction() as session:
        session.get(Customer, keep).mobile = "+34600111222"
    with salon_db.transaction() as session:
        result = undo_last_merge(session, keep)
        assert result.kept_edits == ["mobile"]
    with salon_db.session() as session:
        c = session.get(Customer, keep)
        assert c.mobile == "+34600111222" and c.first_name == "Ana"


def test_undo_refused_when_the_kept_record_was_merged_again(salon_db, two, make_customer):
    keep, other = two
    third = make_customer(first_name="Ana", last_name="García")
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.transaction() as session:
        merge_customers(session, third, [keep])
    with salon_db.transaction() as session, pytest.raises(MergeRefused, match="undo that merge first"):
        undo_last_merge(session, other)


def test_tombstones_resolve_to_the_kept_record(salon_db, two, make_customer):
    keep, other = two
    third = make_customer(first_name="Ana", last_name="G.")
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
        merge_customers(session, third, [keep])
    with salon_db.session() as session:
        assert resolve_customer(session, other).id == third
        assert resolve_customer(session, f"#{other}").id == third
        assert resolve_customer(session, "old-2").id == third  # external ID of a tombstone
        assert resolve_customer(session, "OLD-1").id == third
        assert resolve_customer(session, third).id == third
        assert resolve_customer(session, "NOPE") is None


def test_merge_refuses_bad_requests(salon_db, two):
    keep, other = two
    with salon_db.transaction() as session, pytest.raises(MergeRefused):
        merge_customers(session, keep, [keep])
        with pytest.raises(MergeRefused):
            merge_customers(session, keep, [])
        with pytest.raises(NotFound):
            merge_customers(session, keep, [999999])
        with pytest.raises(MergeRefused, match="Unknown field"):
            merge_customers(session, keep, [other], {"shoe_size": other})
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.transaction() as session, pytest.raises(MergeRefused, match="already merged"):
        merge_customers(session, keep, [other])


def test_photo_signature_and_balance(salon_db, two):
    keep, other = two
    with salon_db.transaction() as session:
        session.add(CustomerMedia(customer_id=other, photo=b"jpeg", signature=b"png"))
        session.get(Customer, keep).balance_cents = 500
        session.get(Customer, other).balance_cents = -200
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.session() as session:
        media = session.get(CustomerMedia, keep)
        assert (media.photo, media.signature) == (b"jpeg", b"png")
        assert session.get(Customer, keep).balance_cents == 300
    with salon_db.transaction() as session:
        undo_last_merge(session, keep)
    with salon_db.session() as session:
        assert session.get(CustomerMedia, keep) is None
        assert session.get(CustomerMedia, other).photo == b"jpeg"
        assert session.get(Customer, keep).balance_cents == 500


def test_an_import_of_a_merged_record_cannot_be_undone(salon_db, two):
    from salon_desk.services.importing.history import check_undo

    keep, other = two
    with salon_db.transaction() as session:
        batch = ImportBatch(file_name="old.csv")
        session.add(batch)
        session.flush()
        session.add(ImportedCustomer(batch_id=batch.id, customer_id=other, created=True))
        batch_id = batch.id
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other])
    with salon_db.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportedCustomer).where(
            ImportedCustomer.customer_id == other)) == 1
        assert [why for _i, _n, why in check_undo(session, batch_id)] == [
            "merged into another customer"]


def test_photo_kept_from_the_only_record_that_has_one(salon_db, two):
    keep, other = two
    with salon_db.transaction() as session:
        session.add(CustomerMedia(customer_id=keep, photo=b"old"))
    with salon_db.session() as session:
        photo = next(f for f in propose(session, keep, [other]).fields if f.spec.key == "photo")
        assert (photo.differs, photo.chosen) == (False, keep)
    with salon_db.transaction() as session:
        session.add(CustomerMedia(customer_id=other, photo=b"new"))
    with salon_db.session() as session:
        photo = next(f for f in propose(session, keep, [other]).fields if f.spec.key == "photo")
        assert photo.differs and [o.customer_id for o in photo.options] == [keep, other]
    with salon_db.transaction() as session:
        merge_customers(session, keep, [other], {"photo": keep})
    with salon_db.session() as session:
        assert session.get(CustomerMedia, keep).photo == b"old"
