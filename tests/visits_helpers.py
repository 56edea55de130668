"""Small helpers shared by the tests of appointments, sales, debts, credits, points, budgets."""

from __future__ import annotations

import datetime as dt

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


def click_slot(qtbot, view, staff: int, when: dt.datetime) -> None:
    """Click the schedule's free slot of ``staff`` at ``when`` and wait for the booking dialog."""
    from PySide6.QtCore import Qt

    grid = view.grid
    view.scroll.ensureVisible(0, grid.slot_position(staff, when).y(), 0, 60)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.slot_position(staff, when))
    qtbot.waitUntil(lambda: view.booking_dialog is not None and view.booking_dialog.isVisible())
