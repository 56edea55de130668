"""Small helpers shared by the tests of appointments, sales, debts, credits, points, budgets."""

from __future__ import annotations

from sqlalchemy import select

from salon_desk.models import Package, Product, Room, Service, Staff


def service_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Service.id).where(Service.name == name))


def product_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Product.id).where(Product.name == name))


def package_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Package.id).where(Package.name == name))


def staff_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Staff.id).where(Staff.name == name))


def room_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Room.id).where(Room.name == name))
