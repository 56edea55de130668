"""Demo care history: every kind of record is filled, deterministically, linked to visits."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from salon_desk.models import (
    Appointment,
    Document,
    Message,
    Note,
    NoteRevision,
    PatchTest,
    Service,
    SurveyResponse,
)
from salon_desk.models.db import Database
from salon_desk.services.demo import care as demo_care
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.services.demo.salon import setup_salon

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def _build(path, monkeypatch) -> Database:
    monkeypatch.setattr(demo_care, "WITH_DOCUMENTS", 6)
    db = Database(path)
    with db.transaction() as s:
        setup_salon(s)
        ids = [create_customer(s, CustomerData(first_name=f"C{i}")).id for i in range(30)]
        colour = s.scalar(select(Service.id).where(Service.name == "Full colour"))
        for cid in ids[:10]:
            for k in range(3):
                s.add(Appointment(customer_id=cid, service_id=colour, status="completed",
                                  starts_at=dt.datetime(2026, 1, 10 + k, 10, tzinfo=dt.UTC)))
        s.flush()
        demo_care.build_demo_history(s, ids, random.Random(4))
    return db


def _snapshot(db: Database) -> dict:
    with db.session() as s:
        return {
            "notes": s.execute(select(Note.customer_id, Note.note_type, Note.text, Note.formula,
                                      Note.pinned, Note.based_on_id, Note.appointment_id)
                               .order_by(Note.id)).all(),
            "tests": s.execute(select(PatchTest.customer_id, PatchTest.result,
                                      PatchTest.tested_on).order_by(PatchTest.id)).all(),
            "documents": s.execute(select(Document.customer_id, Document.stored_name)
                                   .order_by(Document.id)).all(),
            "messages": s.scalar(select(func.count()).select_from(Message)),
            "surveys": s.scalar(select(func.count()).select_from(SurveyResponse)),
            "revisions": s.scalar(select(func.count()).select_from(NoteRevision)),
        }


def test_demo_care_fills_everything_and_is_deterministic(tmp_path, monkeypatch):
    first = _snapshot(_build(tmp_path / "a" / "salon.sqlite", monkeypatch))
    second = _snapshot(_build(tmp_path / "b" / "salon.sqlite", monkeypatch))
    assert first == second
    kinds = {n[1] for n in first["notes"]}
    assert kinds == {"general", "colour"}
    assert any(n[5] is not None for n in first["notes"])  # reused formulas
    assert any(n[6] is not None for n in first["notes"])  # linked to appointments
    assert first["revisions"] > 0 and first["messages"] > 0 and first["surveys"] > 0
    assert {t[1] for t in first["tests"]} >= {"pass"}
    assert first["documents"]
    stored = [d[1] for d in first["documents"]]
    assert all((tmp_path / "a" / "documents" / name).is_file() for name in stored)


def test_no_customers_is_fine(db):
    with db.transaction() as s:
        demo_care.build_demo_history(s, [], random.Random(1))
